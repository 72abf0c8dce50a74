#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include "core/error.h"

namespace sluice {

class Sha256Hash;

/// The bytes of one append to an upload (one tus PATCH), on their way to the upload's file.
/// Made by UploadCatalog::openChunk(), which leases the upload to it: no other chunk can write
/// the same upload until this one is destroyed. The bytes are not part of the upload until
/// UploadCatalog::commitChunk() has made them durable and recorded the new offset.
/// On the way it keeps the running SHA-256 of the whole upload (when the catalog knew it up to
/// startOffset()), so completing an upload needs no second pass over its file, and it starts
/// the disk writes early, so the sync before the acknowledgement has little left to wait for.
/// Thread: used by one thread at a time; it may be handed to another (the server thread
/// writes, a pool thread commits). Not a QObject.
class UploadChunk final
{
    Q_DECLARE_TR_FUNCTIONS(UploadChunk)
public:
    ~UploadChunk();
    Q_DISABLE_COPY_MOVE(UploadChunk)

    /// Appends `bytes` to the file; refused past capacity().
    [[nodiscard]] Result<void> write(QByteArrayView bytes);

    const QString &uploadId() const { return m_uploadId; }
    /// The upload's durable offset when the chunk was opened.
    qint64 startOffset() const { return m_startOffset; }
    qint64 written() const { return m_written; }
    qint64 endOffset() const { return m_startOffset + m_written; }
    /// The most bytes this chunk may hold (up to the upload's length).
    qint64 capacity() const { return m_capacity; }
    /// The digest of the bytes written with the algorithm asked for at opening, or empty; once,
    /// after the last write (it ends the hash).
    QByteArray digest();

private:
    friend class UploadCatalog;
    UploadChunk(QString uploadId, qint64 startOffset, qint64 capacity, std::unique_ptr<QFile> file,
        std::optional<QCryptographicHash::Algorithm> algorithm, std::unique_ptr<Sha256Hash> uploadHash,
        std::function<void()> release);

    /// Flushes and fsyncs the file, so the bytes survive a crash.
    [[nodiscard]] Result<void> sync();
    /// Cuts the file back to startOffset(): the chunk's bytes are dropped.
    void discard();

    QString m_uploadId;
    qint64 m_startOffset = 0;
    qint64 m_capacity = 0;
    qint64 m_written = 0;
    std::unique_ptr<QFile> m_file;
    qint64 m_writebackFrom = 0; // the chunk's bytes before this one were handed to the disk already
    // The Upload-Checksum digest: SHA-256 through Sha256Hash (QCryptographicHash's is ~10x
    // slower), MD5 and SHA-1 through QCryptographicHash.
    std::unique_ptr<Sha256Hash> m_sha256;
    std::unique_ptr<QCryptographicHash> m_hash;
    std::unique_ptr<Sha256Hash> m_uploadHash; // of the upload's bytes 0..endOffset(); null if unknown at opening
    std::function<void()> m_release; // gives the lease back to the store
};

} // namespace sluice
