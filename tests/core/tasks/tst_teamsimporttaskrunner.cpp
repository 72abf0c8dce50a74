#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/databaseconnection.h"
#include "core/storage/schemamigrator.h"
#include "core/tasks/taskengine.h"
#include "core/tasks/teamsimporttaskrunner.h"
#include "datagen/teamsgenerator.h"
#include "support/testfiles.h"
#include "support/verifyresult.h"

using namespace sluice;
using sluice::test::writeTestFile;

class tst_TeamsImportTaskRunner : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importsThroughTheEngine();
    void refusesBadParameters_data();
    void refusesBadParameters();
    void aFatalProblemFailsTheTask();

private:
    std::unique_ptr<TaskEngine> startEngine();

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseConfig m_database;
};

void tst_TeamsImportTaskRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = DatabaseConfig { m_dir->filePath(QStringLiteral("sluice.db")) };
    auto connection = DatabaseConnection::open(m_database, QStringLiteral("test"));
    QVERIFY(connection);
    QVERIFY(SchemaMigrator::migrate(**connection));
}

std::unique_ptr<TaskEngine> tst_TeamsImportTaskRunner::startEngine()
{
    auto engine = std::make_unique<TaskEngine>();
    engine->registerRunner(kTeamsImportTaskType, [] { return std::make_unique<TeamsImportTaskRunner>(); });
    TaskEngineConfig config;
    config.database = m_database;
    config.exportsDirectory = m_dir->filePath(QStringLiteral("exports"));
    config.workerCount = 1;
    if (!engine->start(config))
        return nullptr;
    return engine;
}


void tst_TeamsImportTaskRunner::importsThroughTheEngine()
{
    TeamsGenerator generator(3);
    generator.setBadRows(4);
    const QString path = writeTestFile(*m_dir, QStringLiteral("teams.csv"), generator.generate(30));
    auto engine = startEngine();
    QVERIFY(engine);
    auto task = engine->submit(kTeamsImportTaskType, QJsonObject { { QStringLiteral("path"), path } });
    SLUICE_VERIFY_RESULT(task);
    QTRY_VERIFY(engine->find(task->id)->isFinished());
    const TaskInfo done = *engine->find(task->id);
    QCOMPARE(done.state, TaskState::Succeeded);
    QCOMPARE(done.summary.value(QStringLiteral("accepted")).toInteger(), 30);
    QCOMPARE(done.summary.value(QStringLiteral("rejected")).toInteger(), 4);
    QCOMPARE(done.summary.value(QStringLiteral("importId")).toString(), task->id); // the default key
    QVERIFY(!done.summary.contains(QStringLiteral("rejections")));
    QVERIFY2(done.message.contains(QStringLiteral("30 teams")), qPrintable(done.message));
    QVERIFY(!done.hasResult());

    auto connection = DatabaseConnection::open(m_database, QStringLiteral("check"));
    QVERIFY(connection);
    QSqlQuery query((*connection)->database());
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM teams), (SELECT count(*) FROM team_import_errors "
                                      "WHERE task_id = '%1')")
                           .arg(task->id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 30);
    QCOMPARE(query.value(1).toInt(), 4);
}

void tst_TeamsImportTaskRunner::refusesBadParameters_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("no path") << QStringLiteral("importId") << QStringLiteral("x") << ErrorCode::InvalidInput;
    QTest::newRow("missing file") << QStringLiteral("path") << QStringLiteral("/nonexistent/teams.csv")
                                  << ErrorCode::NotFound;
    QTest::newRow("unknown key") << QStringLiteral("file") << QStringLiteral("x") << ErrorCode::InvalidInput;
}

void tst_TeamsImportTaskRunner::refusesBadParameters()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(ErrorCode, code);
    auto engine = startEngine();
    QVERIFY(engine);
    auto task = engine->submit(kTeamsImportTaskType, QJsonObject { { key, value } });
    QVERIFY(!task);
    QCOMPARE(task.error().code, code);
}

void tst_TeamsImportTaskRunner::aFatalProblemFailsTheTask()
{
    const QString path = writeTestFile(*m_dir, QStringLiteral("wrong.csv"), QByteArrayLiteral("a,b\n1,2\n"));
    auto engine = startEngine();
    QVERIFY(engine);
    auto task = engine->submit(kTeamsImportTaskType, QJsonObject { { QStringLiteral("path"), path } });
    SLUICE_VERIFY_RESULT(task);
    QTRY_VERIFY(engine->find(task->id)->isFinished());
    const TaskInfo done = *engine->find(task->id);
    QCOMPARE(done.state, TaskState::Failed);
    QVERIFY(done.error);
    QVERIFY(!done.error->message.isEmpty());
}

QTEST_GUILESS_MAIN(tst_TeamsImportTaskRunner)
#include "tst_teamsimporttaskrunner.moc"
