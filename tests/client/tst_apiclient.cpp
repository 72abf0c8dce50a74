#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

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
    closed.close();  // nothing listens there now
    ApiClient client;
    client.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), m_server.token());
    auto result = fetch(client, QStringLiteral("/api/v1/info"));
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Network);
    QVERIFY2(result.error().message.contains(QString::number(port)), qPrintable(result.error().message));
}

void tst_ApiClient::silentServerTimesOut()
{
    QTcpServer silent;  // accepts connections and never answers
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
    client.getJson(QStringLiteral("/api/v1/health"), context.get(), [&](const Result<QJsonObject> &) { called = true; });
    context.reset();
    bool otherAnswered = false;
    client.getJson(QStringLiteral("/api/v1/health"), &client, [&](const Result<QJsonObject> &) { otherAnswered = true; });
    QTRY_VERIFY(otherAnswered);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
