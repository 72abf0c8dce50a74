#pragma once

#include <QString>

#include "core/config/desktopconfig.h"

namespace sluice {

/// Limits the API server enforces; each breach is answered with a clear error.
struct ServerLimits
{
    qint64 maxChunkBytes = 64LL * 1024 * 1024;           // one tus PATCH body
    qint64 maxUploadBytes = 100LL * 1024 * 1024 * 1024;  // one whole upload
    int maxConcurrentUploads = 16;
    int maxWebSocketClients = 1000;
    int maxHeaderBytes = 16 * 1024;
    int idleTimeoutSeconds = 60;
};

/// Where and how the API server listens. Read once from settings, then flags override it.
struct ServerConfig
{
    QString bindAddress = QStringLiteral("127.0.0.1");  // an IP address; checked when the server binds
    quint16 port = 8420;  // 0 = any free port
    ServerLimits limits;
    int taskWorkers = 0;     // tasks run at once; 0 = one per core but one, at least 1
    int retentionDays = 7;   // finished tasks and their result files are kept this long
};

/// Everything read from the settings file, after command-line overrides.
struct SluiceConfig
{
    ServerConfig server;
    QString logRules;  // QLoggingCategory filter rules, e.g. "sluice.server.*.debug=true"
    DesktopConfig desktop;
};

} // namespace sluice
