#pragma once

#include <QObject>
#include <QTimer>

#include "core/error.h"

namespace sluice {

class ApiClient;

/// Tells whether the server the ApiClient points at is reachable and accepts our token,
/// by asking /api/v1/info now and then.
/// Thread: GUI thread, like its ApiClient.
class ConnectionMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMonitor)
public:
    enum class State { NoServer, Connecting, Connected, Unauthorized, Unreachable };
    Q_ENUM(State)

    explicit ConnectionMonitor(ApiClient *client, QObject *parent = nullptr);

    State state() const { return m_state; }
    /// Why the state is what it is, e.g. the network error; empty when connected.
    QString detail() const { return m_detail; }
    /// The server's version, once connected.
    QString serverVersion() const { return m_serverVersion; }

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

public slots:
    /// Asks the server now instead of at the next tick ("Retry now"); the polling goes on.
    void checkNow();

signals:
    void stateChanged(sluice::ConnectionMonitor::State state);

private:
    void check();
    void setState(State state, const QString &detail);

    ApiClient *m_client;
    QTimer m_timer;
    State m_state = State::NoServer;
    QString m_detail;
    QString m_serverVersion;
    bool m_checking = false;
};

} // namespace sluice
