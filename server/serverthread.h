#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include "core/error.h"
#include "server/serversetup.h"

namespace sluice {

class ApiServer;

/// Runs the ApiServer on a thread of its own, so a busy GUI never delays a request.
/// Thread: created and used in the owner's (main) thread; the ApiServer lives in m_thread.
class ServerThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerThread)
public:
    explicit ServerThread(QObject *parent = nullptr);
    ~ServerThread() override;

    /// Starts the thread and the server in it; answers with listening() or failed().
    void start(ServerSetup setup);

    /// Stops the server and waits for its thread to end (at shutdown only).
    void stop();

signals:
    void listening(quint16 port);
    void failed(const sluice::Error &error);

private:
    QThread m_thread;
    QPointer<ApiServer> m_server;
};

} // namespace sluice
