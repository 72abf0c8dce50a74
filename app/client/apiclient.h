#pragma once

#include <functional>
#include <utility>

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

#include "core/error.h"

class QIODevice;
class QNetworkReply;

namespace sluice {

/// REST client for a Sluice server, local or remote: adds the token, applies a timeout, and
/// turns HTTP and JSON errors into readable Errors. The GUI reaches data only through it.
/// Thread: the thread that created it (the GUI thread); all calls are asynchronous. Answers are
/// decoded on a thread of its own (a dataset's statistics are up to a megabyte of JSON) and
/// handed back in the order their requests finished.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    using JsonHandler = std::function<void(const Result<QJsonObject> &)>;
    using DoneHandler = std::function<void(const Result<void> &)>;
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit ApiClient(QObject *parent = nullptr);

    void setServer(const QUrl &baseUrl, const QByteArray &token);
    QUrl baseUrl() const { return m_baseUrl; }
    bool hasServer() const { return m_baseUrl.isValid(); }
    /// The access token, for the event socket's handshake; never log it.
    QByteArray token() const { return m_token; }
    /// `path` (e.g. "/files/abc") on the current server.
    QUrl url(const QString &path) const;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    /// GETs `path` (e.g. "/api/v1/info") and calls `handler` with the JSON object or the
    /// error, unless `context` has been destroyed by then.
    void getJson(const QString &path, const QObject *context, JsonHandler handler);
    /// POSTs `body` as JSON; the answer is decoded like getJson's (204 gives an empty object).
    void postJson(const QString &path, const QJsonObject &body, const QObject *context, JsonHandler handler);
    /// PATCHes `body` as JSON (e.g. a dataset rename); decoded like getJson's.
    void patchJson(const QString &path, const QJsonObject &body, const QObject *context, JsonHandler handler);
    /// DELETEs `path`; any 2xx is success, whatever the body.
    void deleteResource(const QString &path, const QObject *context, DoneHandler handler);

    /// Sends one request as given (verb such as "HEAD", "PATCH", "OPTIONS") with the token,
    /// the timeout (of inactivity, so long bodies are fine) and `headers`, streaming `body`
    /// when there is one. The caller owns the reply (deleteLater it once finished) and the
    /// body device, which must outlive the reply (parent it to the reply). Used by the tus
    /// uploader, whose answers carry their meaning in headers rather than JSON. `timeout`
    /// replaces the client's for this request when longer (a request the server answers slowly).
    QNetworkReply *sendRaw(const QByteArray &verb, const QString &path, const Headers &headers,
        QIODevice *body = nullptr, std::chrono::milliseconds timeout = std::chrono::milliseconds::zero());

    /// The HTTP status of a finished reply; 0 when the server was not reached.
    static int statusOf(QNetworkReply *reply);
    /// The readable error for a finished reply that failed (no answer, or a status outside
    /// 2xx): the server's {"error"} message when `body` has one, else what Qt says.
    static Error replyError(QNetworkReply *reply, const QByteArray &body);
    /// The readable error for an answer with `status` outside 2xx to a request for `url`: the
    /// server's {"error"} message when `body` has one, else the status. (For answers that did
    /// not come through QNetworkAccessManager: the tus uploader's PATCHes.)
    static Error statusError(int status, const QByteArray &body, const QUrl &url);

signals:
    void serverChanged(const QUrl &baseUrl);

private:
    QNetworkRequest request(const QString &path) const;
    void sendJson(const QByteArray &verb, const QString &path, const QJsonObject &body, const QObject *context,
        JsonHandler handler);
    /// Reads a finished JSON answer, decodes it on m_decoder and calls `handler` on this thread
    /// if `context` is still there.
    void deliverJson(QNetworkReply *reply, QPointer<const QObject> context, JsonHandler handler);

    QThreadPool m_decoder; // one thread, so answers come back in the order they finished
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QByteArray m_token;
    std::chrono::milliseconds m_timeout { 15000 };
};

} // namespace sluice
