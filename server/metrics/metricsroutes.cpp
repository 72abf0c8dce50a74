#include "server/metrics/metricsroutes.h"

#include <QHttpServer>

#include "server/apierror.h"
#include "server/docs/openapidocument.h"
#include "server/logging.h"
#include "server/metrics/metrics.h"
#include "server/requestauthorizer.h"
#include "server/servercontext.h"

namespace sluice {

void MetricsRoutes::add(const ServerContext &context, Metrics &metrics)
{
    if (auto document = OpenApiDocument::load(); document)
        metrics.setRouteTemplates(OpenApiDocument::pathTemplates(*document));
    else
        qCWarning(lcHttp) << "metrics count every route as \"other\":" << document.error().message;

    const RequestAuthorizer &authorizer = context.authorizer;
    context.http.route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get,
        [&authorizer, &metrics](const QHttpServerRequest &request) {
            if (auto allowed = authorizer.authorize(request, Access::Token); !allowed)
                return errorResponse(allowed.error());
            return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), metrics.text());
        });
}

} // namespace sluice
