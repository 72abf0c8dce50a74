#pragma once

#include <QCoreApplication>

namespace sluice {

class Metrics;
struct ServerContext;

/// Registers GET /metrics (token required) and gives `metrics` the route templates requests are
/// counted under: the OpenAPI document's paths, the one list of routes. Requests themselves are
/// counted by the connection gate (ConnectionGate::setMetrics), which sees every answer;
/// QtHttpServer 6.4's afterRequest() sees only routes that return a QHttpServerResponse.
/// Call once in the server thread; `metrics` must outlive `context.http`.
class MetricsRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(MetricsRoutes)
public:
    static void add(const ServerContext &context, Metrics &metrics);
};

} // namespace sluice
