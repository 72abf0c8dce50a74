#include "server/events/eventclient.h"

#include <algorithm>

namespace sluice {

EventClient::EventClient(std::unique_ptr<QWebSocket> socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket.release())
{
    m_socket->setParent(this);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
}

QStringList EventClient::topicList() const
{
    QStringList list(m_topics.cbegin(), m_topics.cend());
    std::sort(list.begin(), list.end());
    return list;
}

bool EventClient::send(const QString &message, qint64 maxBacklogBytes)
{
    // The length is a fine estimate of the UTF-8 size of our mostly ASCII JSON: the cap bounds
    // memory, it is not an exact figure. One message always fits an empty backlog, so a single
    // large event (a profile) never drops a client that keeps up.
    const qint64 backlog = m_socket->bytesToWrite();
    if (backlog > 0 && backlog + message.size() > maxBacklogBytes)
        return false;
    m_socket->sendTextMessage(message);
    return true;
}

void EventClient::ping()
{
    m_awaitingPong = true;
    m_socket->ping();
}

} // namespace sluice
