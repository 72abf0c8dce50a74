#include "server/serverthread.h"

#include "server/apiserver.h"

namespace sluice {

ServerThread::ServerThread(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sluice-server"));
}

ServerThread::~ServerThread()
{
    stop();
}

void ServerThread::start(ServerSetup setup)
{
    Q_ASSERT(!m_thread.isRunning());
    // The ApiServer holds no QHttpServer yet, so moving it is safe; start() builds that in m_thread.
    auto *server = new ApiServer(std::move(setup));
    server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
    connect(server, &ApiServer::listening, this, &ServerThread::listening);
    connect(server, &ApiServer::failed, this, &ServerThread::failed);
    m_server = server;
    m_thread.start();
    QMetaObject::invokeMethod(server, &ApiServer::start, Qt::QueuedConnection);
}

void ServerThread::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
}

} // namespace sluice
