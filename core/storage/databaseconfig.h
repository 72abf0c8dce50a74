#pragma once

#include <QString>

namespace sluice {

/// Which database Sluice keeps its catalog and datasets in. Plain data: copied into every
/// worker, which opens its own connection from it.
struct DatabaseConfig
{
    QString sqlitePath;  // the SQLite file, normally sluice.db in the data directory
};

} // namespace sluice
