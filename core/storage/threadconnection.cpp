#include "core/storage/threadconnection.h"

#include <map>
#include <memory>

#include "core/storage/databaseconnection.h"

namespace sluice {

namespace {
// One map per thread; its destructor closes the connections in the thread that opened them.
thread_local std::map<QString, std::unique_ptr<DatabaseConnection>> t_connections;
} // namespace

Result<DatabaseConnection *> ThreadConnection::get(const DatabaseConfig &config)
{
    auto found = t_connections.find(config.sqlitePath);
    if (found != t_connections.end())
        return found->second.get();
    auto opened = DatabaseConnection::open(config, QStringLiteral("pool"));
    if (!opened)
        return tl::unexpected(opened.error());
    DatabaseConnection *connection = opened->get();
    t_connections.emplace(config.sqlitePath, std::move(*opened));
    return connection;
}

} // namespace sluice
