#include <algorithm>
#include <memory>
#include <optional>
#include <tuple>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>
#include <QWebSocket>

#include "core/config/accesstoken.h"
#include "core/events/eventbus.h"
#include "server/apierror.h"
#include "server/events/eventhub.h"
#include "server/events/eventroutes.h"
#include "server/requestauthorizer.h"
#include "server/servercontext.h"

using namespace sluice;

namespace {

const QByteArray kToken(64, 'e');
const QString kDatasetTopic = QStringLiteral("dataset:AAAAAAAAAAAAAAAA");

// QHttpServer + the event routes, as ApiServer wires them, on 127.0.0.1 and a free port.
// Everything runs in the test thread: the clients and the server share its event loop,
// so the tests only ever wait through signals, never by blocking calls.
struct Fixture
{
    explicit Fixture(const EventHubOptions &options = {}, ServerLimits limits = {})
        : hub(bus, limits, options)
        , context { http, authorizer, &hub, pool, DatabaseConfig {}, QString() }
    {
        EventRoutes::add(context, hub);
        // The same missing handler as ApiServer's: it answers the refused upgrades.
        http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            auto allowed = authorizer.authorize(request, Access::Token);
            errorResponse(allowed ? Error { ErrorCode::NotFound, QStringLiteral("nothing here") } : allowed.error())
                .write(std::move(responder));
        });
        port = http.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString &query = {}) const
    {
        QUrl result(QStringLiteral("ws://127.0.0.1:%1/api/v1/events").arg(port));
        result.setQuery(query);
        return result;
    }

    void publish(const QString &topic, const QString &type, const QJsonObject &data) { bus.publish(topic, type, data); }

    RequestAuthorizer authorizer { AccessToken(kToken), true };
    QThreadPool pool;
    EventBus bus;
    QHttpServer http;
    EventHub hub;
    ServerContext context;
    quint16 port = 0;
};

// A QWebSocket client that keeps every message it receives.
struct Client
{
    Client()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived,
            [this](const QString &text) { messages.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
    }

    bool open(const QUrl &url, const QByteArray &authorization = {})
    {
        QNetworkRequest request(url);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy failed(&socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error));
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        socket.open(request);
        const bool answered = QTest::qWaitFor(
            [&] { return !connected.isEmpty() || !failed.isEmpty() || !disconnected.isEmpty(); }, 10000);
        return answered && !connected.isEmpty() && waitForType(QStringLiteral("hello")).has_value();
    }

    void send(const QJsonObject &message)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson()));
    }

    // The first message of `type` not looked at yet; events are matched by their "type" too.
    std::optional<QJsonObject> waitForType(const QString &type)
    {
        std::optional<QJsonObject> found;
        std::ignore = QTest::qWaitFor(
            [&] {
                for (; m_seen < messages.size(); ++m_seen) {
                    if (messages.at(m_seen).value(QStringLiteral("type")).toString() == type) {
                        found = messages.at(m_seen++);
                        return true;
                    }
                }
                return false;
            },
            10000);
        return found;
    }

    bool subscribe(const QStringList &topics)
    {
        send({ { QStringLiteral("subscribe"), QJsonArray::fromStringList(topics) } });
        return waitForType(QStringLiteral("subscribed")).has_value();
    }

    QList<QJsonObject> events() const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &message : messages) {
            if (message.contains(QStringLiteral("topic")))
                result.append(message);
        }
        return result;
    }

    QWebSocket socket;
    QList<QJsonObject> messages;

private:
    qsizetype m_seen = 0;
};

// A client that speaks WebSocket by hand over a QTcpSocket: it can stop reading (a slow
// client) and does not answer pings, which QWebSocket always does.
struct RawClient
{
    struct Frame
    {
        int opcode = 0;
        QByteArray payload;
    };

