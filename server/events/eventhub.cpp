#include "server/events/eventhub.h"

#include <algorithm>
#include <limits>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include "core/error.h"
#include "core/events/eventbus.h"
#include "core/randomid.h"
#include "server/events/eventclient.h"
#include "server/events/eventtopic.h"
#include "server/logging.h"

namespace sluice {

namespace {

const QString kPath = QStringLiteral("/api/v1/events");

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonArray validTopics()
{
    return { QStringLiteral("uploads"), QStringLiteral("tasks"), QStringLiteral("datasets"), QStringLiteral("teams"),
        QStringLiteral("dataset:<id>") };
}

} // namespace

EventHub::EventHub(EventBus &bus, const ServerLimits &limits, QObject *parent)
    : EventHub(bus, limits, EventHubOptions {}, parent)
{
}

EventHub::EventHub(EventBus &bus, const ServerLimits &limits, const EventHubOptions &options, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_options(options)
    , m_epoch(makeRandomId())
{
    m_clock.start();
    // Auto connection: queued when a worker publishes, direct when the server thread does.
    connect(&bus, &EventBus::published, this, &EventHub::onPublished);
    m_flushTimer.setInterval(std::max(10, m_options.coalesceIntervalMs / 4));
    connect(&m_flushTimer, &QTimer::timeout, this, &EventHub::flushDue);
    m_pingTimer.setInterval(m_options.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &EventHub::pingAll);
    m_pingTimer.start();
}

EventHub::~EventHub() = default;

void EventHub::expectUpgrade(QTcpSocket *connection)
{
    m_upgrading.removeAll(nullptr); // upgrades that failed: their sockets are gone
    m_upgrading.append(connection);
}

QTcpSocket *EventHub::takeConnection(const QWebSocket &socket)
{
    for (qsizetype i = 0; i < m_upgrading.size(); ++i) {
        QTcpSocket *connection = m_upgrading.at(i);
        if (connection && connection->peerPort() == socket.peerPort()
            && connection->peerAddress() == socket.peerAddress() && connection->localPort() == socket.localPort()) {
            m_upgrading.removeAt(i);
            return connection;
        }
    }
    return nullptr;
}

void EventHub::addClient(std::unique_ptr<QWebSocket> socket)
{
    Q_ASSERT(QThread::currentThread() == thread());
    QTcpSocket *connection = takeConnection(*socket);
    auto *client = new EventClient(std::move(socket), connection, this);
    QWebSocket &ws = client->socket();
    ws.setMaxAllowedIncomingMessageSize(quint64(m_options.maxIncomingMessageBytes));
    ws.setMaxAllowedIncomingFrameSize(quint64(m_options.maxIncomingMessageBytes));
    // The client is the context: its socket emits disconnected() while being destroyed with it.
    connect(&ws, &QWebSocket::disconnected, client, [this, client] { remove(client); });
    if (ws.requestUrl().path() != kPath || !connection) {
        // Only this route upgrades, and it announces each connection; anything else reaching
        // here is a routing mistake.
        client->setDropping();
        client->socket().close(QWebSocketProtocol::CloseCodePolicyViolated, tr("No WebSocket is served here."));
        QTimer::singleShot(m_options.closeGraceMs, client, [this, client] { cut(client); });
        return;
    }
    if (m_clients.size() >= m_limits.maxWebSocketClients) {
        qCWarning(lcWs) << "refusing a WebSocket client: the limit of" << m_limits.maxWebSocketClients << "is reached";
        client->setDropping();
        const QString reason
            = tr("Too many clients: the server accepts %1 at a time.").arg(m_limits.maxWebSocketClients);
        client->socket().close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
        QTimer::singleShot(m_options.closeGraceMs, client, [this, client] { cut(client); });
        emit clientDropped(reason);
        return;
    }
    connect(&ws, &QWebSocket::textMessageReceived, client,
        [this, client](const QString &message) { onMessage(client, message); });
    connect(&ws, &QWebSocket::binaryMessageReceived, client,
        [this, client] { sendError(client, tr("Messages are JSON text, not binary.")); });
    m_clients.append(client);
    qCDebug(lcWs) << "WebSocket client connected;" << m_clients.size() << "now";
    emit clientCountChanged(clientCount());
    sendControl(client,
        { { QStringLiteral("type"), QStringLiteral("hello") }, { QStringLiteral("seq"), m_lastSeq },
            { QStringLiteral("epoch"), m_epoch }, { QStringLiteral("topics"), validTopics() },
            { QStringLiteral("pingIntervalSeconds"), m_options.pingIntervalMs / 1000.0 } });
}

void EventHub::onPublished(const Event &event)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Stamped stamped;
    stamped.seq = ++m_lastSeq;
    stamped.topic = event.topic;
    if (isCoalescedEventType(event.type)) {
        stamped.coalesceKey = event.type + QLatin1Char('\n') + eventSubjectId(event.data);
        stamped.intervalMs
            = event.type == u"dataset.profile" ? m_options.profileIntervalMs : m_options.coalesceIntervalMs;
    }
    stamped.json = encode({ { QStringLiteral("seq"), stamped.seq },
        { QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("topic"), event.topic }, { QStringLiteral("type"), event.type },
        { QStringLiteral("data"), event.data } });
    remember(stamped);

    const qint64 now = m_clock.elapsed();
    TopicThrottles &throttles = m_throttles[event.topic];
    if (stamped.coalesceKey.isEmpty()) {
        // Anything that waits on this topic goes first, so a client never sees a stale
        // progress after, say, "task.state: finished".
        flushTopic(throttles, now, true);
        deliver(stamped);
    } else if (Throttle &throttle = throttles[stamped.coalesceKey];
               !throttle.pending && (throttle.lastSentMs < 0 || now - throttle.lastSentMs >= stamped.intervalMs)) {
        throttle.lastSentMs = now;
        deliver(stamped);
    } else {
        throttle.pending = stamped; // the latest wins
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    }
    // Topics seen once (a finished dataset's) must not pile up.
    if (m_throttles.size() > 1024 && !m_flushTimer.isActive())
        m_throttles.removeIf([&](const auto &topic) {
            return std::all_of(topic.value().cbegin(), topic.value().cend(), [&](const Throttle &throttle) {
                return now - throttle.lastSentMs >= m_options.profileIntervalMs;
            });
        });
}

void EventHub::remember(const Stamped &event)
{
    if (!event.coalesceKey.isEmpty()) {
        // A resume replays only the latest of a coalesce key, so the earlier one's bytes can go
        // now (a profile is large); the entry stays, as the sequence numbers must not skip.
        const QString key = event.topic + QLatin1Char('\n') + event.coalesceKey;
        if (const auto previous = m_latestCoalesced.constFind(key); previous != m_latestCoalesced.cend()) {
            const auto entry = std::lower_bound(m_replay.begin(), m_replay.end(), *previous,
                [](const Stamped &stamped, qint64 seq) { return stamped.seq < seq; });
            if (entry != m_replay.end() && entry->seq == *previous) {
                m_replayBytes -= entry->json.size();
                entry->json = QByteArray();
            }
        }
        m_latestCoalesced.insert(key, event.seq);
    }
    m_replay.push_back(event);
    m_replayBytes += event.json.size();
    while (!m_replay.empty()
        && (qsizetype(m_replay.size()) > m_options.replayCapacity || m_replayBytes > m_options.replayMaxBytes)) {
        const Stamped &oldest = m_replay.front();
        m_evictedUpTo = oldest.seq;
        m_replayBytes -= oldest.json.size();
        if (!oldest.coalesceKey.isEmpty()) {
            const QString key = oldest.topic + QLatin1Char('\n') + oldest.coalesceKey;
            if (m_latestCoalesced.value(key) == oldest.seq)
                m_latestCoalesced.remove(key);
        }
        m_replay.pop_front();
    }
}

void EventHub::deliver(const Stamped &event)
{
    // Copy: a drop below changes m_clients.
    const QList<EventClient *> clients = m_clients;
    for (EventClient *client : clients) {
        if (client->isSubscribed(event.topic) && event.seq > client->replayedUpTo())
            send(client, event.json);
    }
}

void EventHub::flushTopic(TopicThrottles &throttles, qint64 now, bool all)
{
    QList<Stamped> due;
    for (Throttle &throttle : throttles) {
        if (throttle.pending && (all || now - throttle.lastSentMs >= throttle.pending->intervalMs)) {
            due.append(std::move(*throttle.pending));
            throttle.pending.reset();
            throttle.lastSentMs = now;
        }
    }
    std::sort(due.begin(), due.end(), [](const Stamped &a, const Stamped &b) { return a.seq < b.seq; });
    for (const Stamped &event : std::as_const(due))
        deliver(event);
}

void EventHub::flushDue()
{
    const qint64 now = m_clock.elapsed();
    bool waiting = false;
    for (TopicThrottles &throttles : m_throttles) {
        flushTopic(throttles, now, false);
        waiting = waiting
            || std::any_of(throttles.cbegin(), throttles.cend(), [](const Throttle &throttle) { return throttle.pending; });
    }
    if (!waiting)
        m_flushTimer.stop();
}

void EventHub::pingAll()
{
    const QList<EventClient *> clients = m_clients;
    for (EventClient *client : clients) {
        if (client->isAwaitingPong())
            drop(client, tr("No answer to the last ping."));
        else
            client->ping();
    }
}

void EventHub::onMessage(EventClient *client, const QString &message)
{
    if (client->isDropping())
        return;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8(), &parseError);
    if (!document.isObject()) {
        sendError(client, tr("A message must be a JSON object such as {\"subscribe\": [\"tasks\"]}."));
        return;
    }
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != u"subscribe" && it.key() != u"unsubscribe" && it.key() != u"resume" && it.key() != u"epoch") {
            sendError(client,
                tr("Unknown field \"%1\": a message may hold subscribe, unsubscribe, resume and epoch.").arg(it.key()));
            return;
        }
    }
    const bool changesTopics
        = object.contains(QStringLiteral("subscribe")) || object.contains(QStringLiteral("unsubscribe"));
    if (object.contains(QStringLiteral("unsubscribe")))
        subscribe(client, object.value(QStringLiteral("unsubscribe")), false);
    if (object.contains(QStringLiteral("subscribe")))
        subscribe(client, object.value(QStringLiteral("subscribe")), true);
    if (changesTopics && !client->isDropping()) {
        sendControl(client,
            { { QStringLiteral("type"), QStringLiteral("subscribed") },
                { QStringLiteral("topics"), QJsonArray::fromStringList(client->topicList()) },
                { QStringLiteral("seq"), m_lastSeq } });
    }
    if (object.contains(QStringLiteral("resume")))
        resume(client, object.value(QStringLiteral("resume")), object.value(QStringLiteral("epoch")));
}

