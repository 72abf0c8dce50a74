#include "server/gate/gatesocket.h"

namespace sluice {

namespace {

constexpr QByteArrayView kStatusLineStart = "HTTP/";
constexpr qsizetype kMaxStatusLine = 256; // longer is not a status line of ours

} // namespace

GateSocket::GateSocket(QObject *parent)
    : QTcpSocket(parent)
{
}

GateSocket::~GateSocket() = default;

void GateSocket::expectAnswer(const QByteArray &method, const QString &path)
{
    m_awaiting.enqueue(Request { method, path });
}

qint64 GateSocket::writeData(const char *data, qint64 size)
{
    if (!m_awaiting.isEmpty())
        inspect(QByteArrayView(data, size));
    // The same pointer goes on, so QIODevice::write(QByteArray) still queues the array itself
    // instead of a copy (the event hub relies on that to share one message among its clients).
    return QTcpSocket::writeData(data, size);
}

void GateSocket::inspect(QByteArrayView data)
{
    if (!m_readingStatus) {
        // QtHttpServer writes a status line in pieces, the first being "HTTP/"; others write it whole.
        const qsizetype prefix = qMin(data.size(), kStatusLineStart.size());
        if (prefix == 0 || data.first(prefix) != kStatusLineStart.first(prefix))
            return;
        m_readingStatus = true;
        m_statusLine.clear();
    }
    m_statusLine += data.first(qMin(data.size(), kMaxStatusLine));
    const qsizetype end = m_statusLine.indexOf("\r\n");
    if (end < 0 && m_statusLine.size() < kMaxStatusLine)
        return;
    m_readingStatus = false;
    // "HTTP/1.1 204 No Content": the code is the second field.
    const QList<QByteArray> fields = m_statusLine.first(end < 0 ? m_statusLine.size() : end).split(' ');
    bool isNumber = false;
    const int status = fields.value(1).toInt(&isNumber);
    // 101 Switching Protocols is the last HTTP answer on a connection; 100, 102, 103 are interim.
    const bool interim = status >= 100 && status < 200 && status != 101;
    if (!m_statusLine.startsWith(kStatusLineStart) || !isNumber || status < 100 || status > 999 || interim)
        return; // not a status line after all, or an interim one: the request is still waiting
    const Request request = m_awaiting.dequeue();
    if (m_observer)
        m_observer(request.method, request.path, status);
}

} // namespace sluice
