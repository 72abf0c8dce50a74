#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QString>

#include "core/storage/databaseconfig.h"
#include "core/tasks/taskcontrol.h"
#include "core/tasks/taskprogress.h"

namespace sluice {

class DatabaseConnection;
struct TaskInfo;

/// What a TaskRunner gets to run one task: where the data is, where results go, whether to
/// stop, and where to report progress. Made by the task's worker for one run and used only in
/// that worker's thread (tests make one to run a runner directly).
class TaskContext final
{
public:
    /// Called with the task's live state, at most once per progress interval (and once more
    /// when asked for with flushProgress()).
    using ProgressCallback = std::function<void(
        const TaskProgress &progress, double rowsPerSecond, double bytesPerSecond, double etaSeconds)>;

    /// `connection` (the worker's, in this thread) must outlive the context; `control` may be
    /// null (never canceled); `onProgress` may be empty.
    TaskContext(DatabaseConfig database, const DatabaseConnection &connection, QString exportsDirectory,
        std::shared_ptr<const TaskControl> control,
        std::chrono::milliseconds progressInterval = std::chrono::milliseconds(250), ProgressCallback onProgress = {});
    Q_DISABLE_COPY_MOVE(TaskContext)

    /// Where the database is, for runners that open connections of their own (an import's
    /// writer thread does).
    const DatabaseConfig &database() const { return m_database; }
    /// The worker's own connection, for use in this thread during run() only.
    const DatabaseConnection &connection() const { return m_connection; }
    /// The data directory's exports folder (it exists): result files go here.
    const QString &exportsDirectory() const { return m_exportsDirectory; }

    /// True once the task should stop: canceled, or the program is shutting down.
    bool isCanceled() const { return m_stop->load(std::memory_order_relaxed); }
    /// The same flag, for code that takes a `const std::atomic<bool> *` (ImportRequest::canceled).
    const std::atomic<bool> *cancelFlag() const { return m_stop; }

    /// Reports where the task is. Cheap: call it per batch; the engine hears of it at most a
    /// few times a second.
    void reportProgress(const TaskProgress &progress);
    /// Passes the latest progress on now, whatever the interval.
    void flushProgress();
    /// The latest progress reported (the message is the latest non-empty one).
    const TaskProgress &progress() const { return m_progress; }
    /// Average rates since the context was made, and the time left at that pace (-1: unknown).
    double rowsPerSecond() const;
    double bytesPerSecond() const;
    double etaSeconds() const;

private:
    DatabaseConfig m_database;
    const DatabaseConnection &m_connection;
    QString m_exportsDirectory;
    std::shared_ptr<const TaskControl> m_control; // keeps m_stop alive
    const std::atomic<bool> *m_stop = nullptr;
    std::atomic<bool> m_neverStop { false };
    std::chrono::milliseconds m_progressInterval;
    ProgressCallback m_onProgress;
    TaskProgress m_progress;
    QElapsedTimer m_started;
    qint64 m_lastReportMs = -1;
};

} // namespace sluice
