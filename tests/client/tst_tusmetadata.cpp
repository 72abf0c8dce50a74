#include <QTest>

#include "app/client/tusmetadata.h"
#include "support/verifyresult.h"

using namespace sluice;
using Pairs = TusMetadata::Pairs;

class tst_TusMetadata : public QObject
{
    Q_OBJECT
private slots:
    void encode_data();
    void encode();
    void roundTrip();
    void malformed_data();
    void malformed();
};

void tst_TusMetadata::encode_data()
{
    QTest::addColumn<Pairs>("pairs");
    QTest::addColumn<QByteArray>("header");
    // The example of the tus 1.0.0 specification.
    QTest::newRow("spec example") << Pairs {
        { QStringLiteral("filename"), QStringLiteral("world_domination_plan.pdf") },
        { QStringLiteral("is_confidential"), QString() }
    } << QByteArray("filename d29ybGRfZG9taW5hdGlvbl9wbGFuLnBkZg==,is_confidential");
    QTest::newRow("utf-8 value") << Pairs { { QStringLiteral("name"), QStringLiteral("Ventes é") } }
                                 << QByteArray("name VmVudGVzIMOp");
    QTest::newRow("empty") << Pairs {} << QByteArray();
}

void tst_TusMetadata::encode()
{
    QFETCH(Pairs, pairs);
    QFETCH(QByteArray, header);
    QCOMPARE(TusMetadata::encode(pairs), header);
}

void tst_TusMetadata::roundTrip()
{
    const Pairs pairs { { QStringLiteral("filename"), QStringLiteral("a, b c.csv") },
        { QStringLiteral("kind"), QStringLiteral("dataset") }, { QStringLiteral("sha256"), QStringLiteral("00ff") } };
    auto decoded = TusMetadata::decode(TusMetadata::encode(pairs));
    SLUICE_VERIFY_RESULT(decoded);
    QCOMPARE(*decoded, pairs);
}

void tst_TusMetadata::malformed_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("not base64") << QByteArray("filename ***");
    QTest::newRow("three parts") << QByteArray("filename YQ== YQ==");
    QTest::newRow("empty item") << QByteArray("filename YQ==,,kind YQ==");
}

void tst_TusMetadata::malformed()
{
    QFETCH(QByteArray, header);
    auto decoded = TusMetadata::decode(header);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().code, ErrorCode::InvalidInput);
}

QTEST_APPLESS_MAIN(tst_TusMetadata)
#include "tst_tusmetadata.moc"
