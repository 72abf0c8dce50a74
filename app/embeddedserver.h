#pragma once

#include <memory>

#include <QObject>
#include <QUrl>

#include "core/config/serverconfig.h"

class QThread;

namespace sluice {

class ApiClient;
class LocalInstance;
class ServerThread;

/// The desktop app's own API server: starts with the app on the configured address, and
/// "Share on LAN" restarts it on every interface at the configured port and back again.
/// While the app uses it (rather than a remote server), the ApiClient follows it to each new
/// address.
/// Thread: GUI; the ApiServer runs in its ServerThread. A restart stops the old server on a
/// helper thread (ServerThread::stop() waits), so the GUI thread never waits; the new one
/// starts once the old one has let go of the port. The LocalInstance and the ApiClient must
/// outlive it.
class EmbeddedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedServer)
public:
    EmbeddedServer(const LocalInstance &local, ApiClient *client, QObject *parent = nullptr);
    /// Stops the server, waiting for its thread (at shutdown only).
    ~EmbeddedServer() override;

    /// Starts on the configured address; answers with listening() or startFailed().
    void start();
    /// Restarts on every interface at the configured port (true) or on the configured address
    /// (false; loopback when the settings name a wildcard). Sharing never falls back to another
    /// port: colleagues and firewalls are told this one, so a busy port is an error.
    void share(bool onLan);

    /// Points the client at this server again (after a remote one).
    void useEmbedded();
    /// The client is pointed at a remote server: restarts here no longer move it.
    void useRemote();

    /// The port it listens on; 0 while starting, restarting or after a failure.
    quint16 port() const { return m_port; }
    /// The address it is bound (or being bound) to, e.g. "127.0.0.1" or "0.0.0.0".
    QString bindAddress() const { return m_config.bindAddress; }
    /// Sharing on the LAN was asked for and has not failed.
    bool isSharedOnLan() const { return m_sharing; }
    /// Where a client on this machine reaches it; invalid while it is not listening.
    QUrl localUrl() const;
    /// What clients must send, for the share dialog. Never log it.
    QByteArray token() const;

signals:
    /// Listening on `port`, after start() and after each restart.
    void listening(quint16 port);
    /// Listening on every interface: the moment to tell colleagues where and how to connect.
    void sharedOnLan(quint16 port);
    /// The server could not start on the configured address (already translated).
    void startFailed(const QString &message);
    /// Sharing on the LAN could not start (a busy port, for one); the server goes back to the
    /// configured address (already translated).
    void lanSharingFailed(const QString &message);

private:
    void startWith(const ServerConfig &config);
    void restartWith(const ServerConfig &config);
    void onFailed(const QString &message);

    const LocalInstance &m_local;
    ApiClient *m_client;
    ServerConfig m_config; // what the running (or starting) server was given
    ServerConfig m_next; // what the restart under way starts once the old server is gone
    std::unique_ptr<ServerThread> m_server;
    std::unique_ptr<QThread> m_stopper;
    quint16 m_port = 0;
    bool m_sharing = false;
    bool m_inUse = true; // the client points at it (not at a remote server)
};

} // namespace sluice