    // The handshake; the status of the server's answer (101 when upgraded).
    int handshake(quint16 port, const QByteArray &target, const QByteArray &extraHeaders = {})
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, 10000))
            return 0;
        socket.write("GET " + target
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
            + extraHeaders + "\r\n");
        qsizetype end = -1;
        std::ignore = QTest::qWaitFor(
            [&] {
                buffer += socket.readAll();
                end = buffer.indexOf("\r\n\r\n");
                return end >= 0 || socket.state() != QAbstractSocket::ConnectedState;
            },
            10000);
        if (end < 0)
            return 0;
        const QByteArray head = buffer.first(end);
        buffer.remove(0, end + 4);
        return head.split(' ').value(1).toInt();
    }

    void sendText(const QByteArray &payload)
    {
        // Client frames must be masked (RFC 6455, 5.3); payloads here stay under 126 bytes.
        Q_ASSERT(payload.size() < 126);
        const char mask[4] = { 0x11, 0x22, 0x33, 0x44 };
        QByteArray frame;
        frame.append(char(0x81));
        frame.append(char(0x80 | payload.size()));
        frame.append(mask, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload.at(i) ^ mask[i % 4]));
        socket.write(frame);
    }

    std::optional<Frame> takeFrame()
    {
        if (buffer.size() < 2)
            return std::nullopt;
        const auto *bytes = reinterpret_cast<const uchar *>(buffer.constData());
        qsizetype header = 2;
        quint64 length = bytes[1] & 0x7f;
        if (length == 126) {
            if (buffer.size() < 4)
                return std::nullopt;
            length = (quint64(bytes[2]) << 8) | bytes[3];
            header = 4;
        } else if (length == 127) {
            if (buffer.size() < 10)
                return std::nullopt;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | bytes[i];
            header = 10;
        }
        if (quint64(buffer.size()) < header + length)
            return std::nullopt;
        Frame frame { bytes[0] & 0x0f, buffer.mid(header, qsizetype(length)) };
        buffer.remove(0, header + qsizetype(length));
        return frame;
    }

    // Reads until a frame with `opcode` arrives (text frames are kept in `texts`).
    std::optional<Frame> waitForFrame(int opcode)
    {
        std::optional<Frame> found;
        std::ignore = QTest::qWaitFor(
            [&] {
                buffer += socket.readAll();
                while (auto frame = takeFrame()) {
                    if (frame->opcode == 1)
                        texts.append(QJsonDocument::fromJson(frame->payload).object());
                    if (frame->opcode == opcode) {
                        found = frame;
                        return true;
                    }
                }
                return false;
            },
            20000);
        return found;
    }

    // Reads until a text message of `type` arrives.
    bool waitForText(const QString &type)
    {
        for (qsizetype seen = 0;;) {
            for (; seen < texts.size(); ++seen) {
                if (texts.at(seen).value(QStringLiteral("type")).toString() == type)
                    return true;
            }
            if (!waitForFrame(1))
                return false;
        }
    }

    QTcpSocket socket;
    QByteArray buffer;
    QList<QJsonObject> texts;
};

QByteArray bearer()
{
    return "Bearer " + kToken;
}

QJsonObject progress(const QString &id, int rows)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("rows"), rows } };
}

} // namespace

class tst_EventHub : public QObject
{
    Q_OBJECT
private slots:
    void authorizedByHeader();
    void authorizedByQuery();
    void badTokenIsRefused_data();
    void badTokenIsRefused();
    void plainGetGets426();
    void subscribeAndUnsubscribeFilter();
    void unknownTopicIsAnErrorNotADisconnect();
    void eventsKeepOrderAndSequence();
    void messagesOfEverySizeReachEveryClient_data();
    void messagesOfEverySizeReachEveryClient();
    void progressIsCoalesced();
    void profilesComeAtMostOncePerInterval();
    void progressIsFlushedBeforeLaterEvents();
    void resumeReplaysMissedEvents();
    void resumeTooOldAsksForASnapshot();
    void replayKeepsOnlyTheLatestProfile();
    void slowClientIsDropped();
    void maxClients();
    void silentClientIsDroppedByPing();
};

void tst_EventHub::authorizedByHeader()
{
    Fixture server;
    Client client;
    QVERIFY(client.open(server.url(), bearer()));
    const QJsonObject hello = client.messages.first();
    QCOMPARE(hello.value(QStringLiteral("epoch")).toString(), server.hub.epoch());
    QCOMPARE(hello.value(QStringLiteral("seq")).toInteger(), 0);
    QTRY_COMPARE(server.hub.clientCount(), 1);
}

void tst_EventHub::authorizedByQuery()
{
    Fixture server;
    Client client;
    QVERIFY(client.open(server.url(QStringLiteral("access_token=") + QString::fromLatin1(kToken))));
    QTRY_COMPARE(server.hub.clientCount(), 1);
}

