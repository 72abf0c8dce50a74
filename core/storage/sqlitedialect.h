#pragma once

#include "core/storage/sqldialect.h"

namespace sluice {

/// SQLite's SQL. Dataset columns are declared without a type (no affinity), so SQLite
/// stores each value exactly as bound: text that looks numeric ("007") is never converted,
/// and a column widened mid-import keeps the values it already has. Types live in the catalog.
/// Dates are stored as ISO 8601 text, which SQLite's date functions and range filters understand.
class SqliteDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString createTable(const QString &table, const QList<TableColumn> &columns) const override;
    QStringList widenColumn(const QString &table, const TableColumn &column, ColumnType to) const override;
    QString upsert(const QString &table, const QStringList &columns, const QString &keyColumn) const override;
    QString timeBucket(const QString &quotedColumn, ColumnType type, TimeBucket bucket) const override;
    [[nodiscard]] Result<std::unique_ptr<BulkInserter>> bulkInserter(const DatabaseConnection &connection,
                                                                     const QString &table,
                                                                     int columnCount) const override;
};

} // namespace sluice
