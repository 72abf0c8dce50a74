#pragma once

#include <QCoreApplication>
#include <QString>

namespace sluice {

class EventHub;
struct ServerContext;

/// Registers GET /api/v1/events: WebSocket upgrades with a valid token go to the EventHub,
/// plain GETs get 426 and unauthorized requests the missing handler's 401/421.
/// Call once per QHttpServer, in the server thread; `hub` must outlive `context.http`'s
/// WebSocket traffic (both belong to the ApiServer).
class EventRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(EventRoutes)
public:
    static const QString kPath;

    static void add(const ServerContext &context, EventHub &hub);
};

} // namespace sluice