void tst_EventHub::badTokenIsRefused_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::newRow("no token") << QByteArray("/api/v1/events") << QByteArray() << 401;
    QTest::newRow("wrong header token") << QByteArray("/api/v1/events")
                                        << QByteArray("Authorization: Bearer " + QByteArray(64, '0') + "\r\n") << 401;
    QTest::newRow("wrong query token") << QByteArray("/api/v1/events?access_token=" + QByteArray(64, '0'))
                                       << QByteArray() << 401;
    QTest::newRow("query token prefix") << QByteArray("/api/v1/events?access_token=" + kToken.left(10)) << QByteArray()
                                        << 401;
    QTest::newRow("right token, foreign Host")
        << QByteArray("/api/v1/events?access_token=" + kToken) << QByteArray("Host: evil.example\r\n") << 421;
    QTest::newRow("right token") << QByteArray("/api/v1/events?access_token=" + kToken) << QByteArray() << 101;
}

void tst_EventHub::badTokenIsRefused()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    Fixture server;
    RawClient raw;
    // A second Host header would be ambiguous; the raw client sends 127.0.0.1 unless told.
    int answered = 0;
    if (headers.startsWith("Host:")) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port);
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 10000));
        socket.write("GET " + target + " HTTP/1.1\r\n" + headers
            + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QByteArray received;
        QVERIFY(QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return received.contains("\r\n\r\n");
            },
            10000));
        answered = received.split(' ').value(1).toInt();
    } else {
        answered = raw.handshake(server.port, target, headers);
    }
    QCOMPARE(answered, status);
    QTRY_COMPARE(server.hub.clientCount(), status == 101 ? 1 : 0);

    if (status == 401) {
        // QWebSocket sees the refusal too and never connects.
        Client client;
        QUrl url = server.url();
        url.setPath(QString::fromLatin1(target.split('?').first()));
        url.setQuery(QString::fromLatin1(target.split('?').value(1)));
        QVERIFY(!client.open(url));
        QCOMPARE(server.hub.clientCount(), 0);
    }
}

void tst_EventHub::plainGetGets426()
{
    Fixture server;
    QNetworkAccessManager network;
    const auto get = [&](const QByteArray &authorization) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/events").arg(server.port)));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(10000);
        return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object());
    };
    const auto [status, body] = get(bearer());
    QCOMPARE(status, 426);
    QVERIFY(!body.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(get(QByteArray()).first, 401);
    QCOMPARE(server.hub.clientCount(), 0);
}

void tst_EventHub::subscribeAndUnsubscribeFilter()
{
    Fixture server;
    Client client;
    QVERIFY(client.open(server.url(), bearer()));
    QVERIFY(client.subscribe({ QStringLiteral("tasks") }));
    server.publish(QStringLiteral("uploads"), QStringLiteral("upload.created"), { { QStringLiteral("id"), 1 } });
    server.publish(QStringLiteral("datasets"), QStringLiteral("dataset.ready"), { { QStringLiteral("id"), 2 } });
    server.publish(QStringLiteral("tasks"), QStringLiteral("task.state"), { { QStringLiteral("id"), 3 } });
    // Events arrive in order, so when the tasks event is in, the others would have been too.
    QVERIFY(client.waitForType(QStringLiteral("task.state")));
    QCOMPARE(client.events().size(), 1);

    client.send({ { QStringLiteral("unsubscribe"), QJsonArray { QStringLiteral("tasks") } },
        { QStringLiteral("subscribe"), QJsonArray { QStringLiteral("uploads") } } });
    const auto ack = client.waitForType(QStringLiteral("subscribed"));
    QVERIFY(ack);
    QCOMPARE(ack->value(QStringLiteral("topics")).toArray(), QJsonArray { QStringLiteral("uploads") });
    server.publish(QStringLiteral("tasks"), QStringLiteral("task.state"), { { QStringLiteral("id"), 4 } });
    server.publish(QStringLiteral("uploads"), QStringLiteral("upload.created"), { { QStringLiteral("id"), 5 } });
    QVERIFY(client.waitForType(QStringLiteral("upload.created")));
    const QList<QJsonObject> events = client.events();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().value(QStringLiteral("topic")).toString(), QStringLiteral("uploads"));
    QCOMPARE(events.last().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toInt(), 5);
}

