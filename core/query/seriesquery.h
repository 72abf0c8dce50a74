#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QUrlQuery>

#include "core/error.h"
#include "core/query/measure.h"
#include "core/query/rowfilter.h"
#include "core/storage/datasetinfo.h"
#include "core/storage/timebucket.h"

namespace sluice {

class DatabaseConnection;

/// What GET /api/v1/datasets/{id}/series asks for.
struct SeriesRequest
{
    QString column; // a Date or DateTime column
    TimeBucket bucket = TimeBucket::Day; // Hour only on DateTime columns
    Measure measure;
    QList<RowFilter> filters;
};

/// One bucket of a series.
struct SeriesPoint
{
    QString bucket; // its start: "2016-02-29" (week: the Monday), hour: "2016-02-29T13:00:00"
    QJsonValue value; // the measure; null when the bucket has no values to measure
    qint64 rows = 0; // rows in the bucket
};

/// A series over time, buckets in time order; empty buckets are left out.
struct SeriesResult
{
    QString column;
    TimeBucket bucket = TimeBucket::Day;
    Measure measure;
    QList<SeriesPoint> points;
    qint64 undated = 0; // matching rows whose date is null: in no bucket

    /// {"column":"day","bucket":"week","measure":{"kind":"sum","column":"amount"},
    ///  "points":[{"bucket":"2016-02-29","value":12.5,"rows":3},...],"undated":2}
    QJsonObject toJson() const;
};

/// Aggregates a dataset by time bucket in SQL (SqlDialect::timeBucket), in UTC, with the
/// same filters as the rows query. Runs in the thread that owns the connection.
class SeriesQuery final
{
    Q_DECLARE_TR_FUNCTIONS(SeriesQuery)
public:
    SeriesQuery(const DatabaseConnection &connection, const DatasetInfo &dataset);

    /// column, bucket (default day), measure (default count), of (the measured column) and
    /// the filters of RowFilterParser::fromQuery().
    [[nodiscard]] static Result<SeriesRequest> parse(const QUrlQuery &query, const DatasetInfo &dataset);

    [[nodiscard]] Result<SeriesResult> run(const SeriesRequest &request) const;

private:
    const DatabaseConnection &m_connection;
    DatasetInfo m_dataset;
};

} // namespace sluice
