#pragma once

#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QThread>

#include "core/config/serverconfig.h"
#include "core/events/event.h"
#include "core/storage/databaseconfig.h"
#include "core/uploads/uploadinfo.h"
#include "core/uploads/uploadcatalog.h"

class QTcpSocket;

namespace sluice::test {

/// A QHttpServer + ConnectionGate + tus routes on 127.0.0.1:0, on a thread of its own, over a
/// data directory the test owns (so a second server can reopen it). Two extra routes serve
/// the gate's tests: GET /test/hello and POST /test/echo ({"bytes": n}).
class TusFixture final
{
public:
    struct Options
    {
        ServerLimits limits;
        qint64 diskReserveBytes = 0;
        int expiryHours = 24;
    };

    TusFixture(QString dataDirectory, Options options);
    ~TusFixture();
    Q_DISABLE_COPY_MOVE(TusFixture)

    /// False when the server could not listen or the database could not be migrated.
    bool start();
    quint16 port() const { return m_port; }
    static QByteArray token();
    UploadCatalogConfig storeConfig() const;

    /// Events published on the "uploads" topic and uploads handed to the completion hook.
    QList<Event> events() const;
    QList<UploadInfo> completed() const;

private:
    struct Host;

    QString m_dataDirectory;
    Options m_options;
    QThread m_thread;
    std::unique_ptr<QObject> m_threadObject; // lives in m_thread; the host is built and torn down through it
    std::unique_ptr<Host> m_host; // used only in m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Event> m_events;
    QList<UploadInfo> m_completed;
};

/// One HTTP answer read off a raw socket.
struct HttpReply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const;
    QString errorCode() const;
};

/// A blocking HTTP/1.1 client over one connection, for requests no ordinary client sends.
class RawClient final
{
public:
    RawClient();
    ~RawClient();
    Q_DISABLE_COPY_MOVE(RawClient)

    bool connectTo(quint16 port);
    void send(const QByteArray &bytes);
    /// The next answer (a 100 Continue too, when it comes first); status 0 when none arrived.
    HttpReply read(bool headOnly = false);
    /// True once the server has closed the connection (waits up to 10 s).
    bool waitClosed();
    QTcpSocket &socket() { return *m_socket; }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

/// A request head with the token, Host and Tus-Resumable, plus `extra` lines ("Name: value").
QByteArray tusHead(
    const QByteArray &method, const QByteArray &path, const QList<QByteArray> &extra = {}, bool withToken = true);
/// Sends one request on a fresh connection and reads the answer.
HttpReply exchange(quint16 port, const QByteArray &request, bool headOnly = false);

} // namespace sluice::test
