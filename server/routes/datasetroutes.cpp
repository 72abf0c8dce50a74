#include "server/routes/datasetroutes.h"

#include <functional>
#include <limits>

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/query/groupquery.h"
#include "core/query/queryparameters.h"
#include "core/query/rowsquery.h"
#include "core/query/seriesquery.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/datasetcatalog.h"
#include "core/storage/threadconnection.h"
#include "server/deferredreply.h"
#include "server/routes/dataseterrorlist.h"
#include "server/routes/routesupport.h"
#include "server/servercontext.h"

namespace sluice {

namespace {

using Method = QHttpServerRequest::Method;
using DatasetWork = std::function<ApiReply(const DatabaseConnection &, const DatasetInfo &)>;

constexpr qsizetype kMaxNameLength = 200;

QJsonObject summaryJson(const DatasetInfo &dataset)
{
    return {
        { QStringLiteral("id"), dataset.id },
        { QStringLiteral("name"), dataset.name },
        { QStringLiteral("state"), datasetStateName(dataset.state) },
        { QStringLiteral("error"), dataset.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(dataset.error) },
        { QStringLiteral("sourceName"), dataset.sourceName },
        { QStringLiteral("sourceBytes"), dataset.sourceBytes },
        { QStringLiteral("records"), dataset.recordCount },
        { QStringLiteral("rows"), dataset.rowCount },
        { QStringLiteral("errors"), dataset.errorCount },
        { QStringLiteral("columnCount"), dataset.columns.size() },
        { QStringLiteral("createdAt"), RouteSupport::time(dataset.createdAt) },
        { QStringLiteral("startedAt"), RouteSupport::time(dataset.startedAt) },
        { QStringLiteral("finishedAt"), RouteSupport::time(dataset.finishedAt) },
    };
}

QJsonObject detailJson(const DatasetInfo &dataset)
{
    QJsonObject detail = summaryJson(dataset);
    QJsonArray schema;
    for (const DatasetColumn &column : dataset.columns) {
        schema.append(QJsonObject {
            { QStringLiteral("name"), column.name },
            { QStringLiteral("originalName"), column.originalName },
            { QStringLiteral("type"), columnTypeName(column.type) },
            { QStringLiteral("nullable"), column.nullable },
            { QStringLiteral("nullCount"), column.nullCount },
        });
    }
    detail.insert(QStringLiteral("schema"), schema);
    detail.insert(QStringLiteral("dialect"), dataset.dialect);
    detail.insert(QStringLiteral("sourceSha256"),
                  dataset.sourceSha256.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(dataset.sourceSha256));
    detail.insert(QStringLiteral("taskId"), dataset.taskId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(dataset.taskId));
    return detail;
}

// Rows exist only for a dataset that is complete or still filling; a failed or canceled import
// dropped its table.
Result<void> checkHasRows(const DatasetInfo &dataset)
{
    if (dataset.state == DatasetState::Ready || dataset.state == DatasetState::Importing)
        return {};
    const QString reason = dataset.error.isEmpty() ? datasetStateName(dataset.state) : dataset.error;
    return fail(ErrorCode::Conflict,
                DatasetRoutes::tr("Dataset %1 has no rows: its import did not complete (%2).").arg(dataset.id, reason));
}

// The guards of every per-dataset route, on the server thread (cheap, no database): the token,
// the id's shape and the parameters. On failure the request is answered and false returned.
bool admitDataset(const ServerContext &context, const QString &id, const QHttpServerRequest &request,
                  QHttpServerResponder &responder, const QStringList &parameters, bool filters)
{
    if (!RouteSupport::admit(context, request, responder))
        return false;
    if (auto valid = RouteSupport::checkId(id, DatasetRoutes::tr("dataset")).and_then([&] {
            return RouteSupport::checkParameters(request.query(), parameters, filters);
        });
        !valid) {
        RouteSupport::reject(responder, valid.error());
        return false;
    }
    return true;
}

// Runs `work` on the pool with the dataset looked up (404 when there is none).
void runOnDataset(const ServerContext &context, const QString &id, QHttpServerResponder &&responder, DatasetWork work)
{
    replyLater(std::move(responder), context.owner, context.pool,
               [database = context.database, id, work = std::move(work)]() -> ApiReply {
                   auto connection = ThreadConnection::get(database);
                   if (!connection)
                       return ApiReply::error(connection.error());
                   auto dataset = DatasetCatalog(**connection).find(id);
                   if (!dataset)
                       return ApiReply::error(dataset.error());
                   return work(**connection, *dataset);
               });
}

void onDataset(const ServerContext &context, const QString &id, const QHttpServerRequest &request,
               QHttpServerResponder &&responder, const QStringList &parameters, bool filters, DatasetWork work)
{
    if (admitDataset(context, id, request, responder, parameters, filters))
        runOnDataset(context, id, std::move(responder), std::move(work));
}

Result<QString> nameFromBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput, DatasetRoutes::tr("The body is not JSON: %1 at byte %2.")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset));
    if (!document.isObject())
        return fail(ErrorCode::InvalidInput, DatasetRoutes::tr("The body must be a JSON object such as {\"name\": \"...\"}."));
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QStringLiteral("name"))
            return fail(ErrorCode::InvalidInput,
                        DatasetRoutes::tr("Only the name of a dataset can be changed, not \"%1\".").arg(it.key().left(64)));
    }
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (!name.isString())
        return fail(ErrorCode::InvalidInput, DatasetRoutes::tr("name must be a string."));
    const QString trimmed = name.toString().trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, DatasetRoutes::tr("A dataset needs a name."));
    if (trimmed.size() > kMaxNameLength)
        return fail(ErrorCode::InvalidInput,
                    DatasetRoutes::tr("A dataset's name may have at most %1 characters.").arg(kMaxNameLength));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return fail(ErrorCode::InvalidInput, DatasetRoutes::tr("A dataset's name may not hold control characters."));
    }
    return trimmed;
}

