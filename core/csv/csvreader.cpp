#include "core/csv/csvreader.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/csv/csvdecoder.h"
#include "core/csv/utf8.h"

namespace sluice {

namespace {

constexpr qsizetype kPadding = 64;

// Classifies the input 64 bytes at a time into bit masks and answers the next special byte
// from them: most fields are short, so one mask serves several fields. Two views of a block:
// outside quotes the delimiter, LF, CR and NUL end a field; inside quotes the quote, LF, CR and
// NUL matter (line ends are counted, a NUL is an error). The same pass notes bytes >= 0x80, so
// that an ASCII record needs no UTF-8 validation. One finder serves one record: the blocks it
// loads then start at or after the record's first byte and cover every byte it has scanned.
// The buffer ends in kPadding zero bytes, so the scan always stops at the end of the data.
class SpecialFinder final
{
public:
    SpecialFinder(char delimiter, char quote)
        : m_delimiter(delimiter)
        , m_quote(quote)
    {
#if defined(__SSE2__)
        m_vDelimiter = _mm_set1_epi8(delimiter);
        m_vQuote = _mm_set1_epi8(quote);
        m_vLf = _mm_set1_epi8('\n');
        m_vCr = _mm_set1_epi8('\r');
#endif
    }

    /// The first delimiter, LF, CR or NUL at or after p.
    const char *find(const char *p) { return next(p, &SpecialFinder::m_fieldMask); }
    /// The first quote, LF, CR or NUL at or after p.
    const char *findInQuotes(const char *p) { return next(p, &SpecialFinder::m_quotedMask); }

    /// False when no byte >= 0x80 lies between the record's start and rawEnd, which must not be
    /// past the block of the last hit; true when there may be one.
    bool mayHaveNonAscii(const char *rawEnd) const
    {
        const auto offset = quintptr(rawEnd) - quintptr(m_base);
        if (!m_base || offset > 64)
            return true;
        const quint64 inRecord = offset == 64 ? ~quint64(0) : (quint64(1) << offset) - 1;
        return m_highSeen != 0 || (m_highMask & inRecord) != 0;
    }

private:
    const char *next(const char *p, quint64 SpecialFinder::*masks)
    {
        const auto offset = quintptr(p) - quintptr(m_base);
        if (!m_base || offset >= 64)
            load(p);
        quint64 mask = (this->*masks) & (~quint64(0) << (p - m_base));
        while (mask == 0) {
            load(m_base + 64);
            mask = this->*masks;
        }
        return m_base + __builtin_ctzll(mask);
    }

    // Every byte of the block being left was scanned and lies before the caller's position,
    // so it belongs to the record.
    void load(const char *p)
    {
        m_highSeen |= m_highMask;
        m_base = p;
#if defined(__SSE2__)
        quint64 field = 0;
        quint64 quoted = 0;
        quint64 high = 0;
        const __m128i zero = _mm_setzero_si128();
        for (int i = 0; i < 4; ++i) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * i));
            const __m128i common = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, m_vLf), _mm_cmpeq_epi8(v, m_vCr)),
                                                _mm_cmpeq_epi8(v, zero));
            const int shift = 16 * i;
            field |= quint64(unsigned(_mm_movemask_epi8(_mm_or_si128(common, _mm_cmpeq_epi8(v, m_vDelimiter)))))
                << shift;
            quoted |= quint64(unsigned(_mm_movemask_epi8(_mm_or_si128(common, _mm_cmpeq_epi8(v, m_vQuote)))))
                << shift;
            high |= quint64(unsigned(_mm_movemask_epi8(v))) << shift;
        }
        m_fieldMask = field;
        m_quotedMask = quoted;
        m_highMask = high;
#else
        m_fieldMask = 0;
        m_quotedMask = 0;
        m_highMask = 0;
        for (int i = 0; i < 64; ++i) {
            const char c = p[i];
            const quint64 bit = quint64(1) << i;
            const bool common = c == '\n' || c == '\r' || c == '\0';
            if (common || c == m_delimiter)
                m_fieldMask |= bit;
            if (common || c == m_quote)
                m_quotedMask |= bit;
            if (static_cast<unsigned char>(c) >= 0x80)
                m_highMask |= bit;
        }
#endif
    }

    char m_delimiter;
    char m_quote;
