#include "server/apiserver.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>
#include <QThread>

#include "core/storage/databaseconnection.h"
#include "core/storage/schemamigrator.h"
#include "core/version.h"
#include "server/apierror.h"
#include "server/logging.h"

namespace sluice {

namespace {

using Method = QHttpServerRequest::Method;

bool isLoopback(const QString &bindAddress)
{
    return QHostAddress(bindAddress).isLoopback();
}

QJsonObject limitsJson(const ServerLimits &limits)
{
    return {
        { QStringLiteral("maxChunkBytes"), limits.maxChunkBytes },
        { QStringLiteral("maxUploadBytes"), limits.maxUploadBytes },
        { QStringLiteral("maxConcurrentUploads"), limits.maxConcurrentUploads },
        { QStringLiteral("maxWebSocketClients"), limits.maxWebSocketClients },
        { QStringLiteral("maxHeaderBytes"), limits.maxHeaderBytes },
        { QStringLiteral("idleTimeoutSeconds"), limits.idleTimeoutSeconds },
    };
}

} // namespace

ApiServer::ApiServer(ServerSetup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_authorizer(m_setup.token, isLoopback(m_setup.config.bindAddress))
{
    m_pool.setObjectName(QStringLiteral("sluice-api-pool"));
    m_pool.setMaxThreadCount(4);
}

ApiServer::~ApiServer() = default;

void ApiServer::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    const QHostAddress address(m_setup.config.bindAddress);
    if (address.isNull()) {
        emit failed(Error { ErrorCode::InvalidInput,
                            tr("The bind address \"%1\" (from --bind or server/bind in sluice.ini) is not an IP "
                               "address.")
                                .arg(m_setup.config.bindAddress) });
        return;
    }
    if (auto prepared = prepareDatabase(); !prepared) {
        emit failed(prepared.error());
        return;
    }
    m_http = std::make_unique<QHttpServer>();
    addRoutes();
    quint16 port = m_http->listen(address, m_setup.config.port);
    if (port == 0 && m_setup.fallBackToAnyPort && m_setup.config.port != 0) {
        qCWarning(lcHttp) << "port" << m_setup.config.port << "is busy; listening on any free port instead";
        port = m_http->listen(address, 0);
    }
    if (port == 0) {
        m_http.reset();
        emit failed(Error { ErrorCode::Network, tr("Could not listen on %1 port %2; is another program using it?")
                                                    .arg(m_setup.config.bindAddress)
                                                    .arg(m_setup.config.port) });
        return;
    }
    qCInfo(lcHttp) << "listening on" << m_setup.config.bindAddress << "port" << port;
    emit listening(port);
}

Result<void> ApiServer::prepareDatabase() const
{
    // Migrations run once at start, before any request can reach the catalog.
    auto connection = DatabaseConnection::open(m_setup.database, QStringLiteral("startup"));
    if (!connection)
        return tl::unexpected(connection.error());
    auto migrated = SchemaMigrator::migrate(**connection);
    if (!migrated)
        return tl::unexpected(migrated.error());
    return {};
}

void ApiServer::addRoutes()
{
    m_http->route(QStringLiteral("/api/v1/health"), Method::Get, [this](const QHttpServerRequest &request) {
        if (auto allowed = m_authorizer.authorize(request, Access::Open); !allowed)
            return errorResponse(allowed.error());
        return jsonResponse({ { QStringLiteral("status"), QStringLiteral("ok") },
                              { QStringLiteral("version"), sluiceVersion() } });
    });
    m_http->route(QStringLiteral("/api/v1/info"), Method::Get, [this](const QHttpServerRequest &request) {
        if (auto allowed = m_authorizer.authorize(request, Access::Token); !allowed)
            return errorResponse(allowed.error());
        return info();
    });
    // Unknown paths: the same guards first, so a stranger learns nothing about the routes.
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        auto allowed = m_authorizer.authorize(request, Access::Token);
        const Error error = allowed ? Error { ErrorCode::NotFound, tr("Nothing is served at %1.").arg(request.url().path()) }
                                    : allowed.error();
        errorResponse(error).write(std::move(responder));
    });
}

QHttpServerResponse ApiServer::info() const
{
    const ServerConfig &config = m_setup.config;
    return jsonResponse({
        { QStringLiteral("version"), sluiceVersion() },
        { QStringLiteral("bindAddress"), config.bindAddress },
        { QStringLiteral("dataDir"), m_setup.dataDirIsDefault ? QStringLiteral("default") : QStringLiteral("custom") },
        { QStringLiteral("database"), QStringLiteral("sqlite") },
        { QStringLiteral("limits"), limitsJson(config.limits) },
    });
}

} // namespace sluice
