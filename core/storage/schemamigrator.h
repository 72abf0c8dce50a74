#pragma once

#include <QCoreApplication>

#include "core/error.h"

namespace sluice {

class DatabaseConnection;

/// Brings the catalog (uploads, datasets, columns, errors, tasks, teams) to the schema this
/// build expects: each versioned step runs once, in its own transaction, in order. A database
/// written by a newer Sluice is refused rather than misread.
class SchemaMigrator final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)
public:
    /// The schema version this build writes.
    static int latestVersion();

    /// The version the database is at (0 for a new, empty one).
    [[nodiscard]] static Result<int> currentVersion(const DatabaseConnection &connection);

    /// Migrates forward to `targetVersion` (default: the latest). Tests pass an older target
    /// to build the previous schema.
    [[nodiscard]] static Result<int> migrate(const DatabaseConnection &connection, int targetVersion = latestVersion());
};

} // namespace sluice
