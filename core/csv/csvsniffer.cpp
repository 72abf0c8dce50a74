#include "core/csv/csvsniffer.h"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include <QBuffer>
#include <QIODevice>

#include "core/csv/csvdecoder.h"
#include "core/csv/csvreader.h"
#include "core/csv/csvrecord.h"
#include "core/csv/utf8.h"
#include "core/csv/valueparser.h"
#include "core/logging.h"

namespace sluice {

namespace {

constexpr int kMaxSampleRecords = 1000;
constexpr int kMaxPreambleRecords = 50;
// Common delimiters first: on a tie the earlier one wins. The others must be near perfect.
constexpr char kCommonDelimiters[] = { ',', ';', '\t', '|' };
constexpr char kOtherDelimiters[] = { ':', '^', '~' };

struct SampleRecord
{
    qint64 line = 0;
    std::vector<QByteArray> fields;
};

// How records of the sample line up with one delimiter.
struct Layout
{
    char delimiter = ',';
    int mode = 0;        // the usual field count
    int tableStart = 0;  // records before it are a preamble
    double score = 0;    // share of records that have the usual count
};

QByteArray decodeSample(const QByteArray &sample, CsvEncoding encoding)
{
    QBuffer buffer;
    buffer.setData(sample);
    buffer.open(QIODevice::ReadOnly);
    CsvDecoder decoder(buffer, encoding, QString());
    QByteArray text;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        auto count = decoder.read(chunk.data(), chunk.size());
        if (!count || *count == 0)
            break;
        text.append(chunk.constData(), *count);
    }
    return text;
}

std::vector<SampleRecord> parseSample(const QByteArray &text, char delimiter, char quote, bool trailing)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    CsvDecoder decoder(buffer, CsvEncoding::Utf8, QString());
    CsvDialect dialect;
    dialect.delimiter = delimiter;
    dialect.quote = quote;
    dialect.trailingDelimiter = trailing;
    CsvReader reader(decoder, dialect, CsvLimits(), QString(), 64 * 1024);
    std::vector<SampleRecord> records;
    CsvRecord record;
    // A truncated sample may end inside a quoted field: what was read before still counts.
    while (int(records.size()) < kMaxSampleRecords) {
        auto found = reader.next(record);
        if (!found || !*found)
            break;
        SampleRecord sample;
        sample.line = record.lineNumber();
        sample.fields.reserve(size_t(record.fieldCount()));
        for (int i = 0; i < record.fieldCount(); ++i)
            sample.fields.emplace_back(record.field(i).toByteArray());
        records.push_back(std::move(sample));
    }
    return records;
}

Layout analyse(const std::vector<SampleRecord> &records, char delimiter)
{
    Layout layout;
    layout.delimiter = delimiter;
    if (records.empty())
        return layout;
    std::map<int, int> counts;
    for (const SampleRecord &record : records)
        ++counts[int(record.fields.size())];
    int best = 0;
    for (const auto &[fields, occurrences] : counts) {
        if (occurrences >= best) {  // on a tie, the wider layout
            best = occurrences;
            layout.mode = fields;
        }
    }
    // A preamble is a few short lines ("Report generated ...") before the first full record.
    int start = 0;
    while (start < int(records.size()) && int(records[size_t(start)].fields.size()) != layout.mode)
        ++start;
    bool preambleLike = start <= kMaxPreambleRecords;
    for (int i = 0; i < start && preambleLike; ++i) {
        const int fields = int(records[size_t(i)].fields.size());
        preambleLike = fields == 1 || fields * 2 <= layout.mode;
    }
    layout.tableStart = preambleLike ? start : 0;
    int matched = 0;
    for (size_t i = size_t(layout.tableStart); i < records.size(); ++i)
        matched += int(records[i].fields.size()) == layout.mode ? 1 : 0;
    layout.score = layout.mode > 1 ? double(matched) / double(records.size()) : 0.0;
    return layout;
}

bool isBoundary(char c)
{
    return c == ',' || c == ';' || c == '\t' || c == '|' || c == '\n' || c == '\r';
}

