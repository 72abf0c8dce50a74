#include <functional>
#include <optional>

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "app/client/apiclient.h"
#include "app/client/chunksender.h"
#include "support/testserver.h"
#include "uploadtestsupport.h"

using namespace sluice;
using namespace sluice::test;
using namespace std::chrono_literals;

namespace {

constexpr int kWait = 20000;

// The failure's message, or nothing: QVERIFY2 builds its message even when the check passes.
template <typename T> QString failureOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}
constexpr auto kTimeout = 15000ms;

QByteArray bytesOf(qint64 size, int seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + seed) % 251);
    return bytes;
}

QByteArray checksumOf(const QByteArray &bytes)
{
    return "sha256 " + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64();
}

// A tiny HTTP peer on 127.0.0.1 for what the real server never does (answer garbage, close in
// the middle of a body, keep a connection alive, speak TLS): a fake of a broken or different
// peer, not of Sluice's server. `react` sees each connection's bytes so far and may answer or close.
class FakePeer final : public QObject
{
public:
    using Reaction = std::function<void(QTcpSocket &socket, QByteArray &received)>;

    /// With `tls`, connections are accepted over TLS with its certificate and key.
    explicit FakePeer(Reaction react, std::optional<QSslConfiguration> tls = std::nullopt)
        : m_react(std::move(react))
    {
        if (tls) {
            auto *server = new QSslServer(this);
            server->setSslConfiguration(*tls);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                ++connections;
                auto received = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
                    received->append(socket->readAll());
                    m_react(*socket, *received);
                });
                connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                    ++disconnections;
                    socket->deleteLater();
                });
            }
        });
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    QUrl url(const QString &path, const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_server->serverPort()).arg(path));
    }

    int connections = 0;
    int disconnections = 0;

private:
    QTcpServer *m_server = nullptr;
    Reaction m_react;
};

// Takes one whole request (head and Content-Length body) off the front of `received`.
std::optional<QByteArray> takeRequest(QByteArray &received)
{
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QByteArray head = received.left(headEnd);
    const qsizetype at = head.toLower().indexOf("content-length:");
    const qint64 length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
    if (received.size() < headEnd + 4 + length)
        return std::nullopt;
    const QByteArray request = received.left(headEnd + 4 + length);
    received.remove(0, request.size());
    return request;
}

} // namespace

// The real server (TestServer) for what it does; FakePeer only where a broken peer is the point.
class tst_ChunkSender : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sendsChunksAndGetsTheNewOffset();
    void wrongChecksumIs460();
    void refusalBeforeTheBodyIsAnAnswer_data();
    void refusalBeforeTheBodyIsAnAnswer();
    void closeInTheMiddleOfTheBodyFailsAndTheNextReconnects();
    void malformedAnswerFails();
    void keptAliveConnectionIsReused();
    void keptAliveConnectionTheServerClosedIsReplaced();
    void silentServerTimesOut();
    void abortClosesAndCallsNoHandler();
    void httpsIsVerifiedLikeTheApiClients();

private:
    QString createUpload(qint64 length);
    ApiClient::Headers tusHeaders(qint64 offset, const QByteArray &body, bool withToken = true) const;
    Result<HttpResponse> sendAndWait(ChunkSender &sender, const QUrl &url, const ApiClient::Headers &headers,
        const QByteArray &body, std::chrono::milliseconds timeout = kTimeout);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void tst_ChunkSender::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error().message));
    m_client = std::make_unique<ApiClient>();
    m_client->setServer(m_server->url(), m_server->token());
}

void tst_ChunkSender::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QString tst_ChunkSender::createUpload(qint64 length)
{
    QNetworkReply *reply = m_client->sendRaw(QByteArrayLiteral("POST"), QStringLiteral("/files"),
        { { QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0") },
            { QByteArrayLiteral("Upload-Length"), QByteArray::number(length) } });
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, kWait))
        return QString();
    reply->deleteLater();
    if (ApiClient::statusOf(reply) != 201)
        return QString();
    return QUrl(QString::fromLatin1(reply->rawHeader("Location"))).path();
}

