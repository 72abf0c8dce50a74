#include "app/client/apiclient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>

#include "app/client/logging.h"

namespace sluice {

namespace {

ErrorCode codeForStatus(int status)
{
    switch (status) {
    case 400: return ErrorCode::InvalidInput;
    case 401: return ErrorCode::Unauthorized;
    case 403: return ErrorCode::Forbidden;
    case 404: return ErrorCode::NotFound;
    case 409: return ErrorCode::Conflict;
    case 413: return ErrorCode::TooLarge;
    case 415: return ErrorCode::Unsupported;
    case 421: return ErrorCode::MisdirectedRequest;
    case 429:
    case 503: return ErrorCode::Busy;
    default: return status >= 500 ? ErrorCode::Internal : ErrorCode::InvalidInput;
    }
}

// The server's {"error": {"code", "message"}} body when there is one, else what Qt says.
Result<QJsonObject> decodeReply(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        const ErrorCode code = reply->error() == QNetworkReply::OperationCanceledError ? ErrorCode::Timeout
                                                                                       : ErrorCode::Network;
        return fail(code, ApiClient::tr("Cannot reach the server at %1: %2")
                              .arg(reply->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString(),
                                   reply->errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (status >= 200 && status < 300) {
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return fail(ErrorCode::InvalidInput,
                        ApiClient::tr("The server's answer to %1 is not a JSON object.").arg(reply->url().path()));
        return document.object();
    }
    const QJsonObject error = document.object().value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString();
    return fail(codeForStatus(status),
                message.isEmpty() ? ApiClient::tr("The server answered %1 to %2.").arg(status).arg(reply->url().path())
                                  : message);
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
}

void ApiClient::setServer(const QUrl &baseUrl, const QByteArray &token)
{
    m_baseUrl = baseUrl;
    m_token = token;
    qCInfo(lcClient) << "using server" << baseUrl.toString();
    emit serverChanged(baseUrl);
}

QNetworkRequest ApiClient::request(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(int(m_timeout.count()));
    return request;
}

void ApiClient::getJson(const QString &path, const QObject *context, JsonHandler handler)
{
    QNetworkReply *reply = m_network.get(request(path));
    QPointer<const QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, handler = std::move(handler)] {
        reply->deleteLater();
        if (guard)
            handler(decodeReply(reply));
    });
}

} // namespace sluice
