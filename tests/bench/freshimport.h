#pragma once

#include <QString>

#include "core/error.h"

namespace sluice::bench {

/// Imports `path` with the real DatasetImporter into a new database at `databasePath` (any
/// database there before is removed first); the rows stored.
Result<qint64> importIntoFreshDatabase(const QString &path, const QString &databasePath);

} // namespace sluice::bench
