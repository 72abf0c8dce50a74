#include "core/tasks/taskengine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include "core/randomid.h"
#include "core/storage/databaseconnection.h"
#include "core/tasks/taskcatalog.h"
#include "core/tasks/tasklogging.h"
#include "core/tasks/taskworker.h"

namespace sluice {

namespace {

// The id a file in the exports folder belongs to: files there are named "<task id>.<ext>".
QString taskIdOfFile(const QString &fileName)
{
    const QString id = fileName.section(u'.', 0, 0);
    return isWellFormedId(id) ? id : QString();
}

} // namespace

TaskEngine::TaskEngine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sluice::TaskInfo>();
    m_cleanupTimer.setParent(this);
    m_retryTimer.setParent(this);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(1000);
    connect(&m_cleanupTimer, &QTimer::timeout, this, [this] {
        if (auto removed = removeExpired(); !removed)
            qCWarning(lcTasks) << "the task cleanup failed:" << removed.error().message;
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &TaskEngine::dispatch);
}

TaskEngine::~TaskEngine()
{
    stop();
}

void TaskEngine::registerRunner(const QString &type, TaskRunnerFactory factory)
{
    Q_ASSERT_X(!isStarted(), "TaskEngine::registerRunner", "register runners before start()");
    m_runners.insert(type, std::move(factory));
}

Result<void> TaskEngine::start(const TaskEngineConfig &config)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Q_ASSERT_X(!isStarted() && !m_stopping, "TaskEngine::start", "start() once");
    m_config = config;
    if (!QDir().mkpath(m_config.exportsDirectory))
        return fail(ErrorCode::Io, tr("Could not make the exports folder %1.").arg(m_config.exportsDirectory));
    m_config.exportsDirectory = QDir(m_config.exportsDirectory).absolutePath();

    auto connection = DatabaseConnection::open(m_config.database, QStringLiteral("tasks"));
    if (!connection)
        return tl::unexpected(connection.error());
    m_connection = std::move(*connection);
    m_catalog = std::make_unique<TaskCatalog>(*m_connection, m_config.retention);

    if (auto recovered = recover(); !recovered) {
        m_catalog.reset();
        m_connection.reset();
        return recovered;
    }
    removePartialFiles();
    auto queued = m_catalog->inState(TaskState::Queued);
    if (!queued) {
        m_catalog.reset();
        m_connection.reset();
        return tl::unexpected(queued.error());
    }
    for (const TaskInfo &task : std::as_const(*queued))
        m_queue.append(task.id);

    const int count = m_config.effectiveWorkerCount();
    for (int index = 0; index < count; ++index) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("task-worker-%1").arg(index));
        auto *worker = new TaskWorker(m_config, m_runners);
        worker->moveToThread(thread);
        connect(thread, &QThread::started, worker, &TaskWorker::open);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &TaskWorker::progressed, this, &TaskEngine::workerProgressed);
        connect(worker, &TaskWorker::finished, this, &TaskEngine::workerFinished);
        m_workers.push_back(Worker { thread, worker, QString() });
        thread->start();
    }
    qCInfo(lcTasks) << "task engine started with" << count << "workers," << m_queue.size() << "tasks queued";

    if (auto removed = removeExpired(); !removed)
        qCWarning(lcTasks) << "the task cleanup failed:" << removed.error().message;
    m_cleanupTimer.start(int(std::max<qint64>(1, m_config.cleanupInterval.count())));
    dispatch();
    return {};
}

Result<void> TaskEngine::recover()
{
    auto running = m_catalog->inState(TaskState::Running);
    if (!running)
        return tl::unexpected(running.error());
    for (const TaskInfo &task : std::as_const(*running)) {
        Result<bool> done = false;
        if (task.cancelRequested) {
            done = m_catalog->cancelUnfinished(task.id, tr("Canceled (the program stopped before the task did)."));
        } else if (task.attempts >= m_config.maxAttempts) {
            const Error error { ErrorCode::Internal,
                tr("The task was interrupted %1 times by the program stopping and is not tried again.")
                    .arg(task.attempts) };
            done = m_catalog->failRunning(task.id, error);
        } else {
            done = m_catalog->requeue(
                task.id, task.attempts, tr("Interrupted when the program stopped; queued to start again."));
        }
        if (!done)
            return tl::unexpected(done.error());
        qCInfo(lcTasks) << "recovered interrupted task" << task.id << "after" << task.attempts << "attempts";
    }
    return {};
}

void TaskEngine::removePartialFiles() const
{
    // Nothing runs yet, so every partial file is left over from an interrupted run.
    QDirIterator it(m_config.exportsDirectory, { QStringLiteral("*.part") }, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!taskIdOfFile(it.fileName()).isEmpty() && QFile::remove(path))
            qCInfo(lcTasks) << "removed the partial file" << it.fileName();
    }
}

