#pragma once

#include <utility>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include "core/error.h"

namespace sluice {

/// One HTTP/1.x answer: status, header fields in arrival order, body.
struct HttpResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// The connection may carry the next request (HTTP/1.1 without "Connection: close").
    bool keepsAlive = false;

    /// The first field called `name` (any case), trimmed; empty when there is none.
    QByteArray header(QByteArrayView name) const;
};

/// Reads one HTTP/1.x answer from the bytes of a connection as they arrive: status line,
/// header fields, and a body framed by Content-Length or by the end of the connection.
/// Interim 1xx answers are skipped. Anything malformed, oversized or framed in a way this
/// reader does not take (Transfer-Encoding) is an error that says what was wrong.
/// Plain value; any thread.
class HttpResponseParser final
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)
public:
    /// The head (status line and fields) may not be longer than this.
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    /// Nor the body: an answer to an upload is a few hundred bytes of JSON at most.
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    /// Takes the next bytes read; true once the answer is complete (bytes after it are kept
    /// in excess()), false while more are needed.
    [[nodiscard]] Result<bool> feed(QByteArrayView bytes);
    /// The connection ended: completes an answer whose body runs to the end, else fails.
    [[nodiscard]] Result<void> finishAtEnd();

    /// Some bytes of an answer have arrived.
    bool hasStarted() const { return m_started; }
    bool isComplete() const { return m_phase == Phase::Complete; }
    /// The answer, once complete.
    const HttpResponse &response() const { return m_response; }
    /// Bytes that arrived after the complete answer (a well-behaved server sends none).
    qsizetype excess() const { return m_excess; }

private:
    enum class Phase { Head, Body, BodyToEnd, Complete };

    Result<void> parseHead(qsizetype headLength);
    Result<bool> takeBody();

    Phase m_phase = Phase::Head;
    bool m_started = false;
    QByteArray m_buffer; // unparsed bytes: the head so far, then the body so far
    qint64 m_bodyLength = -1;
    qsizetype m_excess = 0;
    HttpResponse m_response;
};

} // namespace sluice
