#include "core/query/seriesquery.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include "core/query/filtersql.h"
#include "core/query/queryparameters.h"
#include "core/query/rowfilterparser.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/sqldialect.h"

namespace sluice {

QJsonObject SeriesResult::toJson() const
{
    QJsonArray list;
    for (const SeriesPoint &point : points)
        list.append(QJsonObject { { QStringLiteral("bucket"), point.bucket }, { QStringLiteral("value"), point.value },
            { QStringLiteral("rows"), point.rows } });
    return QJsonObject { { QStringLiteral("column"), column }, { QStringLiteral("bucket"), timeBucketName(bucket) },
        { QStringLiteral("measure"), measure.toJson() }, { QStringLiteral("points"), list },
        { QStringLiteral("undated"), undated } };
}

SeriesQuery::SeriesQuery(const DatabaseConnection &connection, const DatasetInfo &dataset)
    : m_connection(connection)
    , m_dataset(dataset)
{
}

Result<SeriesRequest> SeriesQuery::parse(const QUrlQuery &query, const DatasetInfo &dataset)
{
    SeriesRequest request;
    request.column = QueryParameters::value(query, QStringLiteral("column")).value_or(QString());
    if (request.column.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("column must name the date or datetime column of the series"));
    const QString bucketName = QueryParameters::value(query, QStringLiteral("bucket")).value_or(QString());
    if (!bucketName.isEmpty()) {
        const std::optional<TimeBucket> bucket = timeBucketFromName(bucketName);
        if (!bucket)
            return fail(ErrorCode::InvalidInput,
                tr("bucket must be hour, day, week, month, quarter or year, not \"%1\"").arg(bucketName));
        request.bucket = *bucket;
    }
    auto measure = Measure::parse(QueryParameters::value(query, QStringLiteral("measure")).value_or(QString()),
        QueryParameters::value(query, QStringLiteral("of")).value_or(QString()), dataset);
    if (!measure)
        return tl::unexpected(measure.error());
    request.measure = *measure;
    auto filters = RowFilterParser::fromQuery(query, dataset);
    if (!filters)
        return tl::unexpected(filters.error());
    request.filters = *filters;
    return request;
}

Result<SeriesResult> SeriesQuery::run(const SeriesRequest &request) const
{
    auto column = QueryParameters::column(m_dataset, request.column, false);
    if (!column)
        return tl::unexpected(column.error());
    if (!isTemporal(column->type))
        return fail(ErrorCode::InvalidInput,
            tr("a series needs a date or datetime column; \"%1\" is %2")
                .arg(column->name, columnTypeName(column->type)));
    if (request.bucket == TimeBucket::Hour && column->type != ColumnType::DateTime)
        return fail(ErrorCode::InvalidInput,
            tr("hour buckets need a datetime column; \"%1\" is a date column").arg(column->name));
    if (request.measure.kind != MeasureKind::Count
        && !QueryParameters::findColumn(m_dataset, request.measure.column, false))
        return fail(ErrorCode::InvalidInput, tr("unknown column \"%1\"").arg(request.measure.column));

    const SqlDialect &dialect = m_connection.dialect();
    const QString quoted = dialect.quoteIdentifier(column->name);
    const FilterSql filter(dialect, request.filters);
    // One pass: the null dates form their own group (bucket NULL), counted as undated.
    const QString sql = QStringLiteral("SELECT CASE WHEN %1 IS NULL THEN NULL ELSE %2 END, %3, count(*) "
                                       "FROM %4%5 GROUP BY 1 ORDER BY 1")
                            .arg(quoted, dialect.timeBucket(quoted, column->type, request.bucket),
                                request.measure.sqlExpression(dialect), dialect.quoteIdentifier(m_dataset.tableName),
                                filter.whereClause());
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(ErrorCode::Storage,
            tr("Could not compute the series of dataset %1: %2").arg(m_dataset.id, query.lastError().text()));
    filter.bindTo(query);
    if (!query.exec())
        return fail(ErrorCode::Storage,
            tr("Could not compute the series of dataset %1: %2").arg(m_dataset.id, query.lastError().text()));
    SeriesResult result;
    result.column = column->name;
    result.bucket = request.bucket;
    result.measure = request.measure;
    while (query.next()) {
        if (query.value(0).isNull()) {
            result.undated += query.value(2).toLongLong();
            continue;
        }
        result.points.append(SeriesPoint {
            query.value(0).toString(), request.measure.valueToJson(query.value(1)), query.value(2).toLongLong() });
    }
    if (query.lastError().isValid())
        return fail(ErrorCode::Storage,
            tr("Could not compute the series of dataset %1: %2").arg(m_dataset.id, query.lastError().text()));
    return result;
}

} // namespace sluice