void addCollection(const ServerContext &context)
{
    context.http.route(QStringLiteral("/api/v1/datasets"), Method::Get,
                       [context](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (!RouteSupport::admit(context, request, responder))
            return;
        if (auto valid = RouteSupport::checkParameters(request.query(), {}); !valid) {
            RouteSupport::reject(responder, valid.error());
            return;
        }
        replyLater(std::move(responder), context.owner, context.pool, [database = context.database]() -> ApiReply {
            auto connection = ThreadConnection::get(database);
            if (!connection)
                return ApiReply::error(connection.error());
            auto datasets = DatasetCatalog(**connection).list();
            if (!datasets)
                return ApiReply::error(datasets.error());
            QJsonArray list;
            for (const DatasetInfo &dataset : std::as_const(*datasets))
                list.append(summaryJson(dataset));
            return ApiReply::json({ { QStringLiteral("datasets"), list } });
        });
    });
}

void addItem(const ServerContext &context)
{
    context.http.route(QStringLiteral("/api/v1/datasets/<arg>"), Method::Get,
                       [context](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        onDataset(context, id, request, std::move(responder), {}, false,
                  [](const DatabaseConnection &, const DatasetInfo &dataset) { return ApiReply::json(detailJson(dataset)); });
    });

    context.http.route(QStringLiteral("/api/v1/datasets/<arg>"), Method::Patch,
                       [context](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (!RouteSupport::admit(context, request, responder))
            return;
        // The body is checked before the id is looked up, so a bad request is 400 whatever the id.
        auto name = RouteSupport::checkId(id, DatasetRoutes::tr("dataset"))
                        .and_then([&] { return RouteSupport::checkParameters(request.query(), {}); })
                        .and_then([&] { return nameFromBody(request.body()); });
        if (!name) {
            RouteSupport::reject(responder, name.error());
            return;
        }
        replyLater(std::move(responder), context.owner, context.pool,
                   [database = context.database, id, newName = *name]() -> ApiReply {
            auto connection = ThreadConnection::get(database);
            if (!connection)
                return ApiReply::error(connection.error());
            const DatasetCatalog catalog(**connection);
            auto renamed = catalog.rename(id, newName).and_then([&] { return catalog.find(id); });
            return renamed ? ApiReply::json(detailJson(*renamed)) : ApiReply::error(renamed.error());
        });
    });

    context.http.route(QStringLiteral("/api/v1/datasets/<arg>"), Method::Delete,
                       [context](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        onDataset(context, id, request, std::move(responder), {}, false,
                  [](const DatabaseConnection &connection, const DatasetInfo &dataset) -> ApiReply {
            // An import writes the table until it finishes; dropping it under the importer would
            // fail the import halfway. Cancel the import task first.
            if (dataset.state == DatasetState::Importing)
                return ApiReply::error(Error { ErrorCode::Conflict,
                                               DatasetRoutes::tr("Dataset %1 is still importing; cancel its import "
                                                                 "task first, or wait until it finishes.")
                                                   .arg(dataset.id) });
            // Drops the table with the columns, rejected rows and statistics; uploads that made
            // it forget it (ON DELETE SET NULL).
            if (auto removed = DatasetCatalog(connection).remove(dataset.id); !removed)
                return ApiReply::error(removed.error());
            return ApiReply::json({ { QStringLiteral("id"), dataset.id }, { QStringLiteral("deleted"), true } });
        });
    });
}