ApiClient::Headers tst_ChunkSender::tusHeaders(qint64 offset, const QByteArray &body, bool withToken) const
{
    ApiClient::Headers headers { { QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0") },
        { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/offset+octet-stream") },
        { QByteArrayLiteral("Upload-Offset"), QByteArray::number(offset) },
        { QByteArrayLiteral("Upload-Checksum"), checksumOf(body) } };
    if (withToken)
        headers.append({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_server->token() });
    return headers;
}

Result<HttpResponse> tst_ChunkSender::sendAndWait(ChunkSender &sender, const QUrl &url,
    const ApiClient::Headers &headers, const QByteArray &body, std::chrono::milliseconds timeout)
{
    std::optional<Result<HttpResponse>> answer;
    sender.send(url, headers, body, timeout, [&answer](const Result<HttpResponse> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWait))
        return fail(ErrorCode::Internal, QStringLiteral("(the handler was not called)"));
    return *answer;
}

void tst_ChunkSender::sendsChunksAndGetsTheNewOffset()
{
    const QByteArray file = bytesOf(6 * 1024 * 1024 + 123, 1); // several pieces, not a multiple of one
    const QString path = createUpload(file.size());
    QVERIFY(!path.isEmpty());
    ChunkSender sender;
    QSignalSpy progress(&sender, &ChunkSender::uploadProgress);
    const qint64 half = file.size() / 2;

    auto first = sendAndWait(sender, m_client->url(path), tusHeaders(0, file.left(half)), file.left(half));
    QVERIFY2(first.has_value(), qPrintable(failureOf(first)));
    QCOMPARE(first->status, 204);
    QCOMPARE(first->header("Upload-Offset").toLongLong(), half);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), half);
    QCOMPARE(progress.last().at(1).toLongLong(), half);
    QCOMPARE(tusHead(*m_client, path).offset, half);

    auto second = sendAndWait(sender, m_client->url(path), tusHeaders(half, file.mid(half)), file.mid(half));
    QVERIFY2(second.has_value(), qPrintable(failureOf(second)));
    QCOMPARE(second->status, 204);
    QCOMPARE(second->header("Upload-Offset").toLongLong(), file.size());
    // Sluice's server closes the connection after each PATCH: each went on a connection of its own.
    QCOMPARE(sender.connectionsOpened(), 2);

    const HeadAnswer head = tusHead(*m_client, path);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.offset, file.size());
    QTemporaryDir directory;
    QFile copy(directory.filePath(QStringLiteral("file.bin")));
    QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(file) == file.size());
    copy.close();
    QVERIFY(serverHasCopy(m_server->dataDirectory(), copy.fileName()));
}

void tst_ChunkSender::wrongChecksumIs460()
{
    const QByteArray body = bytesOf(512 * 1024, 2);
    const QString path = createUpload(body.size());
    QVERIFY(!path.isEmpty());
    ApiClient::Headers headers = tusHeaders(0, body);
    headers[3].second = checksumOf("other bytes");
    ChunkSender sender;
    auto answer = sendAndWait(sender, m_client->url(path), headers, body);
    QVERIFY2(answer.has_value(), qPrintable(failureOf(answer)));
    QCOMPARE(answer->status, 460);
    const Error error = ApiClient::statusError(answer->status, answer->body, m_client->url(path));
    QVERIFY2(error.message.contains(QStringLiteral("Upload-Checksum")), qPrintable(error.message));
    QCOMPARE(tusHead(*m_client, path).offset, 0); // not applied
}

// The server answers right after the head and stops reading: the answer is what counts, not
// the body the sender could not finish.
void tst_ChunkSender::refusalBeforeTheBodyIsAnAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("wrong offset") << 409;
    QTest::newRow("no token") << 401;
    QTest::newRow("unknown upload") << 404;
    QTest::newRow("more than the upload's length") << 413;
}

void tst_ChunkSender::refusalBeforeTheBodyIsAnAnswer()
{
    QFETCH(int, status);
    const QByteArray body = bytesOf(16 * 1024 * 1024, 3);
    QString path = createUpload(status == 413 ? 1000 : body.size());
    QVERIFY(!path.isEmpty());
    if (status == 404)
        path = QStringLiteral("/files/0123456789abcdef0123456789abcdef");
    const qint64 offset = status == 409 ? 5 : 0;
    ChunkSender sender;
    auto answer = sendAndWait(sender, m_client->url(path), tusHeaders(offset, body, status != 401), body);
    QVERIFY2(answer.has_value(), qPrintable(failureOf(answer)));
    QCOMPARE(answer->status, status);
    QVERIFY(!ApiClient::statusError(answer->status, answer->body, m_client->url(path)).message.isEmpty());
}

