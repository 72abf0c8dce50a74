#pragma once

#include <QCoreApplication>

#include "core/error.h"
#include "core/import/importrequest.h"
#include "core/storage/datasetinfo.h"

namespace sluice {

/// After a crash or kill: finds the datasets whose import never finished (still Importing),
/// drops their half-built tables and imports them again from their source files. A finished
/// import is Ready and never touched, so nothing is imported twice.
class ImportRecovery final
{
    Q_DECLARE_TR_FUNCTIONS(ImportRecovery)
public:
    /// `settings` gives the database, limits, sink and cancel flag for the redone imports.
    /// Returns the datasets redone (a failed redo ends Failed with its reason, and is listed).
    [[nodiscard]] static Result<QList<DatasetInfo>> redoInterrupted(const ImportRequest &settings);
};

} // namespace sluice
