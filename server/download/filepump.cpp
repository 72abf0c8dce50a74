#include "server/download/filepump.h"

#include <algorithm>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QList>
#include <QLocale>
#include <QTcpSocket>

#include "server/apierror.h"
#include "server/download/byterange.h"
#include "server/logging.h"

namespace sluice {

namespace {

using Status = QHttpServerResponder::StatusCode;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

// The status line, the headers and the empty line that ends them. writeBody() writes that
// empty line the first time it is called, so an empty body closes the header block.
void writeHead(QHttpServerResponder &responder, Status status, const Headers &headers)
{
    responder.writeStatusLine(status);
    for (const auto &[name, value] : headers)
        responder.writeHeader(name, value);
    responder.writeBody("", 0);
}

// An opaque tag may hold any visible ASCII character but the quote (RFC 9110, 8.8.3).
bool isEntityTagText(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x21 && c <= 0x7e && c != '"'; });
}

QByteArray entityTag(const DownloadFile &file, const QFileInfo &info)
{
    if (isEntityTagText(file.etag))
        return '"' + file.etag + '"';
    // Size and modification time change whenever the file is rewritten; good enough for a file
    // the server itself writes once (an export) when its caller has no hash to give.
    return '"' + QByteArray::number(info.size(), 16) + '-'
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch(), 16) + '"';
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

// If-None-Match uses the weak comparison: W/"x" matches "x"; "*" matches any current file.
bool noneMatchHits(const QByteArray &header, const QByteArray &etag)
{
    for (QByteArray tag : header.split(',')) {
        tag = tag.trimmed();
        if (tag == "*")
            return true;
        if (tag.startsWith("W/"))
            tag = tag.sliced(2);
        if (tag == etag)
            return true;
    }
    return false;
}

// If-Range uses the strong comparison (a weak tag never holds), or the exact Last-Modified date.
bool ifRangeHolds(const QByteArray &header, const QByteArray &etag, const QByteArray &lastModified)
{
    const QByteArray value = header.trimmed();
    if (value.startsWith('"'))
        return value == etag;
    if (value.startsWith("W/"))
        return false;
    return value == lastModified;
}

// What the name may keep in either form: no control characters and no path separators, so a
// client that saves it as is still writes one file where its user chose.
QString cleanedName(const QString &name)
{
    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : name)
        cleaned += (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'/' || c == u'\\') ? u'_' : c;
    cleaned = cleaned.trimmed();
    return cleaned.isEmpty() ? QStringLiteral("download") : cleaned;
}

} // namespace

void FilePump::serve(const QHttpServerRequest &request, QHttpServerResponder &&responder, const DownloadFile &file)
{
    serve(DownloadRequest::from(request), std::move(responder), file);
}

