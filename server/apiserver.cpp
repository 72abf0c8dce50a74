#include "server/apiserver.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QHttpServer>
#include <QJsonObject>
#include <QThread>

#include "core/events/eventbus.h"
#include "core/export/exporttaskrunner.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/schemamigrator.h"
#include "core/tasks/importtaskrunner.h"
#include "core/tasks/taskengine.h"
#include "core/tasks/teamsimporttaskrunner.h"
#include "core/version.h"
#include "server/apierror.h"
#include "core/uploads/uploadcatalog.h"
#include "server/docs/docsroutes.h"
#include "server/events/eventhub.h"
#include "server/events/eventroutes.h"
#include "server/gate/connectiongate.h"
#include "server/metrics/metrics.h"
#include "server/metrics/metricsroutes.h"
#include "server/routes/datasetroutes.h"
#include "server/routes/taskroutes.h"
#include "server/routes/teamroutes.h"
#include "server/routes/uploadlistroutes.h"
#include "server/servercontext.h"
#include "server/tus/tusservice.h"
#include "server/tus/uploadroutes.h"
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

ApiServer::~ApiServer()
{
    // Work still running on the pool (a query, an upload's expiry sweep) uses the catalog and
    // the upload store: let it end before they go.
    m_pool.clear();
    m_pool.waitForDone();
}

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
    if (auto started = startTasks(); !started) {
        emit failed(started.error());
        return;
    }
    if (auto uploads = startUploads(); !uploads) {
        emit failed(uploads.error());
        return;
    }
    m_http = std::make_unique<QHttpServer>();
    addRoutes();
    auto port = listen();
    if (!port) {
        m_http.reset();
        emit failed(port.error());
        return;
    }
    qCInfo(lcHttp) << "listening on" << m_setup.config.bindAddress << "port" << *port;
    emit listening(*port);
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

Result<quint16> ApiServer::listen()
{
    // Connections reach QtHttpServer only through the gate, which fixes what 6.4.2 lacks
    // (limits, timeouts, 100-continue, streamed tus bodies): QTHTTPSERVER.md.
    const QHostAddress address(m_setup.config.bindAddress);
    auto gateOn = [&](quint16 port) -> ConnectionGate * {
        auto *gate = new ConnectionGate(*m_http, m_authorizer, GateConfig { m_setup.config.limits, 1024 * 1024 },
                                        m_tus.get());
        gate->setMetrics(m_metrics.get());
        if (gate->listen(address, port))
            return gate;
        delete gate;
        return nullptr;
    };
    ConnectionGate *gate = gateOn(m_setup.config.port);
    if (!gate && m_setup.fallBackToAnyPort && m_setup.config.port != 0) {
        qCWarning(lcHttp) << "port" << m_setup.config.port << "is busy; listening on any free port instead";
        gate = gateOn(0);
    }
    if (!gate)
        return fail(ErrorCode::Network, tr("Could not listen on %1 port %2; is another program using it?")
                                            .arg(m_setup.config.bindAddress)
                                            .arg(m_setup.config.port));
    m_http->bind(gate);  // the server owns the gate from here
    return gate->serverPort();
}

Result<void> ApiServer::startUploads()
{
    UploadCatalogConfig config;
    config.database = m_setup.database;
    config.directory = QDir(m_setup.dataDirectory).filePath(QStringLiteral("uploads"));
    config.maxUploadBytes = m_setup.config.limits.maxUploadBytes;
    config.maxConcurrentChunks = m_setup.config.limits.maxConcurrentUploads;
    m_uploads = std::make_unique<UploadCatalog>(config);
    if (auto prepared = m_uploads->prepare(); !prepared)
        return prepared;
    m_tus = std::make_unique<TusService>(*m_uploads, *m_bus, m_pool, m_setup.config.limits,
                                         [this](const UploadInfo &upload) { importUpload(upload); });
    return {};
}

