#include "server/apierror.h"

#include "server/apireply.h"

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

QJsonObject errorBody(const Error &error)
{
    return { { QStringLiteral("error"), QJsonObject { { QStringLiteral("code"), errorCodeName(error.code) },
                                                      { QStringLiteral("message"), error.message } } } };
}

QHttpServerResponse errorResponse(const Error &error)
{
    return ApiReply::error(error).toResponse();
}

} // namespace sluice
