#include "app/client/httpresponseparser.h"

#include <algorithm>

namespace sluice {

namespace {

constexpr QByteArrayView kHttpPrefix = "HTTP/";

// Where the head ends (past its blank line), or -1 while it has not. Lines may end in LF alone.
qsizetype headLength(const QByteArray &buffer)
{
    for (qsizetype newline = buffer.indexOf('\n'); newline >= 0; newline = buffer.indexOf('\n', newline + 1)) {
        const qsizetype next = newline + 1;
        if (next < buffer.size() && buffer.at(next) == '\n')
            return next + 1;
        if (next + 1 < buffer.size() && buffer.at(next) == '\r' && buffer.at(next + 1) == '\n')
            return next + 2;
    }
    return -1;
}

// A readable excerpt of bytes that may be anything: printable ASCII, the rest as '?'.
QString excerpt(QByteArrayView bytes)
{
    QByteArray shown = bytes.first(qMin<qsizetype>(bytes.size(), 40)).toByteArray();
    for (char &c : shown) {
        if (c < 0x20 || c > 0x7e)
            c = '?';
    }
    return QString::fromLatin1(shown);
}

bool hasToken(const QByteArray &list, QByteArrayView token)
{
    for (const QByteArray &part : list.split(',')) {
        if (QByteArrayView(part.trimmed()).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[field, value] : headers) {
        if (QByteArrayView(field).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

Result<bool> HttpResponseParser::feed(QByteArrayView bytes)
{
    if (m_phase == Phase::Complete) {
        m_excess += bytes.size();
        return true;
    }
    m_started = m_started || !bytes.isEmpty();
    m_buffer.append(bytes);
    for (;;) {
        switch (m_phase) {
        case Phase::Head: {
            // A peer that does not speak HTTP is told apart at once, not after 64 KiB.
            const qsizetype checked = qMin(m_buffer.size(), kHttpPrefix.size());
            if (QByteArrayView(m_buffer).first(checked) != kHttpPrefix.first(checked))
                return fail(ErrorCode::InvalidInput,
                    tr("the answer is not HTTP; it begins with \"%1\"").arg(excerpt(m_buffer)));
            const qsizetype length = headLength(m_buffer);
            if (length < 0 || length > kMaxHeadBytes) {
                if (length > kMaxHeadBytes || m_buffer.size() > kMaxHeadBytes)
                    return fail(
                        ErrorCode::InvalidInput, tr("the answer's head is longer than %1 bytes").arg(kMaxHeadBytes));
                return false;
            }
            if (auto parsed = parseHead(length); !parsed)
                return tl::unexpected(parsed.error());
            break;
        }
        case Phase::Body:
            return takeBody();
        case Phase::BodyToEnd:
            if (m_buffer.size() > kMaxBodyBytes)
                return fail(
                    ErrorCode::InvalidInput, tr("the answer's body is longer than %1 bytes").arg(kMaxBodyBytes));
            return false;
        case Phase::Complete:
            return true;
        }
    }
}

Result<void> HttpResponseParser::parseHead(qsizetype headLength)
{
    const QByteArray head = m_buffer.left(headLength);
    m_buffer.remove(0, headLength);
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    // The status line: "HTTP/1.1 204 No Content".
    const QByteArray &statusLine = lines.first();
    const bool http11 = statusLine.startsWith("HTTP/1.1 ");
    const bool statusLineOk = (http11 || statusLine.startsWith("HTTP/1.0 ")) && statusLine.size() >= 12
        && (statusLine.size() == 12 || statusLine.at(12) == ' ');
    bool numeric = false;
    const int status = statusLineOk ? statusLine.mid(9, 3).toInt(&numeric) : 0;
    if (!numeric || status < 100 || status > 599)
        return fail(ErrorCode::InvalidInput, tr("the status line \"%1\" is not HTTP/1.x's").arg(excerpt(statusLine)));

    HttpResponse response;
    response.status = status;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue; // the blank line that ends the head
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.front() == ' ' || line.front() == '\t' || line.left(colon).contains(' '))
            return fail(ErrorCode::InvalidInput, tr("the header line \"%1\" is malformed").arg(excerpt(line)));
        response.headers.append({ line.left(colon), line.mid(colon + 1).trimmed() });
    }

    if (status == 101)
        return fail(ErrorCode::InvalidInput, tr("the server switched protocols instead of answering"));
    if (status < 200)
        return {}; // an interim answer (100 Continue): the real one follows
    const QByteArray transferEncoding = response.header("Transfer-Encoding");
    if (!transferEncoding.isEmpty())
        return fail(ErrorCode::InvalidInput,
            tr("the answer uses Transfer-Encoding \"%1\", which this client does not read")
                .arg(excerpt(transferEncoding)));
    qint64 contentLength = -1;
    for (const auto &[field, value] : std::as_const(response.headers)) {
        if (QByteArrayView(field).compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = !value.isEmpty() && value.size() <= 18
            && std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; });
        const qint64 length = ok ? value.toLongLong(&ok) : -1;
        if (!ok || (contentLength >= 0 && length != contentLength))
            return fail(
                ErrorCode::InvalidInput, tr("the answer's Content-Length \"%1\" is invalid").arg(excerpt(value)));
        contentLength = length;
    }
    if (status == 204 || status == 304)
        contentLength = 0; // never a body, whatever the fields say
    if (contentLength > kMaxBodyBytes)
        return fail(ErrorCode::InvalidInput,
            tr("the answer's body would have %1 bytes, more than the %2 accepted")
                .arg(contentLength)
                .arg(kMaxBodyBytes));

    const QByteArray connection = response.header("Connection");
    response.keepsAlive
        = contentLength >= 0 && (http11 ? !hasToken(connection, "close") : hasToken(connection, "keep-alive"));
    m_response = std::move(response);
    m_bodyLength = contentLength;
    m_phase = contentLength >= 0 ? Phase::Body : Phase::BodyToEnd;
    return {};
}

Result<bool> HttpResponseParser::takeBody()
{
    if (m_buffer.size() < m_bodyLength)
        return false;
    m_excess = m_buffer.size() - m_bodyLength;
    m_buffer.truncate(m_bodyLength);
    m_response.body = std::exchange(m_buffer, QByteArray());
    m_phase = Phase::Complete;
    return true;
}

Result<void> HttpResponseParser::finishAtEnd()
{
    switch (m_phase) {
    case Phase::Complete:
        return {};
    case Phase::BodyToEnd:
        m_response.body = std::exchange(m_buffer, QByteArray());
        m_phase = Phase::Complete;
        return {};
    case Phase::Head:
        if (!m_started)
            return fail(ErrorCode::Network, tr("the server closed the connection without answering"));
        return fail(ErrorCode::Network, tr("the connection ended in the middle of the answer's head"));
    case Phase::Body:
        return fail(ErrorCode::Network,
            tr("the connection ended after %1 of the answer's %2 body bytes").arg(m_buffer.size()).arg(m_bodyLength));
    }
    return {};
}

} // namespace sluice
