#include <QDockWidget>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <QHostAddress>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>

#include "app/client/apiclient.h"
#include "app/client/connectionmonitor.h"
#include "app/ui/dropoverlay.h"
#include "app/ui/emptystate.h"
#include "app/ui/mainwindow.h"
#include "app/ui/sharedialog.h"
#include "app/ui/uploadspanel.h"
#include "app/ui/uploadtablemodel.h"
#include "app/ui/teams/teamspage.h"
#include "app/ui/teams/teamstablemodel.h"
#include "datagen/teamsgenerator.h"
#include "app/ui/datasetspanel.h"
#include "app/ui/datasetlistmodel.h"
#include "app/ui/progressbardelegate.h"
#include "appfixture.h"
#include "support/testserver.h"

using namespace sluice;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void opensWithDocksAndEmptyStates();
    void statusBarShowsTheServer();
    void layoutIsRestoredOnNextStart();
    void dropHighlightShowsWhileDragging();
    void droppedFilesAndFoldersBecomeImportedDatasets();
    void commandLineFilesWaitForTheConnection();
    void teamsPageTakesDroppedTeamsFiles();
    void shareDialogShowsUrlsTokenAndWarning();

private:
    QString statePath() const { return m_dir->filePath(QStringLiteral("sluice.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_MainWindow::opensWithDocksAndEmptyStates()
{
    test::AppFixture app(*m_dir);
    MainWindow &window = *app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    for (const QString &name : { QStringLiteral("datasetsDock"), QStringLiteral("uploadsDock"),
                                 QStringLiteral("tasksDock") }) {
        auto *dock = window.findChild<QDockWidget *>(name);
        QVERIFY2(dock, qPrintable(name));
        QVERIFY2(dock->isVisible(), qPrintable(name));
        auto *empty = dock->findChild<EmptyState *>();
        QVERIFY2(empty && !empty->title().isEmpty() && !empty->hint().isEmpty(), qPrintable(name));
    }
    auto *central = window.centralWidget()->findChild<EmptyState *>(QStringLiteral("centralEmptyState"));
    QVERIFY(central && central->isVisible());
    QCOMPARE(central->title(), QStringLiteral("Drop CSV files here"));
    QVERIFY(window.dockWidgetArea(window.findChild<QDockWidget *>(QStringLiteral("uploadsDock")))
            == Qt::BottomDockWidgetArea);
    QVERIFY(window.dockWidgetArea(window.findChild<QDockWidget *>(QStringLiteral("datasetsDock")))
            == Qt::LeftDockWidgetArea);
    if (qEnvironmentVariableIsSet("SLUICE_SCREENSHOT_DIR"))
        window.grab().save(QDir(qEnvironmentVariable("SLUICE_SCREENSHOT_DIR")).filePath(QStringLiteral("mainwindow.png")));
}

void tst_MainWindow::statusBarShowsTheServer()
{
    test::TestServer server;
    QVERIFY(server.start());
    test::AppFixture app(*m_dir);
    ApiClient &client = app.client;
    MainWindow &window = *app.window;
    window.show();
    auto statusText = [&window] {
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        QString all;
        for (const QLabel *label : labels)
            all += label->text();
        return all;
    };
    QVERIFY(statusText().contains(QStringLiteral("Starting the embedded server")));
    client.setServer(server.url(), server.token());
    QTRY_VERIFY(statusText().contains(QStringLiteral("Connected")));
    QVERIFY(statusText().contains(server.url().toString()));

    window.showServerStartFailure(QStringLiteral("port taken"));
    QVERIFY(statusText().contains(QStringLiteral("did not start")));
}

void tst_MainWindow::layoutIsRestoredOnNextStart()
{
    ApiClient client;
    ConnectionMonitor monitor(&client);
    EventSocket events(&client);
    UploadQueue uploads(&client, m_dir->filePath(QStringLiteral("uploads.json")));
    {
        MainWindow first(&client, &monitor, &uploads, &events, statePath());
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(900, 650);
        first.findChild<QDockWidget *>(QStringLiteral("tasksDock"))->hide();
        first.close();  // saves the layout
    }
    MainWindow second(&client, &monitor, &uploads, &events, statePath());
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.size(), QSize(900, 650));
    QVERIFY(!second.findChild<QDockWidget *>(QStringLiteral("tasksDock"))->isVisible());
    QVERIFY(second.findChild<QDockWidget *>(QStringLiteral("uploadsDock"))->isVisible());
}

void tst_MainWindow::dropHighlightShowsWhileDragging()
{
    test::AppFixture app(*m_dir);
    MainWindow &window = *app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *overlay = window.findChild<DropOverlay *>();
    QVERIFY(overlay);
    QVERIFY(!overlay->isVisible());

    QMimeData text;
    text.setText(QStringLiteral("not a file"));
    QDragEnterEvent refused(QPoint(200, 200), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
    QVERIFY(!overlay->isVisible());

    const QString csv = test::writeSalesCsv(*m_dir, QStringLiteral("drag.csv"), 10);
    QVERIFY(!csv.isEmpty());
    QMimeData files;
    files.setUrls({ QUrl::fromLocalFile(csv) });
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->geometry(), window.rect());
    QVERIFY(overlay->text().contains(QStringLiteral("Drop to upload")));
    test::saveScreenshot(window, QStringLiteral("mainwindow-drop-highlight.png"));

    QDragLeaveEvent leave;
    QApplication::sendEvent(&window, &leave);
    QVERIFY(!overlay->isVisible());
    QCOMPARE(app.uploads.uploads().size(), 0);  // dragging over is not dropping
}

void tst_MainWindow::droppedFilesAndFoldersBecomeImportedDatasets()
{
    test::TestServer server;
    QVERIFY(server.start());
    test::AppFixture app(*m_dir);
    MainWindow &window = *app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    app.client.setServer(server.url(), server.token());
    QTRY_COMPARE(app.events.state(), EventSocket::State::Connected);

    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("folder/nested")));
    const QString loose = test::writeSalesCsv(*m_dir, QStringLiteral("loose.csv"), 300, 1);
    QVERIFY(!loose.isEmpty());
    QVERIFY(!test::writeSalesCsv(*m_dir, QStringLiteral("folder/north.csv"), 200, 2).isEmpty());
    QVERIFY(!test::writeSalesCsv(*m_dir, QStringLiteral("folder/nested/south.csv"), 100, 3).isEmpty());
    QVERIFY(!test::writeTextFile(*m_dir, QStringLiteral("folder/readme.md"), "not data\n").isEmpty());

    auto *panel = window.findChild<UploadsPanel *>();
    QVERIFY(panel);
    auto *uploadsEmpty = panel->findChild<EmptyState *>();
    QVERIFY(uploadsEmpty && uploadsEmpty->isVisible());

    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(loose), QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("folder"))) });
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(!window.findChild<DropOverlay *>()->isVisible());

    UploadTableModel *model = panel->model();
    QTRY_COMPARE(model->rowCount(), 3);  // the folder is scanned off the GUI thread; readme.md is not CSV
    QVERIFY(!uploadsEmpty->isVisible());
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names << model->index(row, UploadTableModel::NameColumn).data().toString();
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("loose"), QStringLiteral("north"), QStringLiteral("south") }));

    auto allReady = [model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->phase(row) != UploadTableModel::Phase::Ready)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allReady(), 120000);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model->index(row, UploadTableModel::StateColumn).data().toString(), QStringLiteral("ready"));
        QCOMPARE(model->index(row, 0).data(UploadTableModel::ProgressRole).toInt(), 100);
        QCOMPARE(model->index(row, UploadTableModel::SizeColumn).data().toString().isEmpty(), false);
        QVERIFY(!model->datasetId(row).isEmpty());
    }

    // The sidebar lists the three datasets, and double-clicking a ready upload selects its dataset.
    DatasetsPanel *datasets = window.datasetsPanel();
    QTRY_COMPARE(datasets->model()->rowCount(), 3);
    const int looseRow = model->rowOf(app.uploads.uploads().constFirst()->id());
    const QString looseDataset = model->datasetId(looseRow);
    QTRY_COMPARE(datasets->model()->index(datasets->model()->rowOf(looseDataset)).data(DatasetListModel::StateRole)
                     .toString(),
                 QStringLiteral("ready"));
    emit panel->view()->doubleClicked(model->index(looseRow, UploadTableModel::NameColumn));
    QTRY_COMPARE(datasets->currentDatasetId(), looseDataset);
    test::saveScreenshot(window, QStringLiteral("mainwindow-uploads.png"));

    // Clear Finished empties the list, and the dock says what to do again.
    panel->clearFinished();
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY(uploadsEmpty->isVisible());
}

