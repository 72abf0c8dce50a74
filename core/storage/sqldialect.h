#pragma once

#include <memory>

#include <QStringList>

#include "core/csv/columntype.h"
#include "core/error.h"
#include "core/storage/timebucket.h"

namespace sluice {

class BulkInserter;
class DatabaseConnection;

/// A column of a dataset table as the database sees it.
struct TableColumn
{
    QString name;  // the cleaned header name; always quoted in SQL
    ColumnType type = ColumnType::Text;
};

/// Everything in SQL that differs between SQLite and PostgreSQL, in one place, so import,
/// calculation and export code never spell a database-specific statement themselves.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// "sqlite" or "postgresql", as reported by /api/v1/info.
    virtual QString name() const = 0;

    /// A quoted identifier ("like ""this"""), safe for any column name a CSV header holds.
    QString quoteIdentifier(QStringView identifier) const;

    /// CREATE TABLE for a dataset's rows, with `_row` as the row number (1-based, in file order).
    virtual QString createTable(const QString &table, const QList<TableColumn> &columns) const = 0;

    /// Statements that widen a column in place (integer -> real -> text, date -> datetime ->
    /// text), keeping every value stored so far.
    virtual QStringList widenColumn(const QString &table, const TableColumn &column, ColumnType to) const = 0;

    /// INSERT that updates the row when `keyColumn` already exists.
    virtual QString upsert(const QString &table, const QStringList &columns, const QString &keyColumn) const = 0;

    /// An expression giving the start of `bucket` for a date/datetime column, as ISO text.
    virtual QString timeBucket(const QString &quotedColumn, ColumnType type, TimeBucket bucket) const = 0;

    /// The fastest way this database has to append many rows to `table`.
    [[nodiscard]] virtual Result<std::unique_ptr<BulkInserter>> bulkInserter(const DatabaseConnection &connection,
                                                                             const QString &table,
                                                                             int columnCount) const = 0;
};

} // namespace sluice
