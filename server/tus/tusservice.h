#pragma once

#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <tl/expected.hpp>

#include "core/config/serverconfig.h"
#include "core/uploads/uploadinfo.h"
#include "server/apireply.h"

class QThreadPool;

namespace sluice {

class EventBus;
class UploadChunk;
class UploadCatalog;

/// Called once per upload that completes (all bytes in, SHA-256 verified), in the
/// TusService's thread: the place to start its import.
using UploadCompletedHook = std::function<void(const UploadInfo &upload)>;

/// The headers of a tus PATCH, as the connection gate read them before the body.
struct TusPatchHead
{
    QString id; // the last path segment, not yet validated
    qint64 contentLength = 0;
    QByteArray tusResumable;
    QByteArray contentType;
    QByteArray uploadOffset;
    QByteArray uploadLength; // declares a deferred length
    QByteArray uploadChecksum;
};

/// The tus 1.0.0 upload service shared by the routes (OPTIONS, POST, HEAD, DELETE /files) and
/// the connection gate, which streams PATCH bodies: it checks PATCH heads, finishes chunks on
/// the pool, publishes the "uploads" events (progress coalesced to a few per second per
/// upload), calls the completion hook, and removes expired uploads every few minutes.
/// Thread: created and used in the server thread; the notify functions may be called from
/// any thread (the hook still runs in the server thread). Owned by whoever builds the server;
/// it must outlive the routes and the gate.
class TusService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TusService)
public:
    TusService(UploadCatalog &store, EventBus &events, QThreadPool &pool, ServerLimits limits,
        UploadCompletedHook onCompleted, QObject *parent = nullptr);
    ~TusService() override;

    UploadCatalog &store() const { return m_store; }
    QThreadPool &pool() const { return m_pool; }
    const ServerLimits &limits() const { return m_limits; }

    /// Checks a PATCH head (Tus-Resumable 412, Content-Type 415, unknown upload 404, finished
    /// upload 403, Upload-Offset 409, too long 413, disk 507, in flight 429) and opens the chunk
    /// its body goes into; or the answer to send instead.
    tl::expected<std::unique_ptr<UploadChunk>, ApiReply> beginPatch(const TusPatchHead &head);
    /// A chunk is growing: publishes coalesced upload.progress.
    void chunkProgressed(const UploadChunk &chunk);
    /// Commits (or, on a checksum mismatch, drops) the chunk on the pool, then calls `done` in
    /// this object's thread with the answer (204 + Upload-Offset, 460, ...).
    /// `expectedDigest` empty: no Upload-Checksum was sent.
    void finishPatch(
        std::unique_ptr<UploadChunk> chunk, QByteArray expectedDigest, std::function<void(const ApiReply &)> done);

    void notifyCreated(const UploadInfo &upload);
    /// After bytes were recorded: progress, or completed (hook + event) / failed.
    void notifyAdvanced(const UploadInfo &upload);

    /// The answer's Upload-Offset / Upload-Expires / Tus-Resumable for a 204 after a PATCH.
    static ApiReply offsetReply(const UploadInfo &upload);

private:
    void publish(const QString &type, const QJsonObject &data);
    void publishProgress(const QString &id, const QJsonObject &data, bool force);
    void callHook(const UploadInfo &upload);
    void removeExpired();

    UploadCatalog &m_store;
    EventBus &m_events;
    QThreadPool &m_pool;
    ServerLimits m_limits;
    UploadCompletedHook m_onCompleted;
    QTimer m_cleanup; // child of this object; runs removeExpired() on the pool
    QMutex m_progressMutex;
    QHash<QString, qint64> m_lastProgress; // upload id -> m_clock ms of its last upload.progress
    QElapsedTimer m_clock;
};

} // namespace sluice
