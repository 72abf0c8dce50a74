#include "app/ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

#include "app/client/apiclient.h"
#include "app/client/connectionmonitor.h"
#include "app/client/eventsocket.h"
#include "app/client/uploadqueue.h"
#include "app/ui/connectdialog.h"
#include "app/ui/connectionbanner.h"
#include "app/ui/dataset/datasetpage.h"
#include "app/ui/datasetlistmodel.h"
#include "app/ui/datasetspanel.h"
#include "app/ui/dropoverlay.h"
#include "app/ui/emptystate.h"
#include "app/ui/exportdialog.h"
#include "app/ui/taskspanel.h"
#include "app/ui/serverstatuslabel.h"
#include "app/ui/sharedialog.h"
#include "app/ui/teams/teamspage.h"
#include "app/ui/uploadspanel.h"
#include "core/config/datadirectorychoice.h"
#include "core/config/settingsfile.h"
#include "core/config/settingskeys.h"
#include "core/version.h"

namespace sluice {

namespace {

// The local files and folders of a drag; anything else (web links, text) is not ours.
QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(ApiClient *client, ConnectionMonitor *monitor, UploadQueue *uploads, EventSocket *events,
                       QString windowStatePath, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_monitor(monitor)
    , m_uploads(uploads)
    , m_events(events)
    , m_windowStatePath(std::move(windowStatePath))
    , m_status(new ServerStatusLabel(client, monitor, this))
    , m_locationPath(DataDirectoryChoice::defaultFilePath())
{
    setWindowTitle(tr("Sluice"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sluice.svg")));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_central = new QStackedWidget(this);
    auto *empty = new EmptyState(QStringLiteral(":/icons/drop.svg"), tr("Drop CSV files here"),
                                 tr("Sluice uploads them, imports the rows and works out statistics while it runs. "
                                    "Plain CSV or compressed: .gz, .bz2, .xz, .zst, .zip. Folders work too."),
                                 m_central);
    empty->setObjectName(QStringLiteral("centralEmptyState"));
    m_datasetPage = new DatasetPage(client, m_central);
    m_teamsPage = new TeamsPage(client, events, uploads, m_central);
    m_central->addWidget(empty);
    m_central->addWidget(m_datasetPage);
    m_central->addWidget(m_teamsPage);
    setCentralWidget(m_central);
    m_banner = new ConnectionBanner(monitor, this);
    m_banner->attachTo(m_central);  // over the top of the central area, whichever page it shows; docks stay free

    m_uploadsPanel = new UploadsPanel(uploads, client, events);
    m_datasetsPanel = new DatasetsPanel(client, events);
    m_tasksPanel = new TasksPanel(client, events);
    const QList<QDockWidget *> docks = {
        addPanelDock(QStringLiteral("datasetsDock"), tr("Datasets"), Qt::LeftDockWidgetArea, m_datasetsPanel),
        addPanelDock(QStringLiteral("uploadsDock"), tr("Uploads"), Qt::BottomDockWidgetArea, m_uploadsPanel),
        addPanelDock(QStringLiteral("tasksDock"), tr("Tasks"), Qt::BottomDockWidgetArea, m_tasksPanel),
    };
    createActions(docks);

    connect(m_uploadsPanel, &UploadsPanel::datasetActivated, this, &MainWindow::showDataset);
    connect(m_datasetsPanel->model(), &DatasetListModel::refreshed, this, [this] {
        if (!m_pendingDataset.isEmpty() && m_datasetsPanel->selectDataset(m_pendingDataset))
            m_pendingDataset.clear();
        if (m_datasetsPanel->model()->rowOf(m_datasetPage->datasetId()) < 0)
            showDatasetPage({});  // deleted
    });
    connect(m_datasetsPanel, &DatasetsPanel::currentDatasetChanged, this, &MainWindow::showDatasetPage);
    connect(events, &EventSocket::eventReceived, m_datasetPage, &DatasetPage::applyEvent);
    connect(events, &EventSocket::resynchronizationNeeded, m_datasetPage, &DatasetPage::refresh);
    connect(m_datasetPage, &DatasetPage::exportRequested, this, &MainWindow::openExportDialog);
    connect(uploads, &UploadQueue::folderScanned, this, [this](const QString &folder, int count) {
        statusBar()->showMessage(count == 0
                                     ? tr("No CSV files found in %1").arg(QDir::toNativeSeparators(folder))
                                     : count == 1
                                     ? tr("Found 1 CSV file in %1").arg(QDir::toNativeSeparators(folder))
                                     : tr("Found %1 CSV files in %2").arg(count).arg(QDir::toNativeSeparators(folder)),
                                 5000);
    });
    connect(uploads, &UploadQueue::saveFailed, this, [this](const Error &error) {
        statusBar()->showMessage(tr("The list of unfinished uploads could not be saved: %1").arg(error.message));
    });

    m_dropOverlay = new DropOverlay(this);

    statusBar()->addPermanentWidget(m_status);
    resize(1200, 800);
    restoreLayout();
    openEventsWhenServerKnown();
}

void MainWindow::openEventsWhenServerKnown()
{
    m_events->subscribe({ QStringLiteral("uploads"), QStringLiteral("tasks"), QStringLiteral("datasets") });
    // The socket follows later server changes by itself once open.
    auto openIfIdle = [this] {
        if (m_client->hasServer() && m_events->state() == EventSocket::State::Disconnected)
            m_events->open();
    };
    connect(m_client, &ApiClient::serverChanged, this, openIfIdle);
    openIfIdle();
}

QDockWidget *MainWindow::addPanelDock(const QString &objectName, const QString &title, Qt::DockWidgetArea area,
                                      QWidget *content)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    content->setParent(dock);
    dock->setAccessibleName(title);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createActions(const QList<QDockWidget *> &docks)
{
    auto *addFiles = new QAction(QIcon(QStringLiteral(":/icons/addfiles.svg")), tr("Add &Files…"), this);
    addFiles->setObjectName(QStringLiteral("addFilesAction"));
    addFiles->setShortcut(QKeySequence::Open);
    addFiles->setStatusTip(tr("Choose CSV files to upload and import."));
    connect(addFiles, &QAction::triggered, this, &MainWindow::chooseFiles);

    auto *addFolder = new QAction(QIcon(QStringLiteral(":/icons/addfolder.svg")), tr("Add F&older…"), this);
    addFolder->setObjectName(QStringLiteral("addFolderAction"));
    addFolder->setStatusTip(tr("Choose a folder: every CSV file in it and its subfolders is uploaded."));
    connect(addFolder, &QAction::triggered, this, &MainWindow::chooseFolder);

    m_shareAction = new QAction(QIcon(QStringLiteral(":/icons/share.svg")), tr("Share on &LAN"), this);
    m_shareAction->setObjectName(QStringLiteral("shareOnLanAction"));
    m_shareAction->setCheckable(true);
    m_shareAction->setStatusTip(tr("Let colleagues on your network use this computer's server, with its token."));
    connect(m_shareAction, &QAction::toggled, this, &MainWindow::lanSharingRequested);

    auto *connectAction = new QAction(QIcon(QStringLiteral(":/icons/connect.svg")), tr("&Connect to Server…"), this);
    connectAction->setObjectName(QStringLiteral("connectToServerAction"));
    connectAction->setStatusTip(tr("Work with another Sluice server, or go back to the embedded one."));
    connect(connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);

    auto *copyAddress = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy Server Address"), this);
    copyAddress->setObjectName(QStringLiteral("copyServerAddressAction"));
    copyAddress->setStatusTip(tr("Copy the address of the server in use, for scripts and colleagues."));
    copyAddress->setEnabled(m_client->hasServer());
    connect(copyAddress, &QAction::triggered, this, &MainWindow::copyServerAddress);
    connect(m_client, &ApiClient::serverChanged, copyAddress, [copyAddress] { copyAddress->setEnabled(true); });

    auto *pauseAll = new QAction(tr("&Pause All Uploads"), this);
    pauseAll->setObjectName(QStringLiteral("pauseAllAction"));
    pauseAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    pauseAll->setStatusTip(tr("Pause every upload; resume them from the Uploads panel."));
    connect(pauseAll, &QAction::triggered, m_uploadsPanel, &UploadsPanel::pauseAll);

    m_teamsAction = new QAction(QIcon(QStringLiteral(":/icons/teams.svg")), tr("&Teams"), this);
    m_teamsAction->setObjectName(QStringLiteral("teamsAction"));
    m_teamsAction->setCheckable(true);
    m_teamsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_teamsAction->setStatusTip(tr("The teams reference table and its imports."));
    connect(m_teamsAction, &QAction::toggled, this, &MainWindow::showTeamsPage);

    auto *find = new QAction(tr("&Find…"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Search the teams on the Teams page, else the datasets."));
    connect(find, &QAction::triggered, this, &MainWindow::focusSearch);

    auto *exportAction = new QAction(tr("&Export…"), this);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Export rows of a dataset to CSV, compressed CSV or ZIP, as a task."));
    connect(exportAction, &QAction::triggered, this, &MainWindow::openExportDialog);

    auto *settingsAction = new QAction(tr("&Settings…"), this);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    settingsAction->setStatusTip(tr("Data directory, port, uploads and language."));
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showSettingsDialog);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *about = new QAction(tr("&About Sluice"), this);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(addFiles);
    file->addAction(addFolder);
    file->addAction(pauseAll);
    file->addAction(exportAction);
    file->addSeparator();
    file->addAction(connectAction);
    file->addAction(m_shareAction);
    file->addAction(copyAddress);
    file->addSeparator();
    file->addAction(settingsAction);
    file->addSeparator();
    file->addAction(quit);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(addFiles);
    toolBar->addAction(addFolder);
    toolBar->addAction(exportAction);
    toolBar->addAction(m_teamsAction);
    toolBar->addSeparator();
    toolBar->addAction(m_shareAction);
    toolBar->addAction(copyAddress);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_teamsAction);
    view->addAction(find);
    view->addSeparator();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(toolBar->toggleViewAction());

    menuBar()->addMenu(tr("&Help"))->addAction(about);
}

void MainWindow::addPaths(const QStringList &paths)
{
    int files = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            m_uploads->addFolder(info.absoluteFilePath());  // scanned off the GUI thread
        } else if (info.isFile()) {
            m_uploads->addFile(info.absoluteFilePath());
            ++files;
        } else {
            statusBar()->showMessage(tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)), 5000);
        }
    }
    if (files > 0)
        statusBar()->showMessage(files == 1 ? tr("Uploading 1 file") : tr("Uploading %1 files").arg(files), 3000);
}

void MainWindow::addPathsWhenConnected(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_monitor->state() == ConnectionMonitor::State::Connected) {
        addPaths(paths);
        return;
    }
    const bool waiting = !m_pendingPaths.isEmpty();
    m_pendingPaths += paths;
    if (waiting)
        return;
    auto *once = new QObject(this);  // the connection's lifetime: gone after the first Connected
    connect(m_monitor, &ConnectionMonitor::stateChanged, once, [this, once](ConnectionMonitor::State state) {
        if (state != ConnectionMonitor::State::Connected)
            return;
        const QStringList pending = std::exchange(m_pendingPaths, {});
        once->deleteLater();
        addPaths(pending);
    });
}

