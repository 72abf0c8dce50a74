#include "app/client/chunksender.h"

#include <utility>

#include <QSslSocket>
#include <QTcpSocket>

#include "app/client/logging.h"

namespace sluice {

namespace {

bool isTls(const QUrl &url)
{
    return url.scheme() == QStringLiteral("https");
}

// The Host field for `url`: an IPv6 address in brackets, the port unless it is the scheme's own.
QByteArray hostField(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port();
    if (port >= 0 && port != (isTls(url) ? 443 : 80))
        host += ':' + QByteArray::number(port);
    return host;
}

// Scheme, host and port: what a connection is to.
QUrl origin(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

bool isFieldSafe(const QByteArray &text)
{
    return !text.contains('\r') && !text.contains('\n');
}

} // namespace

ChunkSender::ChunkSender(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ChunkSender::onTimeout);
}

ChunkSender::~ChunkSender()
{
    dropSocket();
}

void ChunkSender::send(const QUrl &url, const ApiClient::Headers &headers, const QByteArray &body,
    std::chrono::milliseconds timeout, Handler handler)
{
    Q_ASSERT(!isSending() && handler);
    m_url = url;
    m_body = body;
    m_handler = std::move(handler);
    m_timeout = timeout;
    m_parser = HttpResponseParser();
    m_started = false;
    m_queued = 0;
    m_reported = -1;

    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    m_head = "PATCH " + target + " HTTP/1.1\r\nHost: " + hostField(url) + "\r\n";
    for (const auto &[name, value] : headers) {
        Q_ASSERT(isFieldSafe(name) && isFieldSafe(value));
        m_head += name + ": " + value + "\r\n";
    }
    m_head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";

    m_lastActivity.start();
    m_timer.start(m_timeout);
    // Started from the event loop, so that the handler never runs inside send().
    QMetaObject::invokeMethod(
        this, [this, request = ++m_request] { start(request); }, Qt::QueuedConnection);
}

void ChunkSender::start(quint64 request)
{
    if (request != m_request || !m_handler)
        return; // aborted, or replaced by a later request
    m_started = true;
    if (m_url.scheme() != QStringLiteral("http") && !isTls(m_url)) {
        fail(Error {
            ErrorCode::Unsupported, tr("Cannot upload to %1: only http and https are supported.").arg(serverName()) });
        return;
    }
    if (m_socket && m_connectedTo == origin(m_url) && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_reused = true;
        writeRequest();
        return;
    }
    dropSocket();
    connectSocket();
}

void ChunkSender::abort()
{
    m_timer.stop();
    m_handler = nullptr;
    dropSocket();
    m_body = QByteArray();
}

void ChunkSender::connectSocket()
{
    m_connectedTo = origin(m_url);
    m_reused = false;
    ++m_connectionsOpened;
    const quint16 port = quint16(m_url.port(isTls(m_url) ? 443 : 80));
    if (isTls(m_url)) {
        auto *tls = new QSslSocket;
        m_socket = tls;
        connect(tls, &QSslSocket::encrypted, this, &ChunkSender::writeRequest);
    } else {
        m_socket = new QTcpSocket;
        connect(m_socket, &QTcpSocket::connected, this, &ChunkSender::writeRequest);
    }
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ChunkSender::fill);
    connect(m_socket, &QTcpSocket::readyRead, this, &ChunkSender::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &ChunkSender::onClosed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ChunkSender::onSocketError);
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket))
        tls->connectToHostEncrypted(m_url.host(), port); // peer verified against this name
    else
        m_socket->connectToHost(m_url.host(), port);
}

// Sockets are only ever deleted later: this may run inside one of the socket's own signals
// (a handler that pauses the upload, or deletes it), and the socket still works after those.
void ChunkSender::dropSocket()
{
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    m_connectedTo.clear();
    if (!socket)
        return;
    QObject::disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

void ChunkSender::writeRequest()
{
    // The head goes out at once rather than waiting for a full segment's worth of body.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_socket->write(m_head) != m_head.size()) {
        fail(networkError(m_socket->errorString()));
        return;
    }
    m_queued = m_head.size();
    fill();
}

// Keeps a few pieces queued in the socket: enough that it never runs dry between two turns of
// the event loop, few enough that a pause drops little and progress stays close to the truth.
void ChunkSender::fill()
{
    if (!m_handler || !m_socket || m_queued == 0)
        return;
    m_lastActivity.start();
    const qint64 total = m_head.size() + m_body.size();
    while (m_queued < total && pendingBytes() < kMaxQueuedBytes) {
        const qint64 offset = m_queued - m_head.size();
        const qint64 piece = qMin(kPieceBytes, m_body.size() - offset);
        const qint64 written = m_socket->write(m_body.constData() + offset, piece);
        if (written <= 0) {
            fail(networkError(m_socket->errorString()));
            return;
        }
        m_queued += written;
    }
    reportProgress();
}

