#pragma once

#include <chrono>

#include <QString>

#include "core/storage/databaseconfig.h"

namespace sluice {

/// How the task engine runs. Plain data, read once from the settings and passed by value.
struct TaskEngineConfig
{
    DatabaseConfig database;
    QString exportsDirectory; // the data directory's exports/ folder; made when missing
    int workerCount = 0; // tasks run at once; 0: one per core but one, at least 1
    int maxAttempts = 3; // starts a task gets before an interruption fails it
    std::chrono::seconds retention { std::chrono::hours(24 * 7) }; // finished tasks and their files
    std::chrono::milliseconds cleanupInterval { std::chrono::hours(1) };
    std::chrono::milliseconds progressInterval { 250 }; // at most this often per task

    /// workerCount, or the default when it is 0.
    int effectiveWorkerCount() const;
};

} // namespace sluice
