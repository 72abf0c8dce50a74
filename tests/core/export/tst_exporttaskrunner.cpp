#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "core/export/exporttaskrunner.h"
#include "core/storage/schemamigrator.h"
#include "core/tasks/taskengine.h"
#include "datagen/salesgenerator.h"
#include "exporttesthelpers.h"
#include "support/verifyresult.h"

using namespace sluice;
using namespace exporttest;

class tst_ExportTaskRunner : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void exportsThroughTheEngine_data();
    void exportsThroughTheEngine();
    void emptyResultSaysZeroRows();
    void refusesBadParametersAtSubmit_data();
    void refusesBadParametersAtSubmit();
    void cancelLeavesNoFile();
    void rerunStartsClean();
    void safeFileNames_data();
    void safeFileNames();

private:
    TaskEngineConfig config() const;
    std::unique_ptr<TaskEngine> startEngine();
    QString exportsDirectory() const { return m_dir->filePath(QStringLiteral("exports")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseConfig m_database;
    DatasetInfo m_dataset;
};

void tst_ExportTaskRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = DatabaseConfig { m_dir->filePath(QStringLiteral("sluice.db")) };
    {
        auto connection = DatabaseConnection::open(m_database, QStringLiteral("test"));
        QVERIFY(connection);
        QVERIFY(SchemaMigrator::migrate(**connection));
    }
    auto imported
        = importCsv(m_database, m_dir->filePath(QStringLiteral("sales 2016.csv")), SalesGenerator(5).generate(20000));
    SLUICE_VERIFY_RESULT(imported);
    m_dataset = *imported;
    QVERIFY(QDir().mkpath(exportsDirectory()));
}

TaskEngineConfig tst_ExportTaskRunner::config() const
{
    TaskEngineConfig config;
    config.database = m_database;
    config.exportsDirectory = exportsDirectory();
    config.workerCount = 1;
    return config;
}

std::unique_ptr<TaskEngine> tst_ExportTaskRunner::startEngine()
{
    auto engine = std::make_unique<TaskEngine>();
    engine->registerRunner(kExportTaskType, [] { return std::make_unique<ExportTaskRunner>(); });
    if (!engine->start(config()))
        return nullptr;
    return engine;
}

void tst_ExportTaskRunner::exportsThroughTheEngine_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("csv.gz") << QStringLiteral("csv.gz");
    QTest::newRow("csv.zst") << QStringLiteral("csv.zst");
    QTest::newRow("zip") << QStringLiteral("zip");
}

void tst_ExportTaskRunner::exportsThroughTheEngine()
{
    QFETCH(QString, format);
    auto engine = startEngine();
    QVERIFY(engine);
    const QJsonObject parameters {
        { QStringLiteral("datasetId"), m_dataset.id },
        { QStringLiteral("format"), format },
        { QStringLiteral("columns"), QJsonArray { QStringLiteral("date"), QStringLiteral("team") } },
        { QStringLiteral("filters"),
            QJsonDocument::fromJson(R"([{"column":"date","from":"2016-03-01","to":"2016-09-30"}])").array() },
    };
    auto task = engine->submit(kExportTaskType, parameters);
    SLUICE_VERIFY_RESULT(task);
    QCOMPARE(task->parameters.value(QStringLiteral("delimiter")).toString(), QStringLiteral(",")); // normalised
    QTRY_VERIFY(engine->find(task->id)->isFinished());
    const TaskInfo done = *engine->find(task->id);
    QCOMPARE(done.state, TaskState::Succeeded);
    QCOMPARE(done.resultPath, QDir(exportsDirectory()).filePath(task->id + u'.' + format));
    QCOMPARE(done.resultName, QStringLiteral("sales 2016.") + format);
    QCOMPARE(done.resultSize, QFileInfo(done.resultPath).size());
    QCOMPARE(done.resultSha256.toLatin1(), sha256Hex(done.resultPath));
    const qint64 rows = done.summary.value(QStringLiteral("rows")).toInteger();
    QVERIFY(rows > 0 && rows < 20000);
    QCOMPARE(done.rowsDone, rows);
    QCOMPARE(done.rowsTotal, rows);
    QCOMPARE(done.message, QStringLiteral("Exported %1 rows.").arg(rows));

    const QByteArray csv = unpack(done.resultPath);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.first(), QByteArrayLiteral("date,team\r"));
    QCOMPARE(lines.size() - 2, rows); // the header, and the empty piece after the last CRLF
    for (int i = 1; i < lines.size() - 1; ++i) {
        const QByteArray day = lines.at(i).left(10);
        QVERIFY2(day >= "2016-03-01" && day <= "2016-09-30", day.constData());
    }
    QCOMPARE(QDir(exportsDirectory()).entryList(QDir::Files).size(), 1); // no partial file left
}

