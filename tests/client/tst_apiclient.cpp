#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include "app/client/apiclient.h"
#include "core/version.h"
#include "support/testserver.h"

using namespace sluice;
using namespace sluice::test;
Q_DECLARE_METATYPE(sluice::ErrorCode)

class tst_ApiClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void getsJson();
    void serverErrorsBecomeReadableErrors_data();
    void serverErrorsBecomeReadableErrors();
    void unreachableServer();
    void silentServerTimesOut();
    void destroyedContextIsNotCalled();
    void handlersRunOnTheCallersThread();
    void writesDecodeErrorsLikeReads_data();
    void writesDecodeErrorsLikeReads();
    void rawRequestCarriesTokenAndHeaders();
    void rawRequestWithoutTokenIsRefused();
    void pathsKeepTheirQuery();

private:
    static Result<QJsonObject> fetch(ApiClient &client, const QString &path);
    TestServer m_server;
};

void tst_ApiClient::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error().message));
}

Result<QJsonObject> tst_ApiClient::fetch(ApiClient &client, const QString &path)
{
    std::optional<Result<QJsonObject>> answer;
    client.getJson(path, &client, [&](const Result<QJsonObject> &result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        return fail(ErrorCode::Internal, QStringLiteral("no answer"));
    return *answer;
}

void tst_ApiClient::getsJson()
{
    ApiClient client;
    QSignalSpy changed(&client, &ApiClient::serverChanged);
    client.setServer(m_server.url(), m_server.token());
    QCOMPARE(changed.size(), 1);
    auto info = fetch(client, QStringLiteral("/api/v1/info"));
    QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
    QCOMPARE(info->value(QStringLiteral("version")).toString(), sluiceVersion());
}

void tst_ApiClient::serverErrorsBecomeReadableErrors_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("path");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("wrong token") << QByteArray(64, '0') << QStringLiteral("/api/v1/info") << ErrorCode::Unauthorized
                                 << QStringLiteral("token");
    QTest::newRow("unknown path") << TestServer().token() << QStringLiteral("/api/v1/nope") << ErrorCode::NotFound
                                  << QStringLiteral("/api/v1/nope");
}

void tst_ApiClient::serverErrorsBecomeReadableErrors()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, path);
    QFETCH(ErrorCode, code);
    QFETCH(QString, mentions);
    ApiClient client;
    client.setServer(m_server.url(), token);
    auto result = fetch(client, path);
    QVERIFY(!result);
    QCOMPARE(result.error().code, code);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

void tst_ApiClient::unreachableServer()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    ApiClient client;
    client.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), m_server.token());
    auto result = fetch(client, QStringLiteral("/api/v1/info"));
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Network);
    QVERIFY2(result.error().message.contains(QString::number(port)), qPrintable(result.error().message));
}

void tst_ApiClient::silentServerTimesOut()
{
    QTcpServer silent; // accepts connections and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ApiClient client;
    client.setTimeout(std::chrono::milliseconds(300));
    client.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), m_server.token());
    auto result = fetch(client, QStringLiteral("/api/v1/info"));
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Timeout);
}

void tst_ApiClient::destroyedContextIsNotCalled()
{
    ApiClient client;
    client.setServer(m_server.url(), m_server.token());
    bool called = false;
    auto context = std::make_unique<QObject>();
    client.getJson(
        QStringLiteral("/api/v1/health"), context.get(), [&](const Result<QJsonObject> &) { called = true; });
    context.reset();
    bool otherAnswered = false;
    client.getJson(
        QStringLiteral("/api/v1/health"), &client, [&](const Result<QJsonObject> &) { otherAnswered = true; });
    QTRY_VERIFY(otherAnswered);
    QVERIFY(!called);
}

