#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sluice {

/// The remote server "Connect to Server…" last used. The token is a secret: the settings
/// file is kept owner-only (0600) while it holds one.
struct RemoteServerConfig
{
    QString url;  // empty: none remembered
    QByteArray token;
    bool reconnectOnStart = false;  // false: the app starts on its embedded server
};

/// What the desktop app reads from the settings file; the headless server ignores it.
struct DesktopConfig
{
    static constexpr int kMinimumParallelUploads = 1;
    static constexpr int kMaximumParallelUploads = 16;
    static constexpr int kMaximumChunkSizeMiB = 1024;

    int parallelUploads = 3;  // files uploaded at once
    int chunkSizeMiB = 0;     // 0: automatic (the uploader adapts to the link); else a per-chunk limit
    QString language;         // empty: the system's; otherwise one of supportedLanguages()
    RemoteServerConfig remote;

    /// The language codes the settings accept besides empty (the system's language).
    static QStringList supportedLanguages() { return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") }; }
};

} // namespace sluice
