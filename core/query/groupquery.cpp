#include "core/query/groupquery.h"

#include <limits>

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include "core/query/filtersql.h"
#include "core/query/queryparameters.h"
#include "core/query/queryvalue.h"
#include "core/query/rowfilterparser.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/sqldialect.h"

namespace sluice {

QJsonObject GroupResult::toJson() const
{
    QJsonArray list;
    for (const Group &group : groups) {
        QJsonObject item { { QStringLiteral("key"), group.key }, { QStringLiteral("value"), group.value },
            { QStringLiteral("rows"), group.rows } };
        if (!group.teamName.isNull())
            item.insert(QStringLiteral("teamName"), group.teamName);
        list.append(item);
    }
    return QJsonObject { { QStringLiteral("column"), column }, { QStringLiteral("measure"), measure.toJson() },
        { QStringLiteral("order"),
            order == GroupRequest::Order::Value ? QStringLiteral("value") : QStringLiteral("key") },
        { QStringLiteral("descending"), descending }, { QStringLiteral("offset"), offset },
        { QStringLiteral("limit"), limit }, { QStringLiteral("total"), total }, { QStringLiteral("groups"), list } };
}

GroupQuery::GroupQuery(const DatabaseConnection &connection, const DatasetInfo &dataset)
    : m_connection(connection)
    , m_dataset(dataset)
{
}

Result<GroupRequest> GroupQuery::parse(const QUrlQuery &query, const DatasetInfo &dataset)
{
    GroupRequest request;
    request.column = QueryParameters::value(query, QStringLiteral("column")).value_or(QString());
    if (request.column.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("column must name the column to group by"));
    auto measure = Measure::parse(QueryParameters::value(query, QStringLiteral("measure")).value_or(QString()),
        QueryParameters::value(query, QStringLiteral("of")).value_or(QString()), dataset);
    if (!measure)
        return tl::unexpected(measure.error());
    request.measure = *measure;
    if (const std::optional<QString> sort = QueryParameters::value(query, QStringLiteral("sort"))) {
        const QueryParameters::SortSpec spec = QueryParameters::sortSpec(*sort);
        if (spec.name == QStringLiteral("value"))
            request.order = GroupRequest::Order::Value;
        else if (spec.name == QStringLiteral("key"))
            request.order = GroupRequest::Order::Key;
        else
            return fail(ErrorCode::InvalidInput, tr("sort must be value, -value, key or -key, not \"%1\"").arg(*sort));
        request.descending = spec.descending;
    }
    auto offset = QueryParameters::integer(query, QStringLiteral("offset"), 0, 0, std::numeric_limits<qint64>::max());
    if (!offset)
        return tl::unexpected(offset.error());
    auto limit = QueryParameters::integer(
        query, QStringLiteral("limit"), GroupRequest::kDefaultLimit, 0, GroupRequest::kMaxLimit);
    if (!limit)
        return tl::unexpected(limit.error());
    request.offset = *offset;
    request.limit = int(*limit);
    auto filters = RowFilterParser::fromQuery(query, dataset);
    if (!filters)
        return tl::unexpected(filters.error());
    request.filters = *filters;
    return request;
}

Result<GroupResult> GroupQuery::run(const GroupRequest &request) const
{
    if (request.offset < 0 || request.limit < 0 || request.limit > GroupRequest::kMaxLimit)
        return fail(ErrorCode::InvalidInput,
            tr("limit must be from 0 to %1 and offset not negative").arg(GroupRequest::kMaxLimit));
    auto column = QueryParameters::column(m_dataset, request.column, false);
    if (!column)
        return tl::unexpected(column.error());
    if (request.measure.kind != MeasureKind::Count
        && !QueryParameters::findColumn(m_dataset, request.measure.column, false))
        return fail(ErrorCode::InvalidInput, tr("unknown column \"%1\"").arg(request.measure.column));

    const SqlDialect &dialect = m_connection.dialect();
    const QString table = dialect.quoteIdentifier(m_dataset.tableName);
    const QString quoted = dialect.quoteIdentifier(column->name);
    const FilterSql filter(dialect, request.filters);
    auto failed = [this](const QSqlQuery &query) {
        return fail(ErrorCode::Storage,
            tr("Could not group the rows of dataset %1: %2").arg(m_dataset.id, query.lastError().text()));
    };

    GroupResult result;
    result.column = column->name;
    result.measure = request.measure;
    result.order = request.order;
    result.descending = request.descending;
    result.offset = request.offset;
    result.limit = request.limit;
    {
        QSqlQuery query(m_connection.database());
        if (!query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1%2 GROUP BY %3) AS g")
                               .arg(table, filter.whereClause(), quoted)))
            return failed(query);
        filter.bindTo(query);
        if (!query.exec() || !query.next())
            return failed(query);
        result.total = query.value(0).toLongLong();
    }
    if (request.limit == 0 || request.offset >= result.total)
        return result;

    const QString direction = request.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString order = request.order == GroupRequest::Order::Value
        ? QStringLiteral("g.v%1 NULLS LAST, g.k ASC NULLS LAST").arg(direction)
        : QStringLiteral("g.k%1 NULLS LAST").arg(direction);
    // The team lookup runs in the outer query, on one page of groups. Dataset columns have no
    // type affinity, so an integer key is cast to compare with team ids as its text.
    const QString sql = QStringLiteral("SELECT g.k, g.v, g.n, t.name FROM "
                                       "(SELECT %1 AS k, %2 AS v, count(*) AS n FROM %3%4 GROUP BY 1) AS g "
                                       "LEFT JOIN teams AS t ON t.team_id = CAST(g.k AS TEXT) "
                                       "ORDER BY %5 LIMIT ? OFFSET ?")
                            .arg(quoted, request.measure.sqlExpression(dialect), table, filter.whereClause(), order);
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return failed(query);
    filter.bindTo(query);
    query.addBindValue(QVariant(qlonglong(request.limit)));
    query.addBindValue(QVariant(qlonglong(request.offset)));
    if (!query.exec())
        return failed(query);
    while (query.next()) {
        result.groups.append(
            Group { storedValueToJson(query.value(0), column->type), request.measure.valueToJson(query.value(1)),
                query.value(2).toLongLong(), query.value(3).isNull() ? QString() : query.value(3).toString() });
    }
    if (query.lastError().isValid())
        return failed(query);
    return result;
}

} // namespace sluice