void tst_EventHub::unknownTopicIsAnErrorNotADisconnect()
{
    Fixture server;
    Client client;
    QVERIFY(client.open(server.url(), bearer()));
    client.send({ { QStringLiteral("subscribe"),
        QJsonArray { QStringLiteral("bogus"), QStringLiteral("dataset:../x"), QStringLiteral("tasks"), 7 } } });
    const auto error = client.waitForType(QStringLiteral("error"));
    QVERIFY(error);
    const QString message
        = error->value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("bogus")) && message.contains(QStringLiteral("dataset:../x")),
        qPrintable(message));
    const auto ack = client.waitForType(QStringLiteral("subscribed"));
    QVERIFY(ack);
    QCOMPARE(ack->value(QStringLiteral("topics")).toArray(), QJsonArray { QStringLiteral("tasks") });

    client.socket.sendTextMessage(QStringLiteral("not json"));
    QVERIFY(client.waitForType(QStringLiteral("error")));
    client.send({ { QStringLiteral("subscrbe"), QJsonArray { QStringLiteral("tasks") } } });
    QVERIFY(client.waitForType(QStringLiteral("error")));

    server.publish(QStringLiteral("tasks"), QStringLiteral("task.state"), { { QStringLiteral("id"), 1 } });
    QVERIFY(client.waitForType(QStringLiteral("task.state")));
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
}

void tst_EventHub::eventsKeepOrderAndSequence()
{
    Fixture server;
    Client client;
    QVERIFY(client.open(server.url(), bearer()));
    QVERIFY(client.subscribe({ QStringLiteral("tasks"), kDatasetTopic }));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (int i = 0; i < 100; ++i) {
        const QString topic = i % 2 ? kDatasetTopic : QStringLiteral("tasks");
        server.publish(topic, QStringLiteral("thing.happened"), { { QStringLiteral("index"), i } });
    }
    QVERIFY(QTest::qWaitFor([&] { return client.events().size() == 100; }, 10000));
    const QList<QJsonObject> events = client.events();
    for (int i = 0; i < 100; ++i) {
        const QJsonObject &event = events.at(i);
        QCOMPARE(event.value(QStringLiteral("seq")).toInteger(), i + 1);
        QCOMPARE(event.value(QStringLiteral("topic")).toString(), i % 2 ? kDatasetTopic : QStringLiteral("tasks"));
        QCOMPARE(event.value(QStringLiteral("type")).toString(), QStringLiteral("thing.happened"));
        QCOMPARE(event.value(QStringLiteral("data")).toObject().value(QStringLiteral("index")).toInt(), i);
        const QDateTime time = QDateTime::fromString(event.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        QVERIFY(time.isValid());
        QVERIFY(time >= before);
    }
    QCOMPARE(server.hub.lastSequence(), 100);
}

void tst_EventHub::messagesOfEverySizeReachEveryClient_data()
{
    // The hub frames its messages itself: each length encoding (RFC 6455, 5.2), and both sides
    // of the size from which the socket queues the shared array instead of a copy. (The 7-bit
    // length, under 126 bytes, is every "subscribed" acknowledgement the clients wait for.)
    QTest::addColumn<int>("fillerSize");
    QTest::newRow("16-bit length, copied") << 2000;
    QTest::newRow("16-bit length, shared") << 10000;
    QTest::newRow("64-bit length, shared") << 300000;
}

void tst_EventHub::messagesOfEverySizeReachEveryClient()
{
    QFETCH(int, fillerSize);
    Fixture server;
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<Client>());
        QVERIFY(clients.back()->open(server.url(), bearer()));
        QVERIFY(clients.back()->subscribe({ kDatasetTopic }));
    }
    const QString filler(fillerSize, QLatin1Char('y'));
    for (int i = 0; i < 3; ++i)
        server.publish(kDatasetTopic, QStringLiteral("dataset.ready"),
            { { QStringLiteral("index"), i }, { QStringLiteral("filler"), filler + QString::number(i) } });
    for (const auto &client : clients) {
        QVERIFY(QTest::qWaitFor([&] { return client->events().size() == 3; }, 10000));
        for (int i = 0; i < 3; ++i) {
            const QJsonObject data = client->events().at(i).value(QStringLiteral("data")).toObject();
            QCOMPARE(data.value(QStringLiteral("index")).toInt(), i);
            QCOMPARE(data.value(QStringLiteral("filler")).toString(), filler + QString::number(i));
        }
        QCOMPARE(client->socket.state(), QAbstractSocket::ConnectedState);
    }
}

