#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "core/version.h"
#include "support/testserver.h"

using namespace sluice;
using namespace sluice::test;

class tst_ApiServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void healthIsOpen();
    void infoNeedsTheToken_data();
    void infoNeedsTheToken();
    void infoDescribesTheServer();
    void hostGuard_data();
    void hostGuard();
    void unknownRoutesAreJson404();
    void busyPort();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        QHash<QByteArray, QByteArray> headers;
    };
    Reply get(const QString &path, const QByteArray &authorization = {});

    TestServer m_server;
    QNetworkAccessManager m_network;
};

void tst_ApiServer::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error().message));
    QVERIFY(m_server.port() != 0);
}

tst_ApiServer::Reply tst_ApiServer::get(const QString &path, const QByteArray &authorization)
{
    QNetworkRequest request(m_server.url().resolved(QUrl(path)));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!finished.wait(10000))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

void tst_ApiServer::healthIsOpen()
{
    const Reply reply = get(QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(reply.json.value(QStringLiteral("version")).toString(), sluiceVersion());
    QVERIFY2(!reply.body.contains('\n'), "JSON is written compact");
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
}

void tst_ApiServer::infoNeedsTheToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    const QByteArray token = TestServer().token();
    QTest::newRow("no token") << QByteArray() << 401;
    QTest::newRow("wrong token") << QByteArray("Bearer " + QByteArray(64, '0')) << 401;
    QTest::newRow("token prefix") << QByteArray("Bearer " + token.left(63)) << 401;
    QTest::newRow("basic scheme") << QByteArray("Basic " + token) << 401;
    QTest::newRow("bare token") << token << 401;
    QTest::newRow("right token") << QByteArray("Bearer " + token) << 200;
    QTest::newRow("scheme in lower case") << QByteArray("bearer " + token) << 200;
}

void tst_ApiServer::infoNeedsTheToken()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    const Reply reply = get(QStringLiteral("/api/v1/info"), authorization);
    QCOMPARE(reply.status, status);
    if (status == 401) {
        const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY2(!reply.body.contains(m_server.token()), "the token never appears in an answer");
    }
}

void tst_ApiServer::infoDescribesTheServer()
{
    const Reply reply = get(QStringLiteral("/api/v1/info"), "Bearer " + m_server.token());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("version")).toString(), sluiceVersion());
    QCOMPARE(reply.json.value(QStringLiteral("bindAddress")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(reply.json.value(QStringLiteral("dataDir")).toString(), QStringLiteral("custom"));
    const QJsonObject limits = reply.json.value(QStringLiteral("limits")).toObject();
    QCOMPARE(limits.value(QStringLiteral("maxChunkBytes")).toInteger(), ServerLimits().maxChunkBytes);
    QCOMPARE(limits.value(QStringLiteral("maxHeaderBytes")).toInteger(), ServerLimits().maxHeaderBytes);
}

void tst_ApiServer::hostGuard_data()
{
    QTest::addColumn<QByteArray>("hostLine");
    QTest::addColumn<int>("status");
    QTest::newRow("localhost with port") << QByteArray("Host: localhost:8420\r\n") << 200;
    QTest::newRow("127.0.0.1") << QByteArray("Host: 127.0.0.1\r\n") << 200;
    QTest::newRow("[::1] with port") << QByteArray("Host: [::1]:80\r\n") << 200;
    QTest::newRow("upper case") << QByteArray("HOST: LOCALHOST\r\n") << 200;
    QTest::newRow("foreign name") << QByteArray("Host: evil.example\r\n") << 421;
    QTest::newRow("localhost as a prefix") << QByteArray("Host: localhost.evil.example:8420\r\n") << 421;
    QTest::newRow("LAN address") << QByteArray("Host: 192.168.1.20:8420\r\n") << 421;
    QTest::newRow("no Host") << QByteArray() << 400;
}

void tst_ApiServer::hostGuard()
{
    QFETCH(QByteArray, hostLine);
    QFETCH(int, status);
    // Open and token-protected routes are guarded alike.
    for (const QByteArray &path : { QByteArray("/api/v1/health"), QByteArray("/api/v1/info") }) {
        const RawResponse response = rawRequest(
            m_server.port(), "GET " + path + " HTTP/1.1\r\n" + hostLine + "Authorization: Bearer " + m_server.token()
                + "\r\nConnection: close\r\n\r\n");
        QCOMPARE(response.status, status);
        if (status != 200) {
            const QJsonObject error = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toObject();
            QVERIFY2(!error.value(QStringLiteral("message")).toString().isEmpty(), response.body.constData());
        }
    }
}

void tst_ApiServer::unknownRoutesAreJson404()
{
    const Reply known = get(QStringLiteral("/api/v1/nothing-here"), "Bearer " + m_server.token());
    QCOMPARE(known.status, 404);
    QCOMPARE(known.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("not_found"));
    QVERIFY(known.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(
        QStringLiteral("/api/v1/nothing-here")));

    const Reply stranger = get(QStringLiteral("/api/v1/nothing-here"));
    QCOMPARE(stranger.status, 401);  // no token: nothing learned about which routes exist
}

void tst_ApiServer::busyPort()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    ServerConfig config = TestServer::loopbackConfig();
    config.port = occupant.serverPort();

    TestServer strict(config);
    QVERIFY(!strict.start());
    QCOMPARE(strict.error().code, ErrorCode::Network);
    QVERIFY2(strict.error().message.contains(QString::number(config.port)), qPrintable(strict.error().message));

    TestServer lenient(config, true);
    QVERIFY2(lenient.start(), qPrintable(lenient.error().message));
    QVERIFY(lenient.port() != config.port);
}

QTEST_GUILESS_MAIN(tst_ApiServer)
#include "tst_apiserver.moc"
