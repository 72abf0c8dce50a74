#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/error.h"

namespace sluice {

/// One HTTP/1.x request head (request line and header fields), parsed by the connection gate
/// before QtHttpServer sees any of it, with the framing checks QtHttpServer 6.4 does not make
/// (QTHTTPSERVER.md, section 8). Plain data.
struct RequestHead
{
    Q_DECLARE_TR_FUNCTIONS(RequestHead)
public:
    /// QtHttpServer 6.4 silently drops every header of a request with more fields than this.
    static constexpr int kMaxFields = 100;

    /// The length of the head at the start of `data`, through its blank line (leading empty
    /// lines included, as QtHttpServer skips them), or -1 while it is incomplete.
    static qsizetype headLength(QByteArrayView data);
    /// Parses a complete head. InvalidInput (400): malformed line, bad or repeated
    /// Content-Length, Transfer-Encoding other than chunked or with Content-Length.
    /// TooLarge (431): more than kMaxFields fields.
    [[nodiscard]] static Result<RequestHead> parse(QByteArrayView head);

    /// The value of the first field called `name` (case-insensitive), trimmed; empty if absent.
    QByteArray value(QByteArrayView name) const;
    bool expectsContinue() const;
    bool isWebSocketUpgrade() const;

    QByteArray method;
    QByteArray target;
    QString path; // the target's decoded path
    QList<std::pair<QByteArray, QByteArray>> fields;
    qint64 contentLength = -1; // -1: no Content-Length
    bool chunked = false;
};

} // namespace sluice
