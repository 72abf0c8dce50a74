#include "server/gate/gateconnection.h"

#include <sys/socket.h>

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>

#include "core/uploads/uploadchunk.h"
#include "server/apierror.h"
#include "server/gate/connectiongate.h"
#include "server/gate/gatesocket.h"
#include "server/gate/requesthead.h"
#include "server/logging.h"
#include "server/metrics/metrics.h"
#include "server/requestauthorizer.h"
#include "server/tus/tusheaders.h"
#include "server/tus/tusservice.h"

namespace sluice {

namespace {

using Status = QHttpServerResponse::StatusCode;

constexpr qint64 kStreamBlockBytes = 256 * 1024; // one read from the socket into the file
constexpr qint64 kStreamReadBuffer = 1024 * 1024; // the socket buffers at most this during a PATCH
constexpr int kLingerMs = 2000; // after a refusal, input is drained this long so the answer is read, not reset

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 421:
        return QByteArrayLiteral("Misdirected Request");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 460:
        return QByteArrayLiteral("Checksum Mismatch");
    case 507:
        return QByteArrayLiteral("Insufficient Storage");
    default:
        return status >= 500 ? QByteArrayLiteral("Internal Server Error") : QByteArrayLiteral("Error");
    }
}

QByteArray serialize(const ApiReply &reply)
{
    const int status = int(reply.status);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!reply.body.isEmpty())
        out += "Content-Type: " + reply.mimeType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "Connection: close\r\n\r\n";
    return out + reply.body;
}

bool isUploadPath(const QString &path)
{
    return path == QStringLiteral("/files") || path.startsWith(QStringLiteral("/files/"));
}

} // namespace

GateConnection::GateConnection(GateSocket &socket, ConnectionGate &gate)
    : QObject(&socket)
    , m_socket(socket)
    , m_gate(gate)
    , m_timer(this)
    , m_metrics(gate.metrics())
{
    m_timer.setSingleShot(true);
    if (m_metrics) {
        m_socket.setAnswerObserver(
            [metrics = m_metrics](const QByteArray &method, const QString &path, int status) {
                if (metrics)
                    metrics->countRequest(method, path, status);
            });
    }
    connect(&m_socket, &QTcpSocket::readyRead, this, &GateConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::bytesWritten, this, &GateConnection::onBytesWritten);
    connect(&m_socket, &QTcpSocket::disconnected, this, &GateConnection::onDisconnected);
    connect(&m_timer, &QTimer::timeout, this, &GateConnection::onTimeout);
    restartIdleTimer();
}

GateConnection::~GateConnection()
{
    setStreaming(false);
}

std::chrono::milliseconds GateConnection::idleTimeout() const
{
    return std::chrono::seconds(qMax(1, m_gate.config().limits.idleTimeoutSeconds));
}

void GateConnection::restartIdleTimer()
{
    // Runs on every read and write of a keep-alive connection: a timestamp, not a timer restart
    // (a timer unregistered and registered again each time); onTimeout() re-arms for what is left.
    m_lastActivity.start();
    if (!m_timer.isActive())
        m_timer.start(idleTimeout());
}

void GateConnection::onReadyRead()
{
    switch (m_phase) {
    case Phase::Released:
    case Phase::Finishing:
        return;
    case Phase::Closing:
        m_socket.skip(m_socket.bytesAvailable());
        return;
    case Phase::Streaming:
        restartIdleTimer();
        stream();
        return;
    case Phase::PassedOn:
        restartIdleTimer();
        if (m_socket.isTransactionStarted()) {
            // QtHttpServer is still reading this request's body; a chunked one is counted here,
            // since it has no Content-Length to check up front.
            m_bodySeen += m_socket.bytesAvailable();
            if (m_bodySeen > m_bodyLimit)
                refuse(Error { ErrorCode::TooLarge, tr("The request body is larger than %1 bytes.").arg(m_bodyLimit) },
                    413, false);
            return;
        }
        m_phase = Phase::AwaitingHead;
        [[fallthrough]];
    case Phase::AwaitingHead:
        examineHead();
        return;
    }
}

void GateConnection::onBytesWritten()
{
    if (m_phase == Phase::Closing) {
        if (m_socket.bytesToWrite() == 0)
            shutdownWrite();
        return;
    }
    if (m_phase == Phase::PassedOn || m_phase == Phase::AwaitingHead)
        restartIdleTimer();
}

void GateConnection::releaseTransaction()
{
    if (m_ownsTransaction) {
        m_socket.rollbackTransaction();
        m_ownsTransaction = false;
    }
}

