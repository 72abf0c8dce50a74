#include "app/client/filerangedevice.h"

namespace sluice {

FileRangeDevice::FileRangeDevice(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
{
}

Result<void> FileRangeDevice::openRange()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString()));
    if (m_offset < 0 || m_length < 0 || m_offset + m_length > m_file.size())
        return fail(ErrorCode::Io, tr("The file %1 is shorter than when the upload started.").arg(m_file.fileName()));
    if (!m_file.seek(m_offset))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString()));
    // Unbuffered: QFile buffers already, and a second buffer here would go stale on seek().
    if (!open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(ErrorCode::Io, tr("Cannot read %1.").arg(m_file.fileName()));
    return {};
}

bool FileRangeDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 FileRangeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_length - (m_file.pos() - m_offset);
    if (left <= 0)
        return 0; // end of the window
    return m_file.read(data, qMin(maxSize, left));
}

qint64 FileRangeDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace sluice
