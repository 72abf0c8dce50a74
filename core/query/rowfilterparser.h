#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QUrlQuery>

#include "core/error.h"
#include "core/query/rowfilter.h"
#include "core/storage/datasetinfo.h"

namespace sluice {

/// Builds RowFilters from what the API receives, validated against a dataset's columns:
/// unknown columns, a kind that does not fit the column's type and values that are not of
/// the column's type are refused with a message naming the parameter ("from must be a date").
///
/// JSON form (an array of objects; also what an export task stores):
///   {"column":"day","from":"2016-03-01","to":"2016-09-30"}   date/datetime, either bound optional
///   {"column":"amount","min":10,"max":20}                     integer/real, either bound optional
///   {"column":"team","equals":"t1"}   {"column":"team","in":["t1","t2"]}   any column
///   {"column":"note","isNull":true}   {"column":"note","isNull":false}
/// Query parameter form (the column name follows the first dot; repeat eq.* for one-of):
///   from.day=2016-03-01&to.day=2016-09-30&min.amount=10&eq.team=t1&eq.team=t2&null.note=false
///   and/or filter=<the JSON array>.
/// Dates are ISO "YYYY-MM-DD"; datetimes ISO 8601, UTC unless they carry an offset. On a
/// datetime column a date-only bound covers its whole day ("to 2016-09-30" includes 23:59:59.999).
class RowFilterParser final
{
    Q_DECLARE_TR_FUNCTIONS(RowFilterParser)
public:
    /// Most values an "in" list or repeated eq.* may hold (each one is a bound parameter).
    static constexpr int kMaxValues = 1000;

    /// The filters of an API request; parameters without a dot other than "filter" are left
    /// to the caller (offset, limit, ...), dotted ones with an unknown prefix are refused.
    [[nodiscard]] static Result<QList<RowFilter>> fromQuery(const QUrlQuery &query, const DatasetInfo &dataset);
    /// An array of filter objects; null or undefined is no filters.
    [[nodiscard]] static Result<QList<RowFilter>> fromJson(const QJsonValue &filters, const DatasetInfo &dataset);
    [[nodiscard]] static Result<RowFilter> filterFromJson(const QJsonObject &filter, const DatasetInfo &dataset);
};

} // namespace sluice
