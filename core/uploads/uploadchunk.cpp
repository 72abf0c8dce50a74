#include "core/uploads/uploadchunk.h"

#include <fcntl.h>
#include <unistd.h>

#include "core/sha256hash.h"

namespace sluice {

namespace {

// How much is written before the disk is asked to start on it. Waiting for a whole 32 MiB chunk
// in sync() took ~50 ms per chunk here; kicking every 4 MiB overlaps the disk with the network.
constexpr qint64 kWritebackBytes = 4 * 1024 * 1024;

} // namespace

UploadChunk::UploadChunk(QString uploadId, qint64 startOffset, qint64 capacity, std::unique_ptr<QFile> file,
    std::optional<QCryptographicHash::Algorithm> algorithm, std::unique_ptr<Sha256Hash> uploadHash,
    std::function<void()> release)
    : m_uploadId(std::move(uploadId))
    , m_startOffset(startOffset)
    , m_capacity(capacity)
    , m_written(0)
    , m_file(std::move(file))
    , m_uploadHash(std::move(uploadHash))
    , m_release(std::move(release))
{
    if (algorithm == QCryptographicHash::Sha256)
        m_sha256 = std::make_unique<Sha256Hash>();
    else if (algorithm)
        m_hash = std::make_unique<QCryptographicHash>(*algorithm);
}

UploadChunk::~UploadChunk()
{
    m_file.reset();
    if (m_release)
        m_release();
}

Result<void> UploadChunk::write(QByteArrayView bytes)
{
    if (bytes.size() > m_capacity - m_written)
        return fail(ErrorCode::TooLarge, tr("The chunk goes past the end of the upload."));
    if (m_file->write(bytes.data(), bytes.size()) != bytes.size())
        return fail(ErrorCode::Io, tr("Could not write the upload's file: %1").arg(m_file->errorString()));
    if (m_sha256)
        m_sha256->addData(bytes.data(), bytes.size());
    else if (m_hash)
        m_hash->addData(bytes);
    if (m_uploadHash)
        m_uploadHash->addData(bytes.data(), bytes.size());
    m_written += bytes.size();
    if (m_written - m_writebackFrom >= kWritebackBytes) {
        // Only a hint (the file is unbuffered, so the bytes are in the page cache): sync() still
        // makes them durable, so a failure here changes nothing.
        ::sync_file_range(m_file->handle(), m_startOffset + m_writebackFrom, m_written - m_writebackFrom,
            SYNC_FILE_RANGE_WRITE);
        m_writebackFrom = m_written;
    }
    return {};
}

QByteArray UploadChunk::digest()
{
    if (m_sha256)
        return m_sha256->result();
    return m_hash ? m_hash->result() : QByteArray();
}

Result<void> UploadChunk::sync()
{
    if (!m_file->flush())
        return fail(ErrorCode::Io, tr("Could not write the upload's file: %1").arg(m_file->errorString()));
    // The offset is recorded (and acknowledged) only after this: a crash loses at most this chunk.
    if (::fdatasync(m_file->handle()) != 0)
        return fail(ErrorCode::Io, tr("Could not make the upload's bytes durable (fdatasync failed)."));
    return {};
}

void UploadChunk::discard()
{
    m_file->flush();
    m_file->resize(m_startOffset);
    m_written = 0;
    m_writebackFrom = 0;
    m_uploadHash.reset();
}

} // namespace sluice
