#include "app/embeddedserver.h"

#include <QThread>

#include "app/client/apiclient.h"
#include "core/config/localinstance.h"
#include "server/serverthread.h"
#include "server/serverurl.h"

namespace sluice {

namespace {
const QString kEveryInterface = QStringLiteral("0.0.0.0");
const QString kLoopback = QStringLiteral("127.0.0.1");
} // namespace

EmbeddedServer::EmbeddedServer(const LocalInstance &local, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_local(local)
    , m_client(client)
    , m_config(local.config().server)
{
    Q_ASSERT(client);
}

EmbeddedServer::~EmbeddedServer()
{
    if (m_stopper)
        m_stopper->wait(); // at shutdown only
    if (m_server)
        m_server->stop();
}

void EmbeddedServer::start()
{
    startWith(m_config);
}

void EmbeddedServer::share(bool onLan)
{
    m_sharing = onLan;
    ServerConfig config = m_local.config().server;
    if (onLan)
        config.bindAddress = kEveryInterface;
    else if (isWildcardAddress(config.bindAddress))
        config.bindAddress = kLoopback;
    restartWith(config);
}

void EmbeddedServer::useEmbedded()
{
    m_inUse = true;
    if (m_port != 0)
        m_client->setServer(localUrl(), token());
}

void EmbeddedServer::useRemote()
{
    m_inUse = false;
}

QUrl EmbeddedServer::localUrl() const
{
    return m_port == 0 ? QUrl() : localServerUrl(m_config.bindAddress, m_port);
}

QByteArray EmbeddedServer::token() const
{
    return m_local.token().value();
}

void EmbeddedServer::startWith(const ServerConfig &config)
{
    m_config = config;
    m_port = 0;
    m_server = std::make_unique<ServerThread>();
    connect(m_server.get(), &ServerThread::listening, this, [this](quint16 port) {
        m_port = port;
        if (m_inUse)
            m_client->setServer(localUrl(), token());
        emit listening(port);
        if (m_sharing)
            emit sharedOnLan(port);
    });
    connect(m_server.get(), &ServerThread::failed, this, [this](const Error &error) { onFailed(error.message); });
    const DataDirectory &data = m_local.dataDirectory();
    // A busy port on loopback must not keep the window from working, so the app's own start
    // takes any free port then; a share is on the configured port or not at all.
    m_server->start(ServerSetup {
        config, m_local.token(), data.isDefault(), !m_sharing, DatabaseConfig { data.databasePath() }, data.path() });
}

void EmbeddedServer::onFailed(const QString &message)
{
    if (!m_sharing) {
        emit startFailed(message);
        return;
    }
    emit lanSharingFailed(
        tr("Sluice could not be shared on the LAN: %1 It serves this computer only again.").arg(message));
    share(false); // back to where it was safe
}

void EmbeddedServer::restartWith(const ServerConfig &config)
{
    m_next = config;
    if (m_stopper)
        return; // the restart under way starts m_next once the old server is gone
    if (!m_server) {
        startWith(config); // nothing to stop: not started yet
        return;
    }
    std::shared_ptr<ServerThread> old(m_server.release());
    old->disconnect();
    m_port = 0;
    m_stopper.reset(QThread::create([old] { old->stop(); }));
    connect(m_stopper.get(), &QThread::finished, this, [this, old]() mutable {
        old.reset(); // its thread has ended: deleting it does not wait
        m_stopper.reset();
        startWith(m_next);
    });
    m_stopper->start();
}

} // namespace sluice
