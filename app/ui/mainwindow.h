#pragma once

#include <QMainWindow>
#include <QStringList>

#include "app/ui/settingsdialog.h"

class QAction;
class QStackedWidget;

namespace sluice {

class ApiClient;
class ConnectionBanner;
class ConnectionMonitor;
class DatasetPage;
class DatasetsPanel;
class TeamsPage;
class TasksPanel;
class DropOverlay;
class EventSocket;
class ServerStatusLabel;
class ShareDialog;
class UploadQueue;
class UploadsPanel;

/// The desktop window: toolbar, datasets sidebar, central area, Uploads and Tasks docks,
/// and a status bar with the server in use. Files and folders dropped anywhere on it (or
/// chosen with Add Files… / Add Folder…) go to the UploadQueue. Its geometry and dock layout
/// are saved to `windowStatePath` (an INI file: sluice.ini in main()) on close and restored on
/// the next start; the Settings and Connect dialogs write their keys to the same file.
/// Thread: GUI. Reaches data only through the ApiClient; the client, monitor, queue and
/// event socket are owned by its creator and must outlive it. It opens the event socket
/// (topics uploads, tasks, datasets) once the client has a server. The central area shows
/// the dataset selected in the sidebar (a DatasetPage, following the topic "dataset:<id>"
/// while shown), the Teams page (View > Teams; files dropped on it are imported as teams), or
/// what to do when neither is.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(ApiClient *client, ConnectionMonitor *monitor, UploadQueue *uploads, EventSocket *events,
               QString windowStatePath, QWidget *parent = nullptr);

    /// The embedded server could not start: say why in the status bar.
    void showServerStartFailure(const QString &message);

    /// Queues files, and every CSV-like file inside folders, for upload.
    void addPaths(const QStringList &paths);
    /// addPaths() once the server is connected (files named on the command line).
    void addPathsWhenConnected(const QStringList &paths);

    /// Reflects whether the embedded server is shared on the LAN, without asking for a change.
    void setLanSharing(bool shared);
    /// Shows the URLs and token to give colleagues (non-modal); returns the dialog.
    ShareDialog *showShareDialog(const QStringList &urls, const QByteArray &token);

    /// The settings as read at start, which the Settings and Connect dialogs show and change.
    /// `locationPath` is where the data directory choice lives (DataDirectoryChoice).
    void setSettings(const SettingsDialog::Values &values, const QString &locationPath);
    SettingsDialog::Values settings() const { return m_settings; }

    /// Opens File > Settings… (non-modal to the event loop: open(), not exec()).
    SettingsDialog *showSettingsDialog();

    /// Selects `datasetId` in the sidebar, fetching the list first when it is not there yet.
    void showDataset(const QString &datasetId);

    UploadsPanel *uploadsPanel() const { return m_uploadsPanel; }
    DatasetsPanel *datasetsPanel() const { return m_datasetsPanel; }
    TasksPanel *tasksPanel() const { return m_tasksPanel; }
    DatasetPage *datasetPage() const { return m_datasetPage; }
    TeamsPage *teamsPage() const { return m_teamsPage; }
    /// View > Teams: checked while the central area shows the Teams page.
    QAction *teamsAction() const { return m_teamsAction; }
    /// File > Export…: the export dialog for the dataset shown.
    void openExportDialog();
    DropOverlay *dropOverlay() const { return m_dropOverlay; }
    QAction *shareAction() const { return m_shareAction; }
    ConnectionBanner *connectionBanner() const { return m_banner; }

signals:
    /// The user toggled "Share on LAN": the embedded server should restart bound to every
    /// interface (true) or to loopback (false).
    void lanSharingRequested(bool shared);
    /// "Use the Embedded Server" in the connect dialog.
    void embeddedServerRequested();
    /// The connect dialog checked a remote server and the client now uses it.
    void remoteServerChosen(const QUrl &url);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QDockWidget *addPanelDock(const QString &objectName, const QString &title, Qt::DockWidgetArea area,
                              QWidget *content);
    void createActions(const QList<QDockWidget *> &docks);
    void restoreLayout();
    void saveLayout() const;
    void copyServerAddress();
    void showAbout();
    void chooseFiles();
    void chooseFolder();
    void showConnectDialog();
    void rememberRemoteServer(const RemoteServerConfig &remote);
    void openEventsWhenServerKnown();
    /// Shows dataset `id` in the central area (empty: none) and follows its events.
    void showDatasetPage(const QString &id);
    /// Shows the Teams page in the central area, or (false) the dataset page or empty state again.
    void showTeamsPage(bool shown);
    bool teamsPageShown() const;
    /// View > Find…: the search box of what is shown (the Teams page's, else the datasets').
    void focusSearch();

    ApiClient *m_client;
    ConnectionMonitor *m_monitor;
    UploadQueue *m_uploads;
    EventSocket *m_events;
    QString m_windowStatePath;
    ServerStatusLabel *m_status;
    UploadsPanel *m_uploadsPanel = nullptr;
    DatasetsPanel *m_datasetsPanel = nullptr;
    TasksPanel *m_tasksPanel = nullptr;
    QStackedWidget *m_central = nullptr;  // the empty state, or the page of the selected dataset
    DatasetPage *m_datasetPage = nullptr;
    TeamsPage *m_teamsPage = nullptr;
    QAction *m_teamsAction = nullptr;
    DropOverlay *m_dropOverlay = nullptr;
    QAction *m_shareAction = nullptr;
    ConnectionBanner *m_banner = nullptr;
    SettingsDialog::Values m_settings;
    QString m_locationPath;
    QStringList m_pendingPaths;  // command-line files waiting for the first connection
    QString m_pendingDataset;    // to select once the dataset list has it
};

} // namespace sluice
