#include "server/apierror.h"

#include <QJsonDocument>

namespace sluice {

using Status = QHttpServerResponse::StatusCode;

Status httpStatus(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput: return Status::BadRequest;
    case ErrorCode::Unauthorized: return Status::Unauthorized;
    case ErrorCode::Forbidden: return Status::Forbidden;
    case ErrorCode::MisdirectedRequest: return Status::MisdirectedRequest;
    case ErrorCode::NotFound: return Status::NotFound;
    case ErrorCode::Conflict: return Status::Conflict;
    case ErrorCode::TooLarge: return Status::PayloadTooLarge;
    case ErrorCode::Unsupported: return Status::UnsupportedMediaType;
    case ErrorCode::Busy: return Status::TooManyRequests;
    case ErrorCode::Timeout: return Status::RequestTimeout;
    case ErrorCode::Canceled: return Status::Conflict;
    case ErrorCode::Io:
    case ErrorCode::Storage:
    case ErrorCode::Network:
    case ErrorCode::Internal: return Status::InternalServerError;
    }
    return Status::InternalServerError;
}

QHttpServerResponse jsonResponse(const QJsonObject &body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse errorResponse(const Error &error)
{
    const QJsonObject body { { QStringLiteral("error"),
                               QJsonObject { { QStringLiteral("code"), errorCodeName(error.code) },
                                             { QStringLiteral("message"), error.message } } } };
    QHttpServerResponse response = jsonResponse(body, httpStatus(error.code));
    if (error.code == ErrorCode::Unauthorized)
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"sluice\""));
    return response;
}

} // namespace sluice
