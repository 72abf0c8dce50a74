#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWebSocket>

#include <memory>
#include <utility>

namespace sluice {

/// One WebSocket client of the event hub: its socket, its topics and its liveness.
/// It only holds state and sends; the EventHub decides what to send and when to drop.
/// Thread: the server thread (a QWebSocket cannot be used from another one).
/// Owner: the EventHub (QObject parent); the socket is this object's child.
class EventClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventClient)
public:
    EventClient(std::unique_ptr<QWebSocket> socket, QObject *parent);

    QWebSocket &socket() const { return *m_socket; }

    bool isSubscribed(const QString &topic) const { return m_topics.contains(topic); }
    const QSet<QString> &topics() const { return m_topics; }
    void subscribe(const QString &topic) { m_topics.insert(topic); }
    void unsubscribe(const QString &topic) { m_topics.remove(topic); }
    /// Sorted, so acknowledgements are stable.
    QStringList topicList() const;

    /// Queues a text message unless the socket's unsent backlog would pass `maxBacklogBytes`;
    /// false means the client is too slow and must be dropped (nothing was queued).
    [[nodiscard]] bool send(const QString &message, qint64 maxBacklogBytes);

    /// Everything up to this sequence was sent by a replay; a later trailing flush of coalesced
    /// events must not send those again.
    qint64 replayedUpTo() const { return m_replayedUpTo; }
    void setReplayedUpTo(qint64 seq) { m_replayedUpTo = seq; }

    /// Ping bookkeeping: a client that has not answered one ping when the next is due is gone.
    bool isAwaitingPong() const { return m_awaitingPong; }
    void ping();

    /// Set once the hub has started to close it; a dropping client gets nothing more.
    bool isDropping() const { return m_dropping; }
    void setDropping() { m_dropping = true; }
    /// True the first time only: the hub forgets a client once, whatever ended it.
    bool markRemoved() { return !std::exchange(m_removed, true); }

private:
    QWebSocket *m_socket; // child of this object
    QSet<QString> m_topics;
    qint64 m_replayedUpTo = 0;
    bool m_awaitingPong = false;
    bool m_dropping = false;
    bool m_removed = false;
};

} // namespace sluice
