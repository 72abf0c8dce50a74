#include <QSignalSpy>
#include <QTest>

#include "app/client/apiclient.h"
#include "app/client/connectionmonitor.h"
#include "core/version.h"
#include "support/testserver.h"

using namespace sluice;
using namespace sluice::test;
using State = ConnectionMonitor::State;

class tst_ConnectionMonitor : public QObject
{
    Q_OBJECT
private slots:
    void connects();
    void refusedToken();
    void noticesServerGoingAway();
};

void tst_ConnectionMonitor::connects()
{
    TestServer server;
    QVERIFY(server.start());
    ApiClient client;
    ConnectionMonitor monitor(&client);
    QCOMPARE(monitor.state(), State::NoServer);
    client.setServer(server.url(), server.token());
    QCOMPARE(monitor.state(), State::Connecting);
    QTRY_COMPARE(monitor.state(), State::Connected);
    QCOMPARE(monitor.serverVersion(), sluiceVersion());
}

void tst_ConnectionMonitor::refusedToken()
{
    TestServer server;
    QVERIFY(server.start());
    ApiClient client;
    ConnectionMonitor monitor(&client);
    client.setServer(server.url(), QByteArray(64, '0'));
    QTRY_COMPARE(monitor.state(), State::Unauthorized);
    QVERIFY(!monitor.detail().isEmpty());
}

void tst_ConnectionMonitor::noticesServerGoingAway()
{
    auto server = std::make_unique<TestServer>();
    QVERIFY(server->start());
    ApiClient client;
    ConnectionMonitor monitor(&client);
    monitor.setInterval(std::chrono::milliseconds(100));
    client.setServer(server->url(), server->token());
    QTRY_COMPARE(monitor.state(), State::Connected);
    server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Unreachable, 20000);
    QVERIFY(!monitor.detail().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ConnectionMonitor)
#include "tst_connectionmonitor.moc"
