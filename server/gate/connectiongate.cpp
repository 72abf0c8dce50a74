#include "server/gate/connectiongate.h"

#include <unistd.h>

#include <QTcpSocket>

#include "server/gate/gateconnection.h"
#include "server/gate/gatesocket.h"

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

void ConnectionGate::incomingConnection(qintptr descriptor)
{
    // What QTcpServer does, with our socket class.
    auto *socket = new GateSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    addPendingConnection(socket);
}

QTcpSocket *ConnectionGate::nextPendingConnection()
{
    auto *socket = qobject_cast<GateSocket *>(QTcpServer::nextPendingConnection());
    // QtHttpServer connects its readyRead slot after this returns, so ours runs first on every read.
    if (socket)
        new GateConnection(*socket, *this);
    return socket;
}

} // namespace sluice
