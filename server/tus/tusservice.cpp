#include "server/tus/tusservice.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "core/events/eventbus.h"
#include "core/uploads/uploadchunk.h"
#include "core/uploads/uploadcatalog.h"
#include "server/logging.h"
#include "server/tus/tusheaders.h"

namespace sluice {

namespace {

using Status = QHttpServerResponse::StatusCode;

constexpr qint64 kProgressIntervalMs = 250; // at most four upload.progress per second per upload
constexpr int kCleanupIntervalMs = 10 * 60 * 1000;
const QString kTopic = QStringLiteral("uploads");

ApiReply tusError(const Error &error, std::optional<Status> status = std::nullopt)
{
    ApiReply reply = ApiReply::error(error);
    if (status)
        reply.status = *status;
    TusHeaders::addResumable(reply);
    return reply;
}

// What the pool hands back after a chunk: the upload, or why not, and whether the checksum failed.
struct ChunkOutcome
{
    Result<UploadInfo> upload = fail(ErrorCode::Internal, QString());
    bool checksumMismatch = false;
};

} // namespace

TusService::TusService(UploadCatalog &store, EventBus &events, QThreadPool &pool, ServerLimits limits,
    UploadCompletedHook onCompleted, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_events(events)
    , m_pool(pool)
    , m_limits(limits)
    , m_onCompleted(std::move(onCompleted))
    , m_cleanup(this)
{
    m_clock.start();
    m_cleanup.setInterval(kCleanupIntervalMs);
    connect(&m_cleanup, &QTimer::timeout, this, &TusService::removeExpired);
    m_cleanup.start();
    // Uploads abandoned while the server was down go now, not ten minutes from now.
    QTimer::singleShot(0, this, &TusService::removeExpired);
}

TusService::~TusService() = default;

tl::expected<std::unique_ptr<UploadChunk>, ApiReply> TusService::beginPatch(const TusPatchHead &head)
{
    if (auto version = TusHeaders::checkResumable(head.tusResumable); !version)
        return tl::unexpected(TusHeaders::versionMismatch(version.error()));
    if (head.contentType.trimmed().compare(TusHeaders::kOctetStream, Qt::CaseInsensitive) != 0)
        return tl::unexpected(tusError(
            Error { ErrorCode::Unsupported, tr("A PATCH body must be sent as application/offset+octet-stream.") }));
    auto offset = TusHeaders::parseCount(head.uploadOffset, "Upload-Offset");
    if (!offset)
        return tl::unexpected(tusError(offset.error()));
    auto checksum = TusHeaders::parseChecksum(head.uploadChecksum);
    if (!checksum)
        return tl::unexpected(tusError(checksum.error()));
    auto upload = m_store.find(head.id);
    if (!upload)
        return tl::unexpected(tusError(upload.error()));
    if (!head.uploadLength.isEmpty() && !upload->isFinished()) {
        auto length = TusHeaders::parseCount(head.uploadLength, "Upload-Length");
        if (!length)
            return tl::unexpected(tusError(length.error()));
        upload = m_store.setLength(head.id, *length);
        if (!upload)
            return tl::unexpected(tusError(upload.error()));
    }
    if (upload->state == UploadState::Terminated)
        return tl::unexpected(
            tusError(Error { ErrorCode::NotFound, tr("The upload %1 was terminated.").arg(head.id) }));
    if (upload->isFinished())
        return tl::unexpected(tusError(Error { ErrorCode::Forbidden,
            tr("The upload %1 is %2 and takes no more bytes.").arg(head.id, uploadStateName(upload->state)) }));
    if (*offset != upload->offset)
        return tl::unexpected(tusError(Error { ErrorCode::Conflict,
            tr("The upload is at byte %1, not at byte %2: ask "
               "for its offset (HEAD) and resume from there.")
                .arg(upload->offset)
                .arg(*offset) }));
    const qint64 room
        = (upload->isLengthDeferred() ? m_store.config().maxUploadBytes : upload->length) - upload->offset;
    if (head.contentLength > room)
        return tl::unexpected(tusError(Error { ErrorCode::TooLarge,
            tr("The chunk has %1 bytes, but only %2 more fit "
               "in the upload.")
                .arg(head.contentLength)
                .arg(room) }));
    if (auto space = m_store.checkFreeSpace(head.contentLength); !space)
        return tl::unexpected(tusError(space.error(), Status::InsufficientStorage));
    auto chunk = m_store.openChunk(head.id, *offset, *checksum ? std::optional((*checksum)->algorithm) : std::nullopt);
    if (!chunk)
        return tl::unexpected(tusError(chunk.error()));
    return std::move(*chunk);
}

void TusService::chunkProgressed(const UploadChunk &chunk)
{
    QMutexLocker lock(&m_progressMutex);
    const qint64 now = m_clock.elapsed();
    const auto last = m_lastProgress.constFind(chunk.uploadId());
    if (last != m_lastProgress.cend() && now - *last < kProgressIntervalMs)
        return;
    m_lastProgress.insert(chunk.uploadId(), now);
    lock.unlock();
    // A live figure between two durable offsets; the record follows when the chunk commits.
    auto upload = m_store.find(chunk.uploadId());
    if (!upload)
        return;
    upload->offset = chunk.endOffset();
    publish(QStringLiteral("upload.progress"), upload->toJson());
}

void TusService::finishPatch(
    std::unique_ptr<UploadChunk> chunk, QByteArray expectedDigest, std::function<void(const ApiReply &)> done)
{
    std::shared_ptr<UploadChunk> shared(std::move(chunk));
    UploadCatalog *store = &m_store;
    QtConcurrent::run(&m_pool, [store, shared, expectedDigest] {
        ChunkOutcome outcome;
        if (!expectedDigest.isEmpty() && shared->digest() != expectedDigest) {
            store->discardChunk(*shared);
            outcome.checksumMismatch = true;
            return outcome;
        }
        outcome.upload = store->commitChunk(*shared);
        return outcome;
    }).then(this, [this, shared, done = std::move(done)](const ChunkOutcome &outcome) {
        const QString id = shared->uploadId();
        if (outcome.checksumMismatch) {
            done(tusError(Error { ErrorCode::InvalidInput,
                              tr("The chunk does not match its Upload-Checksum; it was "
                                 "not applied, so send it again.") },
                Status(TusHeaders::kChecksumMismatchStatus)));
            return;
        }
        if (!outcome.upload) {
            qCWarning(lcHttp) << "upload" << id << "chunk failed:" << outcome.upload.error().message;
            done(tusError(outcome.upload.error()));
            return;
        }
        notifyAdvanced(*outcome.upload);
        if (outcome.upload->state == UploadState::Failed) {
            done(tusError(Error { ErrorCode::InvalidInput, outcome.upload->error }));
            return;
        }
        done(offsetReply(*outcome.upload));
    });
}

ApiReply TusService::offsetReply(const UploadInfo &upload)
{
    ApiReply reply { Status::NoContent, QByteArray(), QByteArray(), {} };
    reply.headers.append({ QByteArrayLiteral("Upload-Offset"), QByteArray::number(upload.offset) });
    if (upload.expiresAt.isValid() && !upload.isFinished())
        reply.headers.append({ QByteArrayLiteral("Upload-Expires"), TusHeaders::httpDate(upload.expiresAt) });
    TusHeaders::addResumable(reply);
    return reply;
}

void TusService::notifyCreated(const UploadInfo &upload)
{
    publish(QStringLiteral("upload.created"), upload.toJson());
}

void TusService::notifyAdvanced(const UploadInfo &upload)
{
    switch (upload.state) {
    case UploadState::Complete:
        publish(QStringLiteral("upload.completed"), upload.toJson());
        {
            QMutexLocker lock(&m_progressMutex);
            m_lastProgress.remove(upload.id);
        }
        if (!upload.isPartial())
            callHook(upload);
        break;
    case UploadState::Failed:
        publish(QStringLiteral("upload.failed"), upload.toJson());
        break;
    case UploadState::Created:
    case UploadState::Uploading:
        publishProgress(upload.id, upload.toJson(), false);
        break;
    case UploadState::Terminated:
        break;
    }
}

void TusService::publish(const QString &type, const QJsonObject &data)
{
    m_events.publish(kTopic, type, data);
}

void TusService::publishProgress(const QString &id, const QJsonObject &data, bool force)
{
    {
        QMutexLocker lock(&m_progressMutex);
        const qint64 now = m_clock.elapsed();
        const auto last = m_lastProgress.constFind(id);
        if (!force && last != m_lastProgress.cend() && now - *last < kProgressIntervalMs)
            return;
        m_lastProgress.insert(id, now);
    }
    publish(QStringLiteral("upload.progress"), data);
}

void TusService::callHook(const UploadInfo &upload)
{
    if (!m_onCompleted)
        return;
    if (QThread::currentThread() == thread()) {
        m_onCompleted(upload);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, upload] { m_onCompleted(upload); }, Qt::QueuedConnection);
}

void TusService::removeExpired()
{
    UploadCatalog *store = &m_store;
    m_pool.start([store] {
        auto removed = store->removeExpired(QDateTime::currentDateTimeUtc());
        if (!removed)
            qCWarning(lcHttp) << "could not remove expired uploads:" << removed.error().message;
    });
}

} // namespace sluice