// Fields that open with q at a line start or after a delimiter and close with q before one.
int quotedFieldCount(const QByteArray &text, char q)
{
    int count = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i] != q || (i > 0 && !isBoundary(text[i - 1]) && text[i - 1] != ' '))
            continue;
        qsizetype j = i + 1;
        for (; j < size; ++j) {
            if (text[j] == q) {
                if (j + 1 < size && text[j + 1] == q) {
                    ++j;
                    continue;
                }
                break;
            }
        }
        if (j >= size)
            break;
        if (j + 1 == size || isBoundary(text[j + 1]))
            ++count;
        i = j;
    }
    return count;
}

CsvEncoding detectEncoding(const QByteArray &sample, bool complete, bool *hasBom, SettingSource *source)
{
    *hasBom = false;
    *source = SettingSource::Detected;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        *hasBom = true;
        return CsvEncoding::Utf8;
    }
    if (sample.startsWith("\xFF\xFE")) {
        *hasBom = true;
        return CsvEncoding::Utf16LE;
    }
    if (sample.startsWith("\xFE\xFF")) {
        *hasBom = true;
        return CsvEncoding::Utf16BE;
    }
    // UTF-16 without a BOM: mostly-ASCII text has a zero in every other byte.
    const qsizetype probe = std::min<qsizetype>(sample.size() & ~qsizetype(1), 4096);
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < probe; i += 2) {
        evenZeros += sample[i] == '\0' ? 1 : 0;
        oddZeros += sample[i + 1] == '\0' ? 1 : 0;
    }
    const qsizetype pairs = probe / 2;
    if (pairs >= 2) {
        if (oddZeros * 10 > pairs * 3 && evenZeros * 20 < pairs)
            return CsvEncoding::Utf16LE;
        if (evenZeros * 10 > pairs * 3 && oddZeros * 20 < pairs)
            return CsvEncoding::Utf16BE;
    }
    const bool valid = complete ? utf8::isValid(sample.constData(), sample.size())
                                : utf8::isValidUpToTruncation(sample.constData(), sample.size());
    if (!valid)
        return CsvEncoding::Windows1252;
    if (utf8::firstNonAscii(sample.constData(), sample.size()) == sample.size())
        *source = SettingSource::Default;  // plain ASCII says nothing: UTF-8 reads it right
    return CsvEncoding::Utf8;
}

bool hasDigitsOnly(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Splits "-1.234,5" at the separator: counts of parts and whether each part is digits only.
bool splitDigits(QByteArrayView text, char separator, std::vector<QByteArrayView> *parts)
{
    parts->clear();
    if (text.startsWith('-'))
        text = text.sliced(1);
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            const QByteArrayView part = text.sliced(start, i - start);
            if (!hasDigitsOnly(part))
                return false;
            parts->push_back(part);
            start = i + 1;
        }
    }
    return true;
}

// Evidence for the decimal and thousands separators in the values of a sample.
struct NumberEvidence
{
    int pointDecimals = 0;   // 1.5, 12.25 (not 1.234: could be a thousands group)
    int commaDecimals = 0;   // 1,5, 12,25 (not 1,234)
    int dotGrouped = 0;      // 1.234.567 or 1.234,5: '.' must be grouping
    int commaGrouped = 0;    // 1,234,567 or 1,234.5: ',' must be grouping
    int dotAmbiguous = 0;    // 1.234
    int commaAmbiguous = 0;  // 1,234
};

