#include "core/archive/inputstream.h"

#include "core/archive/archivereader.h"

namespace sluice {

InputStream::InputStream(std::shared_ptr<ArchiveReader> reader, InputInfo info, quint64 entryNumber)
    : m_reader(std::move(reader))
    , m_info(std::move(info))
    , m_entryNumber(entryNumber)
{
    QIODevice::open(QIODevice::ReadOnly);
}

InputStream::~InputStream() = default;

qint64 InputStream::compressedBytesConsumed() const
{
    return m_reader->sourceBytesRead();
}

qint64 InputStream::sourceSize() const
{
    return m_reader->sourceSize();
}

Result<void> InputStream::status() const
{
    if (m_error)
        return tl::unexpected(*m_error);
    return {};
}

bool InputStream::atEnd() const
{
    // A decompressor knows its end only by trying to read past it. Probing here (the byte stays in
    // QIODevice's buffer) makes `while (!atEnd()) readLine();` stop after the last line instead of
    // returning one empty line more.
    if (!m_finished && QIODevice::bytesAvailable() == 0) {
        char probe = 0;
        const_cast<InputStream *>(this)->peek(&probe, 1);
    }
    return m_finished && QIODevice::atEnd();
}

qint64 InputStream::readData(char *data, qint64 maxSize)
{
    if (m_error)
        return -1;
    if (m_finished)
        return 0;
    const Result<qint64> n = m_reader->read(m_entryNumber, data, maxSize);
    if (!n) {
        m_error = n.error();
        m_finished = true;
        setErrorString(n.error().message);
        return -1;
    }
    if (*n == 0 && maxSize > 0)
        m_finished = true;
    m_decompressedBytes += *n;
    return *n;
}

qint64 InputStream::writeData(const char *, qint64)
{
    return -1; // opened ReadOnly, so QIODevice refuses writes before they get here
}

} // namespace sluice
