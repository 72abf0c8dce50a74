#pragma once

#include <optional>

#include <QString>

namespace sluice {

/// How an export's CSV is packed.
enum class ExportFormat {
    Csv, // "csv": plain
    CsvGzip, // "csv.gz": gzip (libarchive's raw format through its gzip filter)
    CsvZstd, // "csv.zst": zstd (likewise)
    Zip, // "zip": a zip archive holding the one CSV file (deflate)
};

/// "csv", "csv.gz", "csv.zst", "zip": the names in the export parameters.
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(QStringView name);
/// The file name extension, without the dot; the same as the name.
inline QString exportFormatExtension(ExportFormat format)
{
    return exportFormatName(format);
}

} // namespace sluice