void GateConnection::examineHead()
{
    releaseTransaction();
    const int maxHeaderBytes = m_gate.config().limits.maxHeaderBytes;
    const QByteArray data = m_socket.peek(maxHeaderBytes + 1);
    if (data.isEmpty())
        return;
    const qsizetype length = RequestHead::headLength(data);
    if (length < 0 && data.size() <= maxHeaderBytes) {
        // Incomplete: keep it from QtHttpServer (see the class comment) and start the head's clock
        // once, so a head sent a byte at a time still has to end in time (slowloris).
        m_socket.startTransaction();
        m_socket.skip(m_socket.bytesAvailable());
        m_ownsTransaction = true;
        if (!m_headStarted) {
            m_headStarted = true;
            restartIdleTimer();
        }
        return;
    }
    m_headStarted = false;
    if (length < 0 || length > maxHeaderBytes) {
        expectAnswerToUnreadHead();
        refuse(Error { ErrorCode::TooLarge, tr("The request head is larger than %1 bytes.").arg(maxHeaderBytes) }, 431,
            false);
        return;
    }
    auto head = RequestHead::parse(QByteArrayView(data).first(length));
    if (!head) {
        expectAnswerToUnreadHead();
        refuse(head.error(), head.error().code == ErrorCode::TooLarge ? 431 : 400, false);
        return;
    }
    m_socket.expectAnswer(head->method, head->path);
    const bool upload = isUploadPath(head->path);
    if (upload) {
        const RequestAuthorizer &authorizer = m_gate.authorizer();
        if (auto host = authorizer.checkHost(head->value("host")); !host) {
            refuse(host.error(), int(httpStatus(host.error().code)), true);
            return;
        }
        if (auto token = authorizer.checkToken(head->value("authorization")); !token) {
            refuse(token.error(), 401, true);
            return;
        }
    }
    const bool patch = head->method == "PATCH";
    if (patch && (head->chunked || head->contentLength < 0)) {
        refuse(
            Error { ErrorCode::InvalidInput, tr("A PATCH needs a Content-Length; chunked bodies are not accepted.") },
            411, upload);
        return;
    }
    m_bodyLimit = upload ? m_gate.config().limits.maxChunkBytes : m_gate.config().maxRequestBodyBytes;
    if (head->contentLength > m_bodyLimit) {
        refuse(Error { ErrorCode::TooLarge,
                   tr("The request body has %1 bytes; at most %2 are accepted here.")
                       .arg(head->contentLength)
                       .arg(m_bodyLimit) },
            413, upload);
        return;
    }
    if (patch && upload && head->path.startsWith(QStringLiteral("/files/")) && m_gate.tus()) {
        takeOverPatch(*head, length);
        return;
    }
    passOn(*head, length);
}

void GateConnection::passOn(const RequestHead &head, qsizetype headLength)
{
    if (head.expectsContinue() && (head.contentLength > 0 || head.chunked))
        m_socket.write("HTTP/1.1 100 Continue\r\n\r\n");
    m_bodySeen = m_socket.bytesAvailable() - headLength;
    if (head.isWebSocketUpgrade()) {
        // From here on the socket speaks WebSocket and belongs to QtHttpServer's WebSocket server.
        m_phase = Phase::Released;
        m_timer.stop();
        return;
    }
    m_phase = Phase::PassedOn;
    restartIdleTimer();
    // QtHttpServer 6.4 reads one request per readyRead: a pipelined one already here would wait
    // for more input. (One that comes later brings its own readyRead.)
    if (head.chunked || m_socket.bytesAvailable() > headLength + qMax(head.contentLength, qint64(0)))
        QMetaObject::invokeMethod(this, &GateConnection::checkPipelined, Qt::QueuedConnection);
}

void GateConnection::checkPipelined()
{
    if (m_phase == Phase::PassedOn && !m_socket.isTransactionStarted() && m_socket.bytesAvailable() > 0)
        emit m_socket.readyRead();
}

void GateConnection::takeOverPatch(const RequestHead &head, qsizetype headLength)
{
    detachFromHttp();
    m_socket.skip(headLength);
    TusPatchHead patch { head.path.section(QLatin1Char('/'), 2), head.contentLength, head.value("tus-resumable"),
        head.value("content-type"), head.value("upload-offset"), head.value("upload-length"),
        head.value("upload-checksum") };
    if (patch.id.contains(QLatin1Char('/')))
        patch.id.clear();
    auto chunk = m_gate.tus()->beginPatch(patch);
    if (!chunk) {
        answerAndClose(chunk.error());
        return;
    }
    auto checksum = TusHeaders::parseChecksum(patch.uploadChecksum);
    m_expectedDigest = checksum && *checksum ? (*checksum)->digest : QByteArray();
    m_chunk = std::move(*chunk);
    m_remaining = head.contentLength;
    m_phase = Phase::Streaming;
    setStreaming(true);
    if (head.expectsContinue() && m_remaining > 0)
        m_socket.write("HTTP/1.1 100 Continue\r\n\r\n");
    // Bounded memory: the socket holds at most this much; TCP flow control slows the sender.
    m_socket.setReadBufferSize(kStreamReadBuffer);
    restartIdleTimer();
    stream();
}

