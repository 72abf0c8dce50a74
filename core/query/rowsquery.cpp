#include "core/query/rowsquery.h"

#include <limits>

#include <QSqlError>
#include <QSqlQuery>

#include "core/query/filtersql.h"
#include "core/query/queryparameters.h"
#include "core/query/queryvalue.h"
#include "core/query/rowfilterparser.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/sqldialect.h"

namespace sluice {

namespace {

const QString kRow = QueryParameters::rowColumnName();

} // namespace

QJsonObject RowsResult::toJson() const
{
    QJsonArray columnList { QJsonObject {
        { QStringLiteral("name"), kRow }, { QStringLiteral("type"), columnTypeName(ColumnType::Integer) } } };
    for (const DatasetColumn &column : columns)
        columnList.append(QJsonObject { { QStringLiteral("name"), column.name },
            { QStringLiteral("originalName"), column.originalName },
            { QStringLiteral("type"), columnTypeName(column.type) } });
    QJsonArray rowList;
    for (const QJsonArray &row : rows)
        rowList.append(row);
    return QJsonObject { { QStringLiteral("total"), total }, { QStringLiteral("offset"), offset },
        { QStringLiteral("limit"), limit }, { QStringLiteral("columns"), columnList },
        { QStringLiteral("rows"), rowList } };
}

RowsQuery::RowsQuery(const DatabaseConnection &connection, const DatasetInfo &dataset)
    : m_connection(connection)
    , m_dataset(dataset)
{
}

Result<RowsRequest> RowsQuery::parse(const QUrlQuery &query, const DatasetInfo &dataset)
{
    RowsRequest request;
    auto offset = QueryParameters::integer(query, QStringLiteral("offset"), 0, 0, std::numeric_limits<qint64>::max());
    if (!offset)
        return tl::unexpected(offset.error());
    auto limit = QueryParameters::integer(
        query, QStringLiteral("limit"), RowsRequest::kDefaultLimit, 0, RowsRequest::kMaxLimit);
    if (!limit)
        return tl::unexpected(limit.error());
    request.offset = *offset;
    request.limit = int(*limit);
    for (const QString &text : query.allQueryItemValues(QStringLiteral("sort"), QUrl::FullyDecoded)) {
        const QueryParameters::SortSpec spec = QueryParameters::sortSpec(text);
        request.sort.append(SortKey { spec.name, spec.descending });
    }
    request.columns = query.allQueryItemValues(QStringLiteral("columns"), QUrl::FullyDecoded);
    auto filters = RowFilterParser::fromQuery(query, dataset);
    if (!filters)
        return tl::unexpected(filters.error());
    request.filters = *filters;
    return request;
}

Result<RowsResult> RowsQuery::run(const RowsRequest &request) const
{
    if (request.offset < 0 || request.limit < 0 || request.limit > RowsRequest::kMaxLimit)
        return fail(ErrorCode::InvalidInput,
            tr("limit must be from 0 to %1 and offset not negative").arg(RowsRequest::kMaxLimit));
    RowsResult result;
    result.offset = request.offset;
    result.limit = request.limit;
    if (request.columns.isEmpty()) {
        result.columns = m_dataset.columns;
    } else {
        for (const QString &name : request.columns) {
            auto column = QueryParameters::column(m_dataset, name, false);
            if (!column)
                return tl::unexpected(column.error());
            result.columns.append(*column);
        }
    }

    const SqlDialect &dialect = m_connection.dialect();
    QStringList orderTerms;
    bool byRow = false;
    for (const SortKey &key : request.sort) {
        auto column = QueryParameters::column(m_dataset, key.column, true);
        if (!column)
            return tl::unexpected(column.error());
        const QString direction = key.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        if (column->name == kRow) {
            // _row is never null; leaving NULLS out lets SQLite walk the table in rowid order.
            orderTerms << kRow + direction;
            byRow = true;
        } else {
            orderTerms << dialect.quoteIdentifier(column->name) + direction + QStringLiteral(" NULLS LAST");
        }
        if (byRow)
            break; // _row is unique: later keys cannot change the order
    }
    if (!byRow)
        orderTerms << kRow + QStringLiteral(" ASC");

    QStringList selected { kRow };
    for (const DatasetColumn &column : result.columns)
        selected << dialect.quoteIdentifier(column.name);
    const QString select = QStringLiteral("SELECT %1 FROM %2")
                               .arg(selected.join(QStringLiteral(", ")), dialect.quoteIdentifier(m_dataset.tableName));

    const FilterSql filter(dialect, request.filters);
    QString sql;
    QVariantList values;
    const bool rowOrderOnly = request.filters.isEmpty() && orderTerms.size() == 1;
    const bool descending = !request.sort.isEmpty() && request.sort.first().descending;
    bool seek = false;
    if (rowOrderOnly) {
        auto tableSpan = span();
        if (!tableSpan)
            return tl::unexpected(tableSpan.error());
        result.total = tableSpan->count;
        // Without gaps the n-th row has _row n, so a page starts at a known _row.
        seek = tableSpan->count == 0 || (tableSpan->first == 1 && tableSpan->last == tableSpan->count);
        if (seek && !descending) {
            sql = select + QStringLiteral(" WHERE _row > ? ORDER BY _row ASC LIMIT ?");
            values << QVariant(qlonglong(request.offset)) << QVariant(qlonglong(request.limit));
        } else if (seek) {
            sql = select + QStringLiteral(" WHERE _row <= ? ORDER BY _row DESC LIMIT ?");
            values << QVariant(qlonglong(tableSpan->count - qMin(request.offset, tableSpan->count)))
                   << QVariant(qlonglong(request.limit));
        }
    } else {
        auto total = count(filter.whereClause(), filter.values());
        if (!total)
            return tl::unexpected(total.error());
        result.total = *total;
    }
    if (!seek) {
        sql = select + filter.whereClause() + QStringLiteral(" ORDER BY ") + orderTerms.join(QStringLiteral(", "))
            + QStringLiteral(" LIMIT ? OFFSET ?");
        values = filter.values();
        values << QVariant(qlonglong(request.limit)) << QVariant(qlonglong(request.offset));
    }
    if (request.limit == 0 || request.offset >= result.total)
        return result;

    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(ErrorCode::Storage,
            tr("Could not read the rows of dataset %1: %2").arg(m_dataset.id, query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(ErrorCode::Storage,
            tr("Could not read the rows of dataset %1: %2").arg(m_dataset.id, query.lastError().text()));
    while (query.next()) {
        QJsonArray row { QJsonValue(query.value(0).toLongLong()) };
        for (qsizetype i = 0; i < result.columns.size(); ++i)
            row.append(storedValueToJson(query.value(int(i + 1)), result.columns.at(i).type));
        result.rows.append(row);
    }
    if (query.lastError().isValid())
        return fail(ErrorCode::Storage,
            tr("Could not read the rows of dataset %1: %2").arg(m_dataset.id, query.lastError().text()));
    return result;
}

Result<RowsQuery::Span> RowsQuery::span() const
{
    // min() and max() of the rowid alias each read one end of the table's b-tree; a plain
    // count(*) reads all of it (about a second for 10 M rows, on every page), so a ready
    // dataset's count comes from the catalog, where the import left it.
    auto total = count(QString(), {});
    if (!total)
        return tl::unexpected(total.error());
    QSqlQuery query(m_connection.database());
    const QString table = m_connection.dialect().quoteIdentifier(m_dataset.tableName);
    const QString sql = QStringLiteral("SELECT (SELECT min(_row) FROM %1), (SELECT max(_row) FROM %1)").arg(table);
    if (!query.exec(sql) || !query.next())
        return fail(ErrorCode::Storage,
            tr("Could not count the rows of dataset %1: %2").arg(m_dataset.id, query.lastError().text()));
    return Span { *total, query.value(0).toLongLong(), query.value(1).toLongLong() };
}

Result<qint64> RowsQuery::count(const QString &where, const QVariantList &values) const
{
    if (where.isEmpty() && m_dataset.state == DatasetState::Ready)
        return m_dataset.rowCount; // a ready table no longer changes
    QSqlQuery query(m_connection.database());
    const QString sql
        = QStringLiteral("SELECT count(*) FROM %1").arg(m_connection.dialect().quoteIdentifier(m_dataset.tableName))
        + where;
    if (!query.prepare(sql))
        return fail(ErrorCode::Storage,
            tr("Could not count the rows of dataset %1: %2").arg(m_dataset.id, query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return fail(ErrorCode::Storage,
            tr("Could not count the rows of dataset %1: %2").arg(m_dataset.id, query.lastError().text()));
    return query.value(0).toLongLong();
}

} // namespace sluice
