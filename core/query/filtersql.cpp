#include "core/query/filtersql.h"

#include "core/query/queryvalue.h"
#include "core/storage/sqldialect.h"

namespace sluice {

namespace {

/// A filter value as stored: integers and booleans as integers, dates as ISO text.
QVariant boundValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return QVariant(qlonglong(value.toBool() ? 1 : 0));
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QVariant(qlonglong(value.toLongLong()));
    case QMetaType::QDate:
        return isoDateText(value.toDate());
    case QMetaType::QDateTime:
        return isoDateTimeText(value.toDateTime());
    default:
        return value;
    }
}

/// The first day a lower bound admits on a Date column.
QDate firstDay(const QVariant &from)
{
    if (from.typeId() == QMetaType::QDateTime) {
        const QDateTime utc = from.toDateTime().toUTC();
        return utc.time() == QTime(0, 0) ? utc.date() : utc.date().addDays(1);
    }
    return from.toDate();
}

/// The first instant after an inclusive upper bound on a DateTime column, as stored text.
QString endAfter(const QVariant &to)
{
    if (to.typeId() == QMetaType::QDateTime)
        return isoDateTimeText(to.toDateTime().addMSecs(1));
    // "2016-10-01" sorts after every "2016-09-30T..." and before every "2016-10-01T...".
    return isoDateText(to.toDate().addDays(1));
}

} // namespace

FilterSql::FilterSql(const SqlDialect &dialect, const QList<RowFilter> &filters)
{
    QStringList conditions;
    for (const RowFilter &filter : filters)
        conditions << conditionFor(filter, dialect.quoteIdentifier(filter.column));
    m_condition = conditions.join(QStringLiteral(" AND "));
}

QString FilterSql::whereClause(const QString &extraCondition) const
{
    QStringList parts;
    if (!m_condition.isEmpty())
        parts << m_condition;
    if (!extraCondition.isEmpty())
        parts << extraCondition;
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

void FilterSql::bindTo(QSqlQuery &query) const
{
    for (const QVariant &value : m_values)
        query.addBindValue(value);
}

QString FilterSql::placeholder(const QVariant &value)
{
    m_values.append(boundValue(value));
    return QStringLiteral("?");
}

QString FilterSql::temporalRange(const RowFilter &filter, const QString &column)
{
    QStringList parts;
    if (filter.type == ColumnType::Date) {
        // Date columns hold days only: compare with days.
        if (filter.from.isValid())
            parts << column + QStringLiteral(" >= ") + placeholder(firstDay(filter.from));
        if (filter.to.isValid()) {
            const QDate last = filter.to.typeId() == QMetaType::QDateTime ? filter.to.toDateTime().toUTC().date()
                                                                          : filter.to.toDate();
            parts << column + QStringLiteral(" <= ") + placeholder(last);
        }
    } else {
        if (filter.from.isValid())
            parts << column + QStringLiteral(" >= ") + placeholder(filter.from);
        if (filter.to.isValid())
            parts << column + QStringLiteral(" < ") + placeholder(endAfter(filter.to));
    }
    return parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND "));
}

QString FilterSql::conditionFor(const RowFilter &filter, const QString &column)
{
    switch (filter.kind) {
    case FilterKind::IsNull:
        return column + QStringLiteral(" IS NULL");
    case FilterKind::IsNotNull:
        return column + QStringLiteral(" IS NOT NULL");
    case FilterKind::Range: {
        if (isTemporal(filter.type))
            return u'(' + temporalRange(filter, column) + u')';
        QStringList parts;
        if (filter.from.isValid())
            parts << column + QStringLiteral(" >= ") + placeholder(filter.from);
        if (filter.to.isValid())
            parts << column + QStringLiteral(" <= ") + placeholder(filter.to);
        return parts.isEmpty() ? QStringLiteral("1 = 1") : u'(' + parts.join(QStringLiteral(" AND ")) + u')';
    }
    case FilterKind::OneOf: {
        if (filter.values.isEmpty())
            return QStringLiteral("1 = 0");
        if (filter.type == ColumnType::DateTime) {
            // Equal to a day or an instant: stored datetimes vary in precision, so match a span.
            QStringList spans;
            for (const QVariant &value : filter.values) {
                RowFilter span = filter;
                span.from = value;
                span.to = value;
                spans << temporalRange(span, column);
            }
            return QStringLiteral("((") + spans.join(QStringLiteral(") OR (")) + QStringLiteral("))");
        }
        QStringList placeholders;
        for (const QVariant &value : filter.values)
            placeholders << placeholder(value);
        return column + QStringLiteral(" IN (") + placeholders.join(QStringLiteral(", ")) + u')';
    }
    }
    return QStringLiteral("1 = 0");
}

} // namespace sluice
