#include <QBuffer>
#include <QTest>

#include "core/teams/teamrejectionscsvwriter.h"
#include "support/verifyresult.h"

using namespace sluice;

class tst_TeamRejectionsCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void quoted_data();
    void quoted();
    void writesHeaderAndRows();
    void failsOnAnUnwritableDevice();
};

void tst_TeamRejectionsCsvWriter::quoted_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("T001") << QByteArray("T001");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QByteArray("\" a\"");
    QTest::newRow("trailing space") << QStringLiteral("a ") << QByteArray("\"a \"");
    QTest::newRow("inner space") << QStringLiteral("a b") << QByteArray("a b");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("a;b");
    QTest::newRow("utf-8") << QStringLiteral("Zoë") << QByteArray("Zo\xc3\xab");
}

void tst_TeamRejectionsCsvWriter::quoted()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, expected);
    QCOMPARE(TeamRejectionsCsvWriter::quoted(field), expected);
}

void tst_TeamRejectionsCsvWriter::writesHeaderAndRows()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const QList<TeamImportRejection> rows {
        { 3, QStringLiteral("T1"), QStringLiteral("members \"-1\" is not a whole number of 0 or more."),
            QStringLiteral("T1,One,-1") },
        { 12, QString(), QStringLiteral("team_id is empty: every team needs an id."), QStringLiteral(",\"a\nb\"") },
    };
    const auto written = TeamRejectionsCsvWriter::writeAll(buffer, rows);
    SLUICE_VERIFY_RESULT(written);
    QCOMPARE(bytes,
        QByteArray("line,team_id,reason,raw\r\n"
                   "3,T1,\"members \"\"-1\"\" is not a whole number of 0 or more.\",\"T1,One,-1\"\r\n"
                   "12,,team_id is empty: every team needs an id.,\",\"\"a\nb\"\"\"\r\n"));
}

void tst_TeamRejectionsCsvWriter::failsOnAnUnwritableDevice()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    auto written = TeamRejectionsCsvWriter::writeAll(buffer, {});
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Io);
}

QTEST_GUILESS_MAIN(tst_TeamRejectionsCsvWriter)
#include "tst_teamrejectionscsvwriter.moc"
