#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <QWebSocket>

#include "app/client/backoff.h"
#include "core/events/event.h"

namespace sluice {

class ApiClient;

/// The server's event stream (/api/v1/events) for the views: stays connected (reconnecting
/// with backoff), subscribes again to the current topics after each reconnect, asks for the
/// events it missed ({"resume": lastSeq}), and says resynchronizationNeeded() after every
/// (re)connection and whenever the server cannot replay, so views refetch the current
/// state instead of showing stale progress.
/// Thread: the GUI thread, like its ApiClient, which must outlive it and whose server and
/// token it follows (a serverChanged() reconnects). Messages are parsed on a thread of its own,
/// one at a time, and handled back on the GUI thread in the order they came.
class EventSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventSocket)
public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)

    explicit EventSocket(ApiClient *client, QObject *parent = nullptr);
    ~EventSocket() override;

    /// Connects now and keeps connected until close().
    void open();
    /// Disconnects and stops reconnecting.
    void close();

    State state() const { return m_state; }
    QStringList topics() const { return m_topics; }
    /// The sequence number events continue from (the last one received, or the server's at
    /// the last hello or snapshot); 0 before the first connection.
    qint64 lastSequence() const { return m_lastSeq; }

    /// Topics such as "uploads", "tasks", "datasets", "dataset:<id>"; remembered across reconnects.
    void subscribe(const QStringList &topics);
    void unsubscribe(const QStringList &topics);

    /// Seconds between pings; an unanswered ping closes a half-open connection.
    void setPingInterval(std::chrono::milliseconds interval) { m_pingTimer.setInterval(interval); }

signals:
    void stateChanged(sluice::EventSocket::State state);
    void eventReceived(const sluice::Event &event, qint64 sequence, const QDateTime &time);
    /// Events may have been missed: refetch whatever is shown.
    void resynchronizationNeeded();
    /// A connection attempt failed or an open connection broke; the socket retries by itself.
    void connectionLost(const QString &reason);

private:
    void connectNow();
    void scheduleReconnect(const QString &reason);
    void setState(State state);
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &message);
    void handleMessage(const QJsonObject &object);
    void sendJson(const QJsonObject &object);

    ApiClient *m_client;
    QWebSocket m_socket;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    Backoff m_backoff = Backoff::forReconnects();
    State m_state = State::Disconnected;
    bool m_wanted = false; // open() was called and close() was not
    bool m_awaitingPong = false;
    bool m_resetting = false; // inside connectNow()'s abort of the previous socket
    QStringList m_topics;
    qint64 m_lastSeq = 0;
    QString m_epoch; // the server run that m_lastSeq counts in (from its "hello")
    QThreadPool m_parser; // one thread: parsed messages come back in the order they arrived
    quint64 m_connection = 0; // counts connection attempts: a message of an older one is dropped
};

} // namespace sluice
