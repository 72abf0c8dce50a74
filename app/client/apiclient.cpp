#include "app/client/apiclient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

#include "app/client/logging.h"

namespace sluice {

namespace {

ErrorCode codeForStatus(int status)
{
    switch (status) {
    case 400:
        return ErrorCode::InvalidInput;
    case 401:
        return ErrorCode::Unauthorized;
    case 403:
        return ErrorCode::Forbidden;
    case 404:
        return ErrorCode::NotFound;
    case 409:
        return ErrorCode::Conflict;
    case 413:
        return ErrorCode::TooLarge;
    case 415:
        return ErrorCode::Unsupported;
    case 421:
        return ErrorCode::MisdirectedRequest;
    case 429:
    case 503:
        return ErrorCode::Busy;
    default:
        return status >= 500 ? ErrorCode::Internal : ErrorCode::InvalidInput;
    }
}

// The JSON object of a 2xx answer's body (204 No Content: an empty one).
Result<QJsonObject> decodeBody(int status, const QByteArray &body, const QString &path)
{
    if (status == 204)
        return QJsonObject(); // No Content: success with nothing to say
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::InvalidInput, ApiClient::tr("The server's answer to %1 is not a JSON object.").arg(path));
    return document.object();
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    m_decoder.setObjectName(QStringLiteral("sluice-api-decoder"));
    m_decoder.setMaxThreadCount(1);
}

void ApiClient::deliverJson(QNetworkReply *reply, QPointer<const QObject> context, JsonHandler handler)
{
    reply->deleteLater();
    const int status = statusOf(reply);
    QByteArray body = reply->readAll();
    std::optional<Error> failed;
    if (status < 200 || status >= 300)
        failed = replyError(reply, body); // a small body, and it needs the reply
    QtConcurrent::run(&m_decoder,
        [status, body = std::move(body), failed, path = reply->url().path()]() -> Result<QJsonObject> {
            if (failed)
                return tl::unexpected(*failed);
            return decodeBody(status, body, path);
        })
        .then(this, [context, handler = std::move(handler)](const Result<QJsonObject> &decoded) {
            if (context)
                handler(decoded);
        });
}

void ApiClient::setServer(const QUrl &baseUrl, const QByteArray &token)
{
    m_baseUrl = baseUrl;
    m_token = token;
    qCInfo(lcClient) << "using server" << baseUrl.toString();
    emit serverChanged(baseUrl);
}

QUrl ApiClient::url(const QString &path) const
{
    // `path` may carry a query ("/api/v1/tasks?type=import"): setPath() alone would encode its '?'.
    QUrl url = m_baseUrl;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1), QUrl::StrictMode);
    return url;
}

int ApiClient::statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

Error ApiClient::replyError(QNetworkReply *reply, const QByteArray &body)
{
    const int status = statusOf(reply);
    if (status == 0) {
        const ErrorCode code
            = reply->error() == QNetworkReply::OperationCanceledError ? ErrorCode::Timeout : ErrorCode::Network;
        return Error { code,
            tr("Cannot reach the server at %1: %2")
                .arg(reply->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString(), reply->errorString()) };
    }
    return statusError(status, body, reply->url());
}

Error ApiClient::statusError(int status, const QByteArray &body, const QUrl &url)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString();
    return Error { codeForStatus(status),
        message.isEmpty() ? tr("The server answered %1 to %2.").arg(status).arg(url.path()) : message };
}

QNetworkRequest ApiClient::request(const QString &path) const
{
    QNetworkRequest request(url(path));
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(int(m_timeout.count()));
    return request;
}

void ApiClient::getJson(const QString &path, const QObject *context, JsonHandler handler)
{
    QNetworkReply *reply = m_network.get(request(path));
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, guard = QPointer<const QObject>(context), handler = std::move(handler)] {
            deliverJson(reply, guard, handler);
        });
}

void ApiClient::postJson(const QString &path, const QJsonObject &body, const QObject *context, JsonHandler handler)
{
    sendJson(QByteArrayLiteral("POST"), path, body, context, std::move(handler));
}

void ApiClient::patchJson(const QString &path, const QJsonObject &body, const QObject *context, JsonHandler handler)
{
    sendJson(QByteArrayLiteral("PATCH"), path, body, context, std::move(handler));
}

void ApiClient::sendJson(
    const QByteArray &verb, const QString &path, const QJsonObject &body, const QObject *context, JsonHandler handler)
{
    QNetworkRequest json = request(path);
    json.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(json, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, guard = QPointer<const QObject>(context), handler = std::move(handler)] {
            deliverJson(reply, guard, handler);
        });
}

void ApiClient::deleteResource(const QString &path, const QObject *context, DoneHandler handler)
{
    QNetworkReply *reply = m_network.deleteResource(request(path));
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, guard = QPointer<const QObject>(context), handler = std::move(handler)] {
            reply->deleteLater();
            const int status = statusOf(reply);
            Result<void> done;
            if (status < 200 || status >= 300)
                done = tl::unexpected(replyError(reply, reply->readAll()));
            // Through the decoder's queue all the same, so it is not handed back before an answer
            // that finished earlier.
            QtConcurrent::run(&m_decoder, [done] { return done; })
                .then(this, [guard, handler](const Result<void> &result) {
                    if (guard)
                        handler(result);
                });
        });
}

QNetworkReply *ApiClient::sendRaw(const QByteArray &verb, const QString &path, const Headers &headers, QIODevice *body,
    std::chrono::milliseconds timeout)
{
    QNetworkRequest raw = request(path);
    if (timeout > m_timeout)
        raw.setTransferTimeout(int(timeout.count()));
    for (const auto &[name, value] : headers)
        raw.setRawHeader(name, value);
    if (verb == "HEAD")
        return m_network.head(raw);
    if (body)
        return m_network.sendCustomRequest(raw, verb, body);
    return m_network.sendCustomRequest(raw, verb, QByteArray());
}

} // namespace sluice
