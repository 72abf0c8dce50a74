#include <atomic>
#include <memory>
#include <thread>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/storage/databaseconnection.h"
#include "core/storage/schemamigrator.h"
#include "core/tasks/taskcatalog.h"
#include "core/tasks/taskengine.h"
#include "support/verifyresult.h"

using namespace sluice;

namespace {

const QString kProbeType = QStringLiteral("probe");

// What the probe runners did, shared by every runner of one test (they run in worker threads).
struct Probe
{
    QMutex mutex;
    QStringList started; // task names, in start order
    std::atomic<int> running { 0 };
    std::atomic<int> maxRunning { 0 };
    std::atomic<bool> releaseAll { false };
    QStringList released; // names allowed to finish

    QStringList startedNames()
    {
        QMutexLocker lock(&mutex);
        return started;
    }
    void release(const QString &name)
    {
        QMutexLocker lock(&mutex);
        released << name;
    }
    bool isReleased(const QString &name)
    {
        QMutexLocker lock(&mutex);
        return releaseAll.load() || released.contains(name);
    }
};

// Parameters: name; "hold": wait until released (or canceled); "fail": an error code name to
// fail with; "result": write a result file into the exports folder; "partial": write a partial
// file while held (removed on cancel, as a runner must).
class ProbeRunner final : public TaskRunner
{
public:
    explicit ProbeRunner(std::shared_ptr<Probe> probe)
        : m_probe(std::move(probe))
    {
    }

    Result<QJsonObject> validate(const QJsonObject &parameters, const DatabaseConnection &) const override
    {
        if (!parameters.value(QStringLiteral("name")).isString())
            return fail(ErrorCode::InvalidInput, QStringLiteral("name must be a string"));
        return parameters;
    }

    Result<TaskOutcome> run(const TaskInfo &task, TaskContext &context) override
    {
        const QString name = task.parameters.value(QStringLiteral("name")).toString();
        {
            QMutexLocker lock(&m_probe->mutex);
            m_probe->started << name;
        }
        const int now = ++m_probe->running;
        int seen = m_probe->maxRunning.load();
        while (now > seen && !m_probe->maxRunning.compare_exchange_weak(seen, now)) { }
        struct Leave
        {
            Probe *probe;
            ~Leave() { --probe->running; }
        } leave { m_probe.get() };

        const QString partial = QDir(context.exportsDirectory()).filePath(task.id + QStringLiteral(".bin.part"));
        if (task.parameters.value(QStringLiteral("partial")).toBool()) {
            QFile file(partial);
            if (!file.open(QIODevice::WriteOnly))
                return fail(ErrorCode::Io, QStringLiteral("cannot write the partial file"));
        }
        qint64 rows = 0;
        while (task.parameters.value(QStringLiteral("hold")).toBool() && !m_probe->isReleased(name)) {
            if (context.isCanceled()) {
                QFile::remove(partial);
                return fail(ErrorCode::Canceled, QStringLiteral("stopped"));
            }
            context.reportProgress(TaskProgress { ++rows, 1000000, 0, -1, -1, QStringLiteral("holding") });
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        QFile::remove(partial);
        const QString failure = task.parameters.value(QStringLiteral("fail")).toString();
        if (failure == u"canceled")
            return fail(ErrorCode::Canceled, QStringLiteral("gave up"));
        if (!failure.isEmpty())
            return fail(ErrorCode::InvalidInput, QStringLiteral("failed on purpose"));
        TaskOutcome outcome;
        outcome.message = QStringLiteral("probe %1 done").arg(name);
        outcome.summary = QJsonObject { { QStringLiteral("name"), name } };
        if (task.parameters.value(QStringLiteral("result")).toBool()) {
            outcome.resultPath = QDir(context.exportsDirectory()).filePath(task.id + QStringLiteral(".bin"));
            QFile file(outcome.resultPath);
            if (!file.open(QIODevice::WriteOnly) || file.write("result") != 6)
                return fail(ErrorCode::Io, QStringLiteral("cannot write the result"));
            outcome.resultName = name + QStringLiteral(".bin");
            outcome.resultSize = 6;
            outcome.resultSha256 = QStringLiteral("00");
        }
        return outcome;
    }

private:
    std::shared_ptr<Probe> m_probe;
};

QJsonObject probe(const QString &name, bool hold = false)
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("hold"), hold } };
}

} // namespace