void TaskEngine::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_cleanupTimer.stop();
    m_retryTimer.stop();
    for (Running &running : m_running)
        running.control->stop.store(true);
    for (Worker &worker : m_workers)
        worker.thread->quit();
    for (Worker &worker : m_workers) {
        worker.thread->wait();
        delete worker.thread;
    }
    m_workers.clear();
    // A worker that was stopped puts its task back itself; this catches one whose run() was
    // still waiting in its thread's queue. Guarded: only tasks still Running change.
    if (m_catalog) {
        for (const Running &running : std::as_const(m_running)) {
            auto requeued = m_catalog->requeue(running.live.id, std::max(0, running.live.attempts - 1),
                tr("Stopped with the program; it starts again at the next start."));
            if (!requeued)
                qCWarning(lcTasks) << "could not put task" << running.live.id << "back in the queue";
        }
    }
    m_running.clear();
    m_queue.clear();
    m_catalog.reset();
    m_connection.reset();
}

Result<TaskInfo> TaskEngine::submit(const QString &type, const QJsonObject &parameters)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!isStarted() || m_stopping)
        return fail(ErrorCode::Conflict, tr("The task engine is not running."));
    const TaskRunnerFactory factory = m_runners.value(type);
    if (!factory)
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a task type.").arg(type));
    auto validated = factory()->validate(parameters, *m_connection);
    if (!validated)
        return tl::unexpected(validated.error());

    TaskInfo task;
    task.id = makeRandomId();
    task.type = type;
    task.parameters = *validated;
    task.state = TaskState::Queued;
    task.createdAt = QDateTime::currentDateTimeUtc();
    if (auto inserted = m_catalog->insert(task); !inserted)
        return tl::unexpected(inserted.error());
    m_queue.append(task.id);
    qCInfo(lcTasks) << "task" << task.id << "of type" << type << "queued";
    emit taskChanged(task);
    dispatch();
    return task;
}

void TaskEngine::dispatch()
{
    if (m_stopping || !isStarted())
        return;
    for (int index = 0; index < int(m_workers.size()) && !m_queue.isEmpty(); ++index) {
        Worker &worker = m_workers[size_t(index)];
        if (!worker.taskId.isEmpty())
            continue;
        const QString id = m_queue.takeFirst();
        auto claimed = m_catalog->claim(id);
        if (!claimed) {
            if (claimed.error().code == ErrorCode::Storage) {
                // The database is busy or failing: try again shortly, in the same order.
                qCWarning(lcTasks) << "could not start task" << id << ":" << claimed.error().message;
                m_queue.prepend(id);
                m_retryTimer.start();
                return;
            }
            --index; // gone or no longer queued: this worker takes the next one
            continue;
        }
        Running running { *claimed, std::make_shared<TaskControl>(), index, false };
        worker.taskId = id;
        m_running.insert(id, running);
        TaskWorker *target = worker.worker;
        const std::shared_ptr<TaskControl> control = running.control;
        const TaskInfo task = *claimed;
        QMetaObject::invokeMethod(
            target, [target, task, control] { target->run(task, control); }, Qt::QueuedConnection);
        emit taskChanged(task);
    }
}

void TaskEngine::workerProgressed(const TaskInfo &task)
{
    auto it = m_running.find(task.id);
    if (it == m_running.end())
        return;
    const bool cancelRequested = it->live.cancelRequested;
    it->live = task;
    it->live.cancelRequested = cancelRequested;
    emit taskProgressed(it->live);
}

void TaskEngine::workerFinished(const TaskInfo &task)
{
    auto it = m_running.find(task.id);
    if (it == m_running.end())
        return;
    const Running running = *it;
    m_running.erase(it);
    if (running.worker >= 0 && running.worker < int(m_workers.size()))
        m_workers[size_t(running.worker)].taskId.clear();

    TaskInfo finished = task;
    finished.cancelRequested = running.live.cancelRequested;
    if (finished.state == TaskState::Queued) {
        // Only while stopping; the worker has put it back in the catalog's queue.
        return;
    }
    // The worker has written the end already; this is for one that could not (its guard makes
    // it a no-op otherwise).
    if (auto written = m_catalog->finish(finished); !written)
        qCWarning(lcTasks) << "could not record the end of task" << finished.id << ":" << written.error().message;
    if (running.removeWhenStopped) {
        if (auto removed = removeFinished(finished); !removed)
            qCWarning(lcTasks) << "could not remove task" << finished.id << ":" << removed.error().message;
    } else {
        emit taskChanged(finished);
    }
    dispatch();
}

void TaskEngine::requestStop(Running &running)
{
    running.control->cancelRequested.store(true);
    running.control->stop.store(true);
    running.live.cancelRequested = true;
    if (auto marked = m_catalog->setCancelRequested(running.live.id); !marked)
        qCWarning(lcTasks) << "could not record the cancel of task" << running.live.id << ":" << marked.error().message;
}

