#include "tusfixture.h"

#include <QDir>
#include <QHttpServer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>

#include "core/config/accesstoken.h"
#include "core/events/eventbus.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/schemamigrator.h"
#include "server/gate/connectiongate.h"
#include "server/requestauthorizer.h"
#include "server/servercontext.h"
#include "server/tus/tusservice.h"
#include "server/tus/uploadroutes.h"

namespace sluice::test {

namespace {
const QByteArray kToken(64, 'e');
}

// Everything that lives in the server thread; built and destroyed there.
struct TusFixture::Host
{
    explicit Host(const TusFixture &fixture)
        : authorizer(AccessToken(kToken), true)
        , store(fixture.storeConfig())
        , context { http, authorizer, &owner, pool, fixture.storeConfig().database, fixture.m_dataDirectory }
    {
        pool.setMaxThreadCount(4);
    }
    ~Host()
    {
        // The gate and its connections go with the QHttpServer; then the pool finishes its work.
        tus.reset();
        httpOwner.reset();
        pool.waitForDone();
    }

    QObject owner;
    EventBus bus;
    RequestAuthorizer authorizer;
    UploadCatalog store;
    QThreadPool pool;
    std::unique_ptr<QHttpServer> httpOwner = std::make_unique<QHttpServer>();
    QHttpServer &http = *httpOwner;
    ServerContext context;
    std::unique_ptr<TusService> tus;
};

TusFixture::TusFixture(QString dataDirectory, Options options)
    : m_dataDirectory(std::move(dataDirectory))
    , m_options(options)
{
}

TusFixture::~TusFixture()
{
    if (m_host) {
        QMetaObject::invokeMethod(
            m_threadObject.get(), [this] { m_host.reset(); }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

QByteArray TusFixture::token()
{
    return kToken;
}

UploadCatalogConfig TusFixture::storeConfig() const
{
    UploadCatalogConfig config;
    config.database = DatabaseConfig { QDir(m_dataDirectory).filePath(QStringLiteral("sluice.db")) };
    config.directory = QDir(m_dataDirectory).filePath(QStringLiteral("uploads"));
    config.maxUploadBytes = m_options.limits.maxUploadBytes;
    config.maxConcurrentChunks = m_options.limits.maxConcurrentUploads;
    config.expiryHours = m_options.expiryHours;
    config.diskReserveBytes = m_options.diskReserveBytes;
    return config;
}

bool TusFixture::start()
{
    m_thread.start();
    m_threadObject = std::make_unique<QObject>();
    m_threadObject->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_threadObject.get(),
        [this, &ok] {
            {
                auto connection = DatabaseConnection::open(storeConfig().database, QStringLiteral("fixture"));
                if (!connection || !SchemaMigrator::migrate(**connection))
                    return;
            }
            m_host = std::make_unique<Host>(*this);
            Host &host = *m_host;
            if (!host.store.prepare())
                return;
            QObject::connect(&host.bus, &EventBus::published, &host.owner, [this](const Event &event) {
                QMutexLocker lock(&m_mutex);
                m_events << event;
            });
            host.tus = std::make_unique<TusService>(
                host.store, host.bus, host.pool, m_options.limits, [this](const UploadInfo &upload) {
                    QMutexLocker lock(&m_mutex);
                    m_completed << upload;
                });
            UploadRoutes::add(host.context, *host.tus);
            host.http.route(QStringLiteral("/test/hello"), QHttpServerRequest::Method::Get, [] {
                return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"hello\":1}"));
            });
            host.http.route(
                QStringLiteral("/test/echo"), QHttpServerRequest::Method::Post, [](const QHttpServerRequest &request) {
                    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                        "{\"bytes\":" + QByteArray::number(request.body().size()) + "}");
                });
            GateConfig config;
            config.limits = m_options.limits;
            auto *gate = new ConnectionGate(host.http, host.authorizer, config, host.tus.get());
            if (!gate->listen(QHostAddress::LocalHost, 0)) {
                delete gate;
                return;
            }
            m_port = gate->serverPort();
            host.http.bind(gate);
            ok = true;
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QList<Event> TusFixture::events() const
{
    QMutexLocker lock(&m_mutex);
    return m_events;
}

QList<UploadInfo> TusFixture::completed() const
{
    QMutexLocker lock(&m_mutex);
    return m_completed;
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

RawClient::RawClient()
    : m_socket(std::make_unique<QTcpSocket>())
{
}

RawClient::~RawClient() = default;

bool RawClient::connectTo(quint16 port)
{
    m_socket->connectToHost(QHostAddress::LocalHost, port);
    return m_socket->waitForConnected(5000);
}

void RawClient::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    while (m_socket->bytesToWrite() > 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->waitForBytesWritten(10000);
}

HttpReply RawClient::read(bool headOnly)
{
    HttpReply reply;
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            reply.head = m_buffer.first(end);
            qsizetype length = 0;
            const QList<QByteArray> lines = reply.head.split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    reply.headers.insert(line.first(colon).toLower(), line.mid(colon + 1).trimmed());
            }
            reply.status = lines.first().split(' ').value(1).toInt();
            if (!headOnly && reply.status >= 200)
                length = reply.headers.value("content-length").toLongLong();
            if (m_buffer.size() >= end + 4 + length) {
                reply.body = m_buffer.mid(end + 4, length);
                m_buffer.remove(0, end + 4 + length);
                return reply;
            }
        }
        if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(10000))
            return HttpReply();
        m_buffer += m_socket->readAll();
    }
}

bool RawClient::waitClosed()
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        return true;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            return true;
        m_socket->waitForReadyRead(200);
        m_buffer += m_socket->readAll();
    }
    return m_socket->state() == QAbstractSocket::UnconnectedState;
}

QByteArray tusHead(const QByteArray &method, const QByteArray &path, const QList<QByteArray> &extra, bool withToken)
{
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTus-Resumable: 1.0.0\r\n";
    if (withToken)
        head += "Authorization: Bearer " + kToken + "\r\n";
    for (const QByteArray &line : extra)
        head += line + "\r\n";
    return head + "\r\n";
}

HttpReply exchange(quint16 port, const QByteArray &request, bool headOnly)
{
    RawClient client;
    if (!client.connectTo(port))
        return HttpReply();
    client.send(request);
    return client.read(headOnly);
}

} // namespace sluice::test
