#include <QTest>

#include "app/client/httpresponseparser.h"

using namespace sluice;

class tst_HttpResponseParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void interimAnswersAreSkipped();
    void bytesAfterTheAnswerAreCounted();
    void headerLookupIgnoresCase();
    void longHeadFails();
    void garbageFailsAtOnce();
};

namespace {

struct Outcome
{
    bool ok = false;
    int status = 0;
    QByteArray body;
    bool keepsAlive = false;
    QString error;
};

// Feeds `input` in pieces of `step` bytes; `closes`: the connection ends after it.
Outcome run(const QByteArray &input, qsizetype step, bool closes)
{
    HttpResponseParser parser;
    Outcome outcome;
    for (qsizetype at = 0; at < input.size() && !parser.isComplete(); at += step) {
        auto fed = parser.feed(QByteArrayView(input).sliced(at, qMin(step, input.size() - at)));
        if (!fed) {
            outcome.error = fed.error().message;
            return outcome;
        }
    }
    if (closes && !parser.isComplete()) {
        if (auto ended = parser.finishAtEnd(); !ended) {
            outcome.error = ended.error().message;
            return outcome;
        }
    }
    if (!parser.isComplete()) {
        outcome.error = QStringLiteral("(incomplete)");
        return outcome;
    }
    outcome.ok = true;
    outcome.status = parser.response().status;
    outcome.body = parser.response().body;
    outcome.keepsAlive = parser.response().keepsAlive;
    return outcome;
}

} // namespace

void tst_HttpResponseParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<int>("status"); // 0: an error whose message contains `error`
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepsAlive");
    QTest::addColumn<QString>("error");

    const QByteArray tus204 = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nUpload-Offset: 42\r\n"
                              "Tus-Resumable: 1.0.0\r\nConnection: close\r\n\r\n";
    QTest::newRow("tus 204, connection close") << tus204 << false << 204 << QByteArray() << false << QString();
    QTest::newRow("keep-alive by default in 1.1") << QByteArray("HTTP/1.1 204 No Content\r\nUpload-Offset: 42\r\n\r\n")
                                                  << false << 204 << QByteArray() << true << QString();
    QTest::newRow("1.0 closes by default") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok") << false
                                           << 200 << QByteArray("ok") << false << QString();
    QTest::newRow("1.0 with keep-alive") << QByteArray(
        "HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok")
                                         << false << 200 << QByteArray("ok") << true << QString();
    QTest::newRow("error body by Content-Length")
        << QByteArray("HTTP/1.1 460 Checksum Mismatch\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n"
                      "{\"error\":1}")
        << false << 460 << QByteArray("{\"error\":1}") << true << QString();
    QTest::newRow("LF line ends") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 3\n\nabc") << false << 200
                                  << QByteArray("abc") << true << QString();
    QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 204\r\n\r\n") << false << 204 << QByteArray() << true
                                      << QString();
    QTest::newRow("body to the end of the connection") << QByteArray("HTTP/1.1 500 Internal Server Error\r\n\r\nbroken")
                                                       << true << 500 << QByteArray("broken") << false << QString();
    QTest::newRow("204 never has a body") << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n") << false
                                          << 204 << QByteArray() << true << QString();
    QTest::newRow("equal Content-Lengths")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx") << false << 200
        << QByteArray("x") << true << QString();

    QTest::newRow("not HTTP") << QByteArray("garbage\r\n\r\n") << false << 0 << QByteArray() << false
                              << QStringLiteral("not HTTP");
    QTest::newRow("HTTP/2 status line") << QByteArray("HTTP/2 200 OK\r\n\r\n") << false << 0 << QByteArray() << false
                                        << QStringLiteral("status line");
    QTest::newRow("status not a number") << QByteArray("HTTP/1.1 2x4 OK\r\n\r\n") << false << 0 << QByteArray() << false
                                         << QStringLiteral("status line");
    QTest::newRow("status out of range") << QByteArray("HTTP/1.1 999 Odd\r\n\r\n") << false << 0 << QByteArray()
                                         << false << QStringLiteral("status line");
    QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length 0\r\n\r\n") << false << 0
                                          << QByteArray() << false << QStringLiteral("header line");
    QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\r\n continued\r\n\r\n") << false << 0
                                   << QByteArray() << false << QStringLiteral("header line");
    QTest::newRow("chunked body") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                  << false << 0 << QByteArray() << false << QStringLiteral("Transfer-Encoding");
    QTest::newRow("negative Content-Length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n") << false
                                             << 0 << QByteArray() << false << QStringLiteral("Content-Length");
    QTest::newRow("Content-Length not a number")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n") << false << 0 << QByteArray() << false
        << QStringLiteral("Content-Length");
    QTest::newRow("Content-Lengths that differ")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxy") << false << 0
        << QByteArray() << false << QStringLiteral("Content-Length");
    QTest::newRow("body too large") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2000000\r\n\r\n") << false << 0
                                    << QByteArray() << false << QStringLiteral("2000000");
    QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n") << false << 0
                                         << QByteArray() << false << QStringLiteral("switched protocols");
    QTest::newRow("closed without an answer")
        << QByteArray() << true << 0 << QByteArray() << false << QStringLiteral("without answering");
    QTest::newRow("closed in the head") << QByteArray("HTTP/1.1 204 No") << true << 0 << QByteArray() << false
                                        << QStringLiteral("middle of the answer's head");
    QTest::newRow("closed in the body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true << 0
                                        << QByteArray() << false << QStringLiteral("3 of the answer's 10");
}