// Answers are decoded on the client's own thread; handlers still run on the caller's, for reads,
// writes and deletes, answered or refused.
void tst_ApiClient::handlersRunOnTheCallersThread()
{
    ApiClient client;
    client.setServer(m_server.url(), m_server.token());
    QThread *const caller = QThread::currentThread();
    int answered = 0;
    int elsewhere = 0;
    auto note = [&] {
        ++answered;
        elsewhere += QThread::currentThread() != caller;
    };
    for (int i = 0; i < 10; ++i) {
        client.getJson(QStringLiteral("/api/v1/info"), &client, [&](const Result<QJsonObject> &info) {
            QVERIFY(info);
            note();
        });
        client.getJson(QStringLiteral("/api/v1/nope"), &client, [&](const Result<QJsonObject> &missing) {
            QVERIFY(!missing);
            note();
        });
        client.deleteResource(QStringLiteral("/api/v1/datasets/nope"), &client, [&](const Result<void> &deleted) {
            QVERIFY(!deleted);
            note();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 30, 20000);
    QCOMPARE(elsewhere, 0);
}

void tst_ApiClient::writesDecodeErrorsLikeReads_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("POST") << QStringLiteral("POST");
    QTest::newRow("PATCH") << QStringLiteral("PATCH");
    QTest::newRow("DELETE") << QStringLiteral("DELETE");
}

void tst_ApiClient::writesDecodeErrorsLikeReads()
{
    QFETCH(QString, method);
    ApiClient client;
    client.setServer(m_server.url(), m_server.token());
    const QString path = QStringLiteral("/api/v1/nothing-here");
    std::optional<Error> error;
    bool answered = false;
    const auto onJson = [&](const Result<QJsonObject> &result) {
        answered = true;
        if (!result)
            error = result.error();
    };
    const QJsonObject body { { QStringLiteral("name"), QStringLiteral("x") } };
    if (method == QStringLiteral("POST")) {
        client.postJson(path, body, &client, onJson);
    } else if (method == QStringLiteral("PATCH")) {
        client.patchJson(path, body, &client, onJson);
    } else {
        client.deleteResource(path, &client, [&](const Result<void> &result) {
            answered = true;
            if (!result)
                error = result.error();
        });
    }
    QTRY_VERIFY(answered);
    QVERIFY(error.has_value());
    QCOMPARE(error->code, ErrorCode::NotFound);
    QVERIFY2(error->message.contains(path), qPrintable(error->message)); // the server's own message
}

void tst_ApiClient::rawRequestCarriesTokenAndHeaders()
{
    ApiClient client;
    client.setServer(m_server.url(), m_server.token());
    QNetworkReply *reply = client.sendRaw(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/info"),
        { { QByteArrayLiteral("X-Anything"), QByteArrayLiteral("1") } });
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(ApiClient::statusOf(reply), 200);
    QVERIFY(reply->readAll().contains("maxChunkBytes"));
    reply->deleteLater();
}

void tst_ApiClient::rawRequestWithoutTokenIsRefused()
{
    ApiClient client;
    client.setServer(m_server.url(), QByteArray(64, '1'));
    QNetworkReply *reply = client.sendRaw(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/info"), {});
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(ApiClient::statusOf(reply), 401);
    const Error error = ApiClient::replyError(reply, reply->readAll());
    QCOMPARE(error.code, ErrorCode::Unauthorized);
    reply->deleteLater();
}

void tst_ApiClient::pathsKeepTheirQuery()
{
    ApiClient client;
    client.setServer(m_server.url(), m_server.token());
    QCOMPARE(client.url(QStringLiteral("/api/v1/tasks?type=import&state=queued")).query(),
             QStringLiteral("type=import&state=queued"));
    // The server sees the parameter: an unknown state is refused by name, not ignored.
    auto refused = fetch(client, QStringLiteral("/api/v1/tasks?state=sleeping"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("sleeping")), qPrintable(refused.error().message));
    auto listed = fetch(client, QStringLiteral("/api/v1/tasks?type=import"));
    QVERIFY(listed);
    QVERIFY(listed->contains(QStringLiteral("tasks")));
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
