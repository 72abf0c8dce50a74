#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/randomid.h"
#include "server/gate/requesthead.h"
#include "../tus/tusfixture.h"

using namespace sluice;
using namespace sluice::test;

// Each QtHttpServer 6.4.2 pitfall the gate handles (QTHTTPSERVER.md) has a regression test here.
class tst_ConnectionGate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void ordinaryRequestsPassThrough();
    void keepAliveRequestsAreAllChecked();
    void pipelinedRequestsAreAnswered();
    void headSplitAcrossReads();
    void headerBlockTooLarge_data();
    void headerBlockTooLarge();
    void tooManyFields();
    void bogusContentLength_data();
    void bogusContentLength();
    void bodyTooLargeBeforeItIsSent_data();
    void bodyTooLargeBeforeItIsSent();
    void chunkedBodiesAreCapped();
    void uploadsNeedTheTokenBeforeTheBody_data();
    void uploadsNeedTheTokenBeforeTheBody();
    void patchNeedsContentLength_data();
    void patchNeedsContentLength();
    void continueArrivesBeforeTheBody();
    void idleConnectionsAreClosed();
    void slowHeadsAreCutOff();
    void requestHeadParsing_data();
    void requestHeadParsing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TusFixture> m_server;
};

void tst_ConnectionGate::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    TusFixture::Options options;
    options.limits.idleTimeoutSeconds = 1;
    options.limits.maxChunkBytes = 4 * 1024 * 1024;
    m_server = std::make_unique<TusFixture>(m_dir->path(), options);
    QVERIFY(m_server->start());
}

void tst_ConnectionGate::cleanupTestCase()
{
    m_server.reset();
}

