#pragma once

#include <QString>
#include <QtGlobal>

namespace sluice {

/// The text encoding of a CSV file. Everything is decoded to UTF-8 before parsing.
enum class CsvEncoding {
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252,  // also used for Latin-1: 1252 is a superset of its printable range
};

/// Where a setting of a CsvDialect came from, so a person can see why a file was read that way.
enum class SettingSource {
    Default,   // nothing in the file said otherwise
    Detected,  // the sniffer found it in the sample
    UserSet,   // an override
};

/// How a CSV file is written. Plain data, passed by value; CsvSniffer fills it in.
struct CsvDialect
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool hasBom = false;  // informational: the decoder skips a BOM whatever this says
    char delimiter = ',';
    char quote = '"';  // '\0' turns quoting off
    bool hasHeader = true;
    // Physical lines before the header (or the first record) that are not part of the table,
    // such as "Report generated 2016-01-01". Skipped without looking at quotes.
    int preambleLines = 0;
    // Every line ends with a delimiter (some exporters do this): the empty last field of each
    // record is dropped. The sniffer sets it only when the header's last name is empty too, so
    // a real last column that happens to be empty is never lost.
    bool trailingDelimiter = false;
    char decimalSeparator = '.';  // ',' in many European exports
    char thousandsSeparator = '\0';  // '\0': none; otherwise '.', ',' or ' '
};

/// Limits that turn hostile or broken input into a clear error instead of unbounded memory.
struct CsvLimits
{
    qsizetype maxFieldBytes = 16 * 1024 * 1024;
    qsizetype maxRecordBytes = 64 * 1024 * 1024;
    int maxColumns = 16384;
};

/// "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252": for messages and `sluice inspect`.
QString csvEncodingName(CsvEncoding encoding);

/// "default", "detected", "user": for messages and `sluice inspect`.
QString settingSourceName(SettingSource source);

} // namespace sluice