void tst_EventHub::progressIsCoalesced()
{
    Fixture server;
    Client client;
    QVERIFY(client.open(server.url(), bearer()));
    QVERIFY(client.subscribe({ kDatasetTopic }));
    const QString a = QStringLiteral("AAAAAAAAAAAAAAAA");
    const QString b = QStringLiteral("BBBBBBBBBBBBBBBB");
    for (int i = 0; i < 1000; ++i) {
        server.publish(kDatasetTopic, QStringLiteral("dataset.progress"), progress(a, i));
        server.publish(kDatasetTopic, QStringLiteral("dataset.progress"), progress(b, i * 10));
    }
    // The trailing flush delivers the latest of each subject, whatever came before.
    const auto lastOf = [&](const QString &id) {
        int rows = -1;
        for (const QJsonObject &event : client.events()) {
            const QJsonObject data = event.value(QStringLiteral("data")).toObject();
            if (data.value(QStringLiteral("id")).toString() == id)
                rows = data.value(QStringLiteral("rows")).toInt();
        }
        return rows;
    };
    QVERIFY(QTest::qWaitFor([&] { return lastOf(a) == 999 && lastOf(b) == 9990; }, 10000));
    const qsizetype delivered = client.events().size();
    QVERIFY2(delivered < 100, qPrintable(QString::number(delivered)));
    // Rows never go backwards for a subject: the latest wins, nothing older comes after it.
    int lastA = -1;
    for (const QJsonObject &event : client.events()) {
        const QJsonObject data = event.value(QStringLiteral("data")).toObject();
        if (data.value(QStringLiteral("id")).toString() == a) {
            QVERIFY(data.value(QStringLiteral("rows")).toInt() > lastA);
            lastA = data.value(QStringLiteral("rows")).toInt();
        }
    }
    // Profiles are coalesced alike.
    for (int i = 0; i < 500; ++i)
        server.publish(kDatasetTopic, QStringLiteral("dataset.profile"), progress(a, i));
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QList<QJsonObject> events = client.events();
            return events.last().value(QStringLiteral("type")).toString() == u"dataset.profile"
                && events.last().value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toInt() == 499;
        },
        10000));
    QVERIFY(client.events().size() - delivered < 50);
}

void tst_EventHub::profilesComeAtMostOncePerInterval()
{
    EventHubOptions options;
    options.coalesceIntervalMs = 10;
    options.profileIntervalMs = 300;
    Fixture server(options);
    Client client;
    QVERIFY(client.open(server.url(), bearer()));
    QVERIFY(client.subscribe({ kDatasetTopic }));
    const QString id = QStringLiteral("AAAAAAAAAAAAAAAA");
    QElapsedTimer publishing;
    publishing.start();
    int published = 0;
    while (publishing.elapsed() < 1000 || published < 50) {
        server.publish(kDatasetTopic, QStringLiteral("dataset.profile"), progress(id, published));
        server.publish(kDatasetTopic, QStringLiteral("dataset.progress"), progress(id, published));
        ++published;
        QTest::qWait(5);
    }
    const qint64 elapsed = publishing.elapsed();
    const auto countOf = [&](const QString &type, int *lastRows) {
        int count = 0;
        for (const QJsonObject &event : client.events()) {
            if (event.value(QStringLiteral("type")).toString() == type) {
                ++count;
                *lastRows = event.value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toInt();
            }
        }
        return count;
    };
    int lastProfile = -1;
    int lastProgress = -1;
    // The trailing flush brings the latest of each; progress has its own, shorter interval.
    QVERIFY(QTest::qWaitFor(
        [&] {
            countOf(QStringLiteral("dataset.progress"), &lastProgress);
            countOf(QStringLiteral("dataset.profile"), &lastProfile);
            return lastProfile == published - 1 && lastProgress == published - 1;
        },
        10000));
    // One right away, then at most one per interval during the publishing, then the trailing one.
    const int profiles = countOf(QStringLiteral("dataset.profile"), &lastProfile);
    QVERIFY2(profiles <= elapsed / options.profileIntervalMs + 2, qPrintable(QString::number(profiles)));
    QVERIFY2(profiles < published / 4, qPrintable(QString::number(profiles)));
}