void ApiServer::importUpload(const UploadInfo &upload)
{
    const QString path = m_uploads->filePath(upload.id);
    auto submitted = upload.kind == u"teams"
        ? m_tasks->submit(QString(kTeamsImportTaskType), QJsonObject { { QStringLiteral("path"), path },
                                                                       { QStringLiteral("importId"), upload.id } })
        : m_tasks->submit(QString(kImportTaskType), QJsonObject { { QStringLiteral("sourcePath"), path },
                                                                  { QStringLiteral("sourceName"), upload.filename },
                                                                  { QStringLiteral("datasetName"), upload.name },
                                                                  { QStringLiteral("sha256"), upload.sha256 },
                                                                  { QStringLiteral("uploadId"), upload.id } });
    if (!submitted)
        qCWarning(lcHttp) << "could not start the import of upload" << upload.id << ":" << submitted.error().message;
}

void ApiServer::linkUpload(const TaskInfo &task)
{
    const QString uploadId = task.parameters.value(QStringLiteral("uploadId")).toString();
    const QJsonArray datasets = task.summary.value(QStringLiteral("datasets")).toArray();
    if (task.type != kImportTaskType || task.state != TaskState::Succeeded || uploadId.isEmpty() || datasets.isEmpty())
        return;
    if (auto linked = m_uploads->setDatasetId(uploadId, datasets.first().toString()); !linked)
        qCWarning(lcHttp) << "could not link upload" << uploadId << "to its dataset:" << linked.error().message;
}

Result<void> ApiServer::startTasks()
{
    m_bus = std::make_unique<EventBus>();
    m_tasks = std::make_unique<TaskEngine>();
    EventBus *bus = m_bus.get();
    m_tasks->registerRunner(QString(kImportTaskType), [bus] { return std::make_unique<ImportTaskRunner>(bus); });
    m_tasks->registerRunner(QString(kExportTaskType), [] { return std::make_unique<ExportTaskRunner>(); });
    m_tasks->registerRunner(QString(kTeamsImportTaskType), [] { return std::make_unique<TeamsImportTaskRunner>(); });
    // Every change of a task is news for the "tasks" topic (the GUI's task dock, scripts).
    connect(m_tasks.get(), &TaskEngine::taskChanged, this, [this, bus](const TaskInfo &task) {
        bus->publish(QStringLiteral("tasks"), QStringLiteral("task.state"), task.toJson());
        linkUpload(task);
        // The teams table changed: news for the "teams" topic (the Teams page, scripts).
        if (task.type == kTeamsImportTaskType && task.state == TaskState::Succeeded) {
            QJsonObject imported = task.summary;
            imported.insert(QStringLiteral("taskId"), task.id);
            bus->publish(QStringLiteral("teams"), QStringLiteral("teams.imported"), imported);
        }
    });
    connect(m_tasks.get(), &TaskEngine::taskProgressed, m_bus.get(), [bus](const TaskInfo &task) {
        bus->publish(QStringLiteral("tasks"), QStringLiteral("task.progress"), task.toJson());
    });
    connect(m_tasks.get(), &TaskEngine::taskRemoved, m_bus.get(), [bus](const QString &id) {
        bus->publish(QStringLiteral("tasks"), QStringLiteral("task.removed"), QJsonObject { { QStringLiteral("id"), id } });
    });
    TaskEngineConfig config;
    config.database = m_setup.database;
    config.exportsDirectory = QDir(m_setup.dataDirectory).filePath(QStringLiteral("exports"));
    config.workerCount = m_setup.config.taskWorkers;
    config.retention = std::chrono::hours(24) * m_setup.config.retentionDays;
    return m_tasks->start(config);
}

void ApiServer::addRoutes()
{
    ServerContext context { *m_http, m_authorizer, this, m_pool, m_setup.database, m_setup.dataDirectory };
    m_metrics = std::make_unique<Metrics>();
    m_metrics->listenTo(*m_bus);
    m_events = std::make_unique<EventHub>(*m_bus, m_setup.config.limits);
    connect(m_events.get(), &EventHub::clientCountChanged, m_metrics.get(), &Metrics::setWebSocketClients);
    DatasetRoutes::add(context);
    TeamRoutes::add(context);
    UploadListRoutes::add(context);
    TaskRoutes::add(context, *m_tasks);
    UploadRoutes::add(context, *m_tus);
    EventRoutes::add(context, *m_events);
    DocsRoutes::add(context);
    MetricsRoutes::add(context, *m_metrics);

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