void FilePump::serve(const DownloadRequest &request, QHttpServerResponder &&responder, const DownloadFile &download)
{
    // Opened here, on the server thread: a local open is quick, and the pump reads it here too.
    auto file = std::make_unique<QFile>(download.path);
    const QFileInfo info(download.path);
    if (!info.isFile() || !file->open(QIODevice::ReadOnly)) {
        errorResponse(Error { ErrorCode::NotFound, tr("The file of this download is no longer there.") })
            .write(std::move(responder));
        return;
    }
    const qint64 size = file->size();
    const QByteArray etag = entityTag(download, info);
    const QByteArray lastModified = httpDate(info.lastModified());
    Headers headers = {
        { QByteArrayLiteral("ETag"), etag },
        { QByteArrayLiteral("Last-Modified"), lastModified },
        { QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes") },
        { QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache") },
    };
    if (!request.ifNoneMatch.isEmpty() && noneMatchHits(request.ifNoneMatch, etag)) {
        writeHead(responder, Status::NotModified, headers);  // no body, so no Content-Length
        return;
    }

    ByteRange range = ByteRange::parse(request.range, size);
    if (range.kind() != ByteRange::Kind::Whole && !request.ifRange.isEmpty()
        && !ifRangeHolds(request.ifRange, etag, lastModified))
        range = ByteRange::parse({}, size);  // the client's copy is stale: it gets the whole new file

    if (range.kind() == ByteRange::Kind::Unsatisfiable) {
        const QByteArray body = QJsonDocument(errorBody(Error {
                                                  ErrorCode::InvalidInput,
                                                  tr("The requested range lies outside the file, which has %1 bytes.")
                                                      .arg(size) }))
                                    .toJson(QJsonDocument::Compact);
        headers << std::pair { QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(size) }
                << std::pair { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") }
                << std::pair { QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()) };
        writeHead(responder, Status::RequestRangeNotSatisfiable, headers);
        if (!request.headOnly)
            responder.writeBody(body);
        return;
    }

    const bool partial = range.kind() == ByteRange::Kind::Partial;
    const qint64 first = partial ? range.first() : 0;
    const qint64 length = partial ? range.length() : size;
    headers << std::pair { QByteArrayLiteral("Content-Type"), download.contentType }
            << std::pair { QByteArrayLiteral("Content-Length"), QByteArray::number(length) }
            << std::pair { QByteArrayLiteral("Content-Disposition"), contentDisposition(download.downloadName) }
            << std::pair { QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff") };
    if (partial) {
        headers << std::pair { QByteArrayLiteral("Content-Range"),
                               "bytes " + QByteArray::number(range.first()) + '-' + QByteArray::number(range.last())
                                   + '/' + QByteArray::number(size) };
    }
    if (!file->seek(first)) {
        errorResponse(Error { ErrorCode::Io, tr("Could not read the file of this download.") }).write(std::move(responder));
        return;
    }
    writeHead(responder, partial ? Status::PartialContent : Status::Ok, headers);
    if (request.headOnly || length == 0)
        return;
    // Owned by the socket from here on; it deletes itself when done or when the client leaves.
    auto *pump = new FilePump(std::move(responder), std::move(file), length);
    pump->refill();
}

QByteArray FilePump::contentDisposition(const QString &downloadName)
{
    const QString name = cleanedName(downloadName);
    // Old clients read only the quoted form: printable ASCII, with what could end or escape the
    // quoted string (and % which some decode) replaced.
    QByteArray fallback;
    fallback.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        fallback += (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\' || u == u'%') ? '_' : char(u);
    }
    // RFC 6266 / RFC 8187: the exact name, UTF-8, everything but attr-char percent-encoded.
    const QByteArray encoded = name.toUtf8().toPercentEncoding(QByteArrayLiteral("!#$&+^`|"));
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
}

FilePump::FilePump(QHttpServerResponder &&responder, std::unique_ptr<QFile> file, qint64 length)
    : QObject(responder.socket())
    , m_responder(std::move(responder))
    , m_file(std::move(file))
    , m_remaining(length)
    , m_buffer(kChunkBytes, Qt::Uninitialized)
{
    QTcpSocket *socket = m_responder.socket();
    connect(socket, &QTcpSocket::bytesWritten, this, &FilePump::refill);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

FilePump::~FilePump() = default;

void FilePump::refill()
{
    QTcpSocket *socket = m_responder.socket();
    if (socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    while (m_remaining > 0 && socket->bytesToWrite() < kHighWaterBytes) {
        const qint64 read = m_file->read(m_buffer.data(), std::min(kChunkBytes, m_remaining));
        if (read <= 0) {
            qCWarning(lcHttp) << "a download stopped early: could not read" << m_file->fileName()
                              << m_file->errorString();
            // The head promised more bytes than there are: dropping the connection is the only
            // way to tell the client its copy is incomplete.
            socket->abort();
            return;
        }
        m_responder.writeBody(m_buffer.constData(), read);
        m_remaining -= read;
    }
    if (m_remaining == 0) {
        disconnect(socket, nullptr, this, nullptr);
        deleteLater();
    }
}

} // namespace sluice
