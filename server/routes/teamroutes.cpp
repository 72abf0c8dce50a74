#include "server/routes/teamroutes.h"

#include <limits>

#include <QBuffer>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "core/query/queryparameters.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/threadconnection.h"
#include "core/tasks/taskinfo.h"
#include "core/teams/teamscatalog.h"
#include "server/deferredreply.h"
#include "server/routes/routesupport.h"
#include "server/servercontext.h"

namespace sluice {

namespace {

using Method = QHttpServerRequest::Method;

constexpr qsizetype kMaxSearchLength = 200;
constexpr qsizetype kMaxTeamIdLength = 100;
constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 10000;

QStringList sortNames()
{
    QStringList names;
    for (TeamSortColumn column : { TeamSortColumn::TeamId, TeamSortColumn::Name, TeamSortColumn::Region,
                                   TeamSortColumn::LeadEmail, TeamSortColumn::Members, TeamSortColumn::Founded,
                                   TeamSortColumn::UpdatedAt })
        names << teamSortColumnName(column);
    return names;
}

Result<TeamsQuery> teamsQuery(const QUrlQuery &query)
{
    if (auto known = RouteSupport::checkParameters(
            query, { QStringLiteral("sort"), QStringLiteral("order"), QStringLiteral("search") });
        !known)
        return tl::unexpected(known.error());
    for (const QString &key : { QStringLiteral("sort"), QStringLiteral("order"), QStringLiteral("search") }) {
        if (query.allQueryItemValues(key).size() > 1)
            return fail(ErrorCode::InvalidInput, TeamRoutes::tr("Give %1 at most once.").arg(key));
    }
    TeamsQuery teams;
    if (const auto sort = QueryParameters::value(query, QStringLiteral("sort"))) {
        const auto column = teamSortColumnFromName(*sort);
        if (!column)
            return fail(ErrorCode::InvalidInput, TeamRoutes::tr("sort must be one of %1, not \"%2\".")
                                                     .arg(sortNames().join(QStringLiteral(", ")), sort->left(64)));
        teams.sortBy = *column;
    }
    if (const auto order = QueryParameters::value(query, QStringLiteral("order"))) {
        if (*order == QStringLiteral("asc"))
            teams.order = Qt::AscendingOrder;
        else if (*order == QStringLiteral("desc"))
            teams.order = Qt::DescendingOrder;
        else
            return fail(ErrorCode::InvalidInput, TeamRoutes::tr("order must be asc or desc, not \"%1\".").arg(order->left(64)));
    }
    teams.search = QueryParameters::value(query, QStringLiteral("search")).value_or(QString());
    if (teams.search.size() > kMaxSearchLength)
        return fail(ErrorCode::InvalidInput,
                    TeamRoutes::tr("search may have at most %1 characters.").arg(kMaxSearchLength));
    return teams;
}

// Team ids are the teams file's own keys, not our random ids: any text of sensible length.
// It is only ever a bound value.
Result<void> checkTeamId(const QString &teamId)
{
    const bool control = std::any_of(teamId.begin(), teamId.end(),
                                     [](QChar c) { return c.category() == QChar::Other_Control; });
    if (teamId.trimmed().isEmpty() || teamId.size() > kMaxTeamIdLength || control)
        return fail(ErrorCode::InvalidInput, TeamRoutes::tr("\"%1\" is not a team id: 1 to %2 characters, no "
                                                            "control characters.")
                                                 .arg(teamId.left(64))
                                                 .arg(kMaxTeamIdLength));
    return {};
}

// An import id is known when a teams-import task has it or rejected rows carry it (an import
// run without the task engine); any other id is 404, an export task's too.
Result<void> checkImportKnown(const DatabaseConnection &connection, const QString &importId)
{
    // An import is known by its task id, or by the importId its task was given (an uploaded
    // file's import uses the upload's id), or by rejections recorded under it.
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id, parameters FROM tasks WHERE type = ? "
                                      "UNION ALL SELECT task_id, NULL FROM team_import_errors WHERE task_id = ?")))
        return fail(ErrorCode::Storage, TeamRoutes::tr("Could not look up the import: %1").arg(query.lastError().text()));
    query.addBindValue(QString(kTeamsImportTaskType));
    query.addBindValue(importId);
    if (!query.exec())
        return fail(ErrorCode::Storage, TeamRoutes::tr("Could not look up the import: %1").arg(query.lastError().text()));
    while (query.next()) {
        if (query.value(0).toString() == importId
            || QJsonDocument::fromJson(query.value(1).toByteArray()).object().value(QStringLiteral("importId")) == importId)
            return {};
    }
    return fail(ErrorCode::NotFound, TeamRoutes::tr("There is no teams import %1.").arg(importId));
}

