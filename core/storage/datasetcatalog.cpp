#include "core/storage/datasetcatalog.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "core/randomid.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/sqldialect.h"

namespace sluice {

namespace {

constexpr int kMaxRawErrorBytes = 4096;  // enough to recognise a row; a runaway record is cut

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Runs `sql` with `values` bound in order; the error says what failed.
Result<QSqlQuery> run(const DatabaseConnection &connection, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(ErrorCode::Storage, DatasetCatalog::tr("The catalog query failed: %1").arg(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(ErrorCode::Storage, DatasetCatalog::tr("The catalog query failed: %1").arg(query.lastError().text()));
    return query;
}

Result<void> expectOneRow(const QSqlQuery &query, const QString &id)
{
    if (query.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, DatasetCatalog::tr("There is no dataset %1.").arg(id));
    return {};
}

} // namespace

DatasetCatalog::DatasetCatalog(const DatabaseConnection &connection)
    : m_connection(connection)
{
}

Result<DatasetInfo> DatasetCatalog::create(const NewDataset &dataset) const
{
    DatasetInfo info;
    info.id = makeRandomId();
    // Table names come from our own ids only (letters, digits, - and _), and are quoted anyway.
    info.tableName = QStringLiteral("ds_") + info.id;
    info.name = dataset.name;
    info.state = DatasetState::Importing;
    info.sourcePath = dataset.sourcePath;
    info.sourceName = dataset.sourceName;
    info.sourceBytes = dataset.sourceBytes;
    info.sourceSha256 = dataset.sourceSha256;
    info.taskId = dataset.taskId;
    info.inputIndex = dataset.inputIndex;
    const QString now = nowText();
    info.createdAt = info.startedAt = timeFrom(now);
    auto inserted = run(m_connection,
                        QStringLiteral("INSERT INTO datasets (id, name, table_name, state, source_path, source_name, "
                                       "source_bytes, source_sha256, task_id, input_index, created_at, started_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        { info.id, info.name, info.tableName, datasetStateName(info.state), info.sourcePath,
                          info.sourceName, info.sourceBytes, info.sourceSha256,
                          info.taskId.isEmpty() ? QVariant() : QVariant(info.taskId), info.inputIndex, now, now });
    if (!inserted)
        return tl::unexpected(inserted.error());
    return info;
}

Result<QList<DatasetInfo>> DatasetCatalog::select(const QString &where, const QVariantList &values) const
{
    auto query = run(m_connection,
                     QStringLiteral("SELECT id, name, table_name, state, source_path, source_name, source_bytes, "
                                    "source_sha256, dialect, record_count, row_count, error_count, error, created_at, "
                                    "started_at, finished_at, task_id, input_index FROM datasets %1 "
                                    "ORDER BY created_at, id")
                         .arg(where),
                     values);
    if (!query)
        return tl::unexpected(query.error());
    QList<DatasetInfo> found;
    while (query->next()) {
        DatasetInfo info;
        info.id = query->value(0).toString();
        info.name = query->value(1).toString();
        info.tableName = query->value(2).toString();
        info.state = datasetStateFromName(query->value(3).toString()).value_or(DatasetState::Failed);
        info.sourcePath = query->value(4).toString();
        info.sourceName = query->value(5).toString();
        info.sourceBytes = query->value(6).toLongLong();
        info.sourceSha256 = query->value(7).toString();
        info.dialect = QJsonDocument::fromJson(query->value(8).toByteArray()).object();
        info.recordCount = query->value(9).toLongLong();
        info.rowCount = query->value(10).toLongLong();
        info.errorCount = query->value(11).toLongLong();
        info.error = query->value(12).toString();
        info.createdAt = timeFrom(query->value(13));
        info.startedAt = timeFrom(query->value(14));
        info.finishedAt = timeFrom(query->value(15));
        info.taskId = query->value(16).toString();
        info.inputIndex = query->value(17).toInt();
        found << info;
    }
    for (DatasetInfo &info : found) {
        auto cols = columns(info.id);
        if (!cols)
            return tl::unexpected(cols.error());
        info.columns = *cols;
    }
    return found;
}

Result<QList<DatasetColumn>> DatasetCatalog::columns(const QString &id) const
{
    auto query = run(m_connection,
                     QStringLiteral("SELECT name, original_name, type, nullable, null_count FROM dataset_columns "
                                    "WHERE dataset_id = ? ORDER BY position"),
                     { id });
    if (!query)
        return tl::unexpected(query.error());
    QList<DatasetColumn> result;
    while (query->next()) {
        result << DatasetColumn { query->value(0).toString(), query->value(1).toString(),
                                  columnTypeFromName(query->value(2).toString()).value_or(ColumnType::Text),
                                  query->value(3).toBool(), query->value(4).toLongLong() };
    }
    return result;
}

Result<DatasetInfo> DatasetCatalog::find(const QString &id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), { id });
    if (!found)
        return tl::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no dataset %1.").arg(id));
    return found->first();
}

Result<QList<DatasetInfo>> DatasetCatalog::list() const
{
    return select(QString(), {});
}

Result<std::optional<DatasetInfo>> DatasetCatalog::findByTask(const QString &taskId, int inputIndex) const
{
    auto found = select(QStringLiteral("WHERE task_id = ? AND input_index = ?"), { taskId, inputIndex });
    if (!found)
        return tl::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<DatasetInfo>();
    return std::optional<DatasetInfo>(found->first());
}

Result<QList<DatasetInfo>> DatasetCatalog::interrupted() const
{
    return select(QStringLiteral("WHERE state = ?"), { datasetStateName(DatasetState::Importing) });
}

Result<void> DatasetCatalog::setDialect(const QString &id, const QJsonObject &dialect) const
{
    auto updated = run(m_connection, QStringLiteral("UPDATE datasets SET dialect = ? WHERE id = ?"),
                       { jsonText(dialect), id });
    return updated ? expectOneRow(*updated, id) : tl::unexpected(updated.error());
}

Result<void> DatasetCatalog::setColumns(const QString &id, const QList<DatasetColumn> &columnList) const
{
    if (auto cleared = run(m_connection, QStringLiteral("DELETE FROM dataset_columns WHERE dataset_id = ?"), { id });
        !cleared)
        return tl::unexpected(cleared.error());
    for (int position = 0; position < columnList.size(); ++position) {
        const DatasetColumn &column = columnList.at(position);
        auto inserted = run(m_connection,
                            QStringLiteral("INSERT INTO dataset_columns (dataset_id, position, name, original_name, "
                                           "type, nullable, null_count) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            { id, position, column.name, column.originalName.isNull() ? QStringLiteral("") : column.originalName,
                              columnTypeName(column.type),
                              column.nullable, column.nullCount });
        if (!inserted)
            return tl::unexpected(inserted.error());
    }
    return {};
}

Result<void> DatasetCatalog::addErrors(const QString &id, const QList<RowError> &errors) const
{
    QSqlQuery query(m_connection.database());
    if (!query.prepare(QStringLiteral("INSERT INTO dataset_errors (dataset_id, line, byte_offset, column_name, reason, "
                                      "raw) VALUES (?, ?, ?, ?, ?, ?)")))
        return fail(ErrorCode::Storage, tr("The catalog query failed: %1").arg(query.lastError().text()));
    for (const RowError &error : errors) {
        query.bindValue(0, id);
        query.bindValue(1, error.line);
        query.bindValue(2, error.byteOffset);
        query.bindValue(3, error.column.isEmpty() ? QVariant() : QVariant(error.column));
        query.bindValue(4, error.reason);
        query.bindValue(5, QString::fromUtf8(error.raw.left(kMaxRawErrorBytes)));
        if (!query.exec())
            return fail(ErrorCode::Storage, tr("Could not record a rejected row: %1").arg(query.lastError().text()));
    }
    return {};
}

Result<void> DatasetCatalog::finish(const QString &id, DatasetState state, const DatasetTotals &totals,
                                    const QString &error) const
{
    auto updated = run(m_connection,
                       QStringLiteral("UPDATE datasets SET state = ?, record_count = ?, row_count = ?, error_count = ?, "
                                      "error = ?, finished_at = ? WHERE id = ?"),
                       { datasetStateName(state), totals.recordCount, totals.rowCount, totals.errorCount,
                         error.isEmpty() ? QVariant() : QVariant(error), nowText(), id });
    return updated ? expectOneRow(*updated, id) : tl::unexpected(updated.error());
}

Result<void> DatasetCatalog::setStatistics(const QString &id, const QJsonObject &statistics) const
{
    auto updated = run(m_connection, QStringLiteral("UPDATE datasets SET statistics = ? WHERE id = ?"),
                       { jsonText(statistics), id });
    return updated ? expectOneRow(*updated, id) : tl::unexpected(updated.error());
}

Result<QJsonObject> DatasetCatalog::statistics(const QString &id) const
{
    auto query = run(m_connection, QStringLiteral("SELECT statistics FROM datasets WHERE id = ?"), { id });
    if (!query)
        return tl::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, tr("There is no dataset %1.").arg(id));
    return QJsonDocument::fromJson(query->value(0).toByteArray()).object();
}