class tst_TaskEngine : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void runsQueuedTasksInSubmissionOrder();
    void runsNoMoreThanTheWorkerCount();
    void endStates_data();
    void endStates();
    void refusesUnknownTypesAndInvalidParameters();
    void cancelsAQueuedTaskAtOnce();
    void cancelsARunningTaskAndItsPartialFile();
    void cancelOfAFinishedTaskIsAConflict();
    void reportsProgress();
    void recoversInterruptedTasks_data();
    void recoversInterruptedTasks();
    void stoppingPutsRunningTasksBackWithoutUsingAnAttempt();
    void removeDeletesTheTaskAndItsFile();
    void removeOfARunningTaskCancelsItFirst();
    void retentionRemovesOldFinishedTasksAndFiles();
    void taskJsonLeavesThePathOut();

private:
    std::unique_ptr<TaskEngine> makeEngine(int workers = 1);
    TaskEngineConfig config(int workers) const;
    TaskInfo stored(const QString &id);
    void insertInterrupted(const QString &id, const QString &name, int attempts, bool cancelRequested);

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseConfig m_database;
    std::shared_ptr<Probe> m_probe;
};

void tst_TaskEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = DatabaseConfig { m_dir->filePath(QStringLiteral("sluice.db")) };
    auto connection = DatabaseConnection::open(m_database, QStringLiteral("test"));
    QVERIFY(connection);
    QVERIFY(SchemaMigrator::migrate(**connection));
    m_probe = std::make_shared<Probe>();
}

void tst_TaskEngine::cleanup()
{
    if (m_probe)
        m_probe->releaseAll = true;
}

TaskEngineConfig tst_TaskEngine::config(int workers) const
{
    TaskEngineConfig config;
    config.database = m_database;
    config.exportsDirectory = m_dir->filePath(QStringLiteral("exports"));
    config.workerCount = workers;
    config.progressInterval = std::chrono::milliseconds(20);
    return config;
}

std::unique_ptr<TaskEngine> tst_TaskEngine::makeEngine(int workers)
{
    auto engine = std::make_unique<TaskEngine>();
    const std::shared_ptr<Probe> shared = m_probe;
    engine->registerRunner(kProbeType, [shared] { return std::make_unique<ProbeRunner>(shared); });
    return engine;
    Q_UNUSED(workers);
}

TaskInfo tst_TaskEngine::stored(const QString &id)
{
    auto connection = DatabaseConnection::open(m_database, QStringLiteral("check"));
    if (!connection)
        return {};
    auto task = TaskCatalog(**connection, config(1).retention).find(id);
    return task ? *task : TaskInfo {};
}

void tst_TaskEngine::insertInterrupted(const QString &id, const QString &name, int attempts, bool cancelRequested)
{
    auto connection = DatabaseConnection::open(m_database, QStringLiteral("setup"));
    QVERIFY(connection);
    TaskInfo task;
    task.id = id;
    task.type = kProbeType;
    task.parameters = probe(name);
    task.createdAt = QDateTime::currentDateTimeUtc();
    SLUICE_VERIFY_RESULT(TaskCatalog(**connection).insert(task));
    // As a process killed mid-run leaves it.
    QSqlQuery query((*connection)->database());
    QVERIFY(query.prepare(QStringLiteral(
        "UPDATE tasks SET state = 'running', attempts = ?, cancel_requested = ?, started_at = ? WHERE id = ?")));
    query.addBindValue(attempts);
    query.addBindValue(cancelRequested ? 1 : 0);
    query.addBindValue(task.createdAt.toString(Qt::ISODateWithMs));
    query.addBindValue(id);
    QVERIFY(query.exec());
}

