#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/events/eventbus.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/datasetcatalog.h"
#include "core/storage/schemamigrator.h"
#include "core/tasks/importtaskrunner.h"
#include "core/tasks/taskengine.h"
#include "datagen/salesgenerator.h"
#include "support/testfiles.h"
#include "support/verifyresult.h"

using namespace sluice;
using sluice::test::writeTestFile;

class tst_ImportTaskRunner : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void importsThroughTheEngineWithEvents();
    void refusesAMissingSourceOrBadOverrides_data();
    void refusesAMissingSourceOrBadOverrides();
    void overridesAreApplied();
    void cancelStopsTheImport();

private:
    TaskInfo waitUntilFinished(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventBus> m_bus;
    std::unique_ptr<TaskEngine> m_engine;
    DatabaseConfig m_database;
};

void tst_ImportTaskRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = DatabaseConfig { m_dir->filePath(QStringLiteral("sluice.db")) };
    {
        auto connection = DatabaseConnection::open(m_database, QStringLiteral("test"));
        QVERIFY(connection);
        QVERIFY(SchemaMigrator::migrate(**connection));
    }
    m_bus = std::make_unique<EventBus>();
    m_engine = std::make_unique<TaskEngine>();
    EventBus *bus = m_bus.get();
    m_engine->registerRunner(
        QString::fromLatin1(ImportTaskRunner::kType), [bus] { return std::make_unique<ImportTaskRunner>(bus); });
    TaskEngineConfig config;
    config.database = m_database;
    config.exportsDirectory = m_dir->filePath(QStringLiteral("exports"));
    config.workerCount = 1;
    SLUICE_VERIFY_RESULT(m_engine->start(config));
}

void tst_ImportTaskRunner::cleanup()
{
    m_engine.reset();
    m_bus.reset();
}


TaskInfo tst_ImportTaskRunner::waitUntilFinished(const QString &id)
{
    TaskInfo task;
    (void)QTest::qWaitFor( // the caller checks the state it returns
        [&] {
            auto found = m_engine->find(id);
            if (found)
                task = *found;
            return found && isFinished(found->state);
        },
        60000);
    return task;
}

void tst_ImportTaskRunner::importsThroughTheEngineWithEvents()
{
    QSignalSpy events(m_bus.get(), &EventBus::published);
    const QString path = writeTestFile(*m_dir, QStringLiteral("sales.csv"), SalesGenerator(1).generate(20000));
    auto submitted = m_engine->submit(QStringLiteral("import"), QJsonObject { { QStringLiteral("sourcePath"), path } });
    SLUICE_VERIFY_RESULT(submitted);
    QCOMPARE(submitted->parameters.value(QStringLiteral("sourceName")).toString(), QStringLiteral("sales.csv"));
    const TaskInfo task = waitUntilFinished(submitted->id);
    QCOMPARE(task.state, TaskState::Succeeded);
    QVERIFY2(task.message.contains(QStringLiteral("20000")), qPrintable(task.message));
    const QJsonArray datasets = task.summary.value(QStringLiteral("datasets")).toArray();
    QCOMPARE(datasets.size(), 1);

    auto connection = DatabaseConnection::open(m_database, QStringLiteral("check"));
    QVERIFY(connection);
    auto dataset = DatasetCatalog(**connection).find(datasets.first().toString());
    SLUICE_VERIFY_RESULT(dataset);
    QCOMPARE(dataset->state, DatasetState::Ready);
    QCOMPARE(dataset->rowCount, 20000);
    QCOMPARE(dataset->taskId, task.id);

    QTRY_VERIFY(std::any_of(events.begin(), events.end(),
        [](const QList<QVariant> &arguments) { return arguments.first().value<Event>().type == u"dataset.ready"; }));
    QVERIFY(std::any_of(events.begin(), events.end(), [&](const QList<QVariant> &arguments) {
        const Event event = arguments.first().value<Event>();
        return event.type == u"dataset.profile" && event.topic == QStringLiteral("dataset:") + dataset->id;
    }));
}

