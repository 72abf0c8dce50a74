#include "app/ui/serverstatuslabel.h"

#include "app/client/apiclient.h"

namespace sluice {

ServerStatusLabel::ServerStatusLabel(const ApiClient *client, const ConnectionMonitor *monitor, QWidget *parent)
    : QLabel(parent)
    , m_client(client)
    , m_monitor(monitor)
{
    setTextFormat(Qt::RichText);
    setAccessibleName(tr("Server status"));
    connect(monitor, &ConnectionMonitor::stateChanged, this, &ServerStatusLabel::refresh);
    connect(client, &ApiClient::serverChanged, this, &ServerStatusLabel::refresh);
    refresh();
}

void ServerStatusLabel::showStartFailure(const QString &message)
{
    m_startFailure = message;
    refresh();
}

void ServerStatusLabel::refresh()
{
    using State = ConnectionMonitor::State;
    const char *color = "#d1242f";  // red unless things are fine
    QString state;
    QString tip = m_monitor->detail();
    if (!m_startFailure.isEmpty()) {
        state = tr("Embedded server did not start");
        tip = m_startFailure;
    } else {
        switch (m_monitor->state()) {
        case State::NoServer: state = tr("Starting the embedded server…"), color = "#7d8590"; break;
        case State::Connecting: state = tr("Connecting…"), color = "#bf8700"; break;
        case State::Connected: state = tr("Connected"), color = "#1a7f37"; break;
        case State::Unauthorized: state = tr("Access token refused"); break;
        case State::Unreachable: state = tr("Server unreachable"); break;
        }
    }
    QString plain = state;
    if (m_client->hasServer())
        plain += QStringLiteral(" · ") + m_client->baseUrl().toString();
    setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                .arg(QLatin1StringView(color), plain.toHtmlEscaped()));
    setToolTip(tip);
    setAccessibleDescription(plain);
}

} // namespace sluice
