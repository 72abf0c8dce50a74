#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QJsonObject>

#include "core/error.h"
#include "core/tasks/taskcontext.h"
#include "core/tasks/taskinfo.h"
#include "core/tasks/taskoutcome.h"

namespace sluice {

class DatabaseConnection;

/// Runs the tasks of one type; the engine knows tasks only through this interface. A factory
/// registered with TaskEngine::registerRunner() makes a fresh runner for each validation
/// (in the engine's thread) and for each run (in a worker thread), so a runner may keep state
/// for one run and needs no locking.
class TaskRunner
{
    Q_DECLARE_TR_FUNCTIONS(TaskRunner)
public:
    virtual ~TaskRunner() = default;

    /// Checks a submitted task's parameters, in the engine's thread, before the task is queued.
    /// `connection` is the engine's: short catalog reads only (is the dataset there, do the
    /// columns exist). Returns the parameters to store, normalised and with defaults filled in;
    /// an error (InvalidInput, NotFound...) refuses the submission and nothing is queued.
    /// The default accepts any parameters as they are.
    [[nodiscard]] virtual Result<QJsonObject> validate(
        const QJsonObject &parameters, const DatabaseConnection &connection) const;

    /// Runs `task` in a worker thread, blocking it until done. `task.attempts` > 1 means an
    /// earlier attempt was interrupted (the program stopped): start again cleanly (remove
    /// what it left). Check context.isCanceled() at least once a second (once per batch);
    /// when set, remove partial outputs and return ErrorCode::Canceled. Report progress
    /// through the context as often as convenient: the engine coalesces it. On failure,
    /// leave no partial outputs behind.
    [[nodiscard]] virtual Result<TaskOutcome> run(const TaskInfo &task, TaskContext &context) = 0;
};

/// Makes a runner; called from the engine's thread and from worker threads, so it must be
/// safe to call concurrently (capture plain data by value).
using TaskRunnerFactory = std::function<std::unique_ptr<TaskRunner>()>;

} // namespace sluice