#if defined(__SSE2__)
    __m128i m_vDelimiter;
    __m128i m_vQuote;
    __m128i m_vLf;
    __m128i m_vCr;
#endif
    const char *m_base = nullptr;
    quint64 m_fieldMask = 0;
    quint64 m_quotedMask = 0;
    quint64 m_highMask = 0;
    quint64 m_highSeen = 0;  // bytes >= 0x80 in the blocks left behind
};

// Line ends inside a quoted field (CRLF counts once) and the first NUL, if any.
struct QuotedScan
{
    qint64 lineEnds = 0;
    const char *nul = nullptr;

    // c points at a LF, CR or NUL inside the quotes; c[1] is readable (the closing quote or
    // the padding follow).
    void note(const char *c)
    {
        if (*c == '\n')
            ++lineEnds;
        else if (*c == '\r')
            lineEnds += c[1] != '\n';
        else if (!nul)
            nul = c;
    }
};

} // namespace

CsvReader::CsvReader(CsvDecoder &decoder, const CsvDialect &dialect, const CsvLimits &limits, QString displayName,
                     qsizetype blockBytes)
    : m_decoder(decoder)
    , m_limits(limits)
    , m_displayName(std::move(displayName))
    , m_blockBytes(qMax<qsizetype>(1, blockBytes))
    , m_delimiter(dialect.delimiter)
    , m_quote(dialect.quote)
    , m_dropTrailingEmpty(dialect.trailingDelimiter)
    , m_checkUtf8(decoder.encoding() == CsvEncoding::Utf8)
{
    // A delimiter that is also a line end or the quote cannot be parsed; fall back to the RFC.
    if (m_delimiter == '\n' || m_delimiter == '\r' || m_delimiter == '\0')
        m_delimiter = ',';
    if (m_quote == m_delimiter || m_quote == '\n' || m_quote == '\r')
        m_quote = '\0';
    m_buffer.assign(size_t(m_blockBytes + kPadding), '\0');
}

Error CsvReader::errorAt(ErrorCode code, qint64 line, int column, const QString &what) const
{
    return Error { code, tr("%1, line %2, column %3: %4").arg(m_displayName).arg(line).arg(column).arg(what) };
}

Result<void> CsvReader::refill()
{
    // Move the partial record to the front. Read at least as much as is already held, so that
    // a long record costs linear time overall although parsing restarts at its beginning.
    const qsizetype keep = m_end - m_pos;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, size_t(keep));
        m_bufferOffset += m_pos;
        m_pos = 0;
        m_end = keep;
    }
    const qsizetype want = qMax(m_blockBytes, keep);
    const auto needed = size_t(m_end + want + kPadding);
    if (m_buffer.size() < needed)
        m_buffer.resize(std::max(needed, m_buffer.size() * 2));
    auto count = m_decoder.read(m_buffer.data() + m_end, want);
    if (!count)
        return tl::unexpected(count.error());
    if (*count == 0)
        m_eof = true;
    m_end += *count;
    std::memset(m_buffer.data() + m_end, 0, kPadding);
    return {};
}

Result<void> CsvReader::skipLines(int count)
{
    while (count > 0) {
        if (m_pos == m_end) {
            if (m_eof)
                return {};
            auto filled = refill();
            if (!filled)
                return filled;
            continue;
        }
        const char *data = m_buffer.data();
        if (m_pendingCr) {
            m_pendingCr = false;
            if (data[m_pos] == '\n') {
                ++m_pos;
                continue;
            }
        }
        const char *start = data + m_pos;
        const char *stop = std::find_if(start, data + m_end, [](char c) { return c == '\n' || c == '\r'; });
        m_pos = stop - data;
        if (stop == data + m_end)
            continue;  // the line goes on in the next block
        m_pendingCr = *stop == '\r';
        ++m_pos;
        ++m_line;
        --count;
    }
    return {};
}

Result<bool> CsvReader::readHeader(CsvRecord &record)
{
    auto found = readRecord(record);
    if (found && *found)
        record.m_recordNumber = 0;
    return found;
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    auto found = readRecord(record);
    if (found && *found)
        record.m_recordNumber = ++m_recordCount;
    return found;
}

