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

QString encode(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
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

void EventHub::addClient(std::unique_ptr<QWebSocket> socket)
{
    Q_ASSERT(QThread::currentThread() == thread());
    auto *client = new EventClient(std::move(socket), this);
    QWebSocket &ws = client->socket();
    ws.setMaxAllowedIncomingMessageSize(quint64(m_options.maxIncomingMessageBytes));
    ws.setMaxAllowedIncomingFrameSize(quint64(m_options.maxIncomingMessageBytes));
    // The client is the context: its socket emits disconnected() while being destroyed with it.
    connect(&ws, &QWebSocket::disconnected, client, [this, client] { remove(client); });
    if (ws.requestUrl().path() != kPath) {
        // Only this route upgrades; anything else reaching here is a routing mistake.
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
    if (isCoalescedEventType(event.type))
        stamped.coalesceKey = event.type + QLatin1Char('\n') + eventSubjectId(event.data);
    stamped.json = encode({ { QStringLiteral("seq"), stamped.seq },
        { QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("topic"), event.topic }, { QStringLiteral("type"), event.type },
        { QStringLiteral("data"), event.data } });

    m_replay.push_back(stamped);
    m_replayBytes += stamped.json.size();
    while (!m_replay.empty()
        && (qsizetype(m_replay.size()) > m_options.replayCapacity || m_replayBytes > m_options.replayMaxBytes)) {
        m_evictedUpTo = m_replay.front().seq;
        m_replayBytes -= m_replay.front().json.size();
        m_replay.pop_front();
    }

    const qint64 now = m_clock.elapsed();
    TopicThrottle &throttle = m_throttles[event.topic];
    if (stamped.coalesceKey.isEmpty()) {
        // Anything that waits on this topic goes first, so a client never sees a stale
        // progress after, say, "task.state: finished".
        if (!throttle.pending.isEmpty())
            flushTopic(event.topic, throttle, now);
        deliver(stamped);
    } else if (throttle.pending.isEmpty()
        && (throttle.lastFlushMs < 0 || now - throttle.lastFlushMs >= m_options.coalesceIntervalMs)) {
        throttle.lastFlushMs = now;
        deliver(stamped);
    } else {
        throttle.pending.insert(stamped.coalesceKey, stamped); // the latest wins
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    }
    // Topics seen once (a finished dataset's) must not pile up.
    if (m_throttles.size() > 1024 && !m_flushTimer.isActive())
        m_throttles.removeIf([&](const auto &entry) {
            return entry.value().pending.isEmpty() && now - entry.value().lastFlushMs >= m_options.coalesceIntervalMs;
        });
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

void EventHub::flushTopic(const QString &topic, TopicThrottle &throttle, qint64 now)
{
    Q_UNUSED(topic);
    QList<Stamped> due = throttle.pending.values();
    throttle.pending.clear();
    throttle.lastFlushMs = now;
    std::sort(due.begin(), due.end(), [](const Stamped &a, const Stamped &b) { return a.seq < b.seq; });
    for (const Stamped &event : std::as_const(due))
        deliver(event);
}

void EventHub::flushDue()
{
    const qint64 now = m_clock.elapsed();
    bool waiting = false;
    for (auto it = m_throttles.begin(); it != m_throttles.end(); ++it) {
        if (it->pending.isEmpty())
            continue;
        if (now - it->lastFlushMs >= m_options.coalesceIntervalMs)
            flushTopic(it.key(), *it, now);
        else
            waiting = true;
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
    QHash<QString, qint64> latest; // topic + coalesce key -> last sequence in the range
    qint64 bytes = 0;
    for (auto it = first; it != m_replay.cend(); ++it) {
        if (!client->isSubscribed(it->topic))
            continue;
        if (!it->coalesceKey.isEmpty())
            latest.insert(it->topic + QLatin1Char('\n') + it->coalesceKey, it->seq);
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
        if (!client->isSubscribed(it->topic))
            continue;
        if (!it->coalesceKey.isEmpty() && latest.value(it->topic + QLatin1Char('\n') + it->coalesceKey) != it->seq)
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

void EventHub::send(EventClient *client, const QString &message)
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