void collectNumberEvidence(QByteArrayView value, NumberEvidence *evidence)
{
    value = value.trimmed();
    if (value.size() < 3 || value.size() > 40)
        return;
    const bool hasDot = value.contains('.');
    const bool hasComma = value.contains(',');
    std::vector<QByteArrayView> parts;
    auto grouped = [&](char separator) {  // 1-3 digits, then groups of exactly 3
        if (!splitDigits(value, separator, &parts) || parts.size() < 2 || parts.front().size() > 3)
            return false;
        return std::all_of(parts.begin() + 1, parts.end(), [](QByteArrayView p) { return p.size() == 3; });
    };
    if (hasDot && !hasComma) {
        if (splitDigits(value, '.', &parts) && parts.size() == 2) {
            if (grouped('.'))
                ++evidence->dotAmbiguous;
            else
                ++evidence->pointDecimals;
        } else if (grouped('.')) {
            ++evidence->dotGrouped;
        }
    } else if (hasComma && !hasDot) {
        if (splitDigits(value, ',', &parts) && parts.size() == 2) {
            if (grouped(','))
                ++evidence->commaAmbiguous;
            else
                ++evidence->commaDecimals;
        } else if (grouped(',')) {
            ++evidence->commaGrouped;
        }
    } else if (hasComma && hasDot) {
        const qsizetype lastDot = value.lastIndexOf('.');
        const qsizetype lastComma = value.lastIndexOf(',');
        const char decimal = lastDot > lastComma ? '.' : ',';
        const char group = decimal == '.' ? ',' : '.';
        const qsizetype decimalAt = std::max(lastDot, lastComma);
        if (!hasDigitsOnly(value.sliced(decimalAt + 1)))
            return;
        const QByteArrayView integerPart = value.first(decimalAt);
        const QByteArrayView saved = value;
        value = integerPart;
        const bool ok = grouped(group) && !integerPart.contains(decimal);
        value = saved;
        if (ok)
            ++(group == '.' ? evidence->dotGrouped : evidence->commaGrouped);
    }
}

bool isTyped(const ValueParser &parser, QByteArrayView value)
{
    qint64 ignored = 0;
    return parser.parseInteger(value) || parser.parseReal(value) || ValueParser::parseBoolean(value)
        || ValueParser::parseTemporal(value, DateOrder::DayFirst, &ignored) != TemporalKind::None
        || ValueParser::parseTemporal(value, DateOrder::MonthFirst, &ignored) != TemporalKind::None;
}

// Whether the first record names the columns. A column whose first value is text while its
// other values are typed (numbers, dates, booleans) says yes; typed first values in typed
// columns say no. When everything is text: a header's names are distinct and do not occur
// again below them.
bool detectHeader(const std::vector<SampleRecord> &records, size_t first, const ValueParser &parser)
{
    if (records.size() <= first + 1)
        return true;  // a single line is far more often a header than a one-row table
    const std::vector<QByteArray> &head = records[first].fields;
    int headerEvidence = 0;
    int dataEvidence = 0;
    for (size_t column = 0; column < head.size(); ++column) {
        int typed = 0;
        int text = 0;
        for (size_t r = first + 1; r < records.size(); ++r) {
            if (column >= records[r].fields.size() || parser.isNull(records[r].fields[column]))
                continue;
            ++(isTyped(parser, records[r].fields[column]) ? typed : text);
        }
        if (parser.isNull(head[column]) || typed + text == 0)
            continue;
        const bool headTyped = isTyped(parser, head[column]);
        if (!headTyped && text == 0)
            ++headerEvidence;
        else if (headTyped && typed > 0)
            ++dataEvidence;
    }
    if (headerEvidence > 0)
        return true;
    if (dataEvidence > 0)
        return false;
    std::set<QByteArray> names;
    for (size_t column = 0; column < head.size(); ++column) {
        const QByteArray name = head[column].trimmed();
        if (name.isEmpty())
            continue;
        if (!names.insert(name.toLower()).second)
            return false;
        for (size_t r = first + 1; r < records.size(); ++r) {
            if (column < records[r].fields.size() && records[r].fields[column].trimmed() == name)
                return false;
        }
    }
    return true;
}

} // namespace

CsvSniffer::CsvSniffer(qsizetype sampleBytes)
    : m_sampleBytes(std::max<qsizetype>(1024, sampleBytes))
{
}

Result<CsvSniffResult> CsvSniffer::sniff(QIODevice &device, const CsvOverrides &overrides,
                                         const QString &displayName) const
{
    if (!device.isOpen() || !device.isReadable())
        return fail(ErrorCode::Io, tr("%1 is not open for reading.").arg(displayName));
    const QByteArray sample = device.peek(m_sampleBytes);
    const bool complete = device.isSequential() ? sample.size() < m_sampleBytes
                                                : device.size() - device.pos() <= sample.size();
    return sniffBytes(sample, complete, overrides, displayName);
}

