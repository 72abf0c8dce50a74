#include "app/client/eventsocket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QtConcurrent/QtConcurrentRun>

#include "app/client/apiclient.h"
#include "app/client/logging.h"

namespace sluice {

using namespace std::chrono_literals;

EventSocket::EventSocket(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(client);
    m_parser.setObjectName(QStringLiteral("sluice-event-parser"));
    m_parser.setMaxThreadCount(1);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventSocket::connectNow);
    m_pingTimer.setInterval(20s);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_awaitingPong) {
            m_socket.abort(); // no pong for a whole interval: the connection is dead
            return;
        }
        m_awaitingPong = true;
        m_socket.ping();
    });
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
    connect(&m_socket, &QWebSocket::connected, this, &EventSocket::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &EventSocket::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &EventSocket::onMessage);
    // A refused connection or handshake (wrong token) may end with an error and no disconnected().
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        if (m_state == State::Connecting && m_socket.state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(client, &ApiClient::serverChanged, this, [this] {
        if (!m_wanted)
            return;
        m_lastSeq = 0; // another server counts its own sequence
        m_epoch.clear();
        m_backoff.reset();
        connectNow();
    });
}

EventSocket::~EventSocket()
{
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void EventSocket::open()
{
    m_wanted = true;
    m_backoff.reset();
    connectNow();
}

void EventSocket::close()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_pingTimer.stop();
    m_socket.close();
    setState(State::Disconnected);
}

void EventSocket::subscribe(const QStringList &topics)
{
    QStringList added;
    for (const QString &topic : topics) {
        if (!m_topics.contains(topic) && !added.contains(topic))
            added.append(topic);
    }
    if (added.isEmpty())
        return;
    m_topics += added;
    if (m_state == State::Connected)
        sendJson({ { QStringLiteral("subscribe"), QJsonArray::fromStringList(added) } });
}

void EventSocket::unsubscribe(const QStringList &topics)
{
    QStringList removed;
    for (const QString &topic : topics) {
        if (m_topics.removeAll(topic) > 0)
            removed.append(topic);
    }
    if (!removed.isEmpty() && m_state == State::Connected)
        sendJson({ { QStringLiteral("unsubscribe"), QJsonArray::fromStringList(removed) } });
}

void EventSocket::connectNow()
{
    m_reconnectTimer.stop();
    m_pingTimer.stop();
    if (!m_wanted)
        return;
    if (!m_client->hasServer()) {
        setState(State::Disconnected);
        return; // serverChanged() will bring us back
    }
    ++m_connection; // what the old connection sent is not for the new one
    // abort() on a live socket emits disconnected(), which must not schedule another attempt.
    m_resetting = true;
    m_socket.abort();
    m_resetting = false;
    setState(State::Connecting);
    QUrl url = m_client->url(QStringLiteral("/api/v1/events"));
    url.setScheme(url.scheme() == QStringLiteral("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_client->token());
    m_socket.open(request);
}

void EventSocket::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void EventSocket::onConnected()
{
    qCInfo(lcClient) << "event stream connected";
    m_backoff.reset();
    m_awaitingPong = false;
    m_pingTimer.start();
    setState(State::Connected);
    if (!m_topics.isEmpty())
        sendJson({ { QStringLiteral("subscribe"), QJsonArray::fromStringList(m_topics) } });
    if (m_lastSeq > 0) {
        QJsonObject resume { { QStringLiteral("resume"), m_lastSeq } };
        if (!m_epoch.isEmpty())
            resume.insert(QStringLiteral("epoch"), m_epoch); // lets a restarted server say so at once
        sendJson(resume);
    }
    // Whatever was shown may have changed while we were away (or before we first connected).
    emit resynchronizationNeeded();
}

void EventSocket::onDisconnected()
{
    m_pingTimer.stop();
    if (m_resetting || m_state == State::Disconnected || !m_wanted)
        return;
    const QString reason = m_socket.errorString().isEmpty()
        ? tr("The server closed the event stream.")
        : tr("The event stream was interrupted: %1").arg(m_socket.errorString());
    scheduleReconnect(reason);
}

void EventSocket::scheduleReconnect(const QString &reason)
{
    setState(State::Disconnected);
    emit connectionLost(reason);
    const std::optional<Backoff::Delay> delay = m_backoff.next();
    qCInfo(lcClient) << "event stream lost; reconnecting in" << delay->count() << "ms:" << reason;
    m_reconnectTimer.start(*delay);
}

void EventSocket::onMessage(const QString &message)
{
    // A dataset.profile event is up to about 1 MB of JSON, tens of milliseconds to parse: that
    // happens on the parser's thread, so the GUI thread keeps painting meanwhile.
    QtConcurrent::run(&m_parser, [message] {
        QJsonParseError parseError;
        QJsonObject object = QJsonDocument::fromJson(message.toUtf8(), &parseError).object();
        if (parseError.error != QJsonParseError::NoError)
            qCWarning(lcClient) << "ignoring an event that is not JSON:" << parseError.errorString();
        return object;
    }).then(this, [this, connection = m_connection](const QJsonObject &object) {
        if (connection == m_connection && !object.isEmpty())
            handleMessage(object);
    });
}

void EventSocket::handleMessage(const QJsonObject &object)
{
    const QString type = object.value(QStringLiteral("type")).toString();
    const qint64 seq = object.value(QStringLiteral("seq")).toInteger(-1);
    if (object.contains(QStringLiteral("topic"))) {
        if (seq >= 0)
            m_lastSeq = seq;
        const Event event { object.value(QStringLiteral("topic")).toString(), type,
            object.value(QStringLiteral("data")).toObject() };
        emit eventReceived(
            event, seq, QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs));
        return;
    }
    // Control messages have no topic.
    if (type == QStringLiteral("hello")) {
        // A fresh start (first connection, or another server): events count from the server's
        // current sequence. After a reconnect the resume request decides instead.
        if (m_lastSeq == 0 && seq > 0)
            m_lastSeq = seq;
        m_epoch = object.value(QStringLiteral("epoch")).toString();
    } else if (type == QStringLiteral("snapshot.required")) {
        // The server cannot replay what we missed (it restarted, or its buffer moved on):
        // views reload over REST and events continue from the server's sequence.
        qCInfo(lcClient) << "event stream needs a snapshot:" << object.value(QStringLiteral("message")).toString();
        m_lastSeq = qMax<qint64>(0, seq);
        const QString epoch = object.value(QStringLiteral("epoch")).toString();
        if (!epoch.isEmpty())
            m_epoch = epoch;
        emit resynchronizationNeeded();
    } else if (type == QStringLiteral("resumed")) {
        if (seq > m_lastSeq)
            m_lastSeq = seq; // replayed up to here; live events follow
    } else if (type == QStringLiteral("error")) {
        qCWarning(lcClient)
            << "the event stream refused a message:"
            << object.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    }
}

void EventSocket::sendJson(const QJsonObject &object)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace sluice