void MainWindow::setLanSharing(bool shared)
{
    const QSignalBlocker blocker(m_shareAction);
    m_shareAction->setChecked(shared);
}

ShareDialog *MainWindow::showShareDialog(const QStringList &urls, const QByteArray &token)
{
    auto *dialog = new ShareDialog(urls, token, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::showDataset(const QString &datasetId)
{
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("datasetsDock"))) {
        dock->show();
        dock->raise();
    }
    if (m_datasetsPanel->selectDataset(datasetId)) {
        m_pendingDataset.clear();
        return;
    }
    m_pendingDataset = datasetId;  // the list may not have caught up with the import yet
    m_datasetsPanel->model()->refresh();
}

void MainWindow::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Add Files"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({ tr("CSV files (*.csv *.tsv *.txt *.gz *.bz2 *.xz *.zst *.zip *.tar)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::filesSelected, this, &MainWindow::addPaths);
    dialog->open();  // open, not exec: the GUI thread keeps its one event loop
}

void MainWindow::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Add Folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) { addPaths({ folder }); });
    dialog->open();
}

void MainWindow::showConnectDialog()
{
    auto *dialog = new ConnectDialog(m_client->baseUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRemembered(m_settings.desktop.remote);
    connect(dialog, &ConnectDialog::serverChosen, this, [this, dialog](const QUrl &url, const QByteArray &token) {
        m_client->setServer(url, token);
        statusBar()->showMessage(tr("Connected to %1").arg(url.toString()), 5000);
        rememberRemoteServer(RemoteServerConfig { url.toString(), token, dialog->reconnectOnStart() });
        emit remoteServerChosen(url);
    });
    connect(dialog, &ConnectDialog::embeddedServerChosen, this, [this] {
        // Remembered for next time, but the next start is on the embedded server again.
        RemoteServerConfig remote = m_settings.desktop.remote;
        remote.reconnectOnStart = false;
        rememberRemoteServer(remote);
        emit embeddedServerRequested();
    });
    dialog->open();
}

void MainWindow::rememberRemoteServer(const RemoteServerConfig &remote)
{
    m_settings.desktop.remote = remote;
    if (auto written = SettingsFile(m_windowStatePath).writeDesktop(m_settings.desktop); !written)
        statusBar()->showMessage(tr("The server could not be remembered: %1").arg(written.error().message));
}

void MainWindow::setSettings(const SettingsDialog::Values &values, const QString &locationPath)
{
    m_settings = values;
    m_locationPath = locationPath;
}

SettingsDialog *MainWindow::showSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_settings, m_windowStatePath, m_locationPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsSaved, this, [this](const SettingsDialog::Values &values) {
        m_settings = values;
        m_uploads->setMaxParallel(values.desktop.parallelUploads);
        statusBar()->showMessage(tr("Settings saved. Some take effect when Sluice restarts."), 5000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::showServerStartFailure(const QString &message)
{
    m_status->showStartFailure(message);
    statusBar()->showMessage(message);
}

void MainWindow::copyServerAddress()
{
    const QString address = m_client->baseUrl().toString();
    QGuiApplication::clipboard()->setText(address);
    statusBar()->showMessage(tr("Copied %1").arg(address), 3000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Sluice"),
                       tr("<h3>Sluice %1</h3><p>Move CSV data in, get answers out.</p>").arg(sluiceVersion()));
}

void MainWindow::restoreLayout()
{
    const QSettings settings(m_windowStatePath, QSettings::IniFormat);
    restoreGeometry(settings.value(settingskeys::kWindowGeometry).toByteArray());
    restoreState(settings.value(settingskeys::kWindowState).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings(m_windowStatePath, QSettings::IniFormat);
    settings.setValue(settingskeys::kWindowGeometry, saveGeometry());
    settings.setValue(settingskeys::kWindowState, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    const bool oneFolder = paths.size() == 1 && QFileInfo(paths.first()).isDir();
    m_dropOverlay->setText(teamsPageShown() ? tr("Drop to import these teams")
                           : oneFolder ? tr("Drop to upload every CSV file in this folder")
                                     : paths.size() == 1 ? tr("Drop to upload this file")
                                                         : tr("Drop to upload these %1 items").arg(paths.size()));
    m_dropOverlay->setGeometry(rect());
    m_dropOverlay->raise();
    m_dropOverlay->show();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    event->acceptProposedAction();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropOverlay->hide();
    event->accept();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_dropOverlay->hide();
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    if (teamsPageShown())
        m_teamsPage->importFiles(paths);  // a teams file dropped on the Teams page is meant as one
    else
        addPaths(paths);
}

void MainWindow::showDatasetPage(const QString &id)
{
    const QString shown = m_datasetPage->datasetId();
    if (id == shown)
        return;
    if (!shown.isEmpty())
        m_events->unsubscribe({ QStringLiteral("dataset:") + shown });
    if (id.isEmpty()) {
        m_datasetPage->clear();
        m_central->setCurrentIndex(0);
        return;
    }
    m_events->subscribe({ QStringLiteral("dataset:") + id });
    m_datasetPage->showDataset(id);
    m_central->setCurrentWidget(m_datasetPage);
    m_teamsAction->setChecked(false);  // a dataset chosen in the sidebar takes the central area
}

void MainWindow::showTeamsPage(bool shown)
{
    if (shown)
        m_central->setCurrentWidget(m_teamsPage);
    else if (m_teamsPage->isVisible())
        m_central->setCurrentIndex(m_datasetPage->datasetId().isEmpty() ? 0 : m_central->indexOf(m_datasetPage));
}

bool MainWindow::teamsPageShown() const
{
    return m_central->currentWidget() == m_teamsPage;
}

void MainWindow::focusSearch()
{
    QLineEdit *search = m_datasetsPanel->searchBox();
    if (teamsPageShown()) {
        search = m_teamsPage->searchBox();
    } else if (auto *dock = findChild<QDockWidget *>(QStringLiteral("datasetsDock"))) {
        dock->show();
        dock->raise();
    }
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

void MainWindow::openExportDialog()
{
    auto *dialog = new ExportDialog(m_client, this, m_datasetPage->datasetId());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportStarted, this, [this](const QJsonObject &task) {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("tasksDock")))
            dock->raise();
        m_tasksPanel->selectTask(task.value(QStringLiteral("id")).toString());
    });
    dialog->open();
}

} // namespace sluice
