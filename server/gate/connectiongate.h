#pragma once

#include <QTcpServer>

#include "core/config/serverconfig.h"

class QAbstractHttpServer;

namespace sluice {

class Metrics;
class RequestAuthorizer;
class TusService;

/// What the gate enforces beyond ServerLimits.
struct GateConfig
{
    ServerLimits limits;
    qint64 maxRequestBodyBytes = 1024 * 1024; // bodies outside /files (JSON): 413 past this
};

/// The listening socket in front of QtHttpServer 6.4.2, which buffers whole bodies before any
/// route runs, has no header cap, no timeouts, no 100-continue and lax framing
/// (QTHTTPSERVER.md, sections 1 and 8). Every request head is checked here first:
/// - header block over maxHeaderBytes, or more than 100 fields: 431;
/// - malformed request line, bad, negative or repeated Content-Length: 400;
/// - Content-Length over the route's cap (maxChunkBytes on /files, else maxRequestBodyBytes): 413;
/// - /files without the right Host or token: 421 / 401, before any body is read;
/// - PATCH without Content-Length (or chunked): 411;
/// - `Expect: 100-continue` is answered;
/// - a head not complete within idleTimeoutSeconds: 408; a connection idle that long is closed;
/// - tus PATCH /files/{id} never reaches QtHttpServer: its body is streamed to the upload's
///   file in bounded memory and the gate answers (TusService does the tus part);
/// - every answer's status is counted in Metrics, whoever writes it (GateSocket).
/// Refusals are JSON errors with Connection: close. Delete server/gate once Qt >= 6.8 is the floor.
///
/// Use: construct, listen(), then QHttpServer::bind(gate), which makes the QHttpServer its
/// parent. Thread: the server thread (where `http` lives). `authorizer` and `tus` must
/// outlive it; `tus` may be null (PATCH is then left to QtHttpServer).
class ConnectionGate final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGate)
public:
    ConnectionGate(QAbstractHttpServer &http, const RequestAuthorizer &authorizer, GateConfig config, TusService *tus,
        QObject *parent = nullptr);
    ~ConnectionGate() override;

    /// Hands QtHttpServer the socket with the gate's own readyRead slot connected first.
    QTcpSocket *nextPendingConnection() override;

    QAbstractHttpServer &http() const { return m_http; }
    const RequestAuthorizer &authorizer() const { return m_authorizer; }
    const GateConfig &config() const { return m_config; }
    TusService *tus() const { return m_tus; }
    /// Where requests by route and status and upload traffic are counted; none by default.
    /// Must outlive the gate.
    void setMetrics(Metrics *metrics) { m_metrics = metrics; }
    Metrics *metrics() const { return m_metrics; }

protected:
    /// Accepts connections as GateSockets, which see every answer written to them.
    void incomingConnection(qintptr descriptor) override;

private:
    QAbstractHttpServer &m_http;
    const RequestAuthorizer &m_authorizer;
    GateConfig m_config;
    TusService *m_tus;
    Metrics *m_metrics = nullptr;
};

} // namespace sluice
