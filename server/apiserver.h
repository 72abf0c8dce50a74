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

/// The HTTP API: builds the QHttpServer, its routes, and listens.
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
    void addRoutes();
    QHttpServerResponse info() const;

    ServerSetup m_setup;
    RequestAuthorizer m_authorizer;
    QThreadPool m_pool;  // database and file work; never the global pool (2 threads here)
    std::unique_ptr<QHttpServer> m_http;
};

} // namespace sluice
