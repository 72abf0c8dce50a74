#include "server/apireply.h"

#include <QJsonDocument>

#include "server/apierror.h"

namespace sluice {

ApiReply ApiReply::json(const QJsonObject &object, QHttpServerResponse::StatusCode status)
{
    return ApiReply { status, QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact),
                      {} };
}

ApiReply ApiReply::error(const Error &error)
{
    ApiReply reply = json(errorBody(error), httpStatus(error.code));
    if (error.code == ErrorCode::Unauthorized)
        reply.headers.append({ QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"sluice\"") });
    return reply;
}

ApiReply ApiReply::from(const Result<QJsonObject> &result)
{
    return result ? json(*result) : error(result.error());
}

QHttpServerResponse ApiReply::toResponse() const
{
    QHttpServerResponse response(mimeType, body, status);
    for (const auto &[name, value] : headers)
        response.addHeader(name, value);
    return response;
}

} // namespace sluice
