#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include "core/error.h"

namespace sluice {

/// The bytes of one append to an upload (one tus PATCH), on their way to the upload's file.
/// Made by UploadCatalog::openChunk(), which leases the upload to it: no other chunk can write
/// the same upload until this one is destroyed. The bytes are not part of the upload until
/// UploadCatalog::commitChunk() has made them durable and recorded the new offset.
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
    /// The digest of the bytes written so far with the algorithm asked for at opening, or empty.
    QByteArray digest() const;

private:
    friend class UploadCatalog;
    UploadChunk(QString uploadId, qint64 startOffset, qint64 capacity, std::unique_ptr<QFile> file,
        std::optional<QCryptographicHash::Algorithm> algorithm, std::function<void()> release);

    /// Flushes and fsyncs the file, so the bytes survive a crash.
    [[nodiscard]] Result<void> sync();
    /// Cuts the file back to startOffset(): the chunk's bytes are dropped.
    void discard();

    QString m_uploadId;
    qint64 m_startOffset = 0;
    qint64 m_capacity = 0;
    qint64 m_written = 0;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<QCryptographicHash> m_hash;
    std::function<void()> m_release; // gives the lease back to the store
};

} // namespace sluice
