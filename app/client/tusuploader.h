#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "app/client/apiclient.h"
#include "app/client/backoff.h"
#include "app/client/chunkdigests.h"
#include "app/client/chunksender.h"
#include "app/client/chunksizer.h"
#include "app/client/filehasher.h"
#include "app/client/transferrate.h"
#include "app/client/uploadrecord.h"
#include "core/error.h"

class QNetworkReply;
class QThreadPool;

namespace sluice {

/// Uploads one file with tus 1.0.0 (creation, termination, checksum sha256): hashes it off
/// the GUI thread, creates the upload (the server may answer that it already has the file),
/// PATCHes chunks with a per-chunk SHA-256, resumes from the server's offset after a pause, a
/// network failure, a 409 or a restart, and retries with backoff. The chunks' digests are
/// computed beside the file's (ChunkDigests); each chunk is read (and hashed, when its digest is
/// not known) on the hash pool while the one before is on the wire, and sent from memory by a
/// ChunkSender (every other request goes through the ApiClient): the GUI thread never reads the
/// file, and hashing costs the transfer no time where a core is free.
/// Thread: the GUI thread, like its ApiClient. Owner: usually an UploadQueue. The ApiClient
/// and the hash pool must outlive it.
class TusUploader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TusUploader)
public:
    enum class State { Queued, Hashing, Creating, Uploading, Paused, Retrying, Completing, Done, Failed, Canceled };
    Q_ENUM(State)

    /// The largest chunk unless setMaximumChunkSize() says otherwise. A chunk is held in memory
    /// (two while the next is read ahead), so this bounds an upload's memory; at 32 MiB a
    /// request's fixed costs are already small next to its transfer on loopback.
    static constexpr qint64 kDefaultChunkCap = 32LL * 1024 * 1024;

    /// A new upload of `filePath`, Queued until start().
    explicit TusUploader(ApiClient *client, QThreadPool *hashPool, const QString &filePath, UploadKind kind,
        const QString &name, QObject *parent = nullptr);
    /// An upload saved by an earlier run, Paused until start(); its file is hashed again on
    /// start and compared with the saved fingerprint.
    explicit TusUploader(
        ApiClient *client, QThreadPool *hashPool, const UploadRecord &record, QObject *parent = nullptr);
    ~TusUploader() override;

    QString id() const { return m_id; }
    QString filePath() const { return m_fingerprint.path; }
    QString name() const { return m_name; }
    UploadKind kind() const { return m_kind; }
    State state() const { return m_state; }
    static QString stateName(State state);
    /// Working or about to (hashing, creating, uploading, retrying, completing).
    bool isActive() const;
    /// Done or canceled: nothing more will happen.
    bool isFinished() const { return m_state == State::Done || m_state == State::Canceled; }

    /// The file's size; -1 until the file has been looked at.
    qint64 size() const { return m_fingerprint.size; }
    /// Bytes the server has confirmed.
    qint64 offset() const { return m_offset; }
    /// Bytes done in the current phase: hashed while hashing, else confirmed plus in flight.
    qint64 bytesDone() const;
    double bytesPerSecond() const { return m_rate.bytesPerSecond(); }
    /// Seconds left at the smoothed speed; -1 while unknown.
    qint64 secondsLeft() const;

    /// The tus upload's path on the server; empty before creation.
    QString uploadPath() const { return m_uploadPath; }
    QByteArray sha256() const { return m_fingerprint.sha256; }
    /// The server already had a complete upload of these bytes: nothing was sent.
    bool wasDeduplicated() const { return m_deduplicated; }
    /// Why it failed, when Failed.
    Error error() const { return m_error; }
    /// The latest thing worth telling the user (a retry, a restart from zero, a failure).
    QString note() const { return m_note; }
    UploadRecord record() const;

    /// Caps the chunk size below the server's limit (for slow links, and tests).
    void setMaximumChunkSize(qint64 bytes);

    /// Queued, Paused or Failed: starts or resumes from the server's offset.
    void start();
    /// Stops the work in progress (aborting the chunk in flight); start() resumes.
    void pause();
    /// Stops, tells the server to discard the upload (tus termination), ends Canceled.
    void cancel();
    /// Failed: starts again with a fresh retry schedule.
    void retry();
    /// Paused or Failed: waits as Queued until its queue starts it.
    void enqueue();