Result<bool> CsvReader::readRecord(CsvRecord &record)
{
    for (;;) {
        auto step = parseRecord(record);
        if (!step)
            return tl::unexpected(step.error());
        switch (*step) {
        case Step::Record:
            return true;
        case Step::End:
            return false;
        case Step::Blank:
            break;
        case Step::NeedMore:
            if (auto filled = refill(); !filled)
                return tl::unexpected(filled.error());
            break;
        }
    }
}

// Parses one record at m_pos. Nothing is committed unless a whole record (or a blank line) was
// found: on NeedMore the caller reads more input and the record is parsed again from its start.
Result<CsvReader::Step> CsvReader::parseRecord(CsvRecord &record)
{
    const char *const base = m_buffer.data();
    const char *const end = base + m_end;
    const char *p = base + m_pos;

    if (m_pendingCr) {
        if (p == end)
            return m_eof ? Step::End : Step::NeedMore;
        m_pendingCr = false;
        if (*p == '\n') {
            ++p;
            ++m_pos;
        }
    }
    if (p == end)
        return m_eof ? Step::End : Step::NeedMore;
    if (*p == '\n' || *p == '\r') {
        m_pendingCr = *p == '\r';
        ++m_pos;
        ++m_line;
        ++m_blankLines;
        return Step::Blank;
    }

    SpecialFinder finder(m_delimiter, m_quote);
    const char delimiter = m_delimiter;
    const char quote = m_quote;
    const qsizetype maxField = m_limits.maxFieldBytes;
    auto &fields = record.m_fields;
    fields.clear();
    record.m_issues.clear();
    m_scratch.clear();

    const char *const recordStart = p;
    qint64 innerLines = 0;  // line ends inside quoted fields before the current field
    const char *fieldStart = p;
    auto column = [&fields] { return int(fields.size()) + 1; };  // 1-based, of the field being read

    auto needMore = [&]() -> Result<Step> {
        if (end - recordStart > m_limits.maxRecordBytes)
            return tl::unexpected(errorAt(ErrorCode::TooLarge, m_line, column(),
                                          tr("the record is longer than %1 bytes.").arg(m_limits.maxRecordBytes)));
        if (end - fieldStart > maxField)
            return tl::unexpected(errorAt(ErrorCode::TooLarge, m_line + innerLines, column(),
                                          tr("the field is longer than %1 bytes.").arg(maxField)));
        return Step::NeedMore;
    };
    auto nulError = [&]() {
        return tl::unexpected(errorAt(ErrorCode::InvalidInput, m_line + innerLines, column(),
                                      tr("the file contains a NUL byte; it may be binary or in another encoding.")));
    };
    const auto maxColumns = size_t(m_limits.maxColumns);
    // Called once per field: kept tiny and inlined; the error is built out of line.
    auto push = [&](qsizetype offset, qsizetype length, bool inScratch, bool quoted) __attribute__((always_inline)) {
        if (Q_UNLIKELY(length > maxField || fields.size() >= maxColumns))
            return false;
        fields.push_back(CsvRecord::Span { offset, length, inScratch, quoted });
        return true;
    };
    auto limitError = [&](qsizetype length) {
        if (length > maxField)
            return tl::unexpected(errorAt(ErrorCode::TooLarge, m_line + innerLines, column(),
                                          tr("the field is longer than %1 bytes.").arg(maxField)));
        return tl::unexpected(errorAt(ErrorCode::TooLarge, m_line + innerLines, column(),
                                      tr("the record has more than %1 columns.").arg(m_limits.maxColumns)));
    };

    const char *rawEnd = nullptr;  // end of the record's text, before its line end
    bool endsInCr = false;
    for (;;) {
        fieldStart = p;
        const char *q = p;
        if (quote) {
            // Spaces before a quoted field are not part of it: `a, "b"` is a and b. The padding
            // after the data is not a space, so the loop stops at the end.
            while ((*q == ' ' || *q == '\t') && *q != delimiter)
                ++q;
            if (q == end && !m_eof)
                return needMore();
        }
        const char *stop;  // the delimiter, line end or end of data that ends the field
        if (quote && q < end && *q == quote) {
            const char *const content = q + 1;
            const char *segment = content;
            const char *r = content;
            const char *close;
            bool escaped = false;
            QuotedScan scan;
            const auto scratchStart = qsizetype(m_scratch.size());
            for (;;) {
                close = finder.findInQuotes(r);
                if (close >= end) {
                    if (!m_eof)
                        return needMore();
                    return tl::unexpected(errorAt(ErrorCode::InvalidInput, m_line + innerLines,
                                                  column(),
                                                  tr("the quoted field is not closed before the end of the file.")));
                }
                r = close + 1;
                if (*close != quote) {
                    scan.note(close);
                    continue;
                }
                if (close + 1 == end && !m_eof)
                    return needMore();  // it could be the first half of ""
                if (close + 1 < end && close[1] == quote) {
                    m_scratch.append(segment, size_t(close + 1 - segment));
                    escaped = true;
                    segment = r = close + 2;
                    continue;
                }
                break;
            }
            if (scan.nul)
                return nulError();
            const char *after = close + 1;
            while (after < end && (*after == ' ' || *after == '\t') && *after != delimiter)
                ++after;
            if (after == end && !m_eof)
                return needMore();
            const bool clean = after == end || *after == delimiter || *after == '\n' || *after == '\r';
            if (clean && !escaped) {
                if (!push(content - base, close - content, false, true))
                    return limitError(close - content);
                stop = after;
            } else {
                if (!escaped)
                    m_scratch.append(content, size_t(close - content));
                else
                    m_scratch.append(segment, size_t(close - segment));
                stop = after;
                if (!clean) {
                    // `"ab"cd`: keep the text after the quote too (as Python's csv does) and say so.
                    stop = finder.find(close + 1);
                    if (stop < end && *stop == '\0')
                        return nulError();
                    if (stop > end)
                        stop = end;
                    if (stop == end && !m_eof)
                        return needMore();
                    m_scratch.append(close + 1, size_t(stop - (close + 1)));
                    record.m_issues.push_back(
                        CsvRecordIssue { CsvRecordIssue::Kind::TextAfterQuote, int(fields.size()) });
                }
                const qsizetype length = qsizetype(m_scratch.size()) - scratchStart;
                if (!push(scratchStart, length, true, true))
                    return limitError(length);
            }
            innerLines += scan.lineEnds;
        } else {
            stop = finder.find(p);
            if (stop >= end) {
                stop = end;
                if (!m_eof)
                    return needMore();
            } else if (*stop == '\0') {
                return nulError();
            }
            if (!push(p - base, stop - p, false, false))
                return limitError(stop - p);
        }

        if (stop == end) {  // the last line has no line end
            rawEnd = end;
            p = end;
            break;
        }
        if (*stop == delimiter) {
            p = stop + 1;
            continue;
        }
        rawEnd = stop;
        endsInCr = *stop == '\r';
        p = stop + 1;
        break;
    }

    if (rawEnd - recordStart > m_limits.maxRecordBytes)
        return tl::unexpected(errorAt(ErrorCode::TooLarge, m_line, int(fields.size()),
                                      tr("the record is longer than %1 bytes.").arg(m_limits.maxRecordBytes)));
    if (m_dropTrailingEmpty && fields.size() > 1 && fields.back().length == 0 && !fields.back().quoted)
        fields.pop_back();

    record.m_data = base;
    record.m_scratch = m_scratch.data();
    record.m_rawOffset = recordStart - base;
    record.m_rawLength = rawEnd - recordStart;
    record.m_lineNumber = m_line;
    record.m_byteOffset = m_bufferOffset + (recordStart - base);
    m_line += innerLines + (rawEnd == end ? 0 : 1);
    m_pendingCr = endsInCr;
    m_pos = p - base;
    if (m_checkUtf8 && finder.mayHaveNonAscii(rawEnd))
        validateUtf8(record);
    return Step::Record;
}

void CsvReader::validateUtf8(CsvRecord &record) const
{
    // Fields end at ASCII bytes, and unescaping removes ASCII quotes: when the whole record is
    // valid, so is every field.
    const QByteArrayView raw = record.rawText();
    if (utf8::isValid(raw.data(), raw.size()))
        return;
    for (int i = 0; i < record.fieldCount(); ++i) {
        const QByteArrayView value = record.field(i);
        if (!utf8::isValid(value.data(), value.size()))
            record.m_issues.push_back(CsvRecordIssue { CsvRecordIssue::Kind::InvalidUtf8, i });
    }
}

} // namespace sluice
