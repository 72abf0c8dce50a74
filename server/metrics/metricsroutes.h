#pragma once

#include <QCoreApplication>

namespace sluice {

class Metrics;
struct ServerContext;

/// Registers GET /metrics (token required) and counts every answered request that QtHttpServer
/// 6.4 lets us see: afterRequest() runs for routes that return a QHttpServerResponse, not for
/// those that answer through a responder (they call Metrics::countRequest themselves).
/// Route labels come from the OpenAPI document's paths, the one list of routes.
/// Call once in the server thread; `metrics` must outlive `context.http`.
class MetricsRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(MetricsRoutes)
public:
    static void add(const ServerContext &context, Metrics &metrics);
};

} // namespace sluice
