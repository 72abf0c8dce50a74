#pragma once

#include <memory>

#include <QTemporaryDir>
#include <QUrl>

#include "server/serverthread.h"

namespace sluice::test {

/// A real API server on 127.0.0.1, any free port, on its own thread, for a test's lifetime.
class TestServer final
{
public:
    /// A loopback config on port 0 (any free port): tests never rely on a fixed port.
    static ServerConfig loopbackConfig();

    explicit TestServer(ServerConfig config = loopbackConfig(), bool fallBackToAnyPort = false);
    ~TestServer();

    /// Starts it and waits for listening() or failed(); false (with error()) when it failed.
    bool start();

    QUrl url() const;
    quint16 port() const { return m_port; }
    QByteArray token() const { return m_token; }
    Error error() const { return m_error; }
    QString dataDirectory() const { return m_dataDirectory.path(); }
    DatabaseConfig database() const { return DatabaseConfig { m_dataDirectory.filePath(QStringLiteral("sluice.db")) }; }

private:
    ServerConfig m_config;
    bool m_fallBackToAnyPort;
    QByteArray m_token;
    QTemporaryDir m_dataDirectory;
    std::unique_ptr<ServerThread> m_thread;
    quint16 m_port = 0;
    Error m_error;
};

/// One raw HTTP/1.1 exchange over a fresh socket, for requests QNetworkAccessManager
/// will not send (a forged Host header, no Host at all).
struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};
RawResponse rawRequest(quint16 port, const QByteArray &request);

} // namespace sluice::test