void tst_TaskEngine::runsQueuedTasksInSubmissionOrder()
{
    auto engine = makeEngine();
    SLUICE_VERIFY_RESULT(engine->start(config(1)));
    QSignalSpy changed(engine.get(), &TaskEngine::taskChanged);
    auto first = engine->submit(kProbeType, probe(QStringLiteral("a"), true));
    SLUICE_VERIFY_RESULT(first);
    QList<QString> ids { first->id };
    for (const QString &name : { QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") }) {
        auto task = engine->submit(kProbeType, probe(name));
        SLUICE_VERIFY_RESULT(task);
        QCOMPARE(task->state, TaskState::Queued);
        ids << task->id;
    }
    QTRY_COMPARE(m_probe->startedNames(), QStringList { QStringLiteral("a") });
    QCOMPARE(engine->find(ids[1])->state, TaskState::Queued);
    m_probe->release(QStringLiteral("a"));
    QTRY_COMPARE(engine->find(ids[3])->state, TaskState::Succeeded);
    QCOMPARE(m_probe->startedNames(),
        (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") }));

    // Every task went queued -> running -> succeeded, in that order, and the catalog agrees.
    for (const QString &id : ids) {
        QList<TaskState> states;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const TaskInfo task = signal.at(0).value<TaskInfo>();
            if (task.id == id)
                states << task.state;
        }
        QCOMPARE(states, (QList<TaskState> { TaskState::Queued, TaskState::Running, TaskState::Succeeded }));
        const TaskInfo task = stored(id);
        QCOMPARE(task.state, TaskState::Succeeded);
        QCOMPARE(task.attempts, 1);
        QCOMPARE(task.progress, 1.0);
        QVERIFY(task.startedAt.isValid() && task.finishedAt.isValid() && task.createdAt.isValid());
        QVERIFY(task.startedAt <= task.finishedAt);
        QVERIFY(task.message.startsWith(QStringLiteral("probe ")));
        QVERIFY(task.expiresAt > task.finishedAt);
    }
    auto listed = engine->list();
    SLUICE_VERIFY_RESULT(listed);
    QCOMPARE(listed->size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(listed->at(i).id, ids[i]);
}

void tst_TaskEngine::runsNoMoreThanTheWorkerCount()
{
    auto engine = makeEngine();
    SLUICE_VERIFY_RESULT(engine->start(config(2)));
    QCOMPARE(engine->workerCount(), 2);
    QList<QString> ids;
    for (int i = 0; i < 5; ++i) {
        auto task = engine->submit(kProbeType, probe(QString::number(i), true));
        SLUICE_VERIFY_RESULT(task);
        ids << task->id;
    }
    QTRY_COMPARE(m_probe->running.load(), 2);
    auto listed = engine->list();
    SLUICE_VERIFY_RESULT(listed);
    int running = 0;
    int queued = 0;
    for (const TaskInfo &task : *listed) {
        running += task.state == TaskState::Running;
        queued += task.state == TaskState::Queued;
    }
    QCOMPARE(running, 2);
    QCOMPARE(queued, 3);
    // The first two in submission order; which of the two workers records its start first is a race.
    QStringList started = m_probe->startedNames();
    started.sort();
    QCOMPARE(started, (QStringList { QStringLiteral("0"), QStringLiteral("1") }));
    m_probe->releaseAll = true;
    for (const QString &id : std::as_const(ids))
        QTRY_COMPARE(engine->find(id)->state, TaskState::Succeeded);
    QCOMPARE(m_probe->maxRunning.load(), 2);
    QCOMPARE(m_probe->startedNames().size(), 5);

    TaskEngineConfig automatic = config(0);
    QVERIFY(automatic.effectiveWorkerCount() >= 1);
    QCOMPARE(automatic.effectiveWorkerCount(), std::max(1, QThread::idealThreadCount() - 1));
}

void tst_TaskEngine::endStates_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<TaskState>("state");
    QTest::addColumn<bool>("hasError");
    QTest::newRow("success") << QString() << TaskState::Succeeded << false;
    QTest::newRow("failure") << QStringLiteral("invalid") << TaskState::Failed << true;
    QTest::newRow("runner gave up") << QStringLiteral("canceled") << TaskState::Canceled << false;
}

void tst_TaskEngine::endStates()
{
    QFETCH(QString, failure);
    QFETCH(TaskState, state);
    QFETCH(bool, hasError);
    auto engine = makeEngine();
    SLUICE_VERIFY_RESULT(engine->start(config(1)));
    QJsonObject parameters = probe(QStringLiteral("x"));
    parameters.insert(QStringLiteral("fail"), failure);
    auto task = engine->submit(kProbeType, parameters);
    SLUICE_VERIFY_RESULT(task);
    QTRY_VERIFY(engine->find(task->id)->isFinished());
    const TaskInfo finished = stored(task->id);
    QCOMPARE(finished.state, state);
    QCOMPARE(finished.error.has_value(), hasError);
    if (hasError) {
        QCOMPARE(finished.error->code, ErrorCode::InvalidInput);
        QCOMPARE(finished.error->message, QStringLiteral("failed on purpose"));
        QCOMPARE(finished.message, QStringLiteral("failed on purpose"));
    }
    QVERIFY(finished.finishedAt.isValid());
    QCOMPARE(finished.attempts, 1);
}

void tst_TaskEngine::refusesUnknownTypesAndInvalidParameters()
{
    auto engine = makeEngine();
    // Not started yet: a clear error, no crash.
    QCOMPARE(engine->submit(kProbeType, probe(QStringLiteral("early"))).error().code, ErrorCode::Conflict);
    SLUICE_VERIFY_RESULT(engine->start(config(1)));
    auto unknown = engine->submit(QStringLiteral("nope"), {});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
    auto invalid = engine->submit(kProbeType, QJsonObject { { QStringLiteral("name"), 3 } });
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, ErrorCode::InvalidInput);
    QCOMPARE(engine->list()->size(), 0);
    QCOMPARE(engine->find(QStringLiteral("AAAAAAAAAAAAAAAA")).error().code, ErrorCode::NotFound);
}

void tst_TaskEngine::cancelsAQueuedTaskAtOnce()
{
    auto engine = makeEngine();
    SLUICE_VERIFY_RESULT(engine->start(config(1)));
    auto blocker = engine->submit(kProbeType, probe(QStringLiteral("blocker"), true));
    auto waiting = engine->submit(kProbeType, probe(QStringLiteral("waiting")));
    SLUICE_VERIFY_RESULT(blocker);
    SLUICE_VERIFY_RESULT(waiting);
    QSignalSpy changed(engine.get(), &TaskEngine::taskChanged);
    auto canceled = engine->cancel(waiting->id);
    SLUICE_VERIFY_RESULT(canceled);
    QCOMPARE(canceled->state, TaskState::Canceled); // at once, not later
    QCOMPARE(stored(waiting->id).state, TaskState::Canceled);
    QVERIFY(stored(waiting->id).finishedAt.isValid());
    QCOMPARE(changed.size(), 1);
    m_probe->releaseAll = true;
    QTRY_COMPARE(engine->find(blocker->id)->state, TaskState::Succeeded);
    QCOMPARE(m_probe->startedNames(), QStringList { QStringLiteral("blocker") }); // never ran
    QCOMPARE(engine->cancel(waiting->id).error().code, ErrorCode::Conflict);
}

void tst_TaskEngine::cancelsARunningTaskAndItsPartialFile()
{
    auto engine = makeEngine();
    SLUICE_VERIFY_RESULT(engine->start(config(1)));
    QJsonObject parameters = probe(QStringLiteral("long"), true);
    parameters.insert(QStringLiteral("partial"), true);
    auto task = engine->submit(kProbeType, parameters);
    SLUICE_VERIFY_RESULT(task);
    const QString partial = QDir(config(1).exportsDirectory).filePath(task->id + QStringLiteral(".bin.part"));
    QTRY_VERIFY(QFile::exists(partial));
    auto asked = engine->cancel(task->id);
    SLUICE_VERIFY_RESULT(asked);
    QCOMPARE(asked->state, TaskState::Running);
    QVERIFY(asked->cancelRequested);
    QVERIFY(engine->find(task->id)->cancelRequested);
    QTRY_COMPARE(engine->find(task->id)->state, TaskState::Canceled);
    QVERIFY(!QFile::exists(partial));
    const TaskInfo finished = stored(task->id);
    QCOMPARE(finished.state, TaskState::Canceled);
    QVERIFY(!finished.error);
    QVERIFY(!finished.hasResult());
}

void tst_TaskEngine::cancelOfAFinishedTaskIsAConflict()
{
    auto engine = makeEngine();
    SLUICE_VERIFY_RESULT(engine->start(config(1)));
    auto task = engine->submit(kProbeType, probe(QStringLiteral("quick")));
    SLUICE_VERIFY_RESULT(task);
    QTRY_COMPARE(engine->find(task->id)->state, TaskState::Succeeded);
    auto canceled = engine->cancel(task->id);
    QVERIFY(!canceled);
    QCOMPARE(canceled.error().code, ErrorCode::Conflict);
    QCOMPARE(stored(task->id).state, TaskState::Succeeded); // unchanged
    QCOMPARE(engine->cancel(QStringLiteral("AAAAAAAAAAAAAAAA")).error().code, ErrorCode::NotFound);
}

void tst_TaskEngine::reportsProgress()
{
    auto engine = makeEngine();
    SLUICE_VERIFY_RESULT(engine->start(config(1)));
    QSignalSpy progressed(engine.get(), &TaskEngine::taskProgressed);
    auto task = engine->submit(kProbeType, probe(QStringLiteral("slow"), true));
    SLUICE_VERIFY_RESULT(task);
    QTRY_VERIFY(progressed.size() >= 2);
    const TaskInfo last = progressed.last().at(0).value<TaskInfo>();
    QCOMPARE(last.id, task->id);
    QCOMPARE(last.state, TaskState::Running);
    QVERIFY(last.rowsDone > 0);
    QCOMPARE(last.rowsTotal, 1000000);
    QVERIFY(last.progress > 0 && last.progress < 1);
    QCOMPARE(last.message, QStringLiteral("holding"));
    QVERIFY(last.rowsPerSecond > 0);
    QVERIFY(last.etaSeconds > 0);
    // find() merges the live progress into the stored task.
    QTRY_VERIFY(engine->find(task->id)->rowsDone > 0);
    m_probe->releaseAll = true;
    QTRY_COMPARE(engine->find(task->id)->state, TaskState::Succeeded);
    QVERIFY(stored(task->id).rowsDone >= last.rowsDone);
}

void tst_TaskEngine::recoversInterruptedTasks_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("cancelRequested");
    QTest::addColumn<TaskState>("state");
    QTest::addColumn<int>("attemptsAfter");
    QTest::newRow("first attempt interrupted") << 1 << false << TaskState::Succeeded << 2;
    QTest::newRow("second attempt interrupted") << 2 << false << TaskState::Succeeded << 3;
    QTest::newRow("third attempt interrupted: out of attempts") << 3 << false << TaskState::Failed << 3;
    QTest::newRow("cancel pending when interrupted") << 1 << true << TaskState::Canceled << 1;
}