void ChunkSender::reportProgress()
{
    const qint64 flushed = m_queued - pendingBytes();
    const qint64 sent = qBound<qint64>(0, flushed - m_head.size(), m_body.size());
    if (sent == m_reported)
        return;
    m_reported = sent;
    emit uploadProgress(sent, m_body.size());
}

qint64 ChunkSender::pendingBytes() const
{
    if (!m_socket)
        return 0;
    const auto *tls = qobject_cast<const QSslSocket *>(m_socket);
    return m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

void ChunkSender::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (!m_handler || !m_started) {
        dropSocket(); // an idle connection must stay silent; this one cannot carry a request
        return;
    }
    m_lastActivity.start();
    if (take(bytes) && m_parser.isComplete())
        finish(m_parser.response());
}

bool ChunkSender::take(const QByteArray &bytes)
{
    if (auto complete = m_parser.feed(bytes); !complete) {
        fail(Error { complete.error().code,
            tr("The server at %1 sent an answer this client cannot read: %2.")
                .arg(serverName(), complete.error().message) });
        return false;
    }
    return true;
}

void ChunkSender::onClosed()
{
    if (!m_handler || !m_started) {
        dropSocket(); // the server closed an idle connection
        return;
    }
    if (!take(m_socket->readAll()) || retryOnNewConnection())
        return;
    if (auto ended = m_parser.finishAtEnd(); !ended) {
        fail(Error { ended.error().code,
            tr("No complete answer from the server at %1: %2.").arg(serverName(), ended.error().message) });
        return;
    }
    finish(m_parser.response());
}

void ChunkSender::onSocketError()
{
    // The server closing its end is not a failure by itself: an answer may run to the end of the
    // connection, or have arrived complete just before.
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onClosed();
        return;
    }
    if (!m_handler || !m_started) {
        dropSocket(); // an idle connection failed; the next request opens another
        return;
    }
    if (retryOnNewConnection())
        return;
    fail(networkError(m_socket->errorString()));
}

void ChunkSender::onTimeout()
{
    if (!m_handler)
        return;
    const auto left = m_timeout - std::chrono::milliseconds(m_lastActivity.elapsed());
    if (left.count() > 0) {
        m_timer.start(left); // there was activity since the timer was started
        return;
    }
    fail(Error { ErrorCode::Timeout,
        tr("The server at %1 did not take or answer the upload for %2 s.")
            .arg(serverName())
            .arg(double(m_timeout.count()) / 1000.0) });
}

// A kept-alive connection can have been closed by the server just as this request went out;
// then it never saw the request (no answer began), and it goes again on a new connection, once.
bool ChunkSender::retryOnNewConnection()
{
    if (!m_reused || m_parser.hasStarted())
        return false;
    qCDebug(lcClient) << "kept-alive connection to" << serverName() << "closed; sending on a new one";
    dropSocket();
    m_parser = HttpResponseParser();
    m_queued = 0;
    connectSocket();
    return true;
}

void ChunkSender::fail(const Error &error)
{
    finish(tl::unexpected(error));
}

void ChunkSender::finish(const Result<HttpResponse> &answer)
{
    m_timer.stop();
    if (answer)
        reportProgress();
    const bool allSent = m_queued == m_head.size() + m_body.size() && pendingBytes() == 0;
    const bool reusable = answer && answer->keepsAlive && allSent && m_parser.excess() == 0 && m_socket
        && m_socket->state() == QAbstractSocket::ConnectedState;
    if (!reusable)
        dropSocket();
    m_body = QByteArray();
    m_started = false; // from here on, the socket's events are those of an idle connection
    // The handler runs in a turn of its own, outside the socket's signals: it may send the next
    // chunk, abort, delete this sender or wait in a nested event loop (tests do), and the socket
    // must not be deleted under a signal it is still emitting.
    QMetaObject::invokeMethod(
        this,
        [this, request = m_request, answer] {
            if (request != m_request || !m_handler)
                return; // aborted meanwhile
            const Handler handler = std::exchange(m_handler, nullptr);
            handler(answer);
        },
        Qt::QueuedConnection);
}

QString ChunkSender::serverName() const
{
    return origin(m_url).toString();
}

Error ChunkSender::networkError(const QString &why) const
{
    return Error { ErrorCode::Network, tr("Cannot reach the server at %1: %2").arg(serverName(), why) };
}

} // namespace sluice
