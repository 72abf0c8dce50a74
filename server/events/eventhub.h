#pragma once

#include <deque>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QWebSocket>

#include "core/config/serverconfig.h"
#include "core/events/event.h"

namespace sluice {

class EventBus;
class EventClient;

/// Tunables of the EventHub; the defaults suit a desktop or LAN server, tests shrink them.
struct EventHubOptions
{
    int replayCapacity = 10000; // events kept for clients that reconnect
    qint64 replayMaxBytes = 64LL * 1024 * 1024; // and at most this much of their JSON
    int coalesceIntervalMs = 200; // progress: at most ~5 messages a second per topic and subject
    int profileIntervalMs = 1000; // dataset.profile, large (up to ~1 MB): at most one a second
    qint64 maxBacklogBytes = 8LL * 1024 * 1024; // unsent bytes per client before it is dropped
    int pingIntervalMs = 30000; // a client silent for two intervals is dropped
    int closeGraceMs = 5000; // a closing client that does not read is then cut
    int maxTopicsPerClient = 256;
    qint64 maxIncomingMessageBytes = 64 * 1024;
};

/// The WebSocket side of the API (GET /api/v1/events): takes EventBus events, numbers them
/// with a global sequence, keeps a bounded replay buffer, coalesces progress, and sends each
/// event to the clients subscribed to its topic. Protocol (DESIGN.md, API; see eventhub.cpp):
///   client -> {"subscribe": [topics]}, {"unsubscribe": [topics]}, {"resume": seq[, "epoch": e]}
///   server -> {"seq", "time", "topic", "type", "data"} events, and control messages whose
///             "type" is hello, subscribed, resumed, snapshot.required or error.
/// Each event is encoded once, and that one UTF-8 array is queued on every subscriber's socket
/// (EventClient writes the frames itself, sharing it), so a 1 MB profile sent to 500 clients
/// costs 1 MB of memory, not 500. A slow client is dropped (close code 1008) once its unsent
/// backlog passes a cap in bytes, so it never slows the others; a client that does not answer
/// pings is dropped too.
/// Thread: constructed and used in the server thread, like the QHttpServer whose WebSockets
/// it takes (QTHTTPSERVER.md, rule 6). The bus may publish from any thread (queued).
/// Owner: the ApiServer (QObject parent); the clients are its children.
class EventHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventHub)
public:
    EventHub(EventBus &bus, const ServerLimits &limits, QObject *parent = nullptr);
    EventHub(EventBus &bus, const ServerLimits &limits, const EventHubOptions &options, QObject *parent = nullptr);
    ~EventHub() override;

    /// The TCP connection of an upgrade request the events route accepted: the WebSocket made
    /// from it comes to addClient(), which writes the events to this socket directly.
    void expectUpgrade(QTcpSocket *connection);
    /// Takes a freshly upgraded socket; beyond ServerLimits::maxWebSocketClients it is closed at
    /// once with 1008 and a reason saying so.
    void addClient(std::unique_ptr<QWebSocket> socket);

    int clientCount() const { return int(m_clients.size()); }
    qint64 lastSequence() const { return m_lastSeq; }
    /// Random per hub instance: a resume from another instance (a restarted server) cannot be
    /// served from this replay buffer.
    QString epoch() const { return m_epoch; }

    /// The close code used for every drop the hub decides (slow, no pong, too many clients).
    static constexpr int kDropCloseCode = 1008;

signals:
    void clientCountChanged(int count);
    /// A client was dropped by the hub; `reason` is the close reason it was sent.
    void clientDropped(const QString &reason);

private:
    struct Stamped
    {
        qint64 seq = 0;
        QString topic;
        QString coalesceKey; // empty for events that are never coalesced
        int intervalMs = 0; // for coalesced events: the least time between two of them
        QByteArray json; // the whole message in UTF-8, encoded once and shared by every client;
                         // empty in the replay buffer once a later event of its coalesce key came
    };
    struct Throttle
    {
        qint64 lastSentMs = -1;
        std::optional<Stamped> pending; // the latest event not sent yet
    };
    using TopicThrottles = QHash<QString, Throttle>; // coalesce key -> its throttle

    void onPublished(const sluice::Event &event);
    void remember(const Stamped &event);
    void deliver(const Stamped &event);
    /// Sends the topic's waiting events in order: all of them, or only those whose interval passed.
    void flushTopic(TopicThrottles &throttles, qint64 now, bool all);
    void flushDue();
    void pingAll();
    QTcpSocket *takeConnection(const QWebSocket &socket);

    void onMessage(EventClient *client, const QString &message);
    void subscribe(EventClient *client, const QJsonValue &topics, bool add);
    void resume(EventClient *client, const QJsonValue &seq, const QJsonValue &epoch);
    void sendControl(EventClient *client, const QJsonObject &message);
    void sendError(EventClient *client, const QString &message);
    void sendSnapshotRequired(EventClient *client, const QString &reason);
    void send(EventClient *client, const QByteArray &message);
    void drop(EventClient *client, const QString &reason);
    void cut(EventClient *client);
    void remove(EventClient *client);

    ServerLimits m_limits;
    EventHubOptions m_options;
    QString m_epoch;
    QList<EventClient *> m_clients; // live clients, children of this hub; dropping ones are not here
    qint64 m_lastSeq = 0;
    qint64 m_evictedUpTo = 0; // the highest sequence no longer in m_replay
    std::deque<Stamped> m_replay;
    qint64 m_replayBytes = 0;
    QHash<QString, qint64> m_latestCoalesced; // topic + coalesce key -> sequence of its latest in m_replay
    QHash<QString, TopicThrottles> m_throttles; // per topic
    QList<QPointer<QTcpSocket>> m_upgrading; // expectUpgrade() connections not yet taken
    QElapsedTimer m_clock;
    QTimer m_flushTimer; // runs while coalesced events wait
    QTimer m_pingTimer;
};

} // namespace sluice
