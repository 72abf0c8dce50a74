#pragma once

#include <QLabel>

#include "app/client/connectionmonitor.h"

namespace sluice {

class ApiClient;

/// Status-bar text for the server in use: its URL and whether we are connected.
/// Thread: GUI.
class ServerStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerStatusLabel)
public:
    ServerStatusLabel(const ApiClient *client, const ConnectionMonitor *monitor, QWidget *parent = nullptr);

    /// Shown instead of the connection state when the embedded server could not start.
    void showStartFailure(const QString &message);

private:
    void refresh();

    const ApiClient *m_client;
    const ConnectionMonitor *m_monitor;
    QString m_startFailure;
};

} // namespace sluice
