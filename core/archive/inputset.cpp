#include "core/archive/inputset.h"

#include "core/archive/archivereader.h"

namespace sluice {

InputSet::InputSet(std::shared_ptr<ArchiveReader> reader)
    : m_reader(std::move(reader))
{
}

InputSet::~InputSet() = default;

Result<std::unique_ptr<InputStream>> InputSet::nextInput()
{
    auto entry = m_reader->nextEntry();
    if (!entry)
        return tl::unexpected(entry.error());
    if (!*entry)
        return std::unique_ptr<InputStream>();
    return std::make_unique<InputStream>(m_reader, std::move(**entry), m_reader->entryNumber());
}

QString InputSet::sourceName() const
{
    return m_reader->sourceName();
}

qint64 InputSet::sourceSize() const
{
    return m_reader->sourceSize();
}

qint64 InputSet::compressedBytesConsumed() const
{
    return m_reader->sourceBytesRead();
}

qint64 InputSet::decompressedBytes() const
{
    return m_reader->decompressedBytes();
}

QStringList InputSet::skippedEntries() const
{
    return m_reader->skippedEntries();
}

} // namespace sluice
