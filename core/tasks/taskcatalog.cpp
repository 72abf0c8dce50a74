#include "core/tasks/taskcatalog.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "core/storage/databaseconnection.h"

namespace sluice {

namespace {

// Every column a TaskInfo is read from, in the order select() expects them.
const QString kColumns = QStringLiteral(
    "id, type, parameters, state, progress, rows_done, rows_total, bytes_done, bytes_total, message, error_code, "
    "error_message, attempts, result_path, result_size, result_sha256, created_at, started_at, finished_at, "
    "result_name, summary, cancel_requested");

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString nowText()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant nullable(qint64 count)
{
    return count >= 0 ? QVariant(qlonglong(count)) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// The catalog stores error codes by their JSON name; errorCodeName() is the only mapping.
ErrorCode errorCodeFrom(const QString &name)
{
    for (int code = int(ErrorCode::InvalidInput); code <= int(ErrorCode::Internal); ++code) {
        if (errorCodeName(ErrorCode(code)) == name)
            return ErrorCode(code);
    }
    return ErrorCode::Internal;
}

Result<QSqlQuery> run(const DatabaseConnection &connection, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(
            ErrorCode::Storage, TaskCatalog::tr("The task catalog query failed: %1").arg(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(
            ErrorCode::Storage, TaskCatalog::tr("The task catalog query failed: %1").arg(query.lastError().text()));
    return query;
}

Result<bool> changedOne(const DatabaseConnection &connection, const QString &sql, const QVariantList &values)
{
    auto query = run(connection, sql, values);
    if (!query)
        return tl::unexpected(query.error());
    return query->numRowsAffected() > 0;
}

} // namespace

TaskCatalog::TaskCatalog(const DatabaseConnection &connection, std::chrono::seconds retention)
    : m_connection(connection)
    , m_retention(retention)
{
}

Result<void> TaskCatalog::insert(const TaskInfo &task) const
{
    auto inserted = run(m_connection,
        QStringLiteral("INSERT INTO tasks (id, type, parameters, state, attempts, message, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { task.id, task.type, jsonText(task.parameters), taskStateName(task.state), task.attempts,
            nullable(task.message), timeText(task.createdAt) });
    if (!inserted)
        return tl::unexpected(inserted.error());
    return {};
}

Result<QList<TaskInfo>> TaskCatalog::select(const QString &where, const QVariantList &values) const
{
    // rowid breaks ties between tasks created in the same millisecond: insertion order.
    auto query = run(m_connection,
        QStringLiteral("SELECT %1 FROM tasks %2 ORDER BY created_at, rowid").arg(kColumns, where), values);
    if (!query)
        return tl::unexpected(query.error());
    QList<TaskInfo> found;
    while (query->next()) {
        TaskInfo task;
        task.id = query->value(0).toString();
        task.type = query->value(1).toString();
        task.parameters = QJsonDocument::fromJson(query->value(2).toByteArray()).object();
        task.state = taskStateFromName(query->value(3).toString()).value_or(TaskState::Failed);
        task.progress = query->value(4).toDouble();
        task.rowsDone = query->value(5).toLongLong();
        task.rowsTotal = query->value(6).isNull() ? -1 : query->value(6).toLongLong();
        task.bytesDone = query->value(7).toLongLong();
        task.bytesTotal = query->value(8).isNull() ? -1 : query->value(8).toLongLong();
        task.message = query->value(9).toString();
        if (!query->value(10).isNull())
            task.error = Error { errorCodeFrom(query->value(10).toString()), query->value(11).toString() };
        task.attempts = query->value(12).toInt();
        task.resultPath = query->value(13).toString();
        task.resultSize = query->value(14).isNull() ? -1 : query->value(14).toLongLong();
        task.resultSha256 = query->value(15).toString();
        task.createdAt = timeFrom(query->value(16));
        task.startedAt = timeFrom(query->value(17));
        task.finishedAt = timeFrom(query->value(18));
        task.resultName = query->value(19).toString();
        task.summary = QJsonDocument::fromJson(query->value(20).toByteArray()).object();
        task.cancelRequested = query->value(21).toInt() != 0;
        if (task.isFinished() && task.finishedAt.isValid() && m_retention.count() > 0)
            task.expiresAt = task.finishedAt.addSecs(m_retention.count());
        found << task;
    }
    return found;
}

Result<TaskInfo> TaskCatalog::find(const QString &id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), { id });
    if (!found)
        return tl::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no task %1.").arg(id));
    return found->first();
}

Result<QList<TaskInfo>> TaskCatalog::list() const
{
    return select(QString(), {});
}

Result<QList<TaskInfo>> TaskCatalog::inState(TaskState state) const
{
    return select(QStringLiteral("WHERE state = ?"), { taskStateName(state) });
}

Result<QList<TaskInfo>> TaskCatalog::finishedBefore(const QDateTime &cutoff) const
{
    return select(QStringLiteral("WHERE state IN (?, ?, ?) AND finished_at IS NOT NULL AND finished_at < ?"),
        { taskStateName(TaskState::Succeeded), taskStateName(TaskState::Failed), taskStateName(TaskState::Canceled),
            timeText(cutoff) });
}

Result<TaskInfo> TaskCatalog::claim(const QString &id) const
{
    auto claimed = changedOne(m_connection,
        QStringLiteral("UPDATE tasks SET state = ?, attempts = attempts + 1, started_at = ?, "
                       "finished_at = NULL, progress = 0, rows_done = 0, rows_total = NULL, "
                       "bytes_done = 0, bytes_total = NULL, message = NULL, error_code = NULL, "
                       "error_message = NULL WHERE id = ? AND state = ?"),
        { taskStateName(TaskState::Running), nowText(), id, taskStateName(TaskState::Queued) });
    if (!claimed)
        return tl::unexpected(claimed.error());
    auto task = find(id);
    if (task && !*claimed)
        return fail(ErrorCode::Conflict, tr("Task %1 is %2, not queued.").arg(id, taskStateName(task->state)));
    return task;
}

Result<bool> TaskCatalog::finish(const TaskInfo &task) const
{
    Q_ASSERT(task.isFinished());
    return changedOne(m_connection,
        QStringLiteral("UPDATE tasks SET state = ?, progress = ?, rows_done = ?, rows_total = ?, bytes_done = ?, "
                       "bytes_total = ?, message = ?, error_code = ?, error_message = ?, result_path = ?, "
                       "result_size = ?, result_sha256 = ?, result_name = ?, summary = ?, finished_at = ? "
                       "WHERE id = ? AND state = ?"),
        { taskStateName(task.state), task.progress, qlonglong(task.rowsDone), nullable(task.rowsTotal),
            qlonglong(task.bytesDone), nullable(task.bytesTotal), nullable(task.message),
            task.error ? QVariant(errorCodeName(task.error->code)) : QVariant(QMetaType::fromType<QString>()),
            task.error ? QVariant(task.error->message) : QVariant(QMetaType::fromType<QString>()),
            nullable(task.resultPath), task.hasResult() ? nullable(task.resultSize) : nullable(-1),
            nullable(task.resultSha256), nullable(task.resultName),
            task.summary.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(jsonText(task.summary)),
            timeText(task.finishedAt.isValid() ? task.finishedAt : QDateTime::currentDateTimeUtc()), task.id,
            taskStateName(TaskState::Running) });
}

Result<bool> TaskCatalog::requeue(const QString &id, int attempts, const QString &message) const
{
    return changedOne(m_connection,
        QStringLiteral("UPDATE tasks SET state = ?, attempts = ?, message = ?, progress = 0, "
                       "rows_done = 0, bytes_done = 0 WHERE id = ? AND state = ?"),
        { taskStateName(TaskState::Queued), attempts, nullable(message), id, taskStateName(TaskState::Running) });
}

Result<bool> TaskCatalog::failRunning(const QString &id, const Error &error) const
{
    return changedOne(m_connection,
        QStringLiteral("UPDATE tasks SET state = ?, error_code = ?, error_message = ?, message = ?, "
                       "finished_at = ? WHERE id = ? AND state = ?"),
        { taskStateName(TaskState::Failed), errorCodeName(error.code), error.message, error.message, nowText(), id,
            taskStateName(TaskState::Running) });
}

Result<bool> TaskCatalog::cancelUnfinished(const QString &id, const QString &message) const
{
    return changedOne(m_connection,
        QStringLiteral("UPDATE tasks SET state = ?, message = ?, finished_at = ? "
                       "WHERE id = ? AND state IN (?, ?)"),
        { taskStateName(TaskState::Canceled), nullable(message), nowText(), id, taskStateName(TaskState::Queued),
            taskStateName(TaskState::Running) });
}

Result<void> TaskCatalog::setCancelRequested(const QString &id) const
{
    auto updated = run(m_connection, QStringLiteral("UPDATE tasks SET cancel_requested = 1 WHERE id = ?"), { id });
    if (!updated)
        return tl::unexpected(updated.error());
    return {};
}

Result<bool> TaskCatalog::remove(const QString &id) const
{
    return changedOne(m_connection, QStringLiteral("DELETE FROM tasks WHERE id = ?"), { id });
}

} // namespace sluice
