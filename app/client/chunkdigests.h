#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "app/client/filehasher.h"
#include "core/error.h"

class QObject;
class QThreadPool;

namespace sluice {

/// The SHA-256 of each piece of a file cut at multiples of one size (the last piece may be
/// shorter). TusUploader computes them on the hash pool's second thread while the whole file
/// is hashed, before the upload is created; the chunks that are whole pieces are then only
/// read during the transfer, not hashed. On two cores that moves a core's worth of hashing out
/// of the transfer, where it competed with the server, into a phase where a core is idle.
/// A chunk whose bytes changed since is refused by the server (460) and then hashed as read.
/// Plain value; any thread.
class ChunkDigests final
{
    Q_DECLARE_TR_FUNCTIONS(ChunkDigests)
public:
    using Handler = std::function<void(const Result<ChunkDigests> &)>;

    /// Hashes the pieces of `pieceBytes` of the first `size` bytes of `path`, here and now;
    /// Canceled when `control` asks to stop.
    [[nodiscard]] static Result<ChunkDigests> compute(
        const QString &path, qint64 size, qint64 pieceBytes, FileHasher::Control &control);
    /// Runs compute() on `pool` and calls `handler` in `context`'s thread, unless `context`
    /// has been destroyed by then.
    static void start(QThreadPool *pool, const QString &path, qint64 size, qint64 pieceBytes,
        std::shared_ptr<FileHasher::Control> control, QObject *context, Handler handler);

    /// Reads [offset, offset + length) of `path` into memory, here and now, as a chunk with the
    /// `digest` already known for it: no hashing. The bytes go into `buffer` when no one else
    /// holds it (an earlier chunk's, already sent): memory the system need not map and zero again.
    [[nodiscard]] static Result<FileHasher::Chunk> readPiece(
        const QString &path, qint64 offset, qint64 length, const QByteArray &digest, QByteArray buffer = {});
    /// Runs readPiece() on `pool` and calls `handler` like start().
    static void startReadPiece(QThreadPool *pool, const QString &path, qint64 offset, qint64 length,
        const QByteArray &digest, QByteArray buffer, QObject *context, FileHasher::ChunkHandler handler);

    /// 0 when there are none.
    qint64 pieceBytes() const { return m_pieceBytes; }
    /// The raw digest of [offset, offset + length) when that is exactly one piece; empty otherwise.
    QByteArray find(qint64 offset, qint64 length) const;

private:
    qint64 m_pieceBytes = 0;
    qint64 m_size = 0;
    QList<QByteArray> m_digests;
};

} // namespace sluice