void tst_ChunkSender::closeInTheMiddleOfTheBodyFailsAndTheNextReconnects()
{
    bool broken = true;
    FakePeer peer([&broken](QTcpSocket &socket, QByteArray &received) {
        if (broken && received.size() > 100 * 1024) {
            socket.abort(); // gone, in the middle of the body
            return;
        }
        if (!broken && takeRequest(received))
            socket.write("HTTP/1.1 204 No Content\r\nUpload-Offset: 9\r\n\r\n");
    });
    const QByteArray body = bytesOf(8 * 1024 * 1024, 4);
    ChunkSender sender;
    auto failed = sendAndWait(sender, peer.url(QStringLiteral("/files/x")), tusHeaders(0, body), body);
    QVERIFY(!failed.has_value());
    QCOMPARE(failed.error().code, ErrorCode::Network);
    QVERIFY2(failed.error().message.contains(QString::number(peer.url(QString()).port())),
        qPrintable(failed.error().message));

    broken = false;
    auto next = sendAndWait(sender, peer.url(QStringLiteral("/files/x")), tusHeaders(0, body), body);
    QVERIFY2(next.has_value(), qPrintable(failureOf(next)));
    QCOMPARE(next->status, 204);
    QCOMPARE(next->header("Upload-Offset"), QByteArray("9"));
    QCOMPARE(peer.connections, 2);
    QCOMPARE(sender.connectionsOpened(), 2);
}

void tst_ChunkSender::malformedAnswerFails()
{
    FakePeer peer([](QTcpSocket &socket, QByteArray &received) {
        if (takeRequest(received))
            socket.write("garbage\r\n\r\n");
    });
    const QByteArray body = bytesOf(1000, 5);
    ChunkSender sender;
    auto answer = sendAndWait(sender, peer.url(QStringLiteral("/files/x")), tusHeaders(0, body), body);
    QVERIFY(!answer.has_value());
    QCOMPARE(answer.error().code, ErrorCode::InvalidInput);
    QVERIFY2(answer.error().message.contains(QStringLiteral("not HTTP")), qPrintable(answer.error().message));
    QVERIFY2(answer.error().message.contains(QStringLiteral("garbage")), qPrintable(answer.error().message));
}

void tst_ChunkSender::keptAliveConnectionIsReused()
{
    int requests = 0;
    QByteArray lastRequest;
    FakePeer peer([&](QTcpSocket &socket, QByteArray &received) {
        while (auto request = takeRequest(received)) {
            ++requests;
            lastRequest = *request;
            socket.write("HTTP/1.1 204 No Content\r\nUpload-Offset: " + QByteArray::number(requests) + "\r\n\r\n");
        }
    });
    ChunkSender sender;
    for (int i = 1; i <= 3; ++i) {
        const QByteArray body = bytesOf(300 * 1024 * i, i);
        auto answer = sendAndWait(sender, peer.url(QStringLiteral("/files/abc")), tusHeaders(0, body), body);
        QVERIFY2(answer.has_value(), qPrintable(failureOf(answer)));
        QCOMPARE(answer->header("Upload-Offset").toInt(), i);
        QVERIFY(lastRequest.endsWith(body));
    }
    QCOMPARE(requests, 3);
    QCOMPARE(peer.connections, 1);
    QCOMPARE(sender.connectionsOpened(), 1);
    QVERIFY2(lastRequest.startsWith("PATCH /files/abc HTTP/1.1\r\nHost: 127.0.0.1:"), lastRequest.left(80).constData());
    QVERIFY(lastRequest.contains("\r\nContent-Length: 921600\r\n"));
}

void tst_ChunkSender::keptAliveConnectionTheServerClosedIsReplaced()
{
    FakePeer peer([](QTcpSocket &socket, QByteArray &received) {
        if (!takeRequest(received))
            return;
        // Says nothing of closing, then closes: the next request needs a new connection.
        socket.write("HTTP/1.1 204 No Content\r\nUpload-Offset: 1\r\n\r\n");
        socket.disconnectFromHost();
    });
    const QByteArray body = bytesOf(1000, 6);
    ChunkSender sender;
    for (int i = 0; i < 3; ++i) {
        auto answer = sendAndWait(sender, peer.url(QStringLiteral("/files/x")), tusHeaders(0, body), body);
        QVERIFY2(answer.has_value(), qPrintable(failureOf(answer)));
        QCOMPARE(answer->status, 204);
    }
    QCOMPARE(peer.connections, 3);
}

