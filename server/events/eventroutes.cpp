#include "server/events/eventroutes.h"

#include <QHttpServer>
#include <QHttpServerResponder>

#include "server/apierror.h"
#include "server/apireply.h"
#include "server/events/eventhub.h"
#include "server/events/eventupgraderule.h"
#include "server/servercontext.h"

namespace sluice {

const QString EventRoutes::kPath = QStringLiteral("/api/v1/events");

void EventRoutes::add(const ServerContext &context, EventHub &hub)
{
    context.http.route<EventUpgradeRule>(kPath, QHttpServerRequest::Method::Get, context.authorizer,
        [&hub](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            // An upgrade must get nothing from here: QtHttpServer hands the socket to its
            // WebSocket server after this returns, and any answer would corrupt the handshake.
            if (EventUpgradeRule::isWebSocketUpgrade(request)) {
                hub.expectUpgrade(responder.socket());
                return;
            }
            ApiReply reply = ApiReply::json(
                errorBody(Error { ErrorCode::InvalidInput,
                    tr("%1 is a WebSocket: connect with \"Upgrade: websocket\".").arg(EventRoutes::kPath) }),
                QHttpServerResponse::StatusCode::UpgradeRequired);
            reply.headers.append({ QByteArrayLiteral("Upgrade"), QByteArrayLiteral("websocket") });
            reply.headers.append({ QByteArrayLiteral("Connection"), QByteArrayLiteral("Upgrade") });
            reply.toResponse().write(std::move(responder));
        });
    QHttpServer &http = context.http;
    QObject::connect(&http, &QHttpServer::newWebSocketConnection, &hub, [&http, &hub] {
        while (http.hasPendingWebSocketConnections())
            hub.addClient(http.nextPendingWebSocketConnection());
    });
}

} // namespace sluice