void tst_ExportTaskRunner::emptyResultSaysZeroRows()
{
    auto engine = startEngine();
    QVERIFY(engine);
    auto task = engine->submit(kExportTaskType,
        QJsonObject { { QStringLiteral("datasetId"), m_dataset.id },
            { QStringLiteral("filters"), QJsonDocument::fromJson(R"([{"column":"team","equals":"none"}])").array() } });
    SLUICE_VERIFY_RESULT(task);
    QTRY_VERIFY(engine->find(task->id)->isFinished());
    const TaskInfo done = *engine->find(task->id);
    QCOMPARE(done.state, TaskState::Succeeded);
    QVERIFY2(done.message.contains(QStringLiteral("0 rows")), qPrintable(done.message));
    QCOMPARE(readFile(done.resultPath), SalesGenerator::header().trimmed() + "\r\n");
}

void tst_ExportTaskRunner::refusesBadParametersAtSubmit_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("no such dataset") << QByteArray(R"({"datasetId":"AAAAAAAAAAAAAAAA"})") << ErrorCode::NotFound;
    QTest::newRow("unknown column") << QByteArray(R"({"columns":["nope"]})") << ErrorCode::InvalidInput;
    QTest::newRow("bad filter") << QByteArray(R"({"filters":[{"column":"date","from":"yesterday"}]})")
                                << ErrorCode::InvalidInput;
    QTest::newRow("bad format") << QByteArray(R"({"format":"xls"})") << ErrorCode::InvalidInput;
}

void tst_ExportTaskRunner::refusesBadParametersAtSubmit()
{
    QFETCH(QByteArray, json);
    QFETCH(ErrorCode, code);
    auto engine = startEngine();
    QVERIFY(engine);
    QJsonObject parameters = QJsonDocument::fromJson(json).object();
    if (!parameters.contains(QStringLiteral("datasetId")))
        parameters.insert(QStringLiteral("datasetId"), m_dataset.id);
    auto task = engine->submit(kExportTaskType, parameters);
    QVERIFY(!task);
    QCOMPARE(task.error().code, code);
    QCOMPARE(engine->list()->size(), 0);
}

void tst_ExportTaskRunner::cancelLeavesNoFile()
{
    // The runner run directly with a context whose progress callback cancels: deterministic.
    auto connection = DatabaseConnection::open(m_database, QStringLiteral("runner"));
    QVERIFY(connection);
    auto control = std::make_shared<TaskControl>();
    bool partialSeen = false;
    const QString partial = QDir(exportsDirectory()).filePath(QStringLiteral("Cancel1234567890.csv.gz.part"));
    TaskContext context(m_database, **connection, exportsDirectory(), control, std::chrono::milliseconds(0),
        [&](const TaskProgress &progress, double, double, double) {
            if (progress.rowsDone > 0 && !control->stop) {
                partialSeen = QFile::exists(partial);
                control->cancelRequested = true;
                control->stop = true;
            }
        });
    TaskInfo task;
    task.id = QStringLiteral("Cancel1234567890");
    task.type = kExportTaskType;
    task.attempts = 1;
    task.parameters = QJsonObject { { QStringLiteral("datasetId"), m_dataset.id },
        { QStringLiteral("format"), QStringLiteral("csv.gz") } };
    ExportTaskRunner runner(16 * 1024);
    auto outcome = runner.run(task, context);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, ErrorCode::Canceled);
    QVERIFY(partialSeen);
    QCOMPARE(QDir(exportsDirectory()).entryList(QDir::Files), QStringList());
}

void tst_ExportTaskRunner::rerunStartsClean()
{
    // What an interrupted attempt leaves: a partial file and a stale result under the task's id.
    auto connection = DatabaseConnection::open(m_database, QStringLiteral("runner"));
    QVERIFY(connection);
    const QDir exports(exportsDirectory());
    for (const QString &name :
        { QStringLiteral("Rerun12345678901.csv.part"), QStringLiteral("Rerun12345678901.csv") }) {
        QFile file(exports.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("stale");
    }
    TaskContext context(m_database, **connection, exportsDirectory(), nullptr);
    TaskInfo task;
    task.id = QStringLiteral("Rerun12345678901");
    task.attempts = 2;
    task.parameters = QJsonObject { { QStringLiteral("datasetId"), m_dataset.id } };
    ExportTaskRunner runner;
    auto outcome = runner.run(task, context);
    SLUICE_VERIFY_RESULT(outcome);
    QCOMPARE(exports.entryList(QDir::Files), QStringList { QStringLiteral("Rerun12345678901.csv") });
    QVERIFY(readFile(outcome->resultPath).startsWith(SalesGenerator::header().trimmed()));
    QCOMPARE(context.progress().rowsDone, 20000);
}

void tst_ExportTaskRunner::safeFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << QStringLiteral("sales 2016") << QStringLiteral("sales 2016");
    QTest::newRow("path") << QStringLiteral("../../etc/passwd") << QStringLiteral("_.._etc_passwd");
    QTest::newRow("hidden") << QStringLiteral(".secret") << QStringLiteral("secret");
    QTest::newRow("empty") << QString() << QStringLiteral("export");
    QTest::newRow("non-ASCII letters") << QStringLiteral(u"Umsätze: Q1") << QStringLiteral(u"Umsätze_ Q1");
}

void tst_ExportTaskRunner::safeFileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, safe);
    QCOMPARE(ExportTaskRunner::safeFileName(name), safe);
}

QTEST_GUILESS_MAIN(tst_ExportTaskRunner)
#include "tst_exporttaskrunner.moc"
