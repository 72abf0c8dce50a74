#pragma once

#include <chrono>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include "core/error.h"
#include "core/tasks/taskinfo.h"

namespace sluice {

class DatabaseConnection;

/// Reads and writes the catalog's tasks table over one connection, in the connection's thread.
/// Every change of state is a guarded UPDATE (`WHERE state = <the expected one>`), so the
/// engine and a worker racing over one task cannot both apply: the second finds no row.
class TaskCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(TaskCatalog)
public:
    /// `retention` fills in TaskInfo::expiresAt of finished tasks; 0: left invalid.
    explicit TaskCatalog(
        const DatabaseConnection &connection, std::chrono::seconds retention = std::chrono::seconds(0));

    [[nodiscard]] Result<void> insert(const TaskInfo &task) const;
    [[nodiscard]] Result<TaskInfo> find(const QString &id) const;
    /// Every task, oldest first (the queue's order).
    [[nodiscard]] Result<QList<TaskInfo>> list() const;
    [[nodiscard]] Result<QList<TaskInfo>> inState(TaskState state) const;
    /// Finished tasks that finished before `cutoff`, oldest first.
    [[nodiscard]] Result<QList<TaskInfo>> finishedBefore(const QDateTime &cutoff) const;

    /// Queued -> Running: a new attempt starts now, with its progress and error cleared.
    /// Conflict when the task is not queued, NotFound when it does not exist.
    [[nodiscard]] Result<TaskInfo> claim(const QString &id) const;
    /// Running -> the finished state in `task`, with its progress, message, error, result and
    /// summary, finished now. False when the task was no longer running (or removed).
    [[nodiscard]] Result<bool> finish(const TaskInfo &task) const;
    /// Running -> Queued with `attempts` and `message` (recovery, shutdown). False when not running.
    [[nodiscard]] Result<bool> requeue(const QString &id, int attempts, const QString &message) const;
    /// Running -> Failed with `error` (an interrupted task out of attempts). False when not running.
    [[nodiscard]] Result<bool> failRunning(const QString &id, const Error &error) const;
    /// Queued or Running -> Canceled, finished now (also recovery of a task whose cancel the
    /// program did not live to see through). False when already finished.
    [[nodiscard]] Result<bool> cancelUnfinished(const QString &id, const QString &message) const;
    [[nodiscard]] Result<void> setCancelRequested(const QString &id) const;
    /// False when there was no such task.
    [[nodiscard]] Result<bool> remove(const QString &id) const;

private:
    [[nodiscard]] Result<QList<TaskInfo>> select(const QString &where, const QVariantList &values) const;

    const DatabaseConnection &m_connection;
    std::chrono::seconds m_retention;
};

} // namespace sluice
