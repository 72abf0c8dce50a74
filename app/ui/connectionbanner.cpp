#include "app/ui/connectionbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "app/client/connectionmonitor.h"

namespace sluice {

ConnectionBanner::ConnectionBanner(ConnectionMonitor *monitor, QWidget *parent)
    : QFrame(parent)
    , m_monitor(monitor)
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry Now"), this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection problem"));
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#connectionBanner { background: #fff4ce; border-bottom: 1px solid #d4a72c; }"
                                 "#connectionBanner QLabel { color: #4d2d00; }"));
    m_message->setObjectName(QStringLiteral("connectionBannerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryNowButton"));
    m_retry->setAccessibleName(tr("Retry now"));
    m_retry->setToolTip(tr("Ask the server again now instead of waiting for the next attempt."));
    connect(m_retry, &QPushButton::clicked, monitor, &ConnectionMonitor::checkNow);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_retry);

    connect(monitor, &ConnectionMonitor::stateChanged, this, &ConnectionBanner::refresh);
    hide();
    refresh();
}

void ConnectionBanner::attachTo(QWidget *area)
{
    if (m_area)
        m_area->removeEventFilter(this);
    m_area = area;
    const bool shown = !isHidden();
    setParent(area);  // hides it: a reparented widget starts hidden
    area->installEventFilter(this);
    setVisible(shown);
    place();
}

QString ConnectionBanner::text() const
{
    return m_message->text();
}

bool ConnectionBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_area && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QFrame::eventFilter(watched, event);
}

void ConnectionBanner::refresh()
{
    using State = ConnectionMonitor::State;
    const QString detail = m_monitor->detail();
    switch (m_monitor->state()) {
    case State::Unreachable:
        m_message->setText(detail.isEmpty() ? tr("Server unreachable. Reconnecting…")
                                            : tr("Server unreachable: %1 Reconnecting…").arg(detail));
        break;
    case State::Unauthorized:
        m_message->setText(detail.isEmpty() ? tr("The server refused the access token. Reconnecting…")
                                            : tr("The server refused the access token: %1 Reconnecting…").arg(detail));
        break;
    case State::Connecting:
        return;  // a problem stays on screen until a check succeeds
    case State::NoServer:
    case State::Connected:
        hide();
        return;
    }
    setAccessibleDescription(m_message->text());
    show();
    place();
}

void ConnectionBanner::place()
{
    if (!m_area)
        return;
    const int width = m_area->width();
    const int height = hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
    setGeometry(0, 0, width, qMax(height, sizeHint().height()));
    raise();
}

} // namespace sluice