void GateConnection::stream()
{
    if (m_block.isEmpty())
        m_block.resize(kStreamBlockBytes);
    qint64 streamed = 0;
    while (m_remaining > 0 && m_socket.bytesAvailable() > 0) {
        const qint64 read = m_socket.read(m_block.data(), qMin(m_remaining, kStreamBlockBytes));
        if (read <= 0)
            break;
        if (auto written = m_chunk->write(QByteArrayView(m_block.constData(), read)); !written) {
            m_chunk.reset();
            answerAndClose(ApiReply::error(written.error()));
            return;
        }
        m_remaining -= read;
        streamed += read;
    }
    if (m_metrics)
        m_metrics->addUploadBytes(streamed);
    if (m_chunk)
        m_gate.tus()->chunkProgressed(*m_chunk);
    if (m_remaining == 0)
        finishStream();
}

void GateConnection::setStreaming(bool streaming)
{
    if (!m_metrics || streaming == m_countedStreaming)
        return;
    m_countedStreaming = streaming;
    if (streaming)
        m_metrics->uploadStarted();
    else
        m_metrics->uploadFinished();
}

void GateConnection::finishStream()
{
    setStreaming(false);
    m_block = QByteArray();
    m_phase = Phase::Finishing;
    m_timer.stop();
    QPointer<GateConnection> self(this);
    m_gate.tus()->finishPatch(std::move(m_chunk), m_expectedDigest, [self](const ApiReply &reply) {
        if (self) // the client may have gone; the chunk is committed all the same
            self->answerAndClose(reply);
    });
}

void GateConnection::onDisconnected()
{
    if (m_phase != Phase::Streaming || !m_chunk)
        return;
    stream();
    // An interrupted PATCH keeps what arrived (tus: the client resumes from HEAD's offset),
    // unless a checksum was promised for the whole chunk, which cannot be checked now.
    if (m_phase == Phase::Streaming && m_chunk && m_chunk->written() > 0 && m_expectedDigest.isEmpty())
        m_gate.tus()->finishPatch(std::move(m_chunk), QByteArray(), [](const ApiReply &) {});
    m_chunk.reset();
    setStreaming(false);
}

void GateConnection::onTimeout()
{
    if (m_phase != Phase::Closing) {
        const auto left = idleTimeout() - std::chrono::milliseconds(m_lastActivity.elapsed());
        if (left.count() > 0) {
            m_timer.start(left); // there was activity since the timer was started
            return;
        }
    }
    switch (m_phase) {
    case Phase::AwaitingHead:
        if (m_headStarted) {
            m_headStarted = false;
            expectAnswerToUnreadHead();
            refuse(Error { ErrorCode::Timeout,
                       tr("The request head did not arrive within %n second(s).", nullptr,
                           m_gate.config().limits.idleTimeoutSeconds) },
                408, false);
            return;
        }
        qCDebug(lcHttp) << "closing an idle connection";
        m_socket.disconnectFromHost();
        return;
    case Phase::PassedOn:
        qCDebug(lcHttp) << "closing an idle connection";
        detachFromHttp();
        m_socket.disconnectFromHost();
        return;
    case Phase::Streaming:
        qCInfo(lcHttp) << "a PATCH body stalled; closing its connection";
        m_socket.abort();
        return;
    case Phase::Closing:
        m_socket.abort();
        return;
    case Phase::Released:
    case Phase::Finishing:
        return;
    }
}

void GateConnection::detachFromHttp()
{
    releaseTransaction();
    QObject::disconnect(&m_socket, &QTcpSocket::readyRead, &m_gate.http(), nullptr);
}

void GateConnection::refuse(const Error &error, int status, bool tusPath)
{
    qCDebug(lcHttp) << "gate refused a request:" << status << error.message;
    ApiReply reply = ApiReply::error(error);
    reply.status = Status(status);
    if (tusPath)
        TusHeaders::addResumable(reply);
    answerAndClose(reply);
}

void GateConnection::expectAnswerToUnreadHead()
{
    m_socket.expectAnswer(QByteArray(), QString());
}

void GateConnection::answerAndClose(const ApiReply &reply)
{
    detachFromHttp();
    m_chunk.reset();
    setStreaming(false);
    m_block = QByteArray();
    m_phase = Phase::Closing;
    m_socket.setReadBufferSize(kStreamReadBuffer);
    m_socket.write(serialize(reply));
    m_socket.flush();
    if (m_socket.bytesToWrite() == 0)
        shutdownWrite();
    m_socket.skip(m_socket.bytesAvailable());
    m_timer.start(kLingerMs);
}

void GateConnection::shutdownWrite()
{
    // A half-close, not close(): closing with unread input would send a reset that can destroy
    // the answer before the client reads it. The client closes, or the linger timer aborts.
    if (m_writeShut || m_socket.socketDescriptor() < 0)
        return;
    m_writeShut = true;
    ::shutdown(int(m_socket.socketDescriptor()), SHUT_WR);
}

} // namespace sluice
