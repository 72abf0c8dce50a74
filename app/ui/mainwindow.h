#pragma once

#include <QMainWindow>

namespace sluice {

class ApiClient;
class ConnectionMonitor;
class EmptyState;
class ServerStatusLabel;

/// The desktop window: toolbar, datasets sidebar, central area, Uploads and Tasks docks,
/// and a status bar with the server in use. Its geometry and dock layout are saved to
/// `windowStatePath` (an INI file) on close and restored on the next start.
/// Thread: GUI. Reaches data only through the ApiClient.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(ApiClient *client, ConnectionMonitor *monitor, QString windowStatePath, QWidget *parent = nullptr);

    /// The embedded server could not start: say why in the status bar.
    void showServerStartFailure(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addPanelDock(const QString &objectName, const QString &title, Qt::DockWidgetArea area,
                              QWidget *content);
    void createActions(const QList<QDockWidget *> &docks);
    void restoreLayout();
    void saveLayout() const;
    void copyServerAddress();
    void showAbout();

    ApiClient *m_client;
    QString m_windowStatePath;
    ServerStatusLabel *m_status;
};

} // namespace sluice
