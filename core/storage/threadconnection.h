#pragma once

#include "core/error.h"
#include "core/storage/databaseconfig.h"

namespace sluice {

class DatabaseConnection;

/// The calling thread's own connection to a database, opened on first use and closed when
/// the thread ends. For pooled threads (the API's query pool) that serve many short
/// requests: each thread keeps one connection instead of opening one per request.
class ThreadConnection final
{
public:
    /// The connection for `config` in this thread; valid until the thread ends.
    [[nodiscard]] static Result<DatabaseConnection *> get(const DatabaseConfig &config);
};

} // namespace sluice