void tst_TaskEngine::recoversInterruptedTasks()
{
    QFETCH(int, attempts);
    QFETCH(bool, cancelRequested);
    QFETCH(TaskState, state);
    QFETCH(int, attemptsAfter);
    const QString id = QStringLiteral("Interrupted12345");
    insertInterrupted(id, QStringLiteral("again"), attempts, cancelRequested);
    // A partial file the interrupted attempt left.
    QVERIFY(QDir().mkpath(config(1).exportsDirectory));
    const QString partial = QDir(config(1).exportsDirectory).filePath(id + QStringLiteral(".csv.part"));
    QFile file(partial);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    auto engine = makeEngine();
    SLUICE_VERIFY_RESULT(engine->start(config(1)));
    QVERIFY(!QFile::exists(partial));
    QTRY_VERIFY(engine->find(id)->isFinished());
    const TaskInfo task = stored(id);
    QCOMPARE(task.state, state);
    QCOMPARE(task.attempts, attemptsAfter);
    QCOMPARE(m_probe->startedNames().size(), state == TaskState::Succeeded ? 1 : 0);
    if (state == TaskState::Failed) {
        QVERIFY(task.error);
        QVERIFY2(task.error->message.contains(QStringLiteral("interrupted 3 times")), qPrintable(task.error->message));
    }
}

