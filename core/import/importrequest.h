#pragma once

#include <atomic>

#include <QString>

#include "core/archive/archivelimits.h"
#include "core/calc/profileoptions.h"
#include "core/csv/csvdialect.h"
#include "core/csv/csvsniffer.h"
#include "core/storage/databaseconfig.h"

namespace sluice {

class ImportSink;

/// Everything an import needs; plain data, copied into the worker that runs it.
struct ImportRequest
{
    DatabaseConfig database;
    QString sourcePath;   // the file as stored (an upload in the data directory, or a local file)
    QString sourceName;   // what the user called it, e.g. the uploaded file's name
    QString datasetName;  // empty: the source's name without extensions
    QString sourceSha256;
    CsvOverrides overrides;
    ArchiveLimits archiveLimits;
    CsvLimits csvLimits;
    ProfileOptions profileOptions;
    // The import task running this import. A rerun of the task (after a crash) keeps the
    // datasets it had finished and redoes only the others.
    QString taskId;
    // Redo this dataset (left Importing by a crash) instead of creating new ones; it names the
    // input of the source it was made from.
    QString redoDatasetId;
    int redoInputIndex = 0;
    ImportSink *sink = nullptr;                   // optional; outlives the import
    const std::atomic<bool> *canceled = nullptr;  // optional; set from any thread to stop within a second
};

} // namespace sluice