Result<CsvSniffResult> CsvSniffer::sniffBytes(const QByteArray &sample, bool complete,
                                              const CsvOverrides &overrides, const QString &displayName) const
{
    if (sample.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("%1 is empty.").arg(displayName));
    CsvSniffResult result;
    CsvDialect &dialect = result.dialect;
    CsvDialectSources &sources = result.sources;

    bool hasBom = false;
    SettingSource encodingSource = SettingSource::Default;
    const CsvEncoding detected = detectEncoding(sample, complete, &hasBom, &encodingSource);
    if (overrides.encoding) {
        dialect.encoding = *overrides.encoding;
        sources.encoding = SettingSource::UserSet;
        dialect.hasBom = hasBom && detected == dialect.encoding;
    } else {
        dialect.encoding = detected;
        sources.encoding = encodingSource;
        dialect.hasBom = hasBom;
    }

    QByteArray text = decodeSample(sample, dialect.encoding);
    if (!complete) {
        // The sample ends mid-line: keep whole lines only.
        const qsizetype lastEnd = std::max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        if (lastEnd > 0)
            text.truncate(lastEnd + 1);
    }

    if (overrides.quote) {
        dialect.quote = *overrides.quote;
        sources.quote = SettingSource::UserSet;
    } else {
        const int doubleQuoted = quotedFieldCount(text, '"');
        const int singleQuoted = quotedFieldCount(text, '\'');
        if (singleQuoted > 0 && doubleQuoted == 0) {
            dialect.quote = '\'';
            sources.quote = SettingSource::Detected;
        } else if (doubleQuoted > 0) {
            sources.quote = SettingSource::Detected;
        }
    }

    Layout layout;
    std::vector<SampleRecord> records;
    if (overrides.delimiter) {
        dialect.delimiter = *overrides.delimiter;
        sources.delimiter = SettingSource::UserSet;
        records = parseSample(text, dialect.delimiter, dialect.quote, false);
        layout = analyse(records, dialect.delimiter);
    } else {
        Layout best;
        best.delimiter = '\0';
        std::vector<SampleRecord> bestRecords;
        auto consider = [&](char candidate, double minimum) {
            std::vector<SampleRecord> parsed = parseSample(text, candidate, dialect.quote, false);
            const Layout candidateLayout = analyse(parsed, candidate);
            if (candidateLayout.score >= minimum && candidateLayout.score > best.score + 1e-9) {
                best = candidateLayout;
                bestRecords = std::move(parsed);
            }
        };
        for (char candidate : kCommonDelimiters)
            consider(candidate, 0.5);
        for (char candidate : kOtherDelimiters)
            consider(candidate, std::max(0.95, best.score + 0.05));
        if (best.delimiter != '\0') {
            dialect.delimiter = best.delimiter;
            sources.delimiter = SettingSource::Detected;
            layout = best;
            records = std::move(bestRecords);
        } else {
            records = parseSample(text, dialect.delimiter, dialect.quote, false);
            layout = analyse(records, dialect.delimiter);
        }
    }

    // The first record of the table.
    size_t first = 0;
    if (overrides.preambleLines) {
        dialect.preambleLines = std::max(0, *overrides.preambleLines);
        sources.preambleLines = SettingSource::UserSet;
        while (first < records.size() && records[first].line <= dialect.preambleLines)
            ++first;
    } else if (layout.tableStart > 0 && size_t(layout.tableStart) < records.size()) {
        first = size_t(layout.tableStart);
        dialect.preambleLines = int(records[first].line - 1);
        sources.preambleLines = SettingSource::Detected;
    }

    if (overrides.trailingDelimiter) {
        dialect.trailingDelimiter = *overrides.trailingDelimiter;
        sources.trailingDelimiter = SettingSource::UserSet;
    } else if (first < records.size()) {
        // Only when every record, the header included, ends with an empty field: then the
        // empty "column" is an artefact of the writer, not data.
        const bool allTrailing = std::all_of(records.begin() + qsizetype(first), records.end(),
                                             [](const SampleRecord &record) {
                                                 return record.fields.size() > 1 && record.fields.back().isEmpty();
                                             });
        if (allTrailing) {
            dialect.trailingDelimiter = true;
            sources.trailingDelimiter = SettingSource::Detected;
        }
    }
    if (dialect.trailingDelimiter) {
        for (SampleRecord &record : records) {
            if (record.fields.size() > 1 && record.fields.back().isEmpty())
                record.fields.pop_back();
        }
    }

    NumberEvidence evidence;
    for (size_t r = first; r < records.size(); ++r) {
        for (const QByteArray &value : records[r].fields)
            collectNumberEvidence(value, &evidence);
    }
    // A comma inside an unquoted value cannot happen in a comma-delimited file, and a quoted
    // "1,234" there is more likely text than a number: no comma separators then.
    const bool commaPossible = dialect.delimiter != ',';
    if (overrides.decimalSeparator) {
        dialect.decimalSeparator = *overrides.decimalSeparator;
        sources.decimalSeparator = SettingSource::UserSet;
    } else if (commaPossible && evidence.commaDecimals + evidence.dotGrouped > evidence.pointDecimals
               && evidence.commaGrouped == 0) {
        dialect.decimalSeparator = ',';
        sources.decimalSeparator = SettingSource::Detected;
    } else if (evidence.pointDecimals > 0 || evidence.commaGrouped > 0) {
        sources.decimalSeparator = SettingSource::Detected;
    }
    if (overrides.thousandsSeparator) {
        dialect.thousandsSeparator = *overrides.thousandsSeparator;
        sources.thousandsSeparator = SettingSource::UserSet;
    } else if (dialect.decimalSeparator == ',' && evidence.dotGrouped > 0 && evidence.pointDecimals == 0) {
        dialect.thousandsSeparator = '.';
        sources.thousandsSeparator = SettingSource::Detected;
    } else if (dialect.decimalSeparator == '.' && commaPossible && evidence.commaGrouped > 0
               && evidence.commaDecimals == 0) {
        dialect.thousandsSeparator = ',';
        sources.thousandsSeparator = SettingSource::Detected;
    }

    ValueFormat format;
    format.decimalSeparator = dialect.decimalSeparator;
    format.thousandsSeparator = dialect.thousandsSeparator;
    const ValueParser parser(format);
    if (overrides.hasHeader) {
        dialect.hasHeader = *overrides.hasHeader;
        sources.hasHeader = SettingSource::UserSet;
    } else if (first < records.size()) {
        dialect.hasHeader = detectHeader(records, first, parser);
        sources.hasHeader = SettingSource::Detected;
    }

    int widest = 0;
    for (size_t r = first; r < records.size(); ++r)
        widest = std::max(widest, int(records[r].fields.size()));
    int usual = layout.mode;
    if (dialect.trailingDelimiter && usual > 1)
        --usual;
    if (dialect.hasHeader && first < records.size()) {
        for (const QByteArray &name : records[first].fields)
            result.originalNames.append(QString::fromUtf8(name));
    }
    result.columnCount = std::max<int>(int(result.originalNames.size()), usual > 0 ? usual : widest);
    QStringList names = result.originalNames;
    while (names.size() < result.columnCount)
        names.append(QString());
    result.columnNames = cleanColumnNames(names);

    qCDebug(lcCsv) << "sniffed" << displayName << "encoding" << csvEncodingName(dialect.encoding) << "delimiter"
                   << dialect.delimiter << "header" << dialect.hasHeader << "columns" << result.columnCount;
    return result;
}

QStringList CsvSniffer::cleanColumnNames(const QStringList &names)
{
    QStringList cleaned;
    cleaned.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names[i].trimmed();
        cleaned.append(name.isEmpty() ? QStringLiteral("column_%1").arg(i + 1) : name);
    }
    // A new name must not take one that a later column has as its own.
    std::set<QString> taken;
    for (const QString &name : cleaned)
        taken.insert(name.toLower());
    std::set<QString> used;
    for (QString &name : cleaned) {
        if (used.insert(name.toLower()).second)
            continue;
        for (int n = 2;; ++n) {
            const QString candidate = QStringLiteral("%1_%2").arg(name).arg(n);
            const QString key = candidate.toLower();
            if (!taken.count(key) && !used.count(key)) {
                name = candidate;
                used.insert(key);
                taken.insert(key);
                break;
            }
        }
    }
    return cleaned;
}

} // namespace sluice
