#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include "core/error.h"
#include "core/tasks/taskcontrol.h"
#include "core/tasks/taskengineconfig.h"
#include "core/tasks/taskinfo.h"
#include "core/tasks/taskrunner.h"

class QThread;

namespace sluice {

class DatabaseConnection;
class TaskCatalog;
class TaskWorker;

/// The persistent task queue and its pool of worker threads: imports, exports and teams
/// imports run here, each through the TaskRunner registered for its type.
///
/// Thread: lives in the thread that creates it and must be used from that thread only. It
/// runs short catalog statements there (insert, guarded updates, lists), so make it in the
/// server's thread or one of its own, never in the GUI thread. Owns its worker threads (one
/// TaskWorker each, with its own connection) and joins them in stop() or its destructor,
/// which ask running tasks to stop and waits for them (about a second: runners check once per
/// batch); those tasks go back to the queue without using up an attempt.
///
/// Queue: tasks start in submission order, at most workerCount at a time.
/// Cancel: a queued task ends Canceled at once; a running one is asked to stop and ends
/// Canceled when its runner returns (within a second); a finished one is a Conflict.
/// Recovery (start()): tasks the catalog has as Running were interrupted; each goes back to the
/// queue (its next start counts one more attempt), unless it already had maxAttempts starts
/// (then it fails, saying so) or a cancel was pending (then it ends Canceled). Stale partial
/// files ("*.part") in the exports folder are removed.
/// Retention: finished tasks older than the retention are removed with their result files,
/// at start and every cleanupInterval; files in the exports folder named after a task that
/// no longer exists go too once that old.
class TaskEngine final : public QObject
{
    Q_OBJECT
public:
    explicit TaskEngine(QObject *parent = nullptr);
    ~TaskEngine() override;
    Q_DISABLE_COPY_MOVE(TaskEngine)

    /// Makes tasks of `type` run with runners from `factory`. Before start() only.
    void registerRunner(const QString &type, TaskRunnerFactory factory);

    /// Opens the catalog, recovers interrupted tasks, starts the workers and the queue.
    [[nodiscard]] Result<void> start(const TaskEngineConfig &config);
    /// Stops the workers (see the class comment); start() may not be called again.
    void stop();
    bool isStarted() const { return m_connection != nullptr; }
    const TaskEngineConfig &config() const { return m_config; }
    int workerCount() const { return int(m_workers.size()); }

    /// Queues a task after its runner's validate() accepted `parameters` (InvalidInput for an
    /// unknown type). The task as queued; it may be running by the time this returns.
    [[nodiscard]] Result<TaskInfo> submit(const QString &type, const QJsonObject &parameters);
    /// See the class comment. Returns the task as it is now (Canceled, or Running with
    /// cancelRequested); NotFound for an unknown id, Conflict for a finished task.
    [[nodiscard]] Result<TaskInfo> cancel(const QString &id);
    /// Removes a task and its result file. A queued task is removed at once; a running one is
    /// canceled and removed when it stops. taskRemoved() follows. NotFound for an unknown id.
    [[nodiscard]] Result<void> remove(const QString &id);
    /// Every task, oldest first; running ones with their live progress.
    [[nodiscard]] Result<QList<TaskInfo>> list() const;
    [[nodiscard]] Result<TaskInfo> find(const QString &id) const;

    /// Removes finished tasks older than the retention, and their files; the number removed.
    /// Runs by itself every cleanupInterval.
    [[nodiscard]] Result<int> removeExpired();

signals:
    /// A task was queued or changed state (or a cancel was asked for).
    void taskChanged(const sluice::TaskInfo &task);
    /// A running task made progress; a few times a second per task at most.
    void taskProgressed(const sluice::TaskInfo &task);
    void taskRemoved(const QString &id);

private:
    struct Worker
    {
        QThread *thread = nullptr; // owned by the engine (child); joined in stop()
        TaskWorker *worker = nullptr; // lives in `thread`, deleted there
        QString taskId; // empty when idle
    };
    struct Running
    {
        TaskInfo live;
        std::shared_ptr<TaskControl> control;
        int worker = -1;
        bool removeWhenStopped = false;
    };

    [[nodiscard]] Result<void> recover();
    void removePartialFiles() const;
    void dispatch();
    void workerProgressed(const sluice::TaskInfo &task);
    void workerFinished(const sluice::TaskInfo &task);
    void requestStop(Running &running);
    [[nodiscard]] Result<void> removeFinished(const TaskInfo &task);
    void removeResultFile(const TaskInfo &task) const;
    void removeOrphanFiles(const QDateTime &cutoff) const;
    TaskInfo withLiveState(const TaskInfo &stored) const;

    TaskEngineConfig m_config;
    QHash<QString, TaskRunnerFactory> m_runners;
    std::unique_ptr<DatabaseConnection> m_connection; // this thread's; catalog statements only
    std::unique_ptr<TaskCatalog> m_catalog;
    std::vector<Worker> m_workers;
    QList<QString> m_queue; // ids of queued tasks, in start order
    QHash<QString, Running> m_running;
    QTimer m_cleanupTimer;
    QTimer m_retryTimer; // dispatch again after a storage error
    bool m_stopping = false;
};

} // namespace sluice