signals:
    void stateChanged(sluice::TusUploader::State state);
    /// A few times a second while working, and on each state change.
    void progressChanged(qint64 bytesDone, qint64 bytesTotal, double bytesPerSecond, qint64 secondsLeft);
    /// The server confirmed `offset` bytes.
    void offsetChanged(qint64 offset);
    void noteChanged(const QString &note);
    /// Something worth saving changed (upload path, hash, state).
    void recordChanged();

private:
    using ReplyHandler = std::function<void(QNetworkReply *reply, int status, const QByteArray &body)>;

    void stopWork();
    void setState(State state);
    void setNote(const QString &note);
    void setFailed(const Error &error);
    void emitProgress();

    void begin();
    void hashFile();
    void prepareWhenHashed();
    void fileChanged();
    void prepare();
    void fetchLimits(std::function<void()> then);
    void create();
    void syncOffset();
    void uploadGone();
    void sendNextChunk();
    void readAhead(qint64 offset);
    void patchWhenRead();
    void patch(FileHasher::Chunk chunk);
    void complete();
    void finishDone();
    void failRequest(const Error &error, bool retryable);
    void failReply(QNetworkReply *reply, int status, const QByteArray &body);
    void failStatus(int status, Error error);
    void send(const QByteArray &verb, const QString &path, const ApiClient::Headers &headers, ReplyHandler handler);
    ApiClient::Headers tusHeaders() const;

    ApiClient *m_client;
    QThreadPool *m_hashPool;
    QString m_id;
    UploadKind m_kind;
    QString m_name;
    QString m_uploadPath;
    UploadFingerprint m_fingerprint;
    bool m_verifyHash = false; // restored: the saved hash must be checked against the file
    State m_state = State::Queued;
    Error m_error;
    QString m_note;
    qint64 m_offset = 0;
    qint64 m_inFlight = 0; // bytes of the current PATCH handed to the network
    bool m_deduplicated = false;
    bool m_canceling = false;

    bool m_limitsKnown = false;
    qint64 m_maxUploadBytes = -1;
    qint64 m_chunkCap = kDefaultChunkCap;
    ChunkSizer m_chunks { kDefaultChunkCap };
    Backoff m_backoff = Backoff::forUploads();
    int m_conflicts = 0; // 409s since the last chunk that went through
    int m_recreations = 0; // uploads found gone in a row

    TransferRate m_rate;
    bool m_rateCountsHashing = false;
    QElapsedTimer m_clock;
    QElapsedTimer m_chunkClock;
    QTimer m_progressTimer;
    QTimer m_retryTimer;

    // Every callback carries the generation it was started in; stopWork() bumps it, so an
    // answer that arrives after a pause, cancel or restart is ignored.
    quint64 m_generation = 0;
    QPointer<QNetworkReply> m_reply;
    ChunkSender m_sender; // the PATCHes; every other request goes through the ApiClient
    std::shared_ptr<FileHasher::Control> m_fileHash;
    std::shared_ptr<FileHasher::Control> m_digestsHash;
    ChunkDigests m_digests; // of the file as last hashed; a 460 drops them

    // The chunk to send next, read and hashed on the hash pool. Its size is chosen when its
    // reading starts, so the chunk sizer's advice takes effect one chunk later.
    struct NextChunk
    {
        qint64 offset = -1;
        qint64 length = 0;
        std::shared_ptr<FileHasher::Control> control;
        std::optional<Result<FileHasher::Chunk>> read; // set once the worker is done
    };
    NextChunk m_next;
    // Two chunk buffers take turns: one on the wire, one being read into (ChunkDigests::readPiece).
    QByteArray m_sending;
    QByteArray m_spare;
    bool m_awaitingChunk = false; // sendNextChunk() wants m_next as soon as it is read
};

} // namespace sluice