void tst_ConnectionGate::ordinaryRequestsPassThrough()
{
    const HttpReply hello = exchange(m_server->port(), "GET /test/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(hello.status, 200);
    QCOMPARE(hello.body, QByteArray("{\"hello\":1}"));
    const HttpReply echo
        = exchange(m_server->port(), "POST /test/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello");
    QCOMPARE(echo.status, 200);
    QCOMPARE(echo.json().value(QStringLiteral("bytes")).toInt(), 5);
}

void tst_ConnectionGate::keepAliveRequestsAreAllChecked()
{
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("GET /test/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(client.read().status, 200);
    // The second request on the same connection meets the gate too.
    client.send("POST /test/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5000000\r\n\r\n");
    const HttpReply refused = client.read();
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.header("Connection"), QByteArray("close"));
    QVERIFY(client.waitClosed());
}

void tst_ConnectionGate::pipelinedRequestsAreAnswered()
{
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("GET /test/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                "POST /test/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\n\r\nabc"
                "GET /test/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(client.read().status, 200);
    const HttpReply echo = client.read();
    QCOMPARE(echo.status, 200);
    QCOMPARE(echo.json().value(QStringLiteral("bytes")).toInt(), 3);
    QCOMPARE(client.read().status, 200);
}

void tst_ConnectionGate::headSplitAcrossReads()
{
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /test/echo HTTP/1.1\r\nHost: 127.");
    QTest::qWait(100); // lets the server see the first piece alone (either way the answer must be right)
    client.send("0.0.1\r\nContent-Length: 4\r\n\r\nabcd");
    const HttpReply echo = client.read();
    QCOMPARE(echo.status, 200);
    QCOMPARE(echo.json().value(QStringLiteral("bytes")).toInt(), 4);
}

void tst_ConnectionGate::headerBlockTooLarge_data()
{
    QTest::addColumn<QByteArray>("request");
    const QByteArray big(20 * 1024, 'a');
    QTest::newRow("complete head") << QByteArray(
        "GET /test/hello HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + big + "\r\n\r\n");
    QTest::newRow("unterminated head") << QByteArray("GET /test/hello HTTP/1.1\r\nX-Big: " + big);
    QTest::newRow("huge URL") << QByteArray("GET /test/hello?" + big + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
}

void tst_ConnectionGate::headerBlockTooLarge()
{
    QFETCH(QByteArray, request);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(request);
    const HttpReply reply = client.read();
    QCOMPARE(reply.status, 431);
    QCOMPARE(reply.errorCode(), QStringLiteral("too_large"));
    QVERIFY(client.waitClosed());
}

void tst_ConnectionGate::tooManyFields()
{
    // QtHttpServer 6.4 would drop every header (Host and Authorization too) past 100 fields.
    QByteArray fields;
    for (int i = 0; i < 99; ++i)
        fields += "X-Field-" + QByteArray::number(i) + ": v\r\n";
    const QByteArray accepted = "GET /test/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n" + fields + "\r\n";
    QCOMPARE(exchange(m_server->port(), accepted).status, 200);
    const QByteArray refused = "GET /test/hello HTTP/1.1\r\nHost: 127.0.0.1\r\nX-One-More: v\r\n" + fields + "\r\n";
    QCOMPARE(exchange(m_server->port(), refused).status, 431);
}

void tst_ConnectionGate::bogusContentLength_data()
{
    QTest::addColumn<QByteArray>("lengthLines");
    QTest::newRow("negative") << QByteArray("Content-Length: -5\r\n");
    QTest::newRow("not a number") << QByteArray("Content-Length: abc\r\n");
    QTest::newRow("2^64-1") << QByteArray("Content-Length: 18446744073709551615\r\n");
    QTest::newRow("duplicate, equal") << QByteArray("Content-Length: 3\r\nContent-Length: 3\r\n");
    QTest::newRow("duplicate, different") << QByteArray("Content-Length: 3\r\nContent-Length: 30\r\n");
    QTest::newRow("with chunked") << QByteArray("Content-Length: 3\r\nTransfer-Encoding: chunked\r\n");
    QTest::newRow("unknown coding") << QByteArray("Transfer-Encoding: gzip\r\n");
}

void tst_ConnectionGate::bogusContentLength()
{
    // QtHttpServer 6.4 ignores such a body and parses it as the next request (smuggling).
    QFETCH(QByteArray, lengthLines);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /test/echo HTTP/1.1\r\nHost: 127.0.0.1\r\n" + lengthLines
        + "\r\nGET /test/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const HttpReply reply = client.read();
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_input"));
    QVERIFY(client.waitClosed());
    QCOMPARE(client.read().status, 0); // and nothing was smuggled through
}

void tst_ConnectionGate::bodyTooLargeBeforeItIsSent_data()
{
    QTest::addColumn<QByteArray>("head");
    const QByteArray auth = "Authorization: Bearer " + TusFixture::token() + "\r\n";
    QTest::newRow("JSON route") << QByteArray("POST /test/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                                              "1048577\r\n\r\n");
    QTest::newRow("tus PATCH over maxChunkBytes") << QByteArray("PATCH /files/" + makeRandomId().toLatin1()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "Tus-Resumable: 1.0.0\r\nContent-Length: 536870912\r\n\r\n");
    QTest::newRow("bogus 10^15") << QByteArray(
        "POST /files HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "Content-Length: 1000000000000000\r\n\r\n");
}

void tst_ConnectionGate::bodyTooLargeBeforeItIsSent()
{
    // Only the head is sent: the answer must not wait for (or buffer) the body.
    QFETCH(QByteArray, head);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(head);
    const HttpReply reply = client.read();
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), QStringLiteral("too_large"));
    QVERIFY(client.waitClosed());
}

void tst_ConnectionGate::chunkedBodiesAreCapped()
{
    const HttpReply small = exchange(m_server->port(),
        "POST /test/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: "
        "chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n");
    QCOMPARE(small.status, 200);
    QCOMPARE(small.json().value(QStringLiteral("bytes")).toInt(), 3);

    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /test/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray piece(256 * 1024, 'x');
    HttpReply reply;
    for (int i = 0; i < 16 && client.socket().state() == QAbstractSocket::ConnectedState; ++i) {
        client.send("40000\r\n" + piece + "\r\n");
        if (client.socket().waitForReadyRead(50)) {
            reply = client.read();
            break;
        }
    }
    if (reply.status == 0)
        reply = client.read();
    QCOMPARE(reply.status, 413);
}

void tst_ConnectionGate::uploadsNeedTheTokenBeforeTheBody_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    const QByteArray id = makeRandomId().toLatin1();
    QTest::newRow("PATCH without token") << QByteArray("PATCH /files/" + id
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTus-Resumable: "
          "1.0.0\r\nContent-Length: 1000\r\n\r\n")
                                         << 401;
    QTest::newRow("POST with a wrong token")
        << QByteArray("POST /files HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + QByteArray(64, '0')
               + "\r\nUpload-Length: 10\r\nContent-Length: 1000\r\n\r\n")
        << 401;
    QTest::newRow("foreign Host") << QByteArray("PATCH /files/" + id
        + " HTTP/1.1\r\nHost: evil.example\r\nAuthorization: "
          "Bearer "
        + TusFixture::token() + "\r\nContent-Length: 1000\r\n\r\n")
                                  << 421;
}

void tst_ConnectionGate::uploadsNeedTheTokenBeforeTheBody()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(head); // the 1000 body bytes are never sent
    const HttpReply reply = client.read();
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Tus-Resumable"), QByteArray("1.0.0"));
    QVERIFY(!reply.body.contains(TusFixture::token()));
    QVERIFY(client.waitClosed());
}

void tst_ConnectionGate::patchNeedsContentLength_data()
{
    QTest::addColumn<QByteArray>("framing");
    QTest::newRow("no length") << QByteArray();
    QTest::newRow("chunked") << QByteArray("Transfer-Encoding: chunked\r\n");
}

void tst_ConnectionGate::patchNeedsContentLength()
{
    QFETCH(QByteArray, framing);
    const QByteArray id = makeRandomId().toLatin1();
    const HttpReply reply = exchange(m_server->port(),
        "PATCH /files/" + id + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TusFixture::token()
            + "\r\nTus-Resumable: 1.0.0\r\n" + framing + "\r\n");
    QCOMPARE(reply.status, 411);
    const HttpReply json
        = exchange(m_server->port(), "PATCH /test/echo HTTP/1.1\r\nHost: 127.0.0.1\r\n" + framing + "\r\n");
    QCOMPARE(json.status, 411);
}

void tst_ConnectionGate::continueArrivesBeforeTheBody()
{
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /test/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 6\r\n\r\n");
    // Nothing of the body has been sent: a 100 can only come from the gate, and must come now.
    const HttpReply interim = client.read();
    QCOMPARE(interim.status, 100);
    client.send("abcdef");
    const HttpReply reply = client.read();
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("bytes")).toInt(), 6);
}