void addQueries(const ServerContext &context)
{
    context.http.route(QStringLiteral("/api/v1/datasets/<arg>/rows"), Method::Get,
                       [context](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        onDataset(context, id, request, std::move(responder),
                  { QStringLiteral("offset"), QStringLiteral("limit"), QStringLiteral("sort"), QStringLiteral("columns") },
                  true, [query = request.query()](const DatabaseConnection &connection, const DatasetInfo &dataset) {
            auto result = checkHasRows(dataset)
                              .and_then([&] { return RowsQuery::parse(query, dataset); })
                              .and_then([&](const RowsRequest &rows) { return RowsQuery(connection, dataset).run(rows); });
            return result ? ApiReply::json(result->toJson()) : ApiReply::error(result.error());
        });
    });

    context.http.route(QStringLiteral("/api/v1/datasets/<arg>/series"), Method::Get,
                       [context](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        onDataset(context, id, request, std::move(responder),
                  { QStringLiteral("column"), QStringLiteral("bucket"), QStringLiteral("measure"), QStringLiteral("of") },
                  true, [query = request.query()](const DatabaseConnection &connection, const DatasetInfo &dataset) {
            auto result = checkHasRows(dataset)
                              .and_then([&] { return SeriesQuery::parse(query, dataset); })
                              .and_then([&](const SeriesRequest &series) { return SeriesQuery(connection, dataset).run(series); });
            return result ? ApiReply::json(result->toJson()) : ApiReply::error(result.error());
        });
    });

    context.http.route(QStringLiteral("/api/v1/datasets/<arg>/groups"), Method::Get,
                       [context](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        onDataset(context, id, request, std::move(responder),
                  { QStringLiteral("column"), QStringLiteral("measure"), QStringLiteral("of"), QStringLiteral("sort"),
                    QStringLiteral("offset"), QStringLiteral("limit") },
                  true, [query = request.query()](const DatabaseConnection &connection, const DatasetInfo &dataset) {
            auto result = checkHasRows(dataset)
                              .and_then([&] { return GroupQuery::parse(query, dataset); })
                              .and_then([&](const GroupRequest &groups) { return GroupQuery(connection, dataset).run(groups); });
            return result ? ApiReply::json(result->toJson()) : ApiReply::error(result.error());
        });
    });

    context.http.route(QStringLiteral("/api/v1/datasets/<arg>/profile"), Method::Get,
                       [context](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        onDataset(context, id, request, std::move(responder), {}, false,
                  [](const DatabaseConnection &connection, const DatasetInfo &dataset) -> ApiReply {
            if (auto hasRows = checkHasRows(dataset); !hasRows)
                return ApiReply::error(hasRows.error());
            auto statistics = DatasetCatalog(connection).statistics(dataset.id);
            if (!statistics)
                return ApiReply::error(statistics.error());
            // The import stores its statistics when it finishes; until then only the events
            // carry partial results.
            if (statistics->isEmpty() && dataset.state == DatasetState::Importing)
                return ApiReply::error(Error { ErrorCode::Conflict,
                                               DatasetRoutes::tr("Dataset %1 is still importing; its profile is stored "
                                                                 "when the import finishes. Subscribe to the dataset's "
                                                                 "events for partial results.")
                                                   .arg(dataset.id) });
            return ApiReply::json(*statistics);
        });
    });
}

void addErrors(const ServerContext &context)
{
    context.http.route(QStringLiteral("/api/v1/datasets/<arg>/errors"), Method::Get,
                       [context](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (!admitDataset(context, id, request, responder,
                          { QStringLiteral("offset"), QStringLiteral("limit"), QStringLiteral("format") }, false))
            return;
        const QUrlQuery query = request.query();
        auto offset = QueryParameters::integer(query, QStringLiteral("offset"), 0, 0, std::numeric_limits<qint64>::max());
        auto limit = QueryParameters::integer(query, QStringLiteral("limit"), DatasetErrorList::kDefaultLimit, 0,
                                              DatasetErrorList::kMaxLimit);
        auto csv = RouteSupport::wantsCsv(query, request);
        for (const Error *error : { offset ? nullptr : &offset.error(), limit ? nullptr : &limit.error(),
                                    csv ? nullptr : &csv.error() }) {
            if (error) {
                RouteSupport::reject(responder, *error);
                return;
            }
        }
        // The CSV is every rejected row (offset and limit page the JSON form only).
        runOnDataset(context, id, std::move(responder),
                  [offset = offset.value_or(0), limit = int(limit.value_or(0)), asCsv = csv.value_or(false)](
                      const DatabaseConnection &connection, const DatasetInfo &dataset) -> ApiReply {
            const DatasetErrorList errors(connection);
            if (asCsv) {
                auto text = errors.csv(dataset.id);
                return text ? RouteSupport::csvAttachment(*text, dataset.name + QStringLiteral("-errors.csv"))
                            : ApiReply::error(text.error());
            }
            return ApiReply::from(errors.page(dataset.id, offset, limit));
        });
    });
}

} // namespace

void DatasetRoutes::add(const ServerContext &context)
{
    addCollection(context);
    addItem(context);
    addQueries(context);
    addErrors(context);
}

} // namespace sluice