void tst_EventHub::progressIsFlushedBeforeLaterEvents()
{
    Fixture server;
    Client client;
    QVERIFY(client.open(server.url(), bearer()));
    QVERIFY(client.subscribe({ QStringLiteral("tasks") }));
    for (int i = 0; i < 100; ++i)
        server.publish(QStringLiteral("tasks"), QStringLiteral("task.progress"), progress(QStringLiteral("t1"), i));
    server.publish(
        QStringLiteral("tasks"), QStringLiteral("task.state"), { { QStringLiteral("id"), QStringLiteral("t1") } });
    QVERIFY(client.waitForType(QStringLiteral("task.state")));
    const QList<QJsonObject> events = client.events();
    QVERIFY(events.size() >= 2);
    const QJsonObject beforeState = events.at(events.size() - 2);
    QCOMPARE(beforeState.value(QStringLiteral("type")).toString(), QStringLiteral("task.progress"));
    QCOMPARE(beforeState.value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toInt(), 99);
    // Nothing stale arrives later: a marker after the flush interval is the next event.
    QTest::qWait(0);
    server.publish(
        QStringLiteral("tasks"), QStringLiteral("task.removed"), { { QStringLiteral("id"), QStringLiteral("t1") } });
    QVERIFY(client.waitForType(QStringLiteral("task.removed")));
    QCOMPARE(client.events().size(), events.size() + 1);
}

void tst_EventHub::resumeReplaysMissedEvents()
{
    Fixture server;
    qint64 lastSeen = 0;
    {
        Client client;
        QVERIFY(client.open(server.url(), bearer()));
        QVERIFY(client.subscribe({ QStringLiteral("tasks") }));
        for (int i = 0; i < 5; ++i)
            server.publish(QStringLiteral("tasks"), QStringLiteral("task.state"), { { QStringLiteral("index"), i } });
        QVERIFY(QTest::qWaitFor([&] { return client.events().size() == 5; }, 10000));
        lastSeen = client.events().last().value(QStringLiteral("seq")).toInteger();
        client.socket.close();
        QTRY_COMPARE(server.hub.clientCount(), 0);
    }
    // Missed while away: three task events, other topics, and a burst of progress.
    for (int i = 5; i < 8; ++i) {
        server.publish(QStringLiteral("uploads"), QStringLiteral("upload.created"), { { QStringLiteral("index"), i } });
        server.publish(QStringLiteral("tasks"), QStringLiteral("task.state"), { { QStringLiteral("index"), i } });
    }
    for (int i = 0; i < 50; ++i)
        server.publish(QStringLiteral("tasks"), QStringLiteral("task.progress"), progress(QStringLiteral("t1"), i));

    Client again;
    QVERIFY(again.open(server.url(), bearer()));
    again.send({ { QStringLiteral("subscribe"), QJsonArray { QStringLiteral("tasks") } },
        { QStringLiteral("resume"), lastSeen }, { QStringLiteral("epoch"), server.hub.epoch() } });
    const auto resumed = again.waitForType(QStringLiteral("resumed"));
    QVERIFY(resumed);
    const QList<QJsonObject> events = again.events();
    QCOMPARE(events.size(), 4); // three states and the latest progress
    QCOMPARE(resumed->value(QStringLiteral("replayed")).toInt(), 4);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(events.at(i).value(QStringLiteral("type")).toString(), QStringLiteral("task.state"));
        QCOMPARE(events.at(i).value(QStringLiteral("data")).toObject().value(QStringLiteral("index")).toInt(), 5 + i);
        QVERIFY(events.at(i).value(QStringLiteral("seq")).toInteger() > lastSeen);
    }
    QCOMPARE(events.at(3).value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toInt(), 49);
    QCOMPARE(resumed->value(QStringLiteral("seq")).toInteger(), server.hub.lastSequence());

    // Live events continue after the replay, with nothing replayed twice by a trailing flush.
    server.publish(QStringLiteral("tasks"), QStringLiteral("task.removed"), {});
    QVERIFY(again.waitForType(QStringLiteral("task.removed")));
    QCOMPARE(again.events().size(), 5);
}