void tst_ConnectionGate::idleConnectionsAreClosed()
{
    RawClient silent;
    QVERIFY(silent.connectTo(m_server->port()));
    QVERIFY2(silent.waitClosed(), "a connection that never sends is closed after the idle timeout");

    RawClient kept;
    QVERIFY(kept.connectTo(m_server->port()));
    kept.send("GET /test/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(kept.read().status, 200);
    QVERIFY2(kept.waitClosed(), "a keep-alive connection left idle is closed");
}

void tst_ConnectionGate::slowHeadsAreCutOff()
{
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("GET /test/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    // A byte now and then would keep an idle timer alive; the head's own deadline does not move.
    HttpReply reply;
    for (int i = 0; i < 40 && reply.status == 0; ++i) {
        client.send("X");
        if (client.socket().waitForReadyRead(250))
            reply = client.read();
    }
    QCOMPARE(reply.status, 408);
    QVERIFY(client.waitClosed());
}

void tst_ConnectionGate::requestHeadParsing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<bool>("valid");
    QTest::newRow("CRLF") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\nrest") << qsizetype(27) << true;
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: a\n\nrest") << qsizetype(24) << true;
    QTest::newRow("leading empty lines") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\n\r\n") << qsizetype(22) << true;
    QTest::newRow("incomplete") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n") << qsizetype(-1) << false;
    QTest::newRow("HTTP/2 line") << QByteArray("GET / HTTP/2.0\r\n\r\n") << qsizetype(18) << false;
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << qsizetype(9) << false;
    QTest::newRow("folded field") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << qsizetype(28) << false;
}

void tst_ConnectionGate::requestHeadParsing()
{
    QFETCH(QByteArray, head);
    QFETCH(qsizetype, length);
    QFETCH(bool, valid);
    QCOMPARE(RequestHead::headLength(head), length);
    if (length > 0)
        QCOMPARE(bool(RequestHead::parse(QByteArrayView(head).first(length))), valid);
}

QTEST_GUILESS_MAIN(tst_ConnectionGate)
#include "tst_connectiongate.moc"
