#include "server/gate/connectiongate.h"

#include <QTcpSocket>

#include "server/gate/gateconnection.h"

namespace sluice {

ConnectionGate::ConnectionGate(
    QAbstractHttpServer &http, const RequestAuthorizer &authorizer, GateConfig config, TusService *tus, QObject *parent)
    : QTcpServer(parent)
    , m_http(http)
    , m_authorizer(authorizer)
    , m_config(config)
    , m_tus(tus)
{
}

ConnectionGate::~ConnectionGate() = default;

QTcpSocket *ConnectionGate::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    // QtHttpServer connects its readyRead slot after this returns, so ours runs first on every read.
    if (socket)
        new GateConnection(*socket, *this);
    return socket;
}

} // namespace sluice