void tst_ImportTaskRunner::refusesAMissingSourceOrBadOverrides_data()
{
    QTest::addColumn<QJsonObject>("parameters");
    QTest::newRow("no source") << QJsonObject {};
    QTest::newRow("missing file") << QJsonObject { { QStringLiteral("sourcePath"),
        QStringLiteral("/nonexistent/x.csv") } };
    QTest::newRow("two-character delimiter")
        << QJsonObject { { QStringLiteral("sourcePath"), QStringLiteral("%SALES%") },
               { QStringLiteral("overrides"), QJsonObject { { QStringLiteral("delimiter"), QStringLiteral(";;") } } } };
    QTest::newRow("unknown encoding") << QJsonObject { { QStringLiteral("sourcePath"), QStringLiteral("%SALES%") },
        { QStringLiteral("overrides"), QJsonObject { { QStringLiteral("encoding"), QStringLiteral("EBCDIC") } } } };
}

void tst_ImportTaskRunner::refusesAMissingSourceOrBadOverrides()
{
    QFETCH(QJsonObject, parameters);
    if (parameters.value(QStringLiteral("sourcePath")).toString() == u"%SALES%")
        parameters.insert(QStringLiteral("sourcePath"), writeTestFile(*m_dir, QStringLiteral("s.csv"), "a\n1\n"));
    auto submitted = m_engine->submit(QStringLiteral("import"), parameters);
    QVERIFY(!submitted);
    QCOMPARE(submitted.error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_engine->list()->size(), 0); // nothing queued
}

void tst_ImportTaskRunner::overridesAreApplied()
{
    const QString path = writeTestFile(*m_dir, QStringLiteral("semi.csv"), "a;b\n1;2\n3;4\n");
    auto submitted = m_engine->submit(QStringLiteral("import"),
        QJsonObject { { QStringLiteral("sourcePath"), path },
            { QStringLiteral("overrides"),
                QJsonObject {
                    { QStringLiteral("delimiter"), QStringLiteral(",") }, { QStringLiteral("header"), false } } } });
    SLUICE_VERIFY_RESULT(submitted);
    const TaskInfo task = waitUntilFinished(submitted->id);
    QCOMPARE(task.state, TaskState::Succeeded);
    auto connection = DatabaseConnection::open(m_database, QStringLiteral("check"));
    QVERIFY(connection);
    auto dataset = DatasetCatalog(**connection)
                       .find(task.summary.value(QStringLiteral("datasets")).toArray().first().toString());
    SLUICE_VERIFY_RESULT(dataset);
    QCOMPARE(dataset->columns.size(), 1); // one column: the user said comma
    QCOMPARE(dataset->rowCount, 3); // and no header
}

void tst_ImportTaskRunner::cancelStopsTheImport()
{
    const QString path = writeTestFile(*m_dir, QStringLiteral("big.csv"), SalesGenerator(2).generate(400000));
    auto submitted = m_engine->submit(QStringLiteral("import"), QJsonObject { { QStringLiteral("sourcePath"), path } });
    SLUICE_VERIFY_RESULT(submitted);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->find(submitted->id)->rowsDone > 0, 30000);
    SLUICE_VERIFY_RESULT(m_engine->cancel(submitted->id));
    const TaskInfo task = waitUntilFinished(submitted->id);
    QCOMPARE(task.state, TaskState::Canceled);
    auto connection = DatabaseConnection::open(m_database, QStringLiteral("check"));
    QVERIFY(connection);
    auto all = DatasetCatalog(**connection).list();
    SLUICE_VERIFY_RESULT(all);
    for (const DatasetInfo &dataset : std::as_const(*all))
        QVERIFY(dataset.state != DatasetState::Ready); // no dataset claims to be ready
}

QTEST_GUILESS_MAIN(tst_ImportTaskRunner)
#include "tst_importtaskrunner.moc"
