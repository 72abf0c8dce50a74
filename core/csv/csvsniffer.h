#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include "core/csv/csvdialect.h"
#include "core/error.h"

class QIODevice;

namespace sluice {

/// What the user said about a file. A set field wins over anything detected.
struct CsvOverrides
{
    std::optional<CsvEncoding> encoding;
    std::optional<char> delimiter;
    std::optional<char> quote;  // '\0': no quoting
    std::optional<bool> hasHeader;
    std::optional<int> preambleLines;
    std::optional<bool> trailingDelimiter;
    std::optional<char> decimalSeparator;
    std::optional<char> thousandsSeparator;  // '\0': none
};

/// Where each setting of a sniffed CsvDialect came from.
struct CsvDialectSources
{
    SettingSource encoding = SettingSource::Default;
    SettingSource delimiter = SettingSource::Default;
    SettingSource quote = SettingSource::Default;
    SettingSource hasHeader = SettingSource::Default;
    SettingSource preambleLines = SettingSource::Default;
    SettingSource trailingDelimiter = SettingSource::Default;
    SettingSource decimalSeparator = SettingSource::Default;
    SettingSource thousandsSeparator = SettingSource::Default;
};

/// The dialect of a file, why, and its columns.
struct CsvSniffResult
{
    CsvDialect dialect;
    CsvDialectSources sources;
    QStringList columnNames;    // cleaned: trimmed, never blank, unique (case-insensitively)
    QStringList originalNames;  // the header as written, for display; empty without a header
    int columnCount = 0;        // the wider of the header and the usual record in the sample
};

/// Works out how a CSV file is written from a sample of its start, without consuming the
/// device: encoding, delimiter, quote, header, preamble lines, a trailing delimiter, decimal
/// and thousands separators. Thread-safe (const).
class CsvSniffer final
{
    Q_DECLARE_TR_FUNCTIONS(CsvSniffer)
public:
    static constexpr qsizetype kDefaultSampleBytes = 256 * 1024;

    explicit CsvSniffer(qsizetype sampleBytes = kDefaultSampleBytes);

    /// Peeks at the device (open for reading); its position does not change.
    [[nodiscard]] Result<CsvSniffResult> sniff(QIODevice &device, const CsvOverrides &overrides = {},
                                               const QString &displayName = {}) const;
    /// Sniffs raw bytes; complete says they are the whole file rather than its start.
    [[nodiscard]] Result<CsvSniffResult> sniffBytes(const QByteArray &sample, bool complete,
                                                    const CsvOverrides &overrides = {},
                                                    const QString &displayName = {}) const;

    /// Trims names, names blank ones "column_N" (N: 1-based position), and makes duplicates
    /// unique with "_2", "_3"... compared case-insensitively, as SQL identifiers are.
    static QStringList cleanColumnNames(const QStringList &names);

private:
    qsizetype m_sampleBytes;
};

} // namespace sluice
