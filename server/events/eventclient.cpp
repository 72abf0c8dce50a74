#include "server/events/eventclient.h"

#include <algorithm>

#include <QtEndian>

namespace sluice {

namespace {

// QIODevice::write(const QByteArray &) queues an array at least this large as it is, without a
// copy (QRINGBUFFER_CHUNKSIZE in Qt 6.4).
constexpr qsizetype kSharedWriteMinBytes = 4096;

// The head of an unmasked, unfragmented text frame of `size` bytes (RFC 6455, 5.2): servers
// do not mask.
QByteArray textFrameHead(qint64 size)
{
    QByteArray head;
    head.append(char(0x81)); // FIN, text
    if (size < 126) {
        head.append(char(size));
    } else if (size <= 0xffff) {
        head.append(char(126));
        const quint16 length = qToBigEndian(quint16(size));
        head.append(reinterpret_cast<const char *>(&length), sizeof length);
    } else {
        head.append(char(127));
        const quint64 length = qToBigEndian(quint64(size));
        head.append(reinterpret_cast<const char *>(&length), sizeof length);
    }
    return head;
}

} // namespace

EventClient::EventClient(std::unique_ptr<QWebSocket> socket, QTcpSocket *connection, QObject *parent)
    : QObject(parent)
    , m_socket(socket.release())
    , m_connection(connection)
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

bool EventClient::send(const QByteArray &message, qint64 maxBacklogBytes)
{
    if (!m_connection)
        return true; // gone: its disconnection removes the client
    // One message always fits an empty backlog, so a single large event (a profile) never
    // drops a client that keeps up.
    const qint64 backlog = m_connection->bytesToWrite();
    if (backlog > 0 && backlog + message.size() > maxBacklogBytes)
        return false;
    if (message.size() < kSharedWriteMinBytes) {
        m_connection->write(textFrameHead(message.size()) + message); // copied anyway: one write
    } else {
        m_connection->write(textFrameHead(message.size()));
        m_connection->write(message); // shared: every client's socket queues this same array
    }
    return true;
}

void EventClient::ping()
{
    m_awaitingPong = true;
    m_socket->ping();
}

} // namespace sluice