void tst_TaskEngine::stoppingPutsRunningTasksBackWithoutUsingAnAttempt()
{
    QString id;
    {
        auto engine = makeEngine();
        SLUICE_VERIFY_RESULT(engine->start(config(1)));
        auto task = engine->submit(kProbeType, probe(QStringLiteral("interrupted"), true));
        SLUICE_VERIFY_RESULT(task);
        id = task->id;
        QTRY_COMPARE(m_probe->running.load(), 1);
        engine->stop(); // as the program quits
        QCOMPARE(m_probe->running.load(), 0);
    }
    TaskInfo task = stored(id);
    QCOMPARE(task.state, TaskState::Queued);
    QCOMPARE(task.attempts, 0);
    m_probe->releaseAll = true;
    auto engine = makeEngine();
    SLUICE_VERIFY_RESULT(engine->start(config(1)));
    QTRY_COMPARE(engine->find(id)->state, TaskState::Succeeded);
    QCOMPARE(stored(id).attempts, 1);
}

void tst_TaskEngine::removeDeletesTheTaskAndItsFile()
{
    auto engine = makeEngine();
    SLUICE_VERIFY_RESULT(engine->start(config(1)));
    QSignalSpy removed(engine.get(), &TaskEngine::taskRemoved);
    QJsonObject parameters = probe(QStringLiteral("with file"));
    parameters.insert(QStringLiteral("result"), true);
    auto task = engine->submit(kProbeType, parameters);
    SLUICE_VERIFY_RESULT(task);
    QTRY_COMPARE(engine->find(task->id)->state, TaskState::Succeeded);
    const TaskInfo finished = *engine->find(task->id);
    QVERIFY(finished.hasResult());
    QCOMPARE(finished.resultName, QStringLiteral("with file.bin"));
    QVERIFY(QFile::exists(finished.resultPath));
    SLUICE_VERIFY_RESULT(engine->remove(task->id));
    QVERIFY(!QFile::exists(finished.resultPath));
    QCOMPARE(engine->find(task->id).error().code, ErrorCode::NotFound);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(0).toString(), task->id);
    QCOMPARE(engine->remove(task->id).error().code, ErrorCode::NotFound);

    // A queued task goes at once and never runs.
    auto blocker = engine->submit(kProbeType, probe(QStringLiteral("blocker"), true));
    auto queued = engine->submit(kProbeType, probe(QStringLiteral("queued")));
    SLUICE_VERIFY_RESULT(blocker);
    SLUICE_VERIFY_RESULT(queued);
    SLUICE_VERIFY_RESULT(engine->remove(queued->id));
    QCOMPARE(engine->find(queued->id).error().code, ErrorCode::NotFound);
    m_probe->releaseAll = true;
    QTRY_COMPARE(engine->find(blocker->id)->state, TaskState::Succeeded);
    QVERIFY(!m_probe->startedNames().contains(QStringLiteral("queued")));
}

