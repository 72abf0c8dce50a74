#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "app/client/apiclient.h"
#include "app/client/eventsocket.h"
#include "app/client/tusuploader.h"
#include "support/testserver.h"
#include "uploadtestsupport.h"

using namespace sluice;
using namespace sluice::test;
using SocketState = EventSocket::State;

Q_DECLARE_METATYPE(sluice::EventSocket::State)

namespace {
constexpr int kLongWait = 60000;
}

// Against a real server: its events come from real work (an upload), not from a stand-in.
class tst_EventSocket : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void topicsAreRemembered();
    void receivesEventsOfSubscribedTopics();
    void reconnectsAndResubscribesAfterServerRestart();
    void refusedTokenKeepsRetrying();
    void closeStopsReconnecting();

private:
    void upload(const QString &name, int seed);
    static bool hasTopic(const QSignalSpy &events, const QString &topic);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_files;
    QThreadPool m_pool;
};

void tst_EventSocket::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error().message));
    m_client = std::make_unique<ApiClient>();
    m_client->setServer(m_server->url(), m_server->token());
}

void tst_EventSocket::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void tst_EventSocket::upload(const QString &name, int seed)
{
    TusUploader uploader(m_client.get(), &m_pool, writeCsv(m_files.path(), name + QStringLiteral(".csv"), 20000, seed),
        UploadKind::Dataset, name);
    uploader.start();
    SLUICE_WAIT_STATE(uploader, TusUploader::State::Done);
}

bool tst_EventSocket::hasTopic(const QSignalSpy &events, const QString &topic)
{
    return std::any_of(events.cbegin(), events.cend(),
        [&](const QList<QVariant> &args) { return args.at(0).value<Event>().topic == topic; });
}

void tst_EventSocket::topicsAreRemembered()
{
    EventSocket socket(m_client.get());
    socket.subscribe({ QStringLiteral("uploads"), QStringLiteral("tasks"), QStringLiteral("uploads") });
    QCOMPARE(socket.topics(), (QStringList { QStringLiteral("uploads"), QStringLiteral("tasks") }));
    socket.unsubscribe({ QStringLiteral("uploads"), QStringLiteral("datasets") });
    QCOMPARE(socket.topics(), QStringList { QStringLiteral("tasks") });
    QCOMPARE(socket.state(), SocketState::Disconnected);
}

void tst_EventSocket::receivesEventsOfSubscribedTopics()
{
    EventSocket socket(m_client.get());
    QSignalSpy resync(&socket, &EventSocket::resynchronizationNeeded);
    QSignalSpy events(&socket, &EventSocket::eventReceived);
    socket.subscribe({ QStringLiteral("uploads") });
    socket.open();
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), SocketState::Connected, kLongWait);
    QCOMPARE(resync.size(), 1);

    upload(QStringLiteral("watched"), 1);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(hasTopic(events, QStringLiteral("uploads")), kLongWait);
    const QList<QVariant> last = events.last();
    const Event event = last.at(0).value<Event>();
    QVERIFY(!event.type.isEmpty());
    QVERIFY(last.at(1).toLongLong() > 0);
    QVERIFY(last.at(2).toDateTime().isValid());
    QCOMPARE(socket.lastSequence(), last.at(1).toLongLong());
    for (const QList<QVariant> &args : events)
        QCOMPARE(args.at(0).value<Event>().topic, QStringLiteral("uploads")); // nothing unsubscribed
}

void tst_EventSocket::reconnectsAndResubscribesAfterServerRestart()
{
    EventSocket socket(m_client.get());
    QSignalSpy resync(&socket, &EventSocket::resynchronizationNeeded);
    QSignalSpy lost(&socket, &EventSocket::connectionLost);
    QSignalSpy events(&socket, &EventSocket::eventReceived);
    socket.subscribe({ QStringLiteral("uploads") });
    socket.open();
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), SocketState::Connected, kLongWait);
    upload(QStringLiteral("before"), 2);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(hasTopic(events, QStringLiteral("uploads")), kLongWait);

    // The server stops; the socket notices and keeps trying on its own (with backoff).
    QVERIFY2(m_server->start(), qPrintable(m_server->error().message)); // same data, new port
    QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 2, kLongWait);
    QVERIFY(socket.state() != SocketState::Connected);

    // Told where the server is now (as the app is when its embedded server restarts).
    m_client->setServer(m_server->url(), m_server->token());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), SocketState::Connected, kLongWait);
    QTRY_VERIFY_WITH_TIMEOUT(resync.size() >= 2, kLongWait); // views refetch rather than trust old progress
    events.clear();
    upload(QStringLiteral("after"), 3);
    if (QTest::currentTestFailed())
        return;
    // No new subscribe() call: the socket subscribed again by itself.
    QTRY_VERIFY_WITH_TIMEOUT(hasTopic(events, QStringLiteral("uploads")), kLongWait);
}

void tst_EventSocket::refusedTokenKeepsRetrying()
{
    m_client->setServer(m_server->url(), QByteArray(64, '0'));
    EventSocket socket(m_client.get());
    QSignalSpy lost(&socket, &EventSocket::connectionLost);
    QSignalSpy resync(&socket, &EventSocket::resynchronizationNeeded);
    socket.open();
    QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 2, kLongWait);
    QVERIFY(socket.state() != SocketState::Connected);
    QCOMPARE(resync.size(), 0);
    m_client->setServer(m_server->url(), m_server->token()); // the right token: connects at once
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), SocketState::Connected, kLongWait);
}

void tst_EventSocket::closeStopsReconnecting()
{
    EventSocket socket(m_client.get());
    QSignalSpy states(&socket, &EventSocket::stateChanged);
    socket.open();
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), SocketState::Connected, kLongWait);
    socket.close();
    QCOMPARE(socket.state(), SocketState::Disconnected);
    states.clear();
    m_server.reset(); // nothing to reconnect to, and nobody should try
    m_client->setServer(QUrl(QStringLiteral("http://127.0.0.1:1")), QByteArray(64, 'f'));
    QCOMPARE(socket.state(), SocketState::Disconnected);
    QVERIFY(states.isEmpty());
}

QTEST_GUILESS_MAIN(tst_EventSocket)
#include "tst_eventsocket.moc"
