#include "core/export/exportformat.h"

#include "core/enumnames.h"

namespace sluice {

namespace {

using L1 = QLatin1StringView;
constexpr EnumNames<ExportFormat, 4> kNames({ {
    { ExportFormat::Csv, L1("csv") },
    { ExportFormat::CsvGzip, L1("csv.gz") },
    { ExportFormat::CsvZstd, L1("csv.zst") },
    { ExportFormat::Zip, L1("zip") },
} });

} // namespace

QString exportFormatName(ExportFormat format)
{
    return kNames.name(format);
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    return kNames.fromName(name);
}

} // namespace sluice