void tst_MainWindow::commandLineFilesWaitForTheConnection()
{
    test::TestServer server;
    QVERIFY(server.start());
    test::AppFixture app(*m_dir);
    const QString csv = test::writeSalesCsv(*m_dir, QStringLiteral("argv.csv.gz.csv"), 20);
    QVERIFY(!csv.isEmpty());
    app.window->addPathsWhenConnected({ csv });
    QCOMPARE(app.uploads.uploads().size(), 0);  // no server yet: nothing to upload to
    app.client.setServer(server.url(), server.token());
    QTRY_COMPARE(app.uploads.uploads().size(), 1);
    QCOMPARE(app.uploads.uploads().constFirst()->filePath(), QFileInfo(csv).absoluteFilePath());
}

void tst_MainWindow::teamsPageTakesDroppedTeamsFiles()
{
    test::TestServer server;
    QVERIFY(server.start());
    test::AppFixture app(*m_dir);
    MainWindow &window = *app.window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    app.client.setServer(server.url(), server.token());
    QTRY_COMPARE(app.events.state(), EventSocket::State::Connected);

    // View > Teams shows the page.
    window.teamsAction()->trigger();
    QVERIFY(window.teamsPage()->isVisible());

    // A file dropped on the Teams page is imported as teams, not as a dataset.
    const QString teams = test::writeTextFile(*m_dir, QStringLiteral("teams.csv"), TeamsGenerator(4).generate(12));
    QVERIFY(!teams.isEmpty());
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(teams) });
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QCOMPARE(window.dropOverlay()->text(), QStringLiteral("Drop to import these teams"));
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE_WITH_TIMEOUT(window.teamsPage()->model()->rowCount(), 12, 60000);
    QCOMPARE(window.datasetsPanel()->model()->rowCount(), 0);
    // Find searches what is shown: the teams, once there are some to search.
    window.findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    QTRY_VERIFY(window.teamsPage()->searchBox()->hasFocus());

    // Leaving the page shows the central empty state again, and Find goes to the datasets.
    window.teamsAction()->trigger();
    QVERIFY(!window.teamsPage()->isVisible());
    QVERIFY(window.centralWidget()->findChild<EmptyState *>(QStringLiteral("centralEmptyState"))->isVisible());
    window.findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    QTRY_VERIFY(window.datasetsPanel()->searchBox()->hasFocus());
}

