#include <QTest>

#include "server/download/byterange.h"

using namespace sluice;

class tst_ByteRange : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
};

Q_DECLARE_METATYPE(ByteRange::Kind)

void tst_ByteRange::parse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<ByteRange::Kind>("kind");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    using K = ByteRange::Kind;
    QTest::newRow("none") << QByteArray() << qint64(100) << K::Whole << qint64(0) << qint64(99);
    QTest::newRow("first bytes") << QByteArray("bytes=0-9") << qint64(100) << K::Partial << qint64(0) << qint64(9);
    QTest::newRow("middle") << QByteArray("bytes=10-19") << qint64(100) << K::Partial << qint64(10) << qint64(19);
    QTest::newRow("one byte") << QByteArray("bytes=99-99") << qint64(100) << K::Partial << qint64(99) << qint64(99);
    QTest::newRow("open end") << QByteArray("bytes=90-") << qint64(100) << K::Partial << qint64(90) << qint64(99);
    QTest::newRow("end clipped") << QByteArray("bytes=90-1000") << qint64(100) << K::Partial << qint64(90) << qint64(99);
    QTest::newRow("huge end") << QByteArray("bytes=1-99999999999999999999999") << qint64(100) << K::Partial << qint64(1) << qint64(99);
    QTest::newRow("suffix") << QByteArray("bytes=-10") << qint64(100) << K::Partial << qint64(90) << qint64(99);
    QTest::newRow("suffix longer than file") << QByteArray("bytes=-500") << qint64(100) << K::Partial << qint64(0) << qint64(99);
    QTest::newRow("spaces and case") << QByteArray(" Bytes= 5 - 6 ") << qint64(100) << K::Partial << qint64(5) << qint64(6);
    QTest::newRow("start at end") << QByteArray("bytes=100-") << qint64(100) << K::Unsatisfiable << qint64(0) << qint64(-1);
    QTest::newRow("start past end") << QByteArray("bytes=500-600") << qint64(100) << K::Unsatisfiable << qint64(0) << qint64(-1);
    QTest::newRow("huge start") << QByteArray("bytes=99999999999999999999999-") << qint64(100) << K::Unsatisfiable << qint64(0) << qint64(-1);
    QTest::newRow("empty suffix") << QByteArray("bytes=-0") << qint64(100) << K::Unsatisfiable << qint64(0) << qint64(-1);
    QTest::newRow("empty file") << QByteArray("bytes=0-") << qint64(0) << K::Unsatisfiable << qint64(0) << qint64(-1);
    QTest::newRow("reversed") << QByteArray("bytes=5-2") << qint64(100) << K::Whole << qint64(0) << qint64(99);
    QTest::newRow("letters") << QByteArray("bytes=abc") << qint64(100) << K::Whole << qint64(0) << qint64(99);
    QTest::newRow("signed") << QByteArray("bytes=+1-5") << qint64(100) << K::Whole << qint64(0) << qint64(99);
    QTest::newRow("no dash") << QByteArray("bytes=5") << qint64(100) << K::Whole << qint64(0) << qint64(99);
    QTest::newRow("only dash") << QByteArray("bytes=-") << qint64(100) << K::Whole << qint64(0) << qint64(99);
    QTest::newRow("other unit") << QByteArray("items=0-5") << qint64(100) << K::Whole << qint64(0) << qint64(99);
    QTest::newRow("several ranges") << QByteArray("bytes=0-1,5-6") << qint64(100) << K::Whole << qint64(0) << qint64(99);
}

void tst_ByteRange::parse()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, size);
    QFETCH(ByteRange::Kind, kind);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const ByteRange range = ByteRange::parse(header, size);
    QCOMPARE(range.kind(), kind);
    if (kind != ByteRange::Kind::Unsatisfiable) {
        QCOMPARE(range.first(), first);
        QCOMPARE(range.last(), last);
        QCOMPARE(range.length(), last - first + 1);
    }
}

QTEST_APPLESS_MAIN(tst_ByteRange)
#include "tst_byterange.moc"
