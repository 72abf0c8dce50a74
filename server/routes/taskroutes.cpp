#include "server/routes/taskroutes.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/tasks/taskengine.h"
#include "server/download/filepump.h"
#include "server/routes/routesupport.h"
#include "server/servercontext.h"

namespace sluice {

namespace {

using Method = QHttpServerRequest::Method;

void answer(QHttpServerResponder &responder, const Result<TaskInfo> &task,
            QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    const ApiReply reply = task ? ApiReply::json(task->toJson(), status) : ApiReply::error(task.error());
    reply.toResponse().write(std::move(responder));
}

// Validates the list's filters against the names the engine knows.
Result<QList<TaskInfo>> filtered(const TaskEngine &engine, const QUrlQuery &query)
{
    if (auto valid = RouteSupport::checkParameters(query, { QStringLiteral("state"), QStringLiteral("type") }); !valid)
        return tl::unexpected(valid.error());
    const QString state = query.queryItemValue(QStringLiteral("state"));
    const QString type = query.queryItemValue(QStringLiteral("type"));
    if (!state.isEmpty() && !taskStateFromName(state))
        return fail(ErrorCode::InvalidInput,
                    TaskRoutes::tr("state must be queued, running, succeeded, failed or canceled, not \"%1\".").arg(state));
    if (!type.isEmpty() && type != kImportTaskType && type != kExportTaskType && type != kTeamsImportTaskType)
        return fail(ErrorCode::InvalidInput,
                    TaskRoutes::tr("type must be import, export or teams-import, not \"%1\".").arg(type));
    auto all = engine.list();
    if (!all)
        return all;
    QList<TaskInfo> matching;
    for (const TaskInfo &task : std::as_const(*all)) {
        if ((state.isEmpty() || taskStateName(task.state) == state) && (type.isEmpty() || task.type == type))
            matching << task;
    }
    return matching;
}

// The export to start, from a POST body: {"type": "export", "parameters": {...}}. Imports are
// started by uploads, never by a client naming a file on the server.
Result<QJsonObject> exportParameters(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::InvalidInput, TaskRoutes::tr("The body must be a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject object = document.object();
    const QString type = object.value(QStringLiteral("type")).toString(QStringLiteral("export"));
    if (type != kExportTaskType)
        return fail(ErrorCode::InvalidInput,
                    TaskRoutes::tr("Only export tasks are started here (imports start when an upload completes), "
                                   "not \"%1\".")
                        .arg(type));
    if (!object.value(QStringLiteral("parameters")).isObject())
        return fail(ErrorCode::InvalidInput, TaskRoutes::tr("The body needs \"parameters\", an object."));
    return object.value(QStringLiteral("parameters")).toObject();
}

// Runs `handle` for a well-formed task id, answering the error otherwise.
template <typename Handle>
void withTaskId(const ServerContext &context, const QString &id, const QHttpServerRequest &request,
                QHttpServerResponder &responder, Handle handle)
{
    if (!RouteSupport::admit(context, request, responder))
        return;
    if (auto valid = RouteSupport::checkId(id, TaskRoutes::tr("task")).and_then([&] {
            return RouteSupport::checkParameters(request.query(), {});
        });
        !valid) {
        RouteSupport::reject(responder, valid.error());
        return;
    }
    handle();
}

} // namespace

void TaskRoutes::add(const ServerContext &context, TaskEngine &engine)
{
    TaskEngine *tasks = &engine;
    context.http.route(QStringLiteral("/api/v1/tasks"), Method::Get,
                       [context, tasks](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (!RouteSupport::admit(context, request, responder))
            return;
        auto list = filtered(*tasks, request.query());
        if (!list) {
            RouteSupport::reject(responder, list.error());
            return;
        }
        QJsonArray json;
        for (const TaskInfo &task : std::as_const(*list))
            json.append(task.toJson());
        ApiReply::json({ { QStringLiteral("tasks"), json } }).toResponse().write(std::move(responder));
    });

    context.http.route(QStringLiteral("/api/v1/tasks"), Method::Post,
                       [context, tasks](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (!RouteSupport::admit(context, request, responder))
            return;
        auto submitted = RouteSupport::checkParameters(request.query(), {})
                             .and_then([&] { return exportParameters(request.body()); })
                             .and_then([&](const QJsonObject &parameters) {
                                 return tasks->submit(QString(kExportTaskType), parameters);
                             });
        answer(responder, submitted, QHttpServerResponse::StatusCode::Created);
    });

    context.http.route(QStringLiteral("/api/v1/tasks/<arg>"), Method::Get,
                       [context, tasks](const QString &id, const QHttpServerRequest &request,
                                        QHttpServerResponder &&responder) {
        withTaskId(context, id, request, responder, [&] { answer(responder, tasks->find(id)); });
    });

    context.http.route(QStringLiteral("/api/v1/tasks/<arg>"), Method::Delete,
                       [context, tasks](const QString &id, const QHttpServerRequest &request,
                                        QHttpServerResponder &&responder) {
        withTaskId(context, id, request, responder, [&] {
            auto removed = tasks->remove(id);
            const ApiReply reply = removed ? ApiReply::json({ { QStringLiteral("id"), id }, { QStringLiteral("deleted"), true } })
                                           : ApiReply::error(removed.error());
            reply.toResponse().write(std::move(responder));
        });
    });

    context.http.route(QStringLiteral("/api/v1/tasks/<arg>/cancel"), Method::Post,
                       [context, tasks](const QString &id, const QHttpServerRequest &request,
                                        QHttpServerResponder &&responder) {
        withTaskId(context, id, request, responder, [&] { answer(responder, tasks->cancel(id)); });
    });

    context.http.route(QStringLiteral("/api/v1/tasks/<arg>/result"), Method::Get | Method::Head,
                       [context, tasks](const QString &id, const QHttpServerRequest &request,
                                        QHttpServerResponder &&responder) {
        withTaskId(context, id, request, responder, [&] {
            auto task = tasks->find(id);
            if (!task) {
                RouteSupport::reject(responder, task.error());
                return;
            }
            if (task->state != TaskState::Succeeded || !task->hasResult()) {
                RouteSupport::reject(responder, Error { ErrorCode::Conflict,
                                                        TaskRoutes::tr("Task %1 has no result to download (it is %2).")
                                                            .arg(id, taskStateName(task->state)) });
                return;
            }
            FilePump::serve(request, std::move(responder),
                            DownloadFile { task->resultPath, task->resultName, QByteArrayLiteral("application/octet-stream"),
                                           task->resultSha256.toLatin1() });
        });
    });
}

} // namespace sluice