void EventHub::subscribe(EventClient *client, const QJsonValue &topics, bool add)
{
    const QString field = add ? QStringLiteral("subscribe") : QStringLiteral("unsubscribe");
    if (!topics.isArray()) {
        sendError(client, tr("\"%1\" takes an array of topics.").arg(field));
        return;
    }
    QStringList rejected;
    for (const QJsonValue &value : topics.toArray()) {
        const QString topic = value.toString();
        if (!value.isString() || !isValidEventTopic(topic)) {
            rejected.append(value.isString() ? topic : QStringLiteral("(not a string)"));
            continue;
        }
        if (!add) {
            client->unsubscribe(topic);
        } else if (client->topics().size() < m_options.maxTopicsPerClient || client->isSubscribed(topic)) {
            client->subscribe(topic);
        } else {
            sendError(client, tr("A client may subscribe to at most %1 topics.").arg(m_options.maxTopicsPerClient));
            return;
        }
    }
    if (!rejected.isEmpty()) {
        sendError(client,
            tr("Unknown topic(s): %1. Topics are uploads, tasks, datasets, teams and dataset:<id>.")
                .arg(rejected.join(QStringLiteral(", "))));
    }
}

void EventHub::resume(EventClient *client, const QJsonValue &seqValue, const QJsonValue &epoch)
{
    const qint64 from = seqValue.isDouble() ? seqValue.toInteger(-1) : -1;
    if (from < 0) {
        sendError(client, tr("\"resume\" takes the last sequence number the client saw."));
        return;
    }
    if (epoch.isString() && epoch.toString() != m_epoch) {
        sendSnapshotRequired(client, tr("The server restarted since sequence %1.").arg(from));
        return;
    }
    if (from > m_lastSeq) {
        sendSnapshotRequired(
            client, tr("Sequence %1 is ahead of this server's %2: it restarted.").arg(from).arg(m_lastSeq));
        return;
    }
    if (from < m_evictedUpTo) {
        sendSnapshotRequired(client, tr("Events after sequence %1 are no longer kept.").arg(from));
        return;
    }
    // Missed events on the client's topics, with only the latest of each coalesced kind.
    const auto first = std::upper_bound(
        m_replay.cbegin(), m_replay.cend(), from, [](qint64 seq, const Stamped &event) { return seq < event.seq; });
    // (An earlier event of a coalesce key has no bytes left: remember() dropped them.)
    qint64 bytes = 0;
    for (auto it = first; it != m_replay.cend(); ++it) {
        if (client->isSubscribed(it->topic))
            bytes += it->json.size();
    }
    // Sending more than half the backlog cap would get the client dropped as slow; a snapshot
    // is cheaper for both sides.
    if (bytes > m_options.maxBacklogBytes / 2) {
        sendSnapshotRequired(client, tr("Too many events were missed since sequence %1 to replay them.").arg(from));
        return;
    }
    int replayed = 0;
    for (auto it = first; it != m_replay.cend() && !client->isDropping(); ++it) {
        if (!client->isSubscribed(it->topic) || it->json.isEmpty())
            continue;
        send(client, it->json);
        ++replayed;
    }
    client->setReplayedUpTo(m_lastSeq);
    sendControl(client,
        { { QStringLiteral("type"), QStringLiteral("resumed") }, { QStringLiteral("from"), from },
            { QStringLiteral("seq"), m_lastSeq }, { QStringLiteral("replayed"), replayed } });
}

