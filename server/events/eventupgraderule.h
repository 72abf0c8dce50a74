#pragma once

#include <QHttpServerRouterRule>

namespace sluice {

class RequestAuthorizer;

/// The router rule of GET /api/v1/events that refuses unauthorized requests before they
/// match: QtHttpServer 6.4 hands any upgrade whose rule matched to its WebSocket server, so
/// a refusal must happen here (QTHTTPSERVER.md, section 6). A refused request goes to the
/// server's missing handler, which answers 401/421 with the JSON error body.
/// The token comes from "Authorization: Bearer" or, for browsers, which cannot set headers
/// on a WebSocket, from the "access_token" query parameter.
/// Owned by the QHttpServer's router; `authorizer` must outlive it (ServerContext guarantees it).
class EventUpgradeRule final : public QHttpServerRouterRule
{
public:
    EventUpgradeRule(const QString &pathPattern, QHttpServerRequest::Methods methods,
        const RequestAuthorizer &authorizer, RouterHandler routerHandler);

    /// Whether the request carries a valid token (header first, then query) and Host.
    static bool isAuthorized(const RequestAuthorizer &authorizer, const QHttpServerRequest &request);

    /// Whether QtHttpServer treats the request as a WebSocket upgrade: "Connection: upgrade"
    /// and "Upgrade: websocket", the same test its parser makes.
    static bool isWebSocketUpgrade(const QHttpServerRequest &request);

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *match) const override;

private:
    const RequestAuthorizer &m_authorizer;
};

} // namespace sluice
