#pragma once

#include <vector>

#include <QByteArrayView>
#include <QtGlobal>

namespace sluice {

/// A problem with one record that does not stop the reading; the caller decides what to do.
/// (A record with more or fewer fields than the header is not an issue: compare fieldCount().)
struct CsvRecordIssue
{
    enum class Kind {
        InvalidUtf8,         // the field's bytes are not UTF-8 (the view holds them unchanged)
        TextAfterQuote,      // `"ab"cd`: the text after the closing quote is kept: abcd
    };
    Kind kind;
    int column;  // 0-based field index
};

/// One record from CsvReader: UTF-8 views of its fields, quotes removed and "" unescaped.
/// The views point into the reader's buffers and are valid until the next call to
/// CsvReader::next() or the reader's destruction. Reuse one CsvRecord for a whole file: its
/// storage is kept, so the read loop does not allocate.
class CsvRecord final
{
public:
    int fieldCount() const { return int(m_fields.size()); }

    QByteArrayView field(int index) const
    {
        Q_ASSERT(index >= 0 && index < fieldCount());
        const Span &span = m_fields[size_t(index)];
        return QByteArrayView((span.inScratch ? m_scratch : m_data) + span.offset, span.length);
    }

    /// True when the field was written in quotes (even `""`): an importer may want to tell a
    /// quoted empty string from a missing value.
    bool isQuoted(int index) const { return m_fields[size_t(index)].quoted; }

    /// Physical line (1-based) on which the record starts, counting every line end in the
    /// decoded input, including those inside quoted fields and blank lines.
    qint64 lineNumber() const { return m_lineNumber; }
    /// 1-based number among data records (the header and blank lines are not counted); 0 for
    /// the header itself.
    qint64 recordNumber() const { return m_recordNumber; }
    /// Offset of the record's first byte in the decoded UTF-8 stream (after a BOM).
    qint64 byteOffset() const { return m_byteOffset; }
    /// The record as written, without its line end: for error reports.
    QByteArrayView rawText() const { return QByteArrayView(m_data + m_rawOffset, m_rawLength); }

    const std::vector<CsvRecordIssue> &issues() const { return m_issues; }
    bool hasIssues() const { return !m_issues.empty(); }

private:
    friend class CsvReader;

    struct Span
    {
        qsizetype offset;
        qsizetype length;
        bool inScratch;
        bool quoted;
    };

    std::vector<Span> m_fields;
    std::vector<CsvRecordIssue> m_issues;
    const char *m_data = nullptr;
    const char *m_scratch = nullptr;
    qsizetype m_rawOffset = 0;
    qsizetype m_rawLength = 0;
    qint64 m_lineNumber = 0;
    qint64 m_recordNumber = 0;
    qint64 m_byteOffset = 0;
};

} // namespace sluice
