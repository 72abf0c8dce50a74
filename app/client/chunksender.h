#pragma once

#include <chrono>
#include <functional>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include "app/client/apiclient.h"
#include "app/client/httpresponseparser.h"
#include "core/error.h"

class QTcpSocket;

namespace sluice {

/// Sends one tus PATCH at a time, its body from memory, over a socket of its own (TLS for
/// https, with Qt's default certificate checks, as ApiClient's QNetworkAccessManager makes
/// them) and keeps the connection for the next PATCH when the server allows it.
/// Why not QNetworkAccessManager: it feeds its socket 16 KiB at a time, and only while less
/// than 32 KiB waits (Qt's QHttpProtocolHandler::sendRequest), one event-loop turn per piece:
/// about 65,000 turns and small writes per GiB. This hands the socket 1 MiB pieces while
/// less than 4 MiB waits, about 1,000 per GiB.
/// Thread: the thread that created it (the GUI thread, with its TusUploader). Owner: the
/// TusUploader.
class ChunkSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkSender)
public:
    using Handler = std::function<void(const Result<HttpResponse> &)>;

    static constexpr qint64 kPieceBytes = 1024 * 1024;
    static constexpr qint64 kMaxQueuedBytes = 4 * kPieceBytes;

    explicit ChunkSender(QObject *parent = nullptr);
    ~ChunkSender() override;

    /// PATCHes `body` to `url` with `headers` (Host and Content-Length are added). `handler`
    /// gets the server's answer, whatever its status, or why there was none: it is called once,
    /// unless abort() comes first. `timeout` is of inactivity: no byte out or in for that long.
    /// One request at a time.
    void send(const QUrl &url, const ApiClient::Headers &headers, const QByteArray &body,
        std::chrono::milliseconds timeout, Handler handler);
    /// Drops the request in flight, and its connection; its handler is not called.
    void abort();
    bool isSending() const { return bool(m_handler); }
    /// Connections opened so far; a kept-alive one is counted once.
    int connectionsOpened() const { return m_connectionsOpened; }

signals:
    /// Body bytes the socket has passed on to the system, as QNetworkReply::uploadProgress.
    void uploadProgress(qint64 sent, qint64 total);

private:
    void start(quint64 request);
    void connectSocket();
    void dropSocket();
    void writeRequest();
    void fill();
    void reportProgress();
    qint64 pendingBytes() const;
    void onReadyRead();
    /// Feeds the parser; false when the answer is unreadable (the request has failed).
    bool take(const QByteArray &bytes);
    void onClosed();
    void onSocketError();
    void onTimeout();
    void fail(const Error &error);
    void finish(const Result<HttpResponse> &answer);
    bool retryOnNewConnection();
    QString serverName() const;
    Error networkError(const QString &why) const;

    QTcpSocket *m_socket = nullptr; // deleted later, never inside its own signal
    QUrl m_connectedTo; // scheme, host and port of m_socket
    bool m_reused = false; // the request went out on a connection an earlier one used
    int m_connectionsOpened = 0;

    quint64 m_request = 0; // counts send() calls; a queued start() of an earlier one is ignored
    QUrl m_url;
    QByteArray m_head;
    QByteArray m_body;
    qint64 m_queued = 0; // bytes of head and body handed to the socket
    qint64 m_reported = -1;
    HttpResponseParser m_parser;
    Handler m_handler;
    bool m_started = false; // start() ran: events of the socket concern this request

    std::chrono::milliseconds m_timeout { 0 };
    QElapsedTimer m_lastActivity;
    QTimer m_timer;
};

} // namespace sluice
