#include "core/uploads/uploadchunk.h"

#include <unistd.h>

namespace sluice {

UploadChunk::UploadChunk(QString uploadId, qint64 startOffset, qint64 capacity, std::unique_ptr<QFile> file,
    std::optional<QCryptographicHash::Algorithm> algorithm, std::function<void()> release)
    : m_uploadId(std::move(uploadId))
    , m_startOffset(startOffset)
    , m_capacity(capacity)
    , m_written(0)
    , m_file(std::move(file))
    , m_hash(algorithm ? std::make_unique<QCryptographicHash>(*algorithm) : nullptr)
    , m_release(std::move(release))
{
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
    if (m_hash)
        m_hash->addData(bytes);
    m_written += bytes.size();
    return {};
}

QByteArray UploadChunk::digest() const
{
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
}

} // namespace sluice
