#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include "core/archive/archivelimits.h"
#include "core/csv/csvdialect.h"
#include "core/error.h"
#include "core/inspect/inspectoptions.h"

namespace sluice {

class InputStream;

/// Reads a whole file the way an import would (unpacking, sniffing, parsing, inferring
/// types) without storing anything, and describes what it found as JSON: the report behind
/// `sluice inspect`. Per-row problems are listed, not fatal.
class FileInspector final
{
    Q_DECLARE_TR_FUNCTIONS(FileInspector)
public:
    /// Per-row problems listed in full; the rest are only counted.
    static constexpr int kMaxListedErrors = 100;

    explicit FileInspector(ArchiveLimits archiveLimits = {}, CsvLimits csvLimits = {});

    /// The report: for a file with one input, that input's report; for an archive with
    /// several CSV entries, the first entry's report with an "inputs" array of all of them.
    [[nodiscard]] Result<QJsonObject> inspect(const InspectOptions &options) const;

private:
    [[nodiscard]] Result<QJsonObject> inspectInput(InputStream &input, const InspectOptions &options) const;

    ArchiveLimits m_archiveLimits;
    CsvLimits m_csvLimits;
};

} // namespace sluice