void tst_ChunkSender::silentServerTimesOut()
{
    FakePeer peer([](QTcpSocket &, QByteArray &received) { received.clear(); });
    const QByteArray body = bytesOf(1000, 7);
    ChunkSender sender;
    auto answer = sendAndWait(sender, peer.url(QStringLiteral("/files/x")), tusHeaders(0, body), body, 300ms);
    QVERIFY(!answer.has_value());
    QCOMPARE(answer.error().code, ErrorCode::Timeout);
}

void tst_ChunkSender::abortClosesAndCallsNoHandler()
{
    qint64 received = 0;
    FakePeer peer([&received](QTcpSocket &, QByteArray &bytes) {
        received += bytes.size();
        bytes.clear();
    });
    const QByteArray body = bytesOf(32 * 1024 * 1024, 8);
    ChunkSender sender;
    bool called = false;
    sender.send(peer.url(QStringLiteral("/files/x")), tusHeaders(0, body), body, kTimeout,
        [&called](const Result<HttpResponse> &) { called = true; });
    QVERIFY(sender.isSending());
    QTRY_VERIFY_WITH_TIMEOUT(received > 0, kWait);
    sender.abort();
    QVERIFY(!sender.isSending());
    QTRY_COMPARE_WITH_TIMEOUT(peer.disconnections, 1, kWait);
    QVERIFY(!called);
}

// TLS with Qt's default certificate checks, as ApiClient's QNetworkAccessManager makes them: a
// certificate nobody vouches for is refused by both; once the app's configuration trusts it,
// the chunk goes through.
void tst_ChunkSender::httpsIsVerifiedLikeTheApiClients()
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certificatePath = dir.filePath(QStringLiteral("certificate.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath,
            QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1") });
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        QFAIL("the openssl command (installed by scripts/setup.sh) could not make a test certificate");
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath);
    QCOMPARE(certificates.size(), 1);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificates.first());
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
    QVERIFY(!tls.privateKey().isNull());

    QByteArray receivedBody;
    FakePeer peer(
        [&receivedBody](QTcpSocket &socket, QByteArray &received) {
            while (auto request = takeRequest(received)) {
                if (request->startsWith("PATCH "))
                    receivedBody = request->mid(request->indexOf("\r\n\r\n") + 4);
                socket.write("HTTP/1.1 204 No Content\r\nUpload-Offset: " + QByteArray::number(receivedBody.size())
                    + "\r\n\r\n");
            }
        },
        tls);
    const QUrl url = peer.url(QStringLiteral("/files/x"), QStringLiteral("https"));
    const QByteArray body = bytesOf(3 * 1024 * 1024, 9);
    const auto apiClientReaches = [&url] {
        ApiClient client;
        client.setServer(url.adjusted(QUrl::RemovePath), QByteArray("token"));
        std::optional<Result<QJsonObject>> answer;
        client.getJson(
            QStringLiteral("/files/x"), &client, [&answer](const Result<QJsonObject> &result) { answer = result; });
        return QTest::qWaitFor([&answer] { return answer.has_value(); }, kWait) && answer->has_value();
    };

    ChunkSender sender;
    auto refused = sendAndWait(sender, url, tusHeaders(0, body), body);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, ErrorCode::Network);
    QVERIFY2(refused.error().message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
        qPrintable(refused.error().message));
    QVERIFY(receivedBody.isEmpty());
    QVERIFY(!apiClientReaches());

    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = before;
    trusting.addCaCertificate(certificates.first());
    QSslConfiguration::setDefaultConfiguration(trusting);
    auto accepted = sendAndWait(sender, url, tusHeaders(0, body), body);
    const bool apiClientAccepted = apiClientReaches();
    QSslConfiguration::setDefaultConfiguration(before);
    QVERIFY2(accepted.has_value(), qPrintable(failureOf(accepted)));
    QCOMPARE(accepted->status, 204);
    QCOMPARE(receivedBody, body);
    QVERIFY(apiClientAccepted);
}

QTEST_GUILESS_MAIN(tst_ChunkSender)
#include "tst_chunksender.moc"
