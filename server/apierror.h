#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>

#include "core/error.h"

namespace sluice {

/// The one place that maps an ErrorCode to its HTTP status.
QHttpServerResponse::StatusCode httpStatus(ErrorCode code);

/// `{"error": {"code": "...", "message": "..."}}`.
QJsonObject errorBody(const Error &error);

/// That body with the status that fits the code.
QHttpServerResponse errorResponse(const Error &error);

/// A compact JSON body (QtHttpServer 6.4 would indent a QJsonDocument).
QHttpServerResponse jsonResponse(const QJsonObject &body,
                                 QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);

} // namespace sluice
