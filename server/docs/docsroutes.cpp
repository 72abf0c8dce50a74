#include "server/docs/docsroutes.h"

#include <QFile>
#include <QHttpServer>
#include <QJsonDocument>

#include "server/apierror.h"
#include "server/apireply.h"
#include "server/docs/openapidocument.h"
#include "server/logging.h"
#include "server/requestauthorizer.h"
#include "server/servercontext.h"

namespace sluice {

namespace {

using Method = QHttpServerRequest::Method;

// The page runs only its own inline script and may only talk back to this server.
const QByteArray kDocsPolicy = QByteArrayLiteral(
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; "
    "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");

} // namespace

void DocsRoutes::add(const ServerContext &context)
{
    // Read and checked once; a broken build answers 500 rather than a partial document.
    ApiReply openApi;
    if (auto document = OpenApiDocument::load(); document) {
        openApi = ApiReply::json(*document);
    } else {
        qCCritical(lcHttp) << document.error().message;
        openApi = ApiReply::error(document.error());
    }
    ApiReply page;
    QFile html(QStringLiteral(":/sluice/docs.html"));
    if (html.open(QIODevice::ReadOnly)) {
        page.mimeType = QByteArrayLiteral("text/html; charset=utf-8");
        page.body = html.readAll();
        page.headers = { { QByteArrayLiteral("Content-Security-Policy"), kDocsPolicy },
            { QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff") },
            { QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer") } };
    } else {
        page = ApiReply::error(Error { ErrorCode::Internal, tr("The documentation page is missing from the build.") });
    }

    const RequestAuthorizer &authorizer = context.authorizer;
    context.http.route(
        QStringLiteral("/api/v1/openapi.json"), Method::Get, [&authorizer, openApi](const QHttpServerRequest &request) {
            if (auto allowed = authorizer.authorize(request, Access::Token); !allowed)
                return errorResponse(allowed.error());
            return openApi.toResponse();
        });
    context.http.route(QStringLiteral("/docs"), Method::Get, [&authorizer, page](const QHttpServerRequest &request) {
        if (auto allowed = authorizer.authorize(request, Access::Open); !allowed)
            return errorResponse(allowed.error());
        return page.toResponse();
    });
}

} // namespace sluice
