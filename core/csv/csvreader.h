#pragma once

#include <string>
#include <vector>

#include <QCoreApplication>
#include <QString>

#include "core/csv/csvdialect.h"
#include "core/csv/csvrecord.h"
#include "core/error.h"

namespace sluice {

class CsvDecoder;

/// Splits decoded UTF-8 into records: RFC 4180 plus what real files contain (LF, CRLF and
/// lone CR line ends mixed, blank lines, spaces around quoted fields, a last line without a
/// line end). Streams in blocks; fields are views into the block, and a record that spans two
/// blocks is carried over, so memory stays flat (bounded by CsvLimits) and the read loop does
/// not allocate. Fatal problems (an unterminated quote, a NUL byte, a limit exceeded) are
/// errors naming the file, line and column; per-record problems are CsvRecord::issues().
/// Not thread-safe: one reader per thread.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static constexpr qsizetype kDefaultBlockBytes = 1024 * 1024;

    /// The decoder must outlive the reader. Only delimiter, quote, trailingDelimiter and
    /// encoding (UTF-8 input is validated, decoded input is valid by construction) of the
    /// dialect are used here; CsvFileReader handles the preamble and the header.
    CsvReader(CsvDecoder &decoder, const CsvDialect &dialect, const CsvLimits &limits, QString displayName,
              qsizetype blockBytes = kDefaultBlockBytes);

    /// Skips count physical lines without looking at quotes (a preamble before the table).
    [[nodiscard]] Result<void> skipLines(int count);
    /// Reads the next record as the header: recordNumber() 0, not counted as data.
    /// False at the end of the input.
    [[nodiscard]] Result<bool> readHeader(CsvRecord &record);
    /// Reads the next data record into record; false at the end of the input.
    [[nodiscard]] Result<bool> next(CsvRecord &record);

    /// Blank lines skipped so far (a line with only a line end; "" is a record).
    qint64 blankLines() const { return m_blankLines; }
    /// Data records returned so far.
    qint64 recordCount() const { return m_recordCount; }
    const QString &displayName() const { return m_displayName; }

private:
    enum class Step { Record, Blank, NeedMore, End };

    [[nodiscard]] Result<bool> readRecord(CsvRecord &record);
    [[nodiscard]] Result<Step> parseRecord(CsvRecord &record);
    [[nodiscard]] Result<void> refill();
    void validateUtf8(CsvRecord &record) const;
    Error errorAt(ErrorCode code, qint64 line, int column, const QString &what) const;

    CsvDecoder &m_decoder;
    CsvLimits m_limits;
    QString m_displayName;
    qsizetype m_blockBytes;
    char m_delimiter;
    char m_quote;
    bool m_dropTrailingEmpty;
    bool m_checkUtf8;

    // m_buffer[m_pos, m_end) is decoded input not yet consumed, followed by kPadding zero bytes
    // so that the scanner can read 16 bytes at a time and stop at the end without a bounds check.
    std::vector<char> m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_bufferOffset = 0;  // stream offset of m_buffer[0]
    bool m_eof = false;
    bool m_pendingCr = false;  // the last line ended in CR: a LF right after it is part of it
    qint64 m_line = 1;  // line on which the next record starts
    qint64 m_blankLines = 0;
    qint64 m_recordCount = 0;
    std::string m_scratch;  // unescaped fields of the current record; cleared, never shrunk
};

} // namespace sluice
