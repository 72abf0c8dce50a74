#pragma once

#include <memory>

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include "core/tasks/taskcontrol.h"
#include "core/tasks/taskengineconfig.h"
#include "core/tasks/taskinfo.h"
#include "core/tasks/taskrunner.h"

namespace sluice {

class DatabaseConnection;

/// Runs the engine's tasks one at a time, each through a fresh runner of its type.
/// Thread: lives in a QThread of its own that TaskEngine makes, owns and joins; the engine
/// moves it there and it is deleted in that thread (QThread::finished -> deleteLater). Owns
/// its database connection, made in open() and removed in its destructor, both in that thread.
/// Reports to the engine only by (queued) signals.
class TaskWorker final : public QObject
{
    Q_OBJECT
public:
    TaskWorker(TaskEngineConfig config, QHash<QString, TaskRunnerFactory> runners);
    ~TaskWorker() override;
    Q_DISABLE_COPY_MOVE(TaskWorker)

    /// Opens the worker's connection; connected to QThread::started.
    void open();
    /// Runs `task` (already claimed: Running in the catalog) to its end, writes its final
    /// state and emits finished(). Invoked queued by the engine.
    void run(const sluice::TaskInfo &task, const std::shared_ptr<sluice::TaskControl> &control);

signals:
    /// The task's live progress, at most once per progress interval.
    void progressed(const sluice::TaskInfo &task);
    /// The task ended: Succeeded, Failed, Canceled, or Queued again when the engine is stopping.
    void finished(const sluice::TaskInfo &task);

private:
    TaskEngineConfig m_config;
    QHash<QString, TaskRunnerFactory> m_runners;
    std::unique_ptr<DatabaseConnection> m_connection;
};

} // namespace sluice
