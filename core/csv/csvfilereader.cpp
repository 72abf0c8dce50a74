#include "core/csv/csvfilereader.h"

#include "core/logging.h"

namespace sluice {

CsvFileReader::CsvFileReader(QIODevice &device, const CsvDialect &dialect, QString displayName,
                             const CsvLimits &limits, qsizetype blockBytes)
    : m_dialect(dialect)
    , m_decoder(device, dialect.encoding, displayName)
    , m_reader(m_decoder, dialect, limits, displayName, blockBytes)
{
}

Result<void> CsvFileReader::open()
{
    Q_ASSERT(!m_opened);
    m_opened = true;
    if (m_dialect.preambleLines > 0) {
        if (auto skipped = m_reader.skipLines(m_dialect.preambleLines); !skipped)
            return skipped;
    }
    if (!m_dialect.hasHeader)
        return {};
    CsvRecord header;
    auto found = m_reader.readHeader(header);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return {};  // an empty file: no header, no records
    m_headerLine = header.lineNumber();
    m_headerNames.reserve(header.fieldCount());
    for (int i = 0; i < header.fieldCount(); ++i)
        m_headerNames.append(QString::fromUtf8(header.field(i)));
    qCDebug(lcCsv) << "opened" << displayName() << "with" << m_headerNames.size() << "columns";
    return {};
}

Result<bool> CsvFileReader::next(CsvRecord &record)
{
    Q_ASSERT(m_opened);
    return m_reader.next(record);
}

} // namespace sluice
