#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "app/client/apiclient.h"
#include "app/client/connectionmonitor.h"
#include "app/ui/connectionbanner.h"
#include "appfixture.h"
#include "support/testserver.h"

using namespace sluice;

class tst_ConnectionBanner : public QObject
{
    Q_OBJECT
private slots:
    void followsTheConnection();
    void retryNowChecksAtOnce();
    void liesOverTheMainWindowsCentralArea();
};

void tst_ConnectionBanner::followsTheConnection()
{
    ApiClient client;
    ConnectionMonitor monitor(&client);
    monitor.setInterval(std::chrono::milliseconds(100));
    QWidget area;
    area.resize(600, 400);
    ConnectionBanner banner(&monitor);
    banner.attachTo(&area);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));

    auto first = std::make_unique<test::TestServer>();
    QVERIFY2(first->start(), qPrintable(first->error().message));
    client.setServer(first->url(), first->token());
    QTRY_COMPARE(monitor.state(), ConnectionMonitor::State::Connected);
    QVERIFY(!banner.isVisible());

    first.reset();  // the server goes away; the monitor's next poll finds out
    QTRY_VERIFY(banner.isVisible());
    QCOMPARE(monitor.state(), ConnectionMonitor::State::Unreachable);
    QVERIFY2(banner.text().contains(QStringLiteral("unreachable"), Qt::CaseInsensitive), qPrintable(banner.text()));
    QVERIFY2(banner.text().contains(QStringLiteral("Reconnecting")), qPrintable(banner.text()));
    QCOMPARE(banner.geometry().top(), 0);
    QCOMPARE(banner.width(), area.width());
    test::saveScreenshot(area, QStringLiteral("connectionbanner.png"));

    test::TestServer second;  // a new server, on another port
    QVERIFY2(second.start(), qPrintable(second.error().message));
    client.setServer(second.url(), second.token());
    QTRY_COMPARE(monitor.state(), ConnectionMonitor::State::Connected);
    QVERIFY(!banner.isVisible());
}

void tst_ConnectionBanner::retryNowChecksAtOnce()
{
    ApiClient client;
    ConnectionMonitor monitor(&client);
    monitor.setInterval(std::chrono::hours(1));  // only setServer() and "Retry now" ask the server
    QWidget area;
    area.resize(600, 400);
    ConnectionBanner banner(&monitor);
    banner.attachTo(&area);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));

    auto server = std::make_unique<test::TestServer>();
    QVERIFY2(server->start(), qPrintable(server->error().message));
    client.setServer(server->url(), QByteArray(64, '0'));  // a token the server refuses
    QTRY_COMPARE(monitor.state(), ConnectionMonitor::State::Unauthorized);
    QVERIFY(banner.isVisible());
    QVERIFY2(banner.text().contains(QStringLiteral("token")), qPrintable(banner.text()));

    server.reset();
    auto *retry = banner.findChild<QPushButton *>(QStringLiteral("retryNowButton"));
    QVERIFY(retry && retry->isVisible());
    QVERIFY(!retry->accessibleName().isEmpty());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(monitor.state(), ConnectionMonitor::State::Unreachable);
    QVERIFY(banner.isVisible());
    QVERIFY2(banner.text().contains(QStringLiteral("unreachable"), Qt::CaseInsensitive), qPrintable(banner.text()));
}

void tst_ConnectionBanner::liesOverTheMainWindowsCentralArea()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::AppFixture app(dir);
    ConnectionBanner *banner = app.window->connectionBanner();
    QVERIFY(banner);
    QCOMPARE(banner->parentWidget(), app.window->centralWidget());
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    QVERIFY(!banner->isVisible());  // no server yet is not a connection problem

    app.client.setServer(QUrl(QStringLiteral("http://127.0.0.1:1")), QByteArray(64, 'a'));  // nothing listens there
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->width(), app.window->centralWidget()->width());
}

QTEST_MAIN(tst_ConnectionBanner)
#include "tst_connectionbanner.moc"