void tst_EventHub::resumeTooOldAsksForASnapshot()
{
    EventHubOptions options;
    options.replayCapacity = 10;
    Fixture server(options);
    for (int i = 0; i < 30; ++i)
        server.publish(QStringLiteral("tasks"), QStringLiteral("task.state"), { { QStringLiteral("index"), i } });

    Client client;
    QVERIFY(client.open(server.url(), bearer()));
    QVERIFY(client.subscribe({ QStringLiteral("tasks") }));
    client.send({ { QStringLiteral("resume"), 5 } });
    auto snapshot = client.waitForType(QStringLiteral("snapshot.required"));
    QVERIFY(snapshot);
    QCOMPARE(snapshot->value(QStringLiteral("topics")).toArray(), QJsonArray { QStringLiteral("tasks") });
    QCOMPARE(snapshot->value(QStringLiteral("seq")).toInteger(), 30);
    QVERIFY(!snapshot->value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(client.events().size(), 0); // no partial replay: never a silent hole

    // The oldest still kept is 21: resuming from 20 works.
    client.send({ { QStringLiteral("resume"), 20 } });
    const auto resumed = client.waitForType(QStringLiteral("resumed"));
    QVERIFY(resumed);
    QCOMPARE(resumed->value(QStringLiteral("replayed")).toInt(), 10);

    // Another server instance (a restart), or a sequence from the future.
    client.send({ { QStringLiteral("resume"), 25 }, { QStringLiteral("epoch"), QStringLiteral("other") } });
    QVERIFY(client.waitForType(QStringLiteral("snapshot.required")));
    client.send({ { QStringLiteral("resume"), 31 } });
    QVERIFY(client.waitForType(QStringLiteral("snapshot.required")));
}

void tst_EventHub::replayKeepsOnlyTheLatestProfile()
{
    EventHubOptions options;
    options.replayMaxBytes = 1024 * 1024;
    options.maxBacklogBytes = 4 * 1024 * 1024;
    Fixture server(options);
    server.publish(kDatasetTopic, QStringLiteral("dataset.created"), { { QStringLiteral("index"), 1 } });
    // Fifty large profiles: 5 MB, five times the replay budget, had every one been kept.
    const QString filler(100 * 1024, QLatin1Char('p'));
    const QString id = QStringLiteral("AAAAAAAAAAAAAAAA");
    for (int i = 0; i < 50; ++i) {
        server.publish(kDatasetTopic, QStringLiteral("dataset.profile"),
            { { QStringLiteral("id"), id }, { QStringLiteral("rows"), i }, { QStringLiteral("filler"), filler } });
    }
    Client client;
    QVERIFY(client.open(server.url(), bearer()));
    client.send({ { QStringLiteral("subscribe"), QJsonArray { kDatasetTopic } }, { QStringLiteral("resume"), 0 },
        { QStringLiteral("epoch"), server.hub.epoch() } });
    const auto resumed = client.waitForType(QStringLiteral("resumed"));
    QVERIFY(resumed);
    const QList<QJsonObject> events = client.events();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("dataset.created"));
    QCOMPARE(events.at(1).value(QStringLiteral("data")).toObject().value(QStringLiteral("rows")).toInt(), 49);
}

