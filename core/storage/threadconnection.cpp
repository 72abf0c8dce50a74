#include "core/storage/threadconnection.h"

#include <map>
#include <memory>

#include <QThreadStorage>

#include "core/storage/databaseconnection.h"

namespace sluice {

namespace {
using Connections = std::map<QString, std::unique_ptr<DatabaseConnection>>;
// One map per thread, deleted (closing its connections) in the thread that opened them as the
// QThread finishes, so before QThread::wait() returns. A thread_local's destructor runs later,
// after the thread counts as finished: at shutdown it could run while the process exits and
// Qt SQL's global state is already gone, and crash.
QThreadStorage<Connections *> s_connections;
} // namespace

Result<DatabaseConnection *> ThreadConnection::get(const DatabaseConfig &config)
{
    if (!s_connections.hasLocalData())
        s_connections.setLocalData(new Connections);
    Connections &connections = *s_connections.localData();
    auto found = connections.find(config.sqlitePath);
    if (found != connections.end())
        return found->second.get();
    auto opened = DatabaseConnection::open(config, QStringLiteral("pool"));
    if (!opened)
        return tl::unexpected(opened.error());
    DatabaseConnection *connection = opened->get();
    connections.emplace(config.sqlitePath, std::move(*opened));
    return connection;
}

} // namespace sluice