void addList(const ServerContext &context)
{
    context.http.route(QStringLiteral("/api/v1/teams"), Method::Get,
                       [context](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (!RouteSupport::admit(context, request, responder))
            return;
        auto query = teamsQuery(request.query());
        if (!query) {
            RouteSupport::reject(responder, query.error());
            return;
        }
        replyLater(std::move(responder), context.owner, context.pool,
                   [database = context.database, teamsQuery = *query]() -> ApiReply {
            auto connection = ThreadConnection::get(database);
            if (!connection)
                return ApiReply::error(connection.error());
            auto teams = TeamsCatalog(**connection).list(teamsQuery);
            if (!teams)
                return ApiReply::error(teams.error());
            QJsonArray list;
            for (const Team &team : std::as_const(*teams))
                list.append(team.toJson());
            return ApiReply::json({
                { QStringLiteral("teams"), list },
                { QStringLiteral("total"), list.size() },
                { QStringLiteral("sort"), teamSortColumnName(teamsQuery.sortBy) },
                { QStringLiteral("order"), teamsQuery.order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc") },
                { QStringLiteral("search"), teamsQuery.search },
            });
        });
    });
}

void addItem(const ServerContext &context)
{
    context.http.route(QStringLiteral("/api/v1/teams/<arg>"), Method::Get,
                       [context](const QString &teamId, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (!RouteSupport::admit(context, request, responder))
            return;
        if (auto valid = checkTeamId(teamId).and_then([&] { return RouteSupport::checkParameters(request.query(), {}); });
            !valid) {
            RouteSupport::reject(responder, valid.error());
            return;
        }
        replyLater(std::move(responder), context.owner, context.pool, [database = context.database, teamId]() -> ApiReply {
            auto connection = ThreadConnection::get(database);
            if (!connection)
                return ApiReply::error(connection.error());
            auto team = TeamsCatalog(**connection).find(teamId);
            return team ? ApiReply::json(team->toJson()) : ApiReply::error(team.error());
        });
    });
}

void addImportErrors(const ServerContext &context)
{
    context.http.route(QStringLiteral("/api/v1/teams/imports/<arg>/errors"), Method::Get,
                       [context](const QString &importId, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (!RouteSupport::admit(context, request, responder))
            return;
        const QUrlQuery query = request.query();
        auto offset = QueryParameters::integer(query, QStringLiteral("offset"), 0, 0, std::numeric_limits<qint64>::max());
        auto limit = QueryParameters::integer(query, QStringLiteral("limit"), kDefaultLimit, 0, kMaxLimit);
        auto csv = RouteSupport::wantsCsv(query, request);
        auto valid = RouteSupport::checkId(importId, TeamRoutes::tr("teams import"))
                         .and_then([&] {
                             return RouteSupport::checkParameters(
                                 query, { QStringLiteral("offset"), QStringLiteral("limit"), QStringLiteral("format") });
                         })
                         .and_then([&]() -> Result<void> { return offset ? Result<void>() : tl::unexpected(offset.error()); })
                         .and_then([&]() -> Result<void> { return limit ? Result<void>() : tl::unexpected(limit.error()); })
                         .and_then([&]() -> Result<void> { return csv ? Result<void>() : tl::unexpected(csv.error()); });
        if (!valid) {
            RouteSupport::reject(responder, valid.error());
            return;
        }
        // The CSV is every rejected row (offset and limit page the JSON form only).
        replyLater(std::move(responder), context.owner, context.pool,
                   [database = context.database, importId, first = *offset, count = *limit, asCsv = *csv]() -> ApiReply {
            auto connection = ThreadConnection::get(database);
            if (!connection)
                return ApiReply::error(connection.error());
            if (auto known = checkImportKnown(**connection, importId); !known)
                return ApiReply::error(known.error());
            const TeamsCatalog catalog(**connection);
            if (asCsv) {
                QBuffer buffer;
                buffer.open(QIODevice::WriteOnly);
                if (auto written = catalog.writeRejectionsCsv(importId, buffer); !written)
                    return ApiReply::error(written.error());
                return RouteSupport::csvAttachment(buffer.data(), QStringLiteral("teams-import-%1-errors.csv").arg(importId));
            }
            auto rejections = catalog.rejections(importId);
            if (!rejections)
                return ApiReply::error(rejections.error());
            QJsonArray page;
            for (qint64 i = first; i < rejections->size() && i - first < count; ++i)
                page.append(rejections->at(i).toJson());
            return ApiReply::json({
                { QStringLiteral("importId"), importId },
                { QStringLiteral("total"), rejections->size() },
                { QStringLiteral("offset"), first },
                { QStringLiteral("limit"), count },
                { QStringLiteral("errors"), page },
            });
        });
    });
}

} // namespace

void TeamRoutes::add(const ServerContext &context)
{
    // The imports route first: "/api/v1/teams/<arg>" cannot match its longer path, but keeping
    // the specific before the general reads as the router works (first match wins).
    addImportErrors(context);
    addList(context);
    addItem(context);
}

} // namespace sluice
