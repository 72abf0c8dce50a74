#include "core/tasks/taskworker.h"

#include <QThread>

#include "core/storage/databaseconnection.h"
#include "core/tasks/backgroundpriority.h"
#include "core/tasks/taskcatalog.h"
#include "core/tasks/taskcontext.h"
#include "core/tasks/tasklogging.h"

namespace sluice {

TaskWorker::TaskWorker(TaskEngineConfig config, QHash<QString, TaskRunnerFactory> runners)
    : m_config(std::move(config))
    , m_runners(std::move(runners))
{
}

TaskWorker::~TaskWorker() = default; // the connection goes in the worker's thread (deleteLater there)

void TaskWorker::open()
{
    Q_ASSERT(QThread::currentThread() == thread());
    // Idempotent: open() runs again when the connection could not be opened at first.
    if (!BackgroundPriority::applyToCurrentThread())
        qCInfo(lcTasks) << "a task worker runs at normal priority: the system refused a lower one";
    auto connection = DatabaseConnection::open(m_config.database, QStringLiteral("task-worker"));
    if (!connection) {
        // Not fatal: run() tries again, and fails its task with the reason if it still cannot.
        qCWarning(lcTasks) << "a task worker could not open its database connection:" << connection.error().message;
        return;
    }
    m_connection = std::move(*connection);
}

void TaskWorker::run(const TaskInfo &task, const std::shared_ptr<TaskControl> &control)
{
    Q_ASSERT(QThread::currentThread() == thread());
    TaskInfo info = task;
    if (!m_connection)
        open();

    Result<TaskOutcome> outcome = fail(ErrorCode::Internal, QString());
    TaskProgress lastProgress;
    if (!m_connection) {
        outcome = fail(ErrorCode::Storage, tr("The task could not start: its worker has no database connection."));
    } else if (control->stop.load()) {
        outcome = fail(ErrorCode::Canceled, tr("Canceled before it started."));
    } else if (const TaskRunnerFactory factory = m_runners.value(info.type); !factory) {
        outcome = fail(ErrorCode::Unsupported, tr("There is no runner for tasks of type \"%1\".").arg(info.type));
    } else {
        qCInfo(lcTasks) << "task" << info.id << "of type" << info.type << "starts, attempt" << info.attempts;
        TaskContext context(m_config.database, *m_connection, m_config.exportsDirectory, control,
            m_config.progressInterval,
            [this, &info](
                const TaskProgress &progress, double rowsPerSecond, double bytesPerSecond, double etaSeconds) {
                info.progress = progress.effectiveFraction();
                info.rowsDone = progress.rowsDone;
                info.rowsTotal = progress.rowsTotal;
                info.bytesDone = progress.bytesDone;
                info.bytesTotal = progress.bytesTotal;
                info.rowsPerSecond = rowsPerSecond;
                info.bytesPerSecond = bytesPerSecond;
                info.etaSeconds = etaSeconds;
                if (!progress.message.isEmpty())
                    info.message = progress.message;
                emit progressed(info);
            });
        std::unique_ptr<TaskRunner> runner = factory();
        outcome = runner->run(info, context);
        lastProgress = context.progress();
        info.rowsPerSecond = context.rowsPerSecond();
        info.bytesPerSecond = context.bytesPerSecond();
    }

    const bool cancelRequested = control->cancelRequested.load();
    const bool shuttingDown = control->stop.load() && !cancelRequested;
    info.rowsDone = lastProgress.rowsDone;
    info.rowsTotal = lastProgress.rowsTotal;
    info.bytesDone = lastProgress.bytesDone;
    info.bytesTotal = lastProgress.bytesTotal;
    info.progress = lastProgress.effectiveFraction();
    info.etaSeconds = -1;
    info.finishedAt = QDateTime::currentDateTimeUtc();
    if (outcome) {
        // A cancel that came after the last batch does not undo finished work.
        info.state = TaskState::Succeeded;
        info.progress = 1;
        info.message = outcome->message.isEmpty() ? tr("Done.") : outcome->message;
        info.resultPath = outcome->resultPath;
        info.resultName = outcome->resultName;
        info.resultSize = outcome->resultSize;
        info.resultSha256 = outcome->resultSha256;
        info.summary = outcome->summary;
    } else if (shuttingDown && m_connection) {
        // Interrupted by a clean stop: back to the queue, without using up an attempt.
        info.state = TaskState::Queued;
        info.attempts = std::max(0, info.attempts - 1);
        info.finishedAt = QDateTime();
        info.message = tr("Stopped with the program; it starts again at the next start.");
        if (auto requeued = TaskCatalog(*m_connection).requeue(info.id, info.attempts, info.message); !requeued)
            qCWarning(lcTasks) << "could not put task" << info.id << "back in the queue:" << requeued.error().message;
        emit finished(info);
        return;
    } else if (cancelRequested || outcome.error().code == ErrorCode::Canceled) {
        info.state = TaskState::Canceled;
        info.message = tr("Canceled.");
    } else {
        info.state = TaskState::Failed;
        info.error = outcome.error();
        info.message = outcome.error().message;
    }
    if (m_config.retention.count() > 0)
        info.expiresAt = info.finishedAt.addSecs(m_config.retention.count());
    qCInfo(lcTasks) << "task" << info.id << "ended" << taskStateName(info.state);
    if (m_connection) {
        if (auto written = TaskCatalog(*m_connection).finish(info); !written)
            qCWarning(lcTasks) << "could not record the end of task" << info.id << ":" << written.error().message;
    }
    emit finished(info);
}

} // namespace sluice
