#pragma once

#include <QCoreApplication>

namespace sluice {

class EmbeddedServer;
class MainWindow;

/// The glue between the window's server actions and the embedded server: "Share on LAN"
/// restarts it, the connect dialog's choice of a remote or the embedded server decides whether
/// the client follows it, and its answers show in the window (the share dialog with the URLs
/// and the token, a failed start, a failed share with the action unchecked again).
class ServerControls final
{
    Q_DECLARE_TR_FUNCTIONS(ServerControls)
public:
    /// Connects them for as long as both exist.
    static void attach(MainWindow &window, EmbeddedServer &server);
};

} // namespace sluice
