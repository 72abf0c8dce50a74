#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "core/inspect/inspectcommand.h"

#include "support/testfiles.h"

using namespace sluice;
using sluice::test::writeTestFile;

class tst_InspectCommand : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void jsonDescribesTheFile();
    void rowsAreExactlyAsParsed();
    void readsCompressedInputs_data();
    void readsCompressedInputs();
    void overridesWin();
    void reportsRowProblemsWithLines();
    void textReport();
    void failures_data();
    void failures();

private:
    struct Run
    {
        int status = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };
    Run inspect(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_InspectCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

tst_InspectCommand::Run tst_InspectCommand::inspect(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.status = InspectCommand::run(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}


const QByteArray kSales = "id,ts,team,region,amount,ok\n"
                          "1,2016-03-04T12:00:00,T001,\"North, East\",1.5,yes\n"
                          "2,2016-03-05 08:30:00,T002,\"South \"\"big\"\"\",2,no\n"
                          "3,2016-03-06T00:00:00Z,T003,\"multi\nline\",,yes\n";

void tst_InspectCommand::jsonDescribesTheFile()
{
    const Run run = inspect({ writeTestFile(*m_dir, QStringLiteral("sales.csv"), kSales), QStringLiteral("--json") });
    QCOMPARE(run.status, 0);
    const QJsonObject report = run.json();
    QCOMPARE(report.value(QStringLiteral("rowCount")).toInt(), 3);
    QCOMPARE(report.value(QStringLiteral("compression")).toString(), QStringLiteral("none"));
    QCOMPARE(report.value(QStringLiteral("encoding")).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("UTF-8"));
    const QJsonObject delimiter = report.value(QStringLiteral("dialect")).toObject().value(QStringLiteral("delimiter")).toObject();
    QCOMPARE(delimiter.value(QStringLiteral("value")).toString(), QStringLiteral(","));
    QCOMPARE(delimiter.value(QStringLiteral("source")).toString(), QStringLiteral("detected"));

    const QJsonArray columns = report.value(QStringLiteral("columns")).toArray();
    const QStringList expectedTypes { QStringLiteral("integer"), QStringLiteral("datetime"), QStringLiteral("text"),
                                      QStringLiteral("text"), QStringLiteral("real"), QStringLiteral("boolean") };
    QCOMPARE(columns.size(), expectedTypes.size());
    for (int i = 0; i < columns.size(); ++i)
        QCOMPARE(columns.at(i).toObject().value(QStringLiteral("type")).toString(), expectedTypes.at(i));
    const QJsonObject amount = columns.at(4).toObject();
    QCOMPARE(amount.value(QStringLiteral("name")).toString(), QStringLiteral("amount"));
    QCOMPARE(amount.value(QStringLiteral("nullable")).toBool(), true);
    QCOMPARE(amount.value(QStringLiteral("nulls")).toInt(), 1);
    QCOMPARE(columns.at(0).toObject().value(QStringLiteral("nullable")).toBool(), false);
    QVERIFY(report.value(QStringLiteral("errors")).toArray().isEmpty());
}

void tst_InspectCommand::rowsAreExactlyAsParsed()
{
    const QString path = writeTestFile(*m_dir, QStringLiteral("sales.csv"), kSales);
    const QJsonArray all = inspect({ path, QStringLiteral("--json") }).json().value(QStringLiteral("rows")).toArray();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(1).toArray().at(3).toString(), QStringLiteral("South \"big\""));
    QCOMPARE(all.at(2).toArray().at(3).toString(), QStringLiteral("multi\nline"));
    QCOMPARE(all.at(2).toArray().at(4).toString(), QString());
    const QJsonArray one = inspect({ path, QStringLiteral("--json"), QStringLiteral("--rows"), QStringLiteral("1") })
                               .json()
                               .value(QStringLiteral("rows"))
                               .toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.at(0).toArray().at(0).toString(), QStringLiteral("1"));
}

void tst_InspectCommand::readsCompressedInputs_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("compression");
    QTest::addColumn<QString>("container");
    QTest::newRow("gzip") << QStringLiteral("gzip") << QStringList { QStringLiteral("-k"), QStringLiteral("sales.csv") }
                          << QStringLiteral("sales.csv.gz") << QStringLiteral("gzip") << QStringLiteral("none");
    QTest::newRow("zstd") << QStringLiteral("zstd") << QStringList { QStringLiteral("-q"), QStringLiteral("sales.csv") }
                          << QStringLiteral("sales.csv.zst") << QStringLiteral("zstd") << QStringLiteral("none");
    QTest::newRow("zip") << QStringLiteral("zip") << QStringList { QStringLiteral("-q"), QStringLiteral("s.zip"),
                                                                   QStringLiteral("sales.csv") }
                         << QStringLiteral("s.zip") << QStringLiteral("none") << QStringLiteral("zip");
}

