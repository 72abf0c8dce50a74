#pragma once

#include <memory>

#include <QObject>
#include <QThreadPool>

#include "core/error.h"
#include "server/requestauthorizer.h"
#include "server/serversetup.h"

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace sluice {

class EventBus;
class EventHub;
class Metrics;
class TaskEngine;
class TusService;
class UploadCatalog;
struct TaskInfo;
struct UploadInfo;

/// The HTTP API: builds the QHttpServer, its routes, the task engine and the event hub, and
/// listens. Everything here is made in start(), in the server thread.
/// Thread: lives in the server thread. It is moved there before start(), and start()
/// constructs the QHttpServer inside that thread, because a QHttpServer moved after
/// construction breaks its WebSockets (QTHTTPSERVER.md, 6c).
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)
public:
    explicit ApiServer(ServerSetup setup, QObject *parent = nullptr);
    ~ApiServer() override;

    /// Builds the server and listens; emits listening() or failed().
    void start();

signals:
    void listening(quint16 port);
    void failed(const sluice::Error &error);

private:
    [[nodiscard]] Result<void> prepareDatabase() const;
    [[nodiscard]] Result<void> startTasks();
    [[nodiscard]] Result<void> startUploads();
    [[nodiscard]] Result<quint16> listen();
    void addRoutes();
    /// A complete upload becomes an import (or teams import) task.
    void importUpload(const UploadInfo &upload);
    /// A finished import links its upload to the dataset it made.
    void linkUpload(const TaskInfo &task);
    QHttpServerResponse info() const;

    ServerSetup m_setup;
    RequestAuthorizer m_authorizer;
    QThreadPool m_pool;  // database and file work; never the global pool (2 threads here)
    // Declared before m_http, so they outlive the routes that hold references to them.
    std::unique_ptr<EventBus> m_bus;
    std::unique_ptr<TaskEngine> m_tasks;
    std::unique_ptr<UploadCatalog> m_uploads;
    std::unique_ptr<TusService> m_tus;  // after m_uploads: destroyed before it
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<EventHub> m_events;
    std::unique_ptr<QHttpServer> m_http;
};

} // namespace sluice
