#include "core/storage/sqlitedialect.h"

#include "core/storage/sqlitebulkinserter.h"

namespace sluice {

QString SqliteDialect::createTable(const QString &table, const QList<TableColumn> &columns) const
{
    QStringList definitions { QStringLiteral("_row INTEGER PRIMARY KEY") };
    for (const TableColumn &column : columns)
        definitions << quoteIdentifier(column.name);  // no declared type: no affinity, values kept as bound
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(quoteIdentifier(table), definitions.join(QStringLiteral(", ")));
}

QStringList SqliteDialect::widenColumn(const QString &table, const TableColumn &column, ColumnType to) const
{
    // Without affinity the stored values stay valid for the wider type; only a widening to
    // text rewrites the numbers already stored, so the column sorts and compares as text.
    if (to != ColumnType::Text || column.type == ColumnType::Text)
        return {};
    const QString name = quoteIdentifier(column.name);
    return { QStringLiteral("UPDATE %1 SET %2 = CAST(%2 AS TEXT) WHERE typeof(%2) IN ('integer', 'real')")
                 .arg(quoteIdentifier(table), name) };
}

QString SqliteDialect::upsert(const QString &table, const QStringList &columns, const QString &keyColumn) const
{
    QStringList quoted;
    QStringList updates;
    for (const QString &column : columns) {
        quoted << quoteIdentifier(column);
        if (column != keyColumn)
            updates << QStringLiteral("%1 = excluded.%1").arg(quoteIdentifier(column));
    }
    const QString placeholders = QStringList(QList<QString>(columns.size(), QStringLiteral("?"))).join(u',');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
        .arg(quoteIdentifier(table), quoted.join(u','), placeholders, quoteIdentifier(keyColumn),
             updates.join(QStringLiteral(", ")));
}

QString SqliteDialect::timeBucket(const QString &quotedColumn, ColumnType type, TimeBucket bucket) const
{
    Q_UNUSED(type);  // dates and datetimes are both ISO text, which strftime reads alike
    switch (bucket) {
    case TimeBucket::Hour: return QStringLiteral("strftime('%Y-%m-%dT%H:00:00', %1)").arg(quotedColumn);
    case TimeBucket::Day: return QStringLiteral("date(%1)").arg(quotedColumn);
    // ISO weeks start on Monday: step back to the Monday on or before the day.
    case TimeBucket::Week: return QStringLiteral("date(%1, '-6 days', 'weekday 1')").arg(quotedColumn);
    case TimeBucket::Month: return QStringLiteral("date(%1, 'start of month')").arg(quotedColumn);
    case TimeBucket::Quarter:
        return QStringLiteral("printf('%04d-%02d-01', CAST(strftime('%Y', %1) AS INTEGER), "
                              "((CAST(strftime('%m', %1) AS INTEGER) - 1) / 3) * 3 + 1)")
            .arg(quotedColumn);
    case TimeBucket::Year: return QStringLiteral("date(%1, 'start of year')").arg(quotedColumn);
    }
    return QStringLiteral("date(%1)").arg(quotedColumn);
}

Result<std::unique_ptr<BulkInserter>> SqliteDialect::bulkInserter(const DatabaseConnection &connection,
                                                                  const QString &table, int columnCount) const
{
    auto inserter = SqliteBulkInserter::create(connection, quoteIdentifier(table), columnCount);
    if (!inserter)
        return tl::unexpected(inserter.error());
    return std::unique_ptr<BulkInserter>(std::move(*inserter));
}

} // namespace sluice
