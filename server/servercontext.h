#pragma once

#include <QString>

#include "core/storage/databaseconfig.h"

class QHttpServer;
class QObject;
class QThreadPool;

namespace sluice {

class RequestAuthorizer;

/// What a group of routes needs to register itself and to answer: the server, the guards,
/// where the data is, and a pool for the work that must not run on the server thread.
/// Everything here lives in the server thread and outlives the routes.
struct ServerContext
{
    QHttpServer &http;
    const RequestAuthorizer &authorizer;
    QObject *owner;     // the server-thread object that deferred replies come back to
    QThreadPool &pool;  // for database and file work; each of its threads keeps its own connection
    DatabaseConfig database;
    QString dataDirectory;
};

} // namespace sluice
