#include "support/testserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace sluice::test {

namespace {
const QByteArray kTestToken(64, 'f');
}

ServerConfig TestServer::loopbackConfig()
{
    ServerConfig config;
    config.bindAddress = QStringLiteral("127.0.0.1");
    config.port = 0;
    return config;
}

TestServer::TestServer(ServerConfig config, bool fallBackToAnyPort)
    : m_config(std::move(config))
    , m_fallBackToAnyPort(fallBackToAnyPort)
    , m_token(kTestToken)
{
}

TestServer::~TestServer() = default;

bool TestServer::start()
{
    m_thread = std::make_unique<ServerThread>();
    QSignalSpy listening(m_thread.get(), &ServerThread::listening);
    QSignalSpy failed(m_thread.get(), &ServerThread::failed);
    m_thread->start(ServerSetup { m_config, AccessToken(m_token), false, m_fallBackToAnyPort, database(),
                                  m_dataDirectory.path() });
    if (!QTest::qWaitFor([&] { return !listening.isEmpty() || !failed.isEmpty(); }, 10000))
        return false;
    if (!failed.isEmpty()) {
        m_error = failed.first().first().value<Error>();
        return false;
    }
    m_port = listening.first().first().value<quint16>();
    return true;
}

QUrl TestServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

RawResponse rawRequest(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    RawResponse response;
    if (!socket.waitForConnected(5000))
        return response;
    socket.write(request);
    QByteArray received;
    // Read until the head and the whole Content-Length body are in (the server keeps the connection open).
    while (socket.waitForReadyRead(5000)) {
        received += socket.readAll();
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            continue;
        response.head = received.first(headEnd);
        qsizetype length = 0;
        for (const QByteArray &line : response.head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (received.size() >= headEnd + 4 + length) {
            response.body = received.mid(headEnd + 4, length);
            break;
        }
    }
    const QList<QByteArray> statusLine = response.head.split(' ');
    if (statusLine.size() > 1)
        response.status = statusLine.at(1).toInt();
    return response;
}

} // namespace sluice::test
