#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include "core/query/rowfilter.h"

namespace sluice {

class SqlDialect;

/// RowFilters as one SQL condition with positional placeholders ("?") and the values to
/// bind to them, in order. Column names are quoted identifiers; no value is ever spliced
/// into the SQL. Shared by the queries here and the export task:
///
///     const FilterSql where(connection.dialect(), filters);
///     QSqlQuery query(connection.database());
///     query.prepare(u"SELECT ... FROM t"_s + where.whereClause() + u" ORDER BY _row"_s);
///     where.bindTo(query);
///
/// Dates and datetimes are compared as the ISO text they are stored as; a range on a
/// datetime column becomes `column >= from AND column < end`, where `end` is the day after a
/// date-only `to`, or a millisecond after a datetime `to`, so both are inclusive.
class FilterSql final
{
public:
    FilterSql(const SqlDialect &dialect, const QList<RowFilter> &filters);

    /// The filters' conditions joined with AND; empty when there are none.
    const QString &condition() const { return m_condition; }
    /// " WHERE <condition> AND <extraCondition>", either part optional; empty when both are.
    /// `extraCondition`'s placeholders come after the filters', so bind them after bindTo().
    QString whereClause(const QString &extraCondition = QString()) const;
    /// The values for the placeholders of condition(), in order.
    const QVariantList &values() const { return m_values; }
    /// Adds values() to `query` with addBindValue(), in order.
    void bindTo(QSqlQuery &query) const;

private:
    QString conditionFor(const RowFilter &filter, const QString &column);
    QString temporalRange(const RowFilter &filter, const QString &column);
    QString placeholder(const QVariant &value);

    QString m_condition;
    QVariantList m_values;
};

} // namespace sluice