void tst_EventHub::slowClientIsDropped()
{
    EventHubOptions options;
    options.maxBacklogBytes = 256 * 1024;
    options.closeGraceMs = 60000; // the slow client reads its close frame before it is cut
    Fixture server(options);
    QSignalSpy dropped(&server.hub, &EventHub::clientDropped);

    Client normal;
    QVERIFY(normal.open(server.url(), bearer()));
    QVERIFY(normal.subscribe({ QStringLiteral("datasets") }));

    RawClient slow;
    slow.socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    QCOMPARE(slow.handshake(server.port, "/api/v1/events?access_token=" + kToken), 101);
    slow.sendText(R"({"subscribe":["datasets"]})");
    QVERIFY(slow.waitForText(QStringLiteral("subscribed")));
    // From here on it reads nothing: Qt stops taking bytes from the kernel once 1 KiB waits.
    slow.socket.setReadBufferSize(1024);
    QCOMPARE(server.hub.clientCount(), 2);

    const QString filler(64 * 1024, QLatin1Char('x'));
    int published = 0;
    while (dropped.isEmpty() && published < 2000) {
        server.publish(QStringLiteral("datasets"), QStringLiteral("dataset.ready"),
            { { QStringLiteral("index"), published }, { QStringLiteral("filler"), filler } });
        ++published;
        // The normal client keeps up, event by event.
        QVERIFY(QTest::qWaitFor([&] { return normal.events().size() == published; }, 10000));
    }
    QCOMPARE(dropped.size(), 1);
    QVERIFY(dropped.first().first().toString().contains(QStringLiteral("slow")));
    QCOMPARE(server.hub.clientCount(), 1);

    // The normal client still receives.
    server.publish(QStringLiteral("datasets"), QStringLiteral("dataset.ready"), { { QStringLiteral("index"), -1 } });
    QVERIFY(QTest::qWaitFor([&] { return normal.events().size() == published + 1; }, 10000));
    QCOMPARE(normal.socket.state(), QAbstractSocket::ConnectedState);

    // The slow client, reading at last, finds the close frame after the events it was sent.
    slow.socket.setReadBufferSize(0);
    const auto close = slow.waitForFrame(8);
    QVERIFY(close);
    QVERIFY(close->payload.size() >= 2);
    const int code = (uchar(close->payload.at(0)) << 8) | uchar(close->payload.at(1));
    QCOMPARE(code, EventHub::kDropCloseCode);
    QVERIFY(close->payload.mid(2).contains("slow"));
    // It missed the event that found it too slow and everything after: no more than it was sent.
    const auto slowEvents = std::count_if(slow.texts.cbegin(), slow.texts.cend(),
        [](const QJsonObject &text) { return text.contains(QStringLiteral("topic")); });
    QVERIFY(slowEvents > 0);
    QVERIFY2(slowEvents < normal.events().size(), qPrintable(QString::number(slowEvents)));
}

void tst_EventHub::maxClients()
{
    ServerLimits limits;
    limits.maxWebSocketClients = 2;
    Fixture server({}, limits);
    Client first;
    Client second;
    QVERIFY(first.open(server.url(), bearer()));
    QVERIFY(second.open(server.url(), bearer()));

    QWebSocket third;
    QNetworkRequest request(server.url());
    request.setRawHeader("Authorization", bearer());
    QSignalSpy disconnected(&third, &QWebSocket::disconnected);
    third.open(request);
    QVERIFY(disconnected.wait(10000));
    QCOMPARE(int(third.closeCode()), EventHub::kDropCloseCode);
    QVERIFY2(third.closeReason().contains(QStringLiteral("Too many")), qPrintable(third.closeReason()));
    QCOMPARE(server.hub.clientCount(), 2);

    first.socket.close();
    QTRY_COMPARE(server.hub.clientCount(), 1);
    Client fourth;
    QVERIFY(fourth.open(server.url(), bearer()));
    QCOMPARE(server.hub.clientCount(), 2);
}

void tst_EventHub::silentClientIsDroppedByPing()
{
    EventHubOptions options;
    options.pingIntervalMs = 500;
    options.closeGraceMs = 60000;
    Fixture server(options);
    QSignalSpy dropped(&server.hub, &EventHub::clientDropped);

    Client answering; // QWebSocket answers pings by itself
    QVERIFY(answering.open(server.url(), bearer()));
    QVERIFY(answering.subscribe({ QStringLiteral("teams") }));
    RawClient silent;
    QCOMPARE(silent.handshake(server.port, "/api/v1/events", "Authorization: " + bearer() + "\r\n"), 101);

    QVERIFY(silent.waitForFrame(9)); // a ping, which it leaves unanswered
    const auto close = silent.waitForFrame(8);
    QVERIFY(close);
    QCOMPARE((uchar(close->payload.at(0)) << 8) | uchar(close->payload.at(1)), EventHub::kDropCloseCode);
    QCOMPARE(dropped.size(), 1);
    QVERIFY(dropped.first().first().toString().contains(QStringLiteral("ping")));

    // The answering client has had several pings by now and is still served.
    QCOMPARE(server.hub.clientCount(), 1);
    server.publish(QStringLiteral("teams"), QStringLiteral("teams.imported"), {});
    QVERIFY(answering.waitForType(QStringLiteral("teams.imported")));
    QCOMPARE(answering.socket.state(), QAbstractSocket::ConnectedState);
}

QTEST_GUILESS_MAIN(tst_EventHub)
#include "tst_eventhub.moc"
