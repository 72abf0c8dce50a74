#include <optional>

#include <QAction>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "app/embeddedserver.h"
#include "app/servercontrols.h"
#include "app/ui/sharedialog.h"
#include "appfixture.h"
#include "core/config/localinstance.h"
#include "support/testserver.h"

using namespace sluice;

// The desktop app's embedded server and its "Share on LAN" wiring, live: a real server on
// loopback, restarted on every interface and back, reached through the app's own ApiClient
// and, when this machine has one, through a non-loopback address.
class tst_EmbeddedServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void startsOnLoopbackAndTheClientFollows();
    void sharesOnLanAndBack();
    void remoteServerKeepsTheClient();
    void busyPortFailsTheShareClearly();
    void startFailureReachesTheWindow();
};

namespace {

// A port free on every interface right now (the probe lets it go at once).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::AnyIPv4, 0))
        return 0;
    return probe.serverPort();
}

// An IPv4 address of this machine that is neither loopback nor link-local; null when it has none.
QHostAddress lanAddress()
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() && !address.isLinkLocal())
            return address;
    }
    return {};
}

// What GET /api/v1/info (token required) answers through `client`; nullopt when no answer came.
std::optional<Result<QJsonObject>> askInfo(ApiClient &client)
{
    std::optional<Result<QJsonObject>> answer;
    QObject context;
    client.getJson(
        QStringLiteral("/api/v1/info"), &context, [&answer](const Result<QJsonObject> &info) { answer = info; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return std::nullopt;
    return answer;
}

bool answersInfo(ApiClient &client)
{
    const auto answer = askInfo(client);
    return answer && answer->has_value();
}

// Whether a TCP connection to address:port is accepted (false once refused or after 10 s).
bool acceptsConnections(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    const bool settled = QTest::qWaitFor(
        [&socket] {
            return socket.state() == QAbstractSocket::ConnectedState
                || socket.state() == QAbstractSocket::UnconnectedState;
        },
        10000);
    return settled && socket.state() == QAbstractSocket::ConnectedState;
}

// What runDesktop() builds around the embedded server: a data directory whose settings have
// `port` and `bindAddress` (as the flags would give them), the window with its client, and the
// server wired to the window. Destroyed in main()'s order: the server, the window, the rest.
struct Desktop
{
    explicit Desktop(quint16 port, const QString &bindAddress = QStringLiteral("127.0.0.1"))
    {
        CommandLineOptions options;
        options.dataDir = dir.filePath(QStringLiteral("data"));
        options.port = port;
        options.bindAddress = bindAddress;
        auto opened = LocalInstance::open(options);
        if (!opened) {
            qWarning() << opened.error().message;
            return;
        }
        local = std::move(*opened);
        app = std::make_unique<test::AppFixture>(dir);
        server = std::make_unique<EmbeddedServer>(*local, &app->client);
        ServerControls::attach(*app->window, *server);
    }

    bool isReady() const { return server != nullptr; }
    /// Starts the server; true once it listens.
    bool start()
    {
        QSignalSpy listening(server.get(), &EmbeddedServer::listening);
        server->start();
        return QTest::qWaitFor([&listening] { return !listening.isEmpty(); }, 20000);
    }

    QTemporaryDir dir;
    std::unique_ptr<LocalInstance> local;
    std::unique_ptr<test::AppFixture> app;
    std::unique_ptr<EmbeddedServer> server;
};

} // namespace

void tst_EmbeddedServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_EmbeddedServer::startsOnLoopbackAndTheClientFollows()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    Desktop desktop(port);
    QVERIFY(desktop.isReady());
    EmbeddedServer &server = *desktop.server;
    ApiClient &client = desktop.app->client;
    QVERIFY(desktop.start());
    QCOMPARE(server.port(), port);
    QCOMPARE(server.bindAddress(), QStringLiteral("127.0.0.1"));
    QVERIFY(!server.isSharedOnLan());
    QCOMPARE(client.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QCOMPARE(client.token(), desktop.local->token().value());
    QVERIFY(answersInfo(client));
    if (const QHostAddress lan = lanAddress(); !lan.isNull())
        QVERIFY2(!acceptsConnections(lan, port), "a loopback server must not be reachable from the LAN");
}

void tst_EmbeddedServer::sharesOnLanAndBack()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    Desktop desktop(port);
    QVERIFY(desktop.isReady());
    EmbeddedServer &server = *desktop.server;
    MainWindow &window = *desktop.app->window;
    QVERIFY(desktop.start());
    QSignalSpy listening(&server, &EmbeddedServer::listening);
    QSignalSpy shared(&server, &EmbeddedServer::sharedOnLan);

    // "Share on LAN" on: the same port, every interface; the share dialog says where and how.
    QAction *share = window.shareAction();
    QVERIFY(share && share->isCheckable());
    share->trigger();
    QVERIFY(share->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(shared.size(), 1, 20000);
    QCOMPARE(shared.first().first().value<quint16>(), port);
    QCOMPARE(server.port(), port);
    QCOMPARE(server.bindAddress(), QStringLiteral("0.0.0.0"));
    QVERIFY(server.isSharedOnLan());
    QCOMPARE(desktop.app->client.baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QVERIFY(answersInfo(desktop.app->client));
    auto *dialog = window.findChild<ShareDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QByteArray token = desktop.local->token().value();
    QCOMPARE(dialog->shownToken(), QString::fromLatin1(token));
    QCOMPARE(dialog->shownUrls(), ShareDialog::lanUrls(QNetworkInterface::allAddresses(), port));
    const QHostAddress lan = lanAddress();
    if (lan.isNull()) {
        qInfo("no non-loopback address on this machine: the LAN side is checked by the bound address only");
    } else {
        const QString lanUrl = QStringLiteral("http://%1:%2").arg(lan.toString()).arg(port);
        QVERIFY2(dialog->shownUrls().contains(lanUrl), qPrintable(dialog->shownUrls().join(u' ')));
        ApiClient colleague; // as another machine would: the LAN address and the token
        colleague.setServer(QUrl(lanUrl), token);
        QVERIFY(answersInfo(colleague));
    }

    // Off again: back on loopback, the LAN address refused, the client still served.
    listening.clear();
    share->trigger();
    QVERIFY(!share->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(listening.size(), 1, 20000);
    QCOMPARE(server.port(), port);
    QCOMPARE(server.bindAddress(), QStringLiteral("127.0.0.1"));
    QVERIFY(!server.isSharedOnLan());
    QCOMPARE(shared.size(), 1);
    QVERIFY(answersInfo(desktop.app->client));
    if (!lan.isNull())
        QVERIFY(!acceptsConnections(lan, port));
}

void tst_EmbeddedServer::remoteServerKeepsTheClient()
{
    test::TestServer remote;
    QVERIFY2(remote.start(), qPrintable(remote.error().message));
    Desktop desktop(0); // any free port, on loopback and on the LAN alike
    QVERIFY(desktop.isReady());
    EmbeddedServer &server = *desktop.server;
    MainWindow &window = *desktop.app->window;
    ApiClient &client = desktop.app->client;
    QVERIFY(desktop.start());

    // The connect dialog chose a remote server: restarts of the embedded one leave the client alone.
    client.setServer(remote.url(), remote.token());
    emit window.remoteServerChosen(remote.url());
    QSignalSpy shared(&server, &EmbeddedServer::sharedOnLan);
    window.shareAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(shared.size(), 1, 20000);
    QCOMPARE(client.baseUrl(), remote.url());

    // "Use the Embedded Server": the client goes to where it listens now.
    emit window.embeddedServerRequested();
    QCOMPARE(client.baseUrl(), server.localUrl());
    QCOMPARE(client.baseUrl().port(), int(shared.first().first().value<quint16>()));
    QVERIFY(answersInfo(client));
}

void tst_EmbeddedServer::busyPortFailsTheShareClearly()
{
    QTcpServer squatter; // another program on the configured port, every interface
    QVERIFY(squatter.listen(QHostAddress::AnyIPv4, 0));
    const quint16 busy = squatter.serverPort();
    Desktop desktop(busy);
    QVERIFY(desktop.isReady());
    EmbeddedServer &server = *desktop.server;
    MainWindow &window = *desktop.app->window;
    QSignalSpy startFailed(&server, &EmbeddedServer::startFailed);
    QSignalSpy shareFailed(&server, &EmbeddedServer::lanSharingFailed);

    // The app's own start takes another port, so the window works...
    QVERIFY(desktop.start());
    QVERIFY(server.port() != busy);
    QVERIFY(answersInfo(desktop.app->client));

    // ...but a share is on the configured port or not at all, and says why.
    QSignalSpy listening(&server, &EmbeddedServer::listening);
    window.shareAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(shareFailed.size(), 1, 20000);
    const QString message = shareFailed.first().first().toString();
    QVERIFY2(
        message.contains(QString::number(busy)) && message.contains(QStringLiteral("0.0.0.0")), qPrintable(message));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("lanSharingFailure"));
    QVERIFY(box);
    QCOMPARE(box->text(), message);
    QVERIFY(!window.shareAction()->isChecked());
    QVERIFY(!window.findChild<ShareDialog *>());

    // Back on loopback, serving the client again; the failure was the share's, not the server's.
    QTRY_COMPARE_WITH_TIMEOUT(listening.size(), 1, 20000);
    QCOMPARE(server.bindAddress(), QStringLiteral("127.0.0.1"));
    QVERIFY(!server.isSharedOnLan());
    QVERIFY(server.port() != busy);
    QCOMPARE(desktop.app->client.baseUrl(), server.localUrl());
    QVERIFY(answersInfo(desktop.app->client));
    QCOMPARE(startFailed.size(), 0);
}

void tst_EmbeddedServer::startFailureReachesTheWindow()
{
    Desktop desktop(0, QStringLiteral("not-an-address"));
    QVERIFY(desktop.isReady());
    EmbeddedServer &server = *desktop.server;
    QSignalSpy startFailed(&server, &EmbeddedServer::startFailed);
    server.start();
    QTRY_COMPARE_WITH_TIMEOUT(startFailed.size(), 1, 20000);
    const QString message = startFailed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("not-an-address")), qPrintable(message));
    QCOMPARE(desktop.app->window->statusBar()->currentMessage(), message);
    QCOMPARE(server.port(), quint16(0));
    QVERIFY(!server.localUrl().isValid());
    QVERIFY(!desktop.app->client.hasServer());
}

QTEST_MAIN(tst_EmbeddedServer)
#include "tst_embeddedserver.moc"