Result<TaskInfo> TaskEngine::cancel(const QString &id)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!isStarted())
        return fail(ErrorCode::Conflict, tr("The task engine is not running."));
    if (auto it = m_running.find(id); it != m_running.end()) {
        if (!it->live.cancelRequested) {
            requestStop(*it);
            qCInfo(lcTasks) << "task" << id << "asked to stop";
            emit taskChanged(it->live);
        }
        return it->live;
    }
    auto task = m_catalog->find(id);
    if (!task)
        return task;
    if (task->isFinished())
        return fail(ErrorCode::Conflict,
            tr("Task %1 has already finished (%2): there is nothing to cancel.").arg(id, taskStateName(task->state)));
    auto canceled = m_catalog->cancelUnfinished(id, tr("Canceled before it started."));
    if (!canceled)
        return tl::unexpected(canceled.error());
    m_queue.removeAll(id);
    auto updated = m_catalog->find(id);
    if (updated) {
        qCInfo(lcTasks) << "queued task" << id << "canceled";
        emit taskChanged(*updated);
    }
    return updated;
}

Result<void> TaskEngine::remove(const QString &id)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!isStarted())
        return fail(ErrorCode::Conflict, tr("The task engine is not running."));
    if (auto it = m_running.find(id); it != m_running.end()) {
        it->removeWhenStopped = true;
        if (!it->live.cancelRequested) {
            requestStop(*it);
            emit taskChanged(it->live);
        }
        return {};
    }
    auto task = m_catalog->find(id);
    if (!task)
        return tl::unexpected(task.error());
    m_queue.removeAll(id);
    return removeFinished(*task);
}

Result<void> TaskEngine::removeFinished(const TaskInfo &task)
{
    // The file first: a crash in between leaves a task without its file (reported missing),
    // never a file nobody knows of.
    removeResultFile(task);
    auto removed = m_catalog->remove(task.id);
    if (!removed)
        return tl::unexpected(removed.error());
    qCInfo(lcTasks) << "task" << task.id << "removed";
    emit taskRemoved(task.id);
    return {};
}

void TaskEngine::removeResultFile(const TaskInfo &task) const
{
    if (task.resultPath.isEmpty())
        return;
    // Only files in the exports folder are ours to delete, whatever a runner reported.
    const QFileInfo file(task.resultPath);
    if (QDir(file.absolutePath()) != QDir(m_config.exportsDirectory)) {
        qCWarning(lcTasks) << "task" << task.id << "has a result outside the exports folder; it is left in place";
        return;
    }
    if (file.exists() && !QFile::remove(file.absoluteFilePath()))
        qCWarning(lcTasks) << "could not remove the result file of task" << task.id;
}

void TaskEngine::removeOrphanFiles(const QDateTime &cutoff) const
{
    auto tasks = m_catalog->list();
    if (!tasks)
        return;
    QSet<QString> known;
    for (const TaskInfo &task : std::as_const(*tasks))
        known.insert(task.id);
    QDirIterator it(m_config.exportsDirectory, QDir::Files);
    while (it.hasNext()) {
        it.next();
        const QString id = taskIdOfFile(it.fileName());
        if (id.isEmpty() || known.contains(id) || m_running.contains(id) || it.fileInfo().lastModified() >= cutoff)
            continue;
        if (QFile::remove(it.filePath()))
            qCInfo(lcTasks) << "removed the file" << it.fileName() << "of a task that no longer exists";
    }
}

Result<int> TaskEngine::removeExpired()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!isStarted())
        return fail(ErrorCode::Conflict, tr("The task engine is not running."));
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-m_config.retention.count());
    auto expired = m_catalog->finishedBefore(cutoff);
    if (!expired)
        return tl::unexpected(expired.error());
    int removed = 0;
    for (const TaskInfo &task : std::as_const(*expired)) {
        if (auto done = removeFinished(task); !done)
            return tl::unexpected(done.error());
        ++removed;
    }
    removeOrphanFiles(cutoff);
    if (removed > 0)
        qCInfo(lcTasks) << "retention removed" << removed << "finished tasks";
    return removed;
}

TaskInfo TaskEngine::withLiveState(const TaskInfo &stored) const
{
    const auto it = m_running.constFind(stored.id);
    if (it == m_running.cend())
        return stored;
    TaskInfo live = it->live;
    live.parameters = stored.parameters;
    return live;
}

Result<QList<TaskInfo>> TaskEngine::list() const
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!isStarted())
        return fail(ErrorCode::Conflict, tr("The task engine is not running."));
    auto tasks = m_catalog->list();
    if (!tasks)
        return tasks;
    for (TaskInfo &task : *tasks)
        task = withLiveState(task);
    return tasks;
}

Result<TaskInfo> TaskEngine::find(const QString &id) const
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!isStarted())
        return fail(ErrorCode::Conflict, tr("The task engine is not running."));
    auto task = m_catalog->find(id);
    if (!task)
        return task;
    return withLiveState(*task);
}

} // namespace sluice
