#include "app/client/chunkdigests.h"

#include <QFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace sluice {

Result<ChunkDigests> ChunkDigests::compute(
    const QString &path, qint64 size, qint64 pieceBytes, FileHasher::Control &control)
{
    Q_ASSERT(size >= 0 && pieceBytes > 0);
    ChunkDigests digests;
    digests.m_pieceBytes = pieceBytes;
    digests.m_size = size;
    for (qint64 offset = 0; offset < size; offset += pieceBytes) {
        auto digest = FileHasher::hash(path, offset, qMin(pieceBytes, size - offset), control);
        if (!digest)
            return tl::unexpected(digest.error());
        digests.m_digests.append(*digest);
    }
    return digests;
}

void ChunkDigests::start(QThreadPool *pool, const QString &path, qint64 size, qint64 pieceBytes,
    std::shared_ptr<FileHasher::Control> control, QObject *context, Handler handler)
{
    Q_ASSERT(pool && context);
    QtConcurrent::run(pool, [path, size, pieceBytes, control = std::move(control)] {
        return compute(path, size, pieceBytes, *control);
    }).then(context, [handler = std::move(handler)](const Result<ChunkDigests> &digests) { handler(digests); });
}

Result<FileHasher::Chunk> ChunkDigests::readPiece(
    const QString &path, qint64 offset, qint64 length, const QByteArray &digest, QByteArray buffer)
{
    QFile file(path);
    if (buffer.capacity() < length || !buffer.isDetached())
        buffer = QByteArray(length, Qt::Uninitialized); // exactly: resize() would round the capacity up
    else
        buffer.resize(length); // in place
    FileHasher::Chunk chunk { offset, std::move(buffer), digest };
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset) || file.read(chunk.bytes.data(), length) != length)
        return fail(ErrorCode::Io,
            tr("Cannot read %1 bytes at byte %2 of %3: %4")
                .arg(length)
                .arg(offset)
                .arg(path, file.error() == QFileDevice::NoError ? tr("the file is shorter") : file.errorString()));
    return chunk;
}

void ChunkDigests::startReadPiece(QThreadPool *pool, const QString &path, qint64 offset, qint64 length,
    const QByteArray &digest, QByteArray buffer, QObject *context, FileHasher::ChunkHandler handler)
{
    Q_ASSERT(pool && context);
    QtConcurrent::run(pool, [path, offset, length, digest, buffer = std::move(buffer)]() mutable {
        return readPiece(path, offset, length, digest, std::move(buffer));
    }).then(context, [handler = std::move(handler)](const Result<FileHasher::Chunk> &chunk) { handler(chunk); });
}

QByteArray ChunkDigests::find(qint64 offset, qint64 length) const
{
    if (m_pieceBytes <= 0 || offset < 0 || offset >= m_size || offset % m_pieceBytes != 0
        || length != qMin(m_pieceBytes, m_size - offset))
        return QByteArray();
    return m_digests.value(offset / m_pieceBytes);
}

} // namespace sluice
