#include "app/client/filehasher.h"

#include <QFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "core/sha256hash.h"

namespace sluice {

namespace {

constexpr qint64 kBlock = 1024 * 1024; // large enough for full disk speed, small enough to cancel promptly

// Opens `file` at `offset` and checks [offset, offset + length) lies inside it; a negative
// `length` becomes "to the end".
Result<void> openRange(QFile &file, qint64 offset, qint64 &length)
{
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, FileHasher::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    if (length < 0)
        length = file.size() - offset;
    if (offset < 0 || offset + length > file.size() || !file.seek(offset))
        return fail(ErrorCode::Io, FileHasher::tr("The file %1 is shorter than expected.").arg(file.fileName()));
    return {};
}

// Reads the next `length` bytes of `file` and hashes them. With `keep`, `buffer` receives
// them all; otherwise it holds kBlock bytes and each block overwrites the one before.
Result<QByteArray> readHashing(QFile &file, qint64 length, char *buffer, bool keep, FileHasher::Control &control)
{
    Sha256Hash hash;
    qint64 done = 0;
    while (done < length) {
        if (control.canceled.load())
            return fail(ErrorCode::Canceled, FileHasher::tr("Hashing %1 was stopped.").arg(file.fileName()));
        char *block = keep ? buffer + done : buffer;
        const qint64 read = file.read(block, qMin(kBlock, length - done));
        if (read <= 0)
            return fail(ErrorCode::Io, FileHasher::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        hash.addData(block, read);
        done += read;
        control.bytesDone.fetch_add(read);
    }
    QByteArray digest = hash.result();
    if (digest.isEmpty())
        return fail(ErrorCode::Internal, FileHasher::tr("SHA-256 failed inside OpenSSL's libcrypto."));
    return digest;
}

// Runs `work` over the range on `pool` and hands its result to `handler` in `context`'s thread;
// then(context, ...) drops the handler once `context` is gone.
template <typename T>
void runOn(QThreadPool *pool, QObject *context,
    Result<T> (*work)(const QString &, qint64, qint64, FileHasher::Control &), const QString &path, qint64 offset,
    qint64 length, std::shared_ptr<FileHasher::Control> control, std::function<void(const Result<T> &)> handler)
{
    Q_ASSERT(pool && context);
    QtConcurrent::run(pool, [work, path, offset, length, control = std::move(control)] {
        return work(path, offset, length, *control);
    }).then(context, [handler = std::move(handler)](const Result<T> &result) { handler(result); });
}

} // namespace

Result<QByteArray> FileHasher::hash(const QString &path, qint64 offset, qint64 length, Control &control)
{
    QFile file(path);
    if (auto opened = openRange(file, offset, length); !opened)
        return tl::unexpected(opened.error());
    QByteArray block(qMin(kBlock, qMax<qint64>(1, length)), Qt::Uninitialized);
    return readHashing(file, length, block.data(), false, control);
}

Result<FileHasher::Chunk> FileHasher::readChunk(const QString &path, qint64 offset, qint64 length, Control &control)
{
    Q_ASSERT(length >= 0);
    QFile file(path);
    if (auto opened = openRange(file, offset, length); !opened)
        return tl::unexpected(opened.error());
    Chunk chunk;
    chunk.offset = offset;
    chunk.bytes = QByteArray(length, Qt::Uninitialized);
    auto digest = readHashing(file, length, chunk.bytes.data(), true, control);
    if (!digest)
        return tl::unexpected(digest.error());
    chunk.digest = *digest;
    return chunk;
}

void FileHasher::start(QThreadPool *pool, const QString &path, qint64 offset, qint64 length,
    std::shared_ptr<Control> control, QObject *context, Handler handler)
{
    runOn(pool, context, &FileHasher::hash, path, offset, length, std::move(control), std::move(handler));
}

void FileHasher::startChunk(QThreadPool *pool, const QString &path, qint64 offset, qint64 length,
    std::shared_ptr<Control> control, QObject *context, ChunkHandler handler)
{
    runOn(pool, context, &FileHasher::readChunk, path, offset, length, std::move(control), std::move(handler));
}

} // namespace sluice
