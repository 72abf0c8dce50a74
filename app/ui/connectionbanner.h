#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace sluice {

class ConnectionMonitor;

/// A strip over the top of the central area while the server cannot be used (unreachable, or
/// it refuses the token): the reason and "Reconnecting…", with "Retry now". It never blocks
/// the window: the ConnectionMonitor keeps polling and the EventSocket reconnects by itself;
/// the banner hides once the monitor reports Connected again.
/// Thread: GUI. Owner: the widget it is attached to (the MainWindow's central widget).
class ConnectionBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBanner)
public:
    explicit ConnectionBanner(ConnectionMonitor *monitor, QWidget *parent = nullptr);

    /// Lies over the top edge of `area` (becoming its child) and follows its width. The
    /// area keeps its own layout: the banner is an overlay, not a row in it.
    void attachTo(QWidget *area);

    /// The message shown, e.g. "Server unreachable: … Reconnecting…".
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void place();

    ConnectionMonitor *m_monitor;
    QLabel *m_message;
    QPushButton *m_retry;
    QPointer<QWidget> m_area;
};

} // namespace sluice
