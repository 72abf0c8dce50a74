#include "server/gate/requesthead.h"

#include <QUrl>

namespace sluice {

namespace {

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

qsizetype skipEmptyLines(QByteArrayView data)
{
    qsizetype start = 0;
    while (start < data.size() && (data[start] == '\r' || data[start] == '\n'))
        ++start;
    return start;
}

} // namespace

qsizetype RequestHead::headLength(QByteArrayView data)
{
    const qsizetype start = skipEmptyLines(data);
    const QByteArrayView rest = data.sliced(start);
    // QtHttpServer ends a head at CRLFCRLF or at a bare LFLF; so must we, or the two disagree on framing.
    const qsizetype crlf = rest.indexOf("\r\n\r\n");
    const qsizetype lf = rest.indexOf("\n\n");
    const qsizetype lfcrlf = rest.indexOf("\n\r\n");
    qsizetype end = -1;
    const auto take = [&end](qsizetype position, qsizetype length) {
        if (position >= 0 && (end < 0 || position + length < end))
            end = position + length;
    };
    take(crlf, 4);
    take(lf, 2);
    take(lfcrlf, 3);
    return end < 0 ? -1 : start + end;
}

Result<RequestHead> RequestHead::parse(QByteArrayView head)
{
    QList<QByteArrayView> lines;
    const QByteArrayView text = head.sliced(skipEmptyLines(head));
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype newline = text.indexOf('\n', from);
        if (newline < 0)
            newline = text.size();
        QByteArrayView line = text.sliced(from, newline - from);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        lines << line;
        from = newline + 1;
    }
    if (lines.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The request has no request line."));

    RequestHead result;
    const QList<QByteArray> parts = lines.first().toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty()
        || (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0"))
        return fail(ErrorCode::InvalidInput, tr("The request line is not \"METHOD target HTTP/1.1\"."));
    result.method = parts.at(0);
    result.target = parts.at(1);
    result.path = QUrl::fromEncoded(result.target).path();

    if (lines.size() - 1 > kMaxFields)
        return fail(ErrorCode::TooLarge,
            tr("The request has %1 header fields; at most %2 are accepted.").arg(lines.size() - 1).arg(kMaxFields));
    int contentLengths = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // A field folded onto a line starting with white space (obs-fold) is refused, as RFC 9112 allows.
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(ErrorCode::InvalidInput, tr("Header field %1 is malformed.").arg(i));
        const QByteArray name = line.first(colon).toByteArray();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        result.fields.append({ name, value });
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            ++contentLengths;
            const bool digits = !value.isEmpty() && value.size() <= 18
                && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits)
                return fail(ErrorCode::InvalidInput, tr("Content-Length must be a whole number of bytes."));
            result.contentLength = value.toLongLong();
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (value.compare("chunked", Qt::CaseInsensitive) != 0)
                return fail(ErrorCode::InvalidInput, tr("Only the chunked transfer coding is supported."));
            result.chunked = true;
        }
    }
    // Two lengths, or a length and chunked coding, are how requests get smuggled past a proxy.
    if (contentLengths > 1)
        return fail(ErrorCode::InvalidInput, tr("The request has more than one Content-Length."));
    if (result.chunked && contentLengths > 0)
        return fail(ErrorCode::InvalidInput, tr("The request has both Content-Length and Transfer-Encoding."));
    return result;
}

QByteArray RequestHead::value(QByteArrayView name) const
{
    for (const auto &[key, text] : fields) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return text;
    }
    return {};
}

bool RequestHead::expectsContinue() const
{
    return value("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
}

bool RequestHead::isWebSocketUpgrade() const
{
    return value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0
        && value("connection").toLower().contains("upgrade");
}

} // namespace sluice
