#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "core/csv/csvdecoder.h"
#include "core/csv/csvdialect.h"
#include "core/csv/csvreader.h"
#include "core/csv/csvrecord.h"
#include "core/error.h"

class QIODevice;

namespace sluice {

/// Reads a CSV file as a dialect says: decoding, preamble, header, records. The usual use:
///     auto sniffed = CsvSniffer().sniff(device, overrides);
///     CsvFileReader reader(device, sniffed->dialect, name);
///     reader.open();  while (*reader.next(record)) ...
/// The device must be open, positioned where sniffing found it, and outlive the reader.
class CsvFileReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvFileReader)
    Q_DISABLE_COPY_MOVE(CsvFileReader)
public:
    CsvFileReader(QIODevice &device, const CsvDialect &dialect, QString displayName, const CsvLimits &limits = {},
                  qsizetype blockBytes = CsvReader::kDefaultBlockBytes);

    /// Skips the preamble and reads the header, if the dialect has one. Call once, first.
    [[nodiscard]] Result<void> open();
    /// The next data record; false at the end. Views in record live until the next call.
    [[nodiscard]] Result<bool> next(CsvRecord &record);

    /// The header's fields as written (decoded from UTF-8; invalid bytes replaced).
    /// Empty when the dialect has no header. CsvSniffer::cleanColumnNames() makes them usable.
    const QStringList &headerNames() const { return m_headerNames; }
    /// Line of the header (0 when there is none): for messages.
    qint64 headerLine() const { return m_headerLine; }

    const CsvDialect &dialect() const { return m_dialect; }
    const QString &displayName() const { return m_reader.displayName(); }
    /// Bytes taken from the device: progress against its size.
    qint64 bytesConsumed() const { return m_decoder.bytesConsumed(); }
    qint64 blankLines() const { return m_reader.blankLines(); }
    qint64 recordCount() const { return m_reader.recordCount(); }

private:
    CsvDialect m_dialect;
    CsvDecoder m_decoder;
    CsvReader m_reader;  // reads through m_decoder: declared after it
    QStringList m_headerNames;
    qint64 m_headerLine = 0;
    bool m_opened = false;
};

} // namespace sluice