void EventHub::sendSnapshotRequired(EventClient *client, const QString &reason)
{
    // The client refetches its topics over REST, then takes events after "seq".
    client->setReplayedUpTo(m_lastSeq);
    sendControl(client,
        { { QStringLiteral("type"), QStringLiteral("snapshot.required") },
            { QStringLiteral("topics"), QJsonArray::fromStringList(client->topicList()) },
            { QStringLiteral("seq"), m_lastSeq }, { QStringLiteral("epoch"), m_epoch },
            { QStringLiteral("message"), reason } });
}

void EventHub::sendControl(EventClient *client, const QJsonObject &message)
{
    send(client, encode(message));
}

void EventHub::sendError(EventClient *client, const QString &message)
{
    sendControl(client,
        { { QStringLiteral("type"), QStringLiteral("error") },
            { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("code"), errorCodeName(ErrorCode::InvalidInput) },
                    { QStringLiteral("message"), message } } } });
}

void EventHub::send(EventClient *client, const QByteArray &message)
{
    if (client->isDropping())
        return;
    if (!client->send(message, m_options.maxBacklogBytes))
        drop(client, tr("Client too slow: more than %1 bytes unsent.").arg(m_options.maxBacklogBytes));
}

void EventHub::drop(EventClient *client, const QString &reason)
{
    if (client->isDropping())
        return;
    qCWarning(lcWs) << "dropping a WebSocket client:" << reason;
    client->setDropping();
    m_clients.removeOne(client);
    // The close frame queues behind the backlog; a client that still does not read is cut
    // after the grace period, which frees that backlog.
    client->socket().close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    QTimer::singleShot(m_options.closeGraceMs, client, [this, client] { cut(client); });
    emit clientCountChanged(clientCount());
    emit clientDropped(reason);
}

void EventHub::cut(EventClient *client)
{
    client->socket().abort();
    remove(client);
}

void EventHub::remove(EventClient *client)
{
    if (!client->markRemoved())
        return;
    const bool wasLive = m_clients.removeOne(client);
    client->setDropping();
    client->deleteLater();
    if (wasLive) {
        qCDebug(lcWs) << "WebSocket client left;" << m_clients.size() << "now";
        emit clientCountChanged(clientCount());
    }
}

} // namespace sluice