void tst_TaskEngine::removeOfARunningTaskCancelsItFirst()
{
    auto engine = makeEngine();
    SLUICE_VERIFY_RESULT(engine->start(config(1)));
    QSignalSpy removed(engine.get(), &TaskEngine::taskRemoved);
    auto task = engine->submit(kProbeType, probe(QStringLiteral("running"), true));
    SLUICE_VERIFY_RESULT(task);
    QTRY_COMPARE(m_probe->running.load(), 1);
    SLUICE_VERIFY_RESULT(engine->remove(task->id));
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(engine->find(task->id).error().code, ErrorCode::NotFound);
    QCOMPARE(m_probe->running.load(), 0);
}

void tst_TaskEngine::retentionRemovesOldFinishedTasksAndFiles()
{
    TaskEngineConfig shortRetention = config(1);
    shortRetention.retention = std::chrono::seconds(1);
    shortRetention.cleanupInterval = std::chrono::milliseconds(100);
    auto engine = makeEngine();
    SLUICE_VERIFY_RESULT(engine->start(shortRetention));
    QSignalSpy removed(engine.get(), &TaskEngine::taskRemoved);
    QJsonObject parameters = probe(QStringLiteral("expiring"));
    parameters.insert(QStringLiteral("result"), true);
    auto expiring = engine->submit(kProbeType, parameters);
    auto held = engine->submit(kProbeType, probe(QStringLiteral("held"), true)); // unfinished: kept
    SLUICE_VERIFY_RESULT(expiring);
    SLUICE_VERIFY_RESULT(held);
    QTRY_COMPARE(engine->find(expiring->id)->state, TaskState::Succeeded);
    const QString path = engine->find(expiring->id)->resultPath;
    QVERIFY(QFile::exists(path));
    // An orphan result (its task is gone), old enough.
    const QString orphan = QDir(shortRetention.exportsDirectory).filePath(QStringLiteral("Orphan1234567890.csv"));
    {
        QFile file(orphan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1), QFileDevice::FileModificationTime));
    }
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 15000);
    QCOMPARE(removed.first().at(0).toString(), expiring->id);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(orphan));
    QCOMPARE(engine->find(expiring->id).error().code, ErrorCode::NotFound);
    QCOMPARE(engine->find(held->id)->state, TaskState::Running);
}

