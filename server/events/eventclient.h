#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWebSocket>

#include <memory>
#include <utility>

namespace sluice {

/// One WebSocket client of the event hub: its socket, its topics and its liveness.
/// It only holds state and sends; the EventHub decides what to send and when to drop.
/// Messages go out as WebSocket text frames written straight to the client's TCP connection,
/// the one under its QWebSocket: QWebSocket 6.4 copies a message three times per client (to
/// UTF-8, a detached copy, the socket's buffer), whereas here the socket queues the shared
/// array itself. The QWebSocket still reads, answers pings and closes; all of it happens in
/// one thread, a frame at a time, so frames never interleave.
/// Thread: the server thread (a QWebSocket cannot be used from another one).
/// Owner: the EventHub (QObject parent); the socket is this object's child.
class EventClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventClient)
public:
    /// `connection`: the TCP socket `socket` was upgraded from (owned by the HTTP server), or
    /// null when it is not known, in which case send() sends nothing and the hub turns it away.
    EventClient(std::unique_ptr<QWebSocket> socket, QTcpSocket *connection, QObject *parent);

    QWebSocket &socket() const { return *m_socket; }

    bool isSubscribed(const QString &topic) const { return m_topics.contains(topic); }
    const QSet<QString> &topics() const { return m_topics; }
    void subscribe(const QString &topic) { m_topics.insert(topic); }
    void unsubscribe(const QString &topic) { m_topics.remove(topic); }
    /// Sorted, so acknowledgements are stable.
    QStringList topicList() const;

    /// Queues a text message (UTF-8) unless the socket's unsent backlog would pass
    /// `maxBacklogBytes`; false means the client is too slow and must be dropped (nothing was
    /// queued). The array is queued as it is, shared with every other client it goes to.
    [[nodiscard]] bool send(const QByteArray &message, qint64 maxBacklogBytes);

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
    QPointer<QTcpSocket> m_connection; // under m_socket; the HTTP server's
    QSet<QString> m_topics;
    qint64 m_replayedUpTo = 0;
    bool m_awaitingPong = false;
    bool m_dropping = false;
    bool m_removed = false;
};

} // namespace sluice
