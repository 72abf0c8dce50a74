#include "app/ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include "app/client/apiclient.h"
#include "app/ui/emptystate.h"
#include "app/ui/serverstatuslabel.h"
#include "core/config/settingskeys.h"
#include "core/version.h"

namespace sluice {

MainWindow::MainWindow(ApiClient *client, ConnectionMonitor *monitor, QString windowStatePath, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_windowStatePath(std::move(windowStatePath))
    , m_status(new ServerStatusLabel(client, monitor, this))
{
    setWindowTitle(tr("Sluice"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sluice.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new EmptyState(QStringLiteral(":/icons/drop.svg"), tr("Drop CSV files here"),
                                   tr("Sluice uploads them, imports the rows and works out statistics while it runs. "
                                      "Plain CSV or compressed: .gz, .bz2, .xz, .zst, .zip."),
                                   this);
    central->setObjectName(QStringLiteral("centralEmptyState"));
    setCentralWidget(central);

    const QList<QDockWidget *> docks = {
        addPanelDock(QStringLiteral("datasetsDock"), tr("Datasets"), Qt::LeftDockWidgetArea,
                     new EmptyState(QStringLiteral(":/icons/datasets.svg"), tr("No datasets yet"),
                                    tr("Drop CSV files on the window to import them."))),
        addPanelDock(QStringLiteral("uploadsDock"), tr("Uploads"), Qt::BottomDockWidgetArea,
                     new EmptyState(QStringLiteral(":/icons/uploads.svg"), tr("No uploads"),
                                    tr("Files you drop on the window upload here, and you can pause, resume or "
                                       "cancel them."))),
        addPanelDock(QStringLiteral("tasksDock"), tr("Tasks"), Qt::BottomDockWidgetArea,
                     new EmptyState(QStringLiteral(":/icons/tasks.svg"), tr("No tasks"),
                                    tr("Imports and exports run here as tasks you can watch and cancel."))),
    };
    createActions(docks);

    statusBar()->addPermanentWidget(m_status);
    resize(1200, 800);
    restoreLayout();
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
    auto *copyAddress = new QAction(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy Server Address"), this);
    copyAddress->setObjectName(QStringLiteral("copyServerAddressAction"));
    copyAddress->setStatusTip(tr("Copy the address of the server in use, for scripts and colleagues."));
    copyAddress->setEnabled(m_client->hasServer());
    connect(copyAddress, &QAction::triggered, this, &MainWindow::copyServerAddress);
    connect(m_client, &ApiClient::serverChanged, copyAddress, [copyAddress] { copyAddress->setEnabled(true); });

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *about = new QAction(tr("&About Sluice"), this);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(copyAddress);
    file->addSeparator();
    file->addAction(quit);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(copyAddress);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(toolBar->toggleViewAction());

    menuBar()->addMenu(tr("&Help"))->addAction(about);
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

} // namespace sluice