Result<void> DatasetCatalog::rename(const QString &id, const QString &name) const
{
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A dataset needs a name."));
    auto updated = run(m_connection, QStringLiteral("UPDATE datasets SET name = ? WHERE id = ?"), { name.trimmed(), id });
    return updated ? expectOneRow(*updated, id) : tl::unexpected(updated.error());
}

Result<void> DatasetCatalog::dropTableAndDetails(const QString &id, const QString &tableName) const
{
    const QString drop = QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_connection.dialect().quoteIdentifier(tableName));
    if (auto dropped = m_connection.execute(drop); !dropped)
        return dropped;
    if (auto cleared = run(m_connection, QStringLiteral("DELETE FROM dataset_errors WHERE dataset_id = ?"), { id }); !cleared)
        return tl::unexpected(cleared.error());
    if (auto cleared = run(m_connection, QStringLiteral("DELETE FROM dataset_columns WHERE dataset_id = ?"), { id }); !cleared)
        return tl::unexpected(cleared.error());
    return {};
}

Result<void> DatasetCatalog::remove(const QString &id) const
{
    auto info = find(id);
    if (!info)
        return tl::unexpected(info.error());
    return m_connection.inTransaction([&]() -> Result<void> {
        return dropTableAndDetails(id, info->tableName).and_then([&]() -> Result<void> {
            auto removed = run(m_connection, QStringLiteral("DELETE FROM datasets WHERE id = ?"), { id });
            return removed ? Result<void>() : tl::unexpected(removed.error());
        });
    });
}

Result<void> DatasetCatalog::reset(const QString &id) const
{
    auto info = find(id);
    if (!info)
        return tl::unexpected(info.error());
    return m_connection.inTransaction([&]() -> Result<void> {
        return dropTableAndDetails(id, info->tableName).and_then([&]() -> Result<void> {
            auto updated = run(m_connection,
                               QStringLiteral("UPDATE datasets SET state = ?, record_count = 0, row_count = 0, "
                                              "error_count = 0, statistics = NULL, error = NULL, finished_at = NULL, "
                                              "started_at = ? WHERE id = ?"),
                               { datasetStateName(DatasetState::Importing), nowText(), id });
            return updated ? Result<void>() : tl::unexpected(updated.error());
        });
    });
}

} // namespace sluice
