#include "app/client/connectionmonitor.h"

#include "app/client/apiclient.h"

namespace sluice {

ConnectionMonitor::ConnectionMonitor(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(std::chrono::seconds(5));
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::check);
    connect(client, &ApiClient::serverChanged, this, [this] {
        setState(State::Connecting, QString());
        check();
        m_timer.start();
    });
}

void ConnectionMonitor::checkNow()
{
    check();
}

void ConnectionMonitor::check()
{
    if (m_checking || !m_client->hasServer())
        return; // one question at a time: a slow server must not pile them up
    m_checking = true;
    m_client->getJson(QStringLiteral("/api/v1/info"), this, [this](const Result<QJsonObject> &info) {
        m_checking = false;
        if (info) {
            m_serverVersion = info->value(QStringLiteral("version")).toString();
            setState(State::Connected, QString());
        } else if (info.error().code == ErrorCode::Unauthorized) {
            setState(State::Unauthorized, info.error().message);
        } else {
            setState(State::Unreachable, info.error().message);
        }
    });
}

void ConnectionMonitor::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    emit stateChanged(state);
}

} // namespace sluice
