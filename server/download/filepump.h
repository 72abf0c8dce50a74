#pragma once

#include <memory>

#include <QByteArray>
#include <QHttpServerResponder>
#include <QObject>

#include "server/download/downloadfile.h"
#include "server/download/downloadrequest.h"

class QFile;
class QHttpServerRequest;

namespace sluice {

/// Serves a local file with back-pressure, because QtHttpServer 6.4's write(QIODevice *) queues
/// a slow client's whole download in memory and answers HEAD with a body (QTHTTPSERVER.md, 3).
/// Writes the status line and headers itself (200, 206 for one Range, 304 for If-None-Match,
/// 416 past the end; ETag, Last-Modified, Content-Length, Content-Disposition), then refills the
/// socket 256 KiB at a time on bytesWritten while less than 1 MiB waits in its write buffer, so
/// memory stays flat whatever the file size and the client's speed.
/// Thread: the server thread (the socket's); the file is opened there, it is local. Owner: the
/// client's socket (the pump is its child), so a client that leaves takes the pump with it.
class FilePump final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePump)
public:
    static constexpr qint64 kChunkBytes = 256 * 1024;
    static constexpr qint64 kHighWaterBytes = 1024 * 1024;  // refill only below this much unsent

    /// Answers `request` with `file`; for a route handler that has the request at hand.
    static void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder, const DownloadFile &file);
    /// The same, for a route that looked the file up on the pool first (the request is gone by then).
    /// The responder's socket must be connected.
    static void serve(const DownloadRequest &request, QHttpServerResponder &&responder, const DownloadFile &file);

    /// `attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded`, safe for any name.
    static QByteArray contentDisposition(const QString &downloadName);

    ~FilePump() override;

private:
    FilePump(QHttpServerResponder &&responder, std::unique_ptr<QFile> file, qint64 length);
    void refill();

    QHttpServerResponder m_responder;
    std::unique_ptr<QFile> m_file;  // positioned at the next byte to send
    qint64 m_remaining;
    QByteArray m_buffer;  // one chunk, reused
};

} // namespace sluice
