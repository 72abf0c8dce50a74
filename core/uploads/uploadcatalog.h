#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>

#include "core/error.h"
#include "core/storage/databaseconfig.h"
#include "core/uploads/uploadchunk.h"
#include "core/uploads/uploadinfo.h"

namespace sluice {

/// Where and within which limits an UploadCatalog keeps its uploads. Plain data.
struct UploadCatalogConfig
{
    DatabaseConfig database;
    QString directory; // holds <id>.part; normally <dataDirectory>/uploads
    qint64 maxUploadBytes = 100LL * 1024 * 1024 * 1024;
    int maxConcurrentChunks = 16; // appends in flight at once, over all uploads
    int expiryHours = 24; // an unfinished upload untouched this long is removed by removeExpired()
    qint64 diskReserveBytes = 64LL * 1024 * 1024; // left free on the disk after accepting bytes
};

/// Resumable uploads: the bytes in <directory>/<id>.part and the records in the catalog's
/// `uploads` table. No HTTP here: server/tus speaks the protocol on top of it.
/// Invariant: the recorded offset never counts a byte that is not durable on disk; bytes in
/// the file past the offset are leftovers of an unacknowledged append and are cut off by the
/// next one.
/// Thread: any; each thread uses its own database connection (ThreadConnection), and the
/// leases that keep two appends off one upload are shared under a mutex.
class UploadCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(UploadCatalog)
public:
    explicit UploadCatalog(UploadCatalogConfig config);
    ~UploadCatalog();
    Q_DISABLE_COPY_MOVE(UploadCatalog)

    const UploadCatalogConfig &config() const { return m_config; }
    /// The file of upload `id` (a well-formed id: never a client's name).
    QString filePath(const QString &id) const;

    /// Creates the uploads directory if needed.
    [[nodiscard]] Result<void> prepare() const;

    /// A new upload in state Created, with an empty file. TooLarge past maxUploadBytes.
    [[nodiscard]] Result<UploadInfo> create(const NewUpload &upload) const;
    /// NotFound for an unknown or malformed id.
    [[nodiscard]] Result<UploadInfo> find(const QString &id) const;
    [[nodiscard]] Result<QList<UploadInfo>> list() const;
    /// A complete upload of `kind` whose bytes have this SHA-256 (hex), for deduplication.
    [[nodiscard]] Result<std::optional<UploadInfo>> findComplete(const QString &sha256, const QString &kind) const;

    /// Fails (TooLarge) when `bytes` more would leave less than the reserve free on the disk.
    [[nodiscard]] Result<void> checkFreeSpace(qint64 bytes) const;

    /// Opens an append at `offset`, which must be the upload's offset (Conflict otherwise).
    /// NotFound: unknown or terminated; Forbidden: complete or failed; Conflict: another append
    /// is writing this upload; Busy: maxConcurrentChunks appends are in flight.
    /// `checksum`: the algorithm whose digest the chunk computes on the way.
    [[nodiscard]] Result<std::unique_ptr<UploadChunk>> openChunk(
        const QString &id, qint64 offset, std::optional<QCryptographicHash::Algorithm> checksum = std::nullopt) const;
    /// Makes the chunk's bytes durable (flush + fdatasync), then records the new offset. When
    /// that reaches the length, the upload is completed: its SHA-256, kept running across
    /// appends, is checked against the declared one. Returns the upload.
    [[nodiscard]] Result<UploadInfo> commitChunk(UploadChunk &chunk) const;
    /// Drops the chunk's bytes (a checksum mismatch): the upload stays at its offset.
    void discardChunk(UploadChunk &chunk) const;
    /// openChunk + write + commitChunk in one call.
    [[nodiscard]] Result<UploadInfo> append(const QString &id, qint64 offset, QByteArrayView bytes) const;

    /// Declares the length of a deferred upload (once; not below its offset).
    [[nodiscard]] Result<UploadInfo> setLength(const QString &id, qint64 length) const;
    /// Records which dataset an upload became.
    [[nodiscard]] Result<void> setDatasetId(const QString &id, const QString &datasetId) const;
    /// Removes the upload's file and marks it terminated. NotFound if already gone.
    [[nodiscard]] Result<void> terminate(const QString &id) const;
    /// A new complete upload made of `partIds` (complete partial uploads) in order; the parts
    /// are terminated afterwards. The SHA-256 check of complete() applies to the whole.
    [[nodiscard]] Result<UploadInfo> concatenate(const NewUpload &upload, const QStringList &partIds) const;
    /// Terminates unfinished uploads (and unused partial ones) whose expiry is before `now`.
    /// Returns how many were removed.
    [[nodiscard]] Result<int> removeExpired(const QDateTime &now) const;

private:
    struct Leases;

    /// Checks the upload's SHA-256 (`sha256Hex` if given, else the running one, else read from
    /// the file) and marks it complete, or failed when it differs from the declared one.
    [[nodiscard]] Result<UploadInfo> complete(const UploadInfo &upload, std::optional<QByteArray> sha256Hex = {}) const;
    /// After a commit: keeps the chunk's running hash for the next append (rebuilt if unknown).
    void keepHash(UploadChunk &chunk) const;
    void forgetHash(const QString &id) const;
    [[nodiscard]] Result<void> markFailed(const QString &id, const QString &message) const;
    [[nodiscard]] Result<QList<UploadInfo>> select(const QString &where, const QVariantList &values) const;

    UploadCatalogConfig m_config;
    std::shared_ptr<Leases> m_leases; // shared with the chunks, which may outlive a request
};

} // namespace sluice