void tst_HttpResponseParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, closes);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, keepsAlive);
    QFETCH(QString, error);

    // All at once, and a byte at a time: where the reads split the answer must not matter.
    for (const qsizetype step : { qMax<qsizetype>(1, input.size()), qsizetype(1) }) {
        const Outcome outcome = run(input, step, closes);
        if (status == 0) {
            QVERIFY2(!outcome.ok, "a malformed answer was accepted");
            QVERIFY2(outcome.error.contains(error), qPrintable(outcome.error));
            continue;
        }
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.status, status);
        QCOMPARE(outcome.body, body);
        QCOMPARE(outcome.keepsAlive, keepsAlive);
    }
}

void tst_HttpResponseParser::interimAnswersAreSkipped()
{
    HttpResponseParser parser;
    auto fed = parser.feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nUpload-Offset: 7\r\n\r\n");
    QVERIFY(fed.has_value());
    QVERIFY(*fed);
    QCOMPARE(parser.response().status, 204);
    QCOMPARE(parser.response().header("Upload-Offset"), QByteArray("7"));
}

void tst_HttpResponseParser::bytesAfterTheAnswerAreCounted()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA").value());
    QCOMPARE(parser.response().body, QByteArray("ok"));
    QCOMPARE(parser.excess(), 5);
    QVERIFY(parser.feed("more").value());
    QCOMPARE(parser.excess(), 9);
}

void tst_HttpResponseParser::headerLookupIgnoresCase()
{
    HttpResponseParser parser;
    QVERIFY(parser.feed("HTTP/1.1 204 No Content\r\nupload-offset:  12 \r\nUPLOAD-OFFSET: 13\r\n\r\n").value());
    QCOMPARE(parser.response().header("Upload-Offset"), QByteArray("12")); // the first, trimmed
    QVERIFY(parser.response().header("Upload-Length").isEmpty());
}

void tst_HttpResponseParser::longHeadFails()
{
    HttpResponseParser parser;
    QVERIFY(!parser.feed("HTTP/1.1 200 OK\r\n").value());
    const QByteArray field = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
    Result<bool> fed = false;
    for (int i = 0; i < 100 && fed.has_value(); ++i)
        fed = parser.feed(field);
    QVERIFY(!fed.has_value());
    QVERIFY2(fed.error().message.contains(QString::number(HttpResponseParser::kMaxHeadBytes)),
        qPrintable(fed.error().message));
}

void tst_HttpResponseParser::garbageFailsAtOnce()
{
    // The first bytes of a peer that does not speak HTTP are enough: no waiting for a blank line.
    HttpResponseParser parser;
    auto fed = parser.feed("SSH-2.0-OpenSSH_9.2");
    QVERIFY(!fed.has_value());
    QCOMPARE(fed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(fed.error().message.contains(QStringLiteral("SSH-2.0")), qPrintable(fed.error().message));
}

QTEST_APPLESS_MAIN(tst_HttpResponseParser)
#include "tst_httpresponseparser.moc"
