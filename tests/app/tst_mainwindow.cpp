#include <QDockWidget>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "app/client/apiclient.h"
#include "app/client/connectionmonitor.h"
#include "app/ui/emptystate.h"
#include "app/ui/mainwindow.h"
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
    ApiClient client;
    ConnectionMonitor monitor(&client);
    MainWindow window(&client, &monitor, statePath());
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
    auto *central = qobject_cast<EmptyState *>(window.centralWidget());
    QVERIFY(central);
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
    ApiClient client;
    ConnectionMonitor monitor(&client);
    MainWindow window(&client, &monitor, statePath());
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
    {
        MainWindow first(&client, &monitor, statePath());
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(900, 650);
        first.findChild<QDockWidget *>(QStringLiteral("tasksDock"))->hide();
        first.close();  // saves the layout
    }
    MainWindow second(&client, &monitor, statePath());
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.size(), QSize(900, 650));
    QVERIFY(!second.findChild<QDockWidget *>(QStringLiteral("tasksDock"))->isVisible());
    QVERIFY(second.findChild<QDockWidget *>(QStringLiteral("uploadsDock"))->isVisible());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
