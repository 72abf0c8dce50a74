#pragma once

#include <QByteArray>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>

#include "core/error.h"

namespace sluice {

/// An HTTP answer as plain, copyable data, so it can be made on a worker thread and carried
/// back to the server thread in a QFuture (QHttpServerResponse is move-only).
struct ApiReply
{
    QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok;
    QByteArray mimeType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    /// Compact JSON (QtHttpServer 6.4 would indent a QJsonDocument).
    static ApiReply json(const QJsonObject &object,
                         QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
    /// The `{"error": {...}}` body with the status that fits the error's code.
    static ApiReply error(const Error &error);
    /// A Result's value as JSON, or its error.
    static ApiReply from(const Result<QJsonObject> &result);

    QHttpServerResponse toResponse() const;
};

} // namespace sluice