void tst_TaskEngine::taskJsonLeavesThePathOut()
{
    auto engine = makeEngine();
    SLUICE_VERIFY_RESULT(engine->start(config(1)));
    QJsonObject parameters = probe(QStringLiteral("json"));
    parameters.insert(QStringLiteral("result"), true);
    auto task = engine->submit(kProbeType, parameters);
    SLUICE_VERIFY_RESULT(task);
    QTRY_COMPARE(engine->find(task->id)->state, TaskState::Succeeded);
    const QJsonObject json = engine->find(task->id)->toJson();
    QCOMPARE(json.value(QStringLiteral("id")).toString(), task->id);
    QCOMPARE(json.value(QStringLiteral("type")).toString(), kProbeType);
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(json.value(QStringLiteral("progress")).toDouble(), 1.0);
    QCOMPARE(json.value(QStringLiteral("attempts")).toInt(), 1);
    QVERIFY(json.value(QStringLiteral("error")).isNull());
    const QJsonObject result = json.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("name")).toString(), QStringLiteral("json.bin"));
    QCOMPARE(result.value(QStringLiteral("size")).toInteger(), 6);
    QVERIFY(!QJsonDocument(json).toJson().contains(m_dir->path().toUtf8()));
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("json"));
    QVERIFY(json.value(QStringLiteral("finishedAt")).toString().endsWith(u'Z'));
}

QTEST_GUILESS_MAIN(tst_TaskEngine)
#include "tst_taskengine.moc"
