#include "server/routes/uploadlistroutes.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "core/storage/databaseconnection.h"
#include "core/storage/threadconnection.h"
#include "server/deferredreply.h"
#include "server/routes/routesupport.h"
#include "server/servercontext.h"

namespace sluice {

namespace {

QJsonValue integerOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

// The uploads table as schema version 1 made it; newest first, the order a user looks for.
Result<QJsonArray> listUploads(const DatabaseConnection &connection)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, filename, kind, length, offset, state, sha256, dataset_id, error, "
                                   "created_at, updated_at, expires_at FROM uploads ORDER BY created_at DESC, id")))
        return fail(ErrorCode::Storage, UploadListRoutes::tr("Could not list the uploads: %1").arg(query.lastError().text()));
    QJsonArray uploads;
    while (query.next()) {
        uploads.append(QJsonObject {
            { QStringLiteral("id"), query.value(0).toString() },
            { QStringLiteral("filename"), RouteSupport::textOrNull(query.value(1)) },
            { QStringLiteral("kind"), query.value(2).toString() },
            { QStringLiteral("length"), integerOrNull(query.value(3)) },  // null while deferred
            { QStringLiteral("offset"), query.value(4).toLongLong() },
            { QStringLiteral("state"), query.value(5).toString() },
            { QStringLiteral("sha256"), RouteSupport::textOrNull(query.value(6)) },
            { QStringLiteral("datasetId"), RouteSupport::textOrNull(query.value(7)) },
            { QStringLiteral("error"), RouteSupport::textOrNull(query.value(8)) },
            { QStringLiteral("createdAt"), RouteSupport::textOrNull(query.value(9)) },
            { QStringLiteral("updatedAt"), RouteSupport::textOrNull(query.value(10)) },
            { QStringLiteral("expiresAt"), RouteSupport::textOrNull(query.value(11)) },
        });
    }
    return uploads;
}

} // namespace

void UploadListRoutes::add(const ServerContext &context)
{
    context.http.route(QStringLiteral("/api/v1/uploads"), QHttpServerRequest::Method::Get,
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
            auto uploads = listUploads(**connection);
            return uploads ? ApiReply::json({ { QStringLiteral("uploads"), *uploads } }) : ApiReply::error(uploads.error());
        });
    });
}

} // namespace sluice
