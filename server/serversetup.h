#pragma once

#include "core/config/accesstoken.h"
#include "core/config/serverconfig.h"
#include "core/storage/databaseconfig.h"

namespace sluice {

/// What the API server needs to start, copied into its thread.
struct ServerSetup
{
    ServerConfig config;
    AccessToken token { QByteArray() };
    bool dataDirIsDefault = true;  // reported by /info as a kind, never as a path
    bool fallBackToAnyPort = false;  // the desktop app: a busy port must not keep the window from working
    DatabaseConfig database;
    QString dataDirectory;  // holds uploads/ and exports/
};

} // namespace sluice