void tst_InspectCommand::readsCompressedInputs()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QFETCH(QString, compression);
    QFETCH(QString, container);
    writeTestFile(*m_dir, QStringLiteral("sales.csv"), kSales);
    QProcess packer;
    packer.setWorkingDirectory(m_dir->path());
    packer.start(program, arguments);
    QVERIFY(packer.waitForFinished(20000));
    QCOMPARE(packer.exitCode(), 0);
    const Run run = inspect({ m_dir->filePath(output), QStringLiteral("--json") });
    QCOMPARE(run.status, 0);
    const QJsonObject report = run.json();
    QCOMPARE(report.value(QStringLiteral("rowCount")).toInt(), 3);
    QCOMPARE(report.value(QStringLiteral("compression")).toString(), compression);
    QCOMPARE(report.value(QStringLiteral("container")).toString(), container);
    QCOMPARE(report.value(QStringLiteral("rows")).toArray().at(2).toArray().at(3).toString(), QStringLiteral("multi\nline"));
}

void tst_InspectCommand::overridesWin()
{
    const QString path = writeTestFile(*m_dir, QStringLiteral("semi.txt"), "a;b\n1;2\n3;4\n");
    const QJsonObject detected = inspect({ path, QStringLiteral("--json") }).json();
    QCOMPARE(detected.value(QStringLiteral("columns")).toArray().size(), 2);

    const QJsonObject forced = inspect({ path, QStringLiteral("--json"), QStringLiteral("--delimiter"),
                                         QStringLiteral("comma"), QStringLiteral("--no-header") })
                                   .json();
    QCOMPARE(forced.value(QStringLiteral("columns")).toArray().size(), 1);
    QCOMPARE(forced.value(QStringLiteral("rowCount")).toInt(), 3);
    const QJsonObject dialect = forced.value(QStringLiteral("dialect")).toObject();
    QCOMPARE(dialect.value(QStringLiteral("delimiter")).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("user"));
    QCOMPARE(dialect.value(QStringLiteral("header")).toObject().value(QStringLiteral("value")).toBool(), false);
    QCOMPARE(forced.value(QStringLiteral("rows")).toArray().at(0).toArray().at(0).toString(), QStringLiteral("a;b"));
}

void tst_InspectCommand::reportsRowProblemsWithLines()
{
    const QString path = writeTestFile(*m_dir, QStringLiteral("ragged.csv"), "a,b\n1,2\n3\n4,5,6\n7,8\n");
    const QJsonObject report = inspect({ path, QStringLiteral("--json") }).json();
    QCOMPARE(report.value(QStringLiteral("rowCount")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("errorCount")).toInt(), 2);
    const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(errors.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);
    QVERIFY(errors.at(1).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("3 fields")));
}

void tst_InspectCommand::textReport()
{
    const Run run = inspect({ writeTestFile(*m_dir, QStringLiteral("sales.csv"), kSales), QStringLiteral("--rows"), QStringLiteral("2") });
    QCOMPARE(run.status, 0);
    for (const char *expected : { "delimiter:", "',' (detected)", "integer", "datetime", "3 (0 blank lines skipped)",
                                  "North, East", "First 2 records" })
        QVERIFY2(run.out.contains(QLatin1StringView(expected)), expected);
    QVERIFY(!run.out.contains(QStringLiteral("multi")));  // only the first two records
}

void tst_InspectCommand::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QStringList { QStringLiteral("/nonexistent/x.csv") } << 1
                                  << QStringLiteral("no such file");
    QTest::newRow("no file") << QStringList {} << 2 << QStringLiteral("exactly one file");
    QTest::newRow("bad delimiter") << QStringList { QStringLiteral("x.csv"), QStringLiteral("--delimiter"),
                                                    QStringLiteral("ab") }
                                   << 2 << QStringLiteral("--delimiter");
    QTest::newRow("bad encoding") << QStringList { QStringLiteral("x.csv"), QStringLiteral("--encoding"),
                                                   QStringLiteral("ebcdic") }
                                  << 2 << QStringLiteral("ebcdic");
    QTest::newRow("bad rows") << QStringList { QStringLiteral("x.csv"), QStringLiteral("--rows"), QStringLiteral("-3") }
                              << 2 << QStringLiteral("--rows");
}

void tst_InspectCommand::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Run run = inspect(arguments);
    QCOMPARE(run.status, status);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_InspectCommand)
#include "tst_inspectcommand.moc"
