#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include "core/csv/columntype.h"

namespace sluice {

/// What a RowFilter tests.
enum class FilterKind {
    Range, // from <= value <= to, either bound optional (dates, datetimes, numbers)
    OneOf, // value equals one of `values` (equals is OneOf with one value)
    IsNull,
    IsNotNull,
};

/// "range", "oneOf", "isNull", "isNotNull".
QString filterKindName(FilterKind kind);

/// One condition on one column of a dataset; a list of them is combined with AND.
/// Shared by the rows, series and groups queries and by the export task. RowFilterParser
/// builds validated filters from the API; FilterSql turns them into a bound WHERE clause.
///
/// Values are typed for the column, so they compare with what the table stores:
/// Integer -> qint64, Real -> double (range bounds on either: qint64 or double),
/// Boolean -> bool, Date -> QDate, DateTime -> QDate (the whole day) or QDateTime (UTC, an
/// instant to the millisecond), Text -> QString.
struct RowFilter
{
    QString column; // a column of the dataset, or "_row"
    ColumnType type = ColumnType::Text; // the column's type
    FilterKind kind = FilterKind::IsNotNull;
    QVariant from; // Range: inclusive lower bound; invalid QVariant for none
    QVariant to; // Range: inclusive upper bound (a QDate on a DateTime column includes that whole day)
    QVariantList values; // OneOf
};

/// The filter in the JSON form RowFilterParser::fromJson() reads, e.g.
/// {"column":"day","from":"2016-03-01","to":"2016-09-30"}; an export task stores its
/// filters this way.
QJsonObject rowFilterToJson(const RowFilter &filter);

} // namespace sluice