void tst_MainWindow::shareDialogShowsUrlsTokenAndWarning()
{
    const QList<QHostAddress> addresses { QHostAddress(QStringLiteral("127.0.0.1")),
                                          QHostAddress(QStringLiteral("192.168.1.20")),
                                          QHostAddress(QStringLiteral("fe80::1")),
                                          QHostAddress(QStringLiteral("2001:db8::5")),
                                          QHostAddress(QStringLiteral("::1")),
                                          QHostAddress(QStringLiteral("10.0.0.7")) };
    const QStringList urls = ShareDialog::lanUrls(addresses, 8420);
    QCOMPARE(urls, (QStringList { QStringLiteral("http://192.168.1.20:8420"), QStringLiteral("http://[2001:db8::5]:8420"),
                                  QStringLiteral("http://10.0.0.7:8420") }));

    test::AppFixture app(*m_dir);
    MainWindow &window = *app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy requested(&window, &MainWindow::lanSharingRequested);
    window.setLanSharing(true);  // reflecting the state asks for nothing
    QVERIFY(window.shareAction()->isChecked());
    QCOMPARE(requested.size(), 0);
    window.shareAction()->trigger();  // the user unchecks it
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toBool(), false);

    const QByteArray token("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    ShareDialog *dialog = window.showShareDialog(urls, token);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->shownUrls(), urls);
    QCOMPARE(dialog->shownToken(), QString::fromLatin1(token));
    QVERIFY(dialog->warning().contains(QStringLiteral("Anyone on your network who has this token")));
    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("shareWarning"));
    QVERIFY(warning && warning->isVisible());
    test::saveScreenshot(*dialog, QStringLiteral("share-dialog.png"));
    dialog->close();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
