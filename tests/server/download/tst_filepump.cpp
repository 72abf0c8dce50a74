#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "server/download/filepump.h"

using namespace sluice;

namespace {

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

const QByteArray kEtag = "\"abc123\"";

} // namespace

class tst_FilePump : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullDownloadIsByteExact();
    void rangesAreByteExact_data();
    void rangesAreByteExact();
    void unsatisfiableRangeIs416_data();
    void unsatisfiableRangeIs416();
    void malformedRangeGivesEverything_data();
    void malformedRangeGivesEverything();
    void ifRange_data();
    void ifRange();
    void ifNoneMatch();
    void etagFromSizeAndTimeWithoutAHash();
    void headHasHeadersOnly();
    void missingFileIs404();
    void contentDisposition_data();
    void contentDisposition();
    void abortedDownloadsLeaveTheServerWorking();
    void slowReaderGetsEveryByteWithBoundedBuffer();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };
    Reply get(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &headers = {},
              const QByteArray &method = "GET");
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }
    // Sends `request` on `socket` and reads one response: its head, and a body of Content-Length bytes.
    static QByteArray readHead(QTcpSocket &socket, QByteArray &buffer);
    static bool waitForBytes(QTcpSocket &socket);
    bool connect(QTcpSocket &socket) const;
    qint64 serverBytesToWriteMaximum() const;

    QTemporaryDir m_dir;
    QByteArray m_content;  // /file
    QByteArray m_big;      // /big
    std::unique_ptr<QHttpServer> m_http;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

void tst_FilePump::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_content = randomBytes(3 * 1024 * 1024 + 123, 1);
    m_big = randomBytes(24 * 1024 * 1024, 2);
    for (const auto &[name, bytes] : { std::pair { QStringLiteral("file.bin"), &m_content }, std::pair { QStringLiteral("big.bin"), &m_big } }) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(*bytes), bytes->size());
    }
    QFile(m_dir.filePath(QStringLiteral("empty.bin"))).open(QIODevice::WriteOnly);

    m_http = std::make_unique<QHttpServer>();
    using Method = QHttpServerRequest::Method;
    const QString dir = m_dir.path();
    m_http->route(QStringLiteral("/file"), Method::Get | Method::Head,
                  [dir](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        FilePump::serve(request, std::move(responder),
                        DownloadFile { dir + QStringLiteral("/file.bin"), QStringLiteral("export 2017.csv"),
                                       QByteArrayLiteral("text/csv"), QByteArrayLiteral("abc123") });
    });
    m_http->route(QStringLiteral("/big"), Method::Get,
                  [dir](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        FilePump::serve(request, std::move(responder), DownloadFile { dir + QStringLiteral("/big.bin"), QStringLiteral("big.bin"), QByteArrayLiteral("application/octet-stream"), QByteArray() });
    });
    m_http->route(QStringLiteral("/unhashed"), Method::Get,
                  [dir](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        FilePump::serve(request, std::move(responder),
                        DownloadFile { dir + QStringLiteral("/file.bin"), QStringLiteral("f"), "application/octet-stream",
                                       QByteArrayLiteral("bad \"tag\"") });
    });
    m_http->route(QStringLiteral("/empty"), Method::Get,
                  [dir](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        FilePump::serve(request, std::move(responder), DownloadFile { dir + QStringLiteral("/empty.bin"), QStringLiteral("e"), QByteArrayLiteral("application/octet-stream"), QByteArray() });
    });
    m_http->route(QStringLiteral("/gone"), Method::Get,
                  [dir](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        FilePump::serve(request, std::move(responder), DownloadFile { dir + QStringLiteral("/nothing.bin"), QStringLiteral("n"), QByteArrayLiteral("application/octet-stream"), QByteArray() });
    });
    m_port = m_http->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

tst_FilePump::Reply tst_FilePump::get(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &headers,
                                      const QByteArray &method)
{
    QNetworkRequest request(url(path));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    // head() itself: sent as a custom verb, HEAD would make the client wait for a body.
    QNetworkReply *reply = method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!reply->isFinished() && !finished.wait(30000)) {
        reply->abort();
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

// The server answers in this thread, so a client socket waits with the event loop running
// (waitForReadyRead() would block the server too).
bool tst_FilePump::waitForBytes(QTcpSocket &socket)
{
    return socket.bytesAvailable() > 0 || QTest::qWaitFor([&] { return socket.bytesAvailable() > 0; }, 10000);
}

bool tst_FilePump::connect(QTcpSocket &socket) const
{
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
}

QByteArray tst_FilePump::readHead(QTcpSocket &socket, QByteArray &buffer)
{
    while (!buffer.contains("\r\n\r\n")) {
        if (!waitForBytes(socket))
            return {};
        buffer += socket.readAll();
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n") + 4;
    const QByteArray head = buffer.first(end);
    buffer.remove(0, end);
    return head;
}

qint64 tst_FilePump::serverBytesToWriteMaximum() const
{
    qint64 most = 0;
    for (const QTcpSocket *socket : m_http->findChildren<QTcpSocket *>())
        most = std::max(most, socket->bytesToWrite());
    return most;
}

void tst_FilePump::fullDownloadIsByteExact()
{
    const Reply reply = get(QStringLiteral("/file"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Length"), QByteArray::number(m_content.size()));
    QCOMPARE(reply.body.size(), m_content.size());
    QVERIFY(reply.body == m_content);
    QCOMPARE(reply.header("ETag"), kEtag);
    QCOMPARE(reply.header("Accept-Ranges"), QByteArray("bytes"));
    QCOMPARE(reply.header("Content-Type"), QByteArray("text/csv"));
    QVERIFY(!reply.header("Last-Modified").isEmpty());
    QCOMPARE(reply.header("Content-Disposition"),
             QByteArray("attachment; filename=\"export 2017.csv\"; filename*=UTF-8''export%202017.csv"));

    const Reply empty = get(QStringLiteral("/empty"));
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.header("Content-Length"), QByteArray("0"));
    QVERIFY(empty.body.isEmpty());
}

void tst_FilePump::rangesAreByteExact_data()
{
    const qint64 size = 3 * 1024 * 1024 + 123;
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::newRow("first bytes") << QByteArray("bytes=0-99") << qint64(0) << qint64(99);
    QTest::newRow("middle, several chunks") << QByteArray("bytes=1000000-2000000") << qint64(1000000) << qint64(2000000);
    QTest::newRow("suffix") << QByteArray("bytes=-500") << size - 500 << size - 1;
    QTest::newRow("open end") << QByteArray("bytes=3000000-") << qint64(3000000) << size - 1;
    QTest::newRow("end clipped") << QByteArray("bytes=10-99999999999") << qint64(10) << size - 1;
    QTest::newRow("last byte") << QByteArray("bytes=-1") << size - 1 << size - 1;
}

void tst_FilePump::rangesAreByteExact()
{
    QFETCH(QByteArray, range);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const Reply reply = get(QStringLiteral("/file"), { { "Range", range } });
    QCOMPARE(reply.status, 206);
    QCOMPARE(reply.header("Content-Range"), "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                                                + QByteArray::number(m_content.size()));
    QCOMPARE(reply.header("Content-Length"), QByteArray::number(last - first + 1));
    QCOMPARE(reply.body.size(), last - first + 1);
    QVERIFY(reply.body == m_content.mid(first, last - first + 1));
    QCOMPARE(reply.header("ETag"), kEtag);
}

void tst_FilePump::unsatisfiableRangeIs416_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::newRow("at the end") << "bytes=" + QByteArray::number(3 * 1024 * 1024 + 123) + '-';
    QTest::newRow("past the end") << QByteArray("bytes=99999999-100000000");
    QTest::newRow("empty suffix") << QByteArray("bytes=-0");
}

void tst_FilePump::unsatisfiableRangeIs416()
{
    QFETCH(QByteArray, range);
    const Reply reply = get(QStringLiteral("/file"), { { "Range", range } });
    QCOMPARE(reply.status, 416);
    QCOMPARE(reply.header("Content-Range"), "bytes */" + QByteArray::number(m_content.size()));
    QCOMPARE(reply.header("Content-Length"), QByteArray::number(reply.body.size()));
    QVERIFY(reply.body.contains("\"error\""));
}

void tst_FilePump::malformedRangeGivesEverything_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::newRow("letters") << QByteArray("bytes=abc");
    QTest::newRow("reversed") << QByteArray("bytes=5-2");
    QTest::newRow("other unit") << QByteArray("lines=0-5");
    QTest::newRow("several") << QByteArray("bytes=0-1,5-6");
}

void tst_FilePump::malformedRangeGivesEverything()
{
    QFETCH(QByteArray, range);
    const Reply reply = get(QStringLiteral("/file"), { { "Range", range } });
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Range").isEmpty());
    QCOMPARE(reply.header("Content-Length"), QByteArray::number(m_content.size()));
    QVERIFY(reply.body == m_content);
}

void tst_FilePump::ifRange_data()
{
    QTest::addColumn<QByteArray>("ifRange");
    QTest::addColumn<int>("status");
    QTest::newRow("current tag") << kEtag << 206;
    QTest::newRow("stale tag") << QByteArray("\"old\"") << 200;
    QTest::newRow("weak tag") << QByteArray("W/") + kEtag << 200;
    QTest::newRow("old date") << QByteArray("Sat, 01 Jan 2000 00:00:00 GMT") << 200;
}

void tst_FilePump::ifRange()
{
    QFETCH(QByteArray, ifRange);
    QFETCH(int, status);
    const Reply reply = get(QStringLiteral("/file"), { { "Range", "bytes=100-199" }, { "If-Range", ifRange } });
    QCOMPARE(reply.status, status);
    if (status == 206)
        QVERIFY(reply.body == m_content.mid(100, 100));
    else
        QVERIFY(reply.body == m_content);

    // The exact Last-Modified date holds too.
    const QByteArray lastModified = get(QStringLiteral("/file"), {}, "HEAD").header("Last-Modified");
    QVERIFY(lastModified.endsWith(" GMT"));
    QCOMPARE(get(QStringLiteral("/file"), { { "Range", "bytes=0-0" }, { "If-Range", lastModified } }).status, 206);
}

void tst_FilePump::ifNoneMatch()
{
    for (const QByteArray &tags : { kEtag, QByteArray("\"x\", ") + kEtag, QByteArray("W/") + kEtag, QByteArray("*") }) {
        const Reply reply = get(QStringLiteral("/file"), { { "If-None-Match", tags } });
        QCOMPARE(reply.status, 304);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(reply.header("ETag"), kEtag);
    }
    const Reply changed = get(QStringLiteral("/file"), { { "If-None-Match", "\"other\"" } });
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.body == m_content);
}

void tst_FilePump::etagFromSizeAndTimeWithoutAHash()
{
    const Reply first = get(QStringLiteral("/unhashed"));
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("ETag");
    QVERIFY2(etag.startsWith('"') && etag.endsWith('"') && !etag.contains("bad"), etag.constData());
    QVERIFY(etag.contains(QByteArray::number(m_content.size(), 16)));
    QCOMPARE(get(QStringLiteral("/unhashed")).header("ETag"), etag);
    QCOMPARE(get(QStringLiteral("/unhashed"), { { "If-None-Match", etag } }).status, 304);
}

void tst_FilePump::headHasHeadersOnly()
{
    const Reply head = get(QStringLiteral("/file"), {}, "HEAD");
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), QByteArray::number(m_content.size()));
    QCOMPARE(head.header("ETag"), kEtag);
    const Reply rangedHead = get(QStringLiteral("/file"), { { "Range", "bytes=0-99" } }, "HEAD");
    QCOMPARE(rangedHead.status, 206);
    QCOMPARE(rangedHead.header("Content-Length"), QByteArray("100"));

    // On one connection: whatever follows HEAD's header block must be the next response's
    // status line, not body bytes.
    QTcpSocket socket;
    QVERIFY(connect(socket));
    socket.write("HEAD /file HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray buffer;
    const QByteArray head1 = readHead(socket, buffer);
    QVERIFY2(head1.startsWith("HTTP/1.1 200"), head1.constData());
    QVERIFY(head1.contains("Content-Length: " + QByteArray::number(m_content.size())));
    socket.write("GET /file HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: bytes=0-9\r\n\r\n");
    const QByteArray head2 = readHead(socket, buffer);
    QVERIFY2(head2.startsWith("HTTP/1.1 206"), head2.left(64).toHex().constData());
    while (buffer.size() < 10 && waitForBytes(socket))
        buffer += socket.readAll();
    QVERIFY(buffer == m_content.left(10));
}

void tst_FilePump::missingFileIs404()
{
    const Reply reply = get(QStringLiteral("/gone"));
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.contains("\"not_found\""));
    QVERIFY(!reply.body.contains(m_dir.path().toUtf8()));  // no server path in the answer
}

void tst_FilePump::contentDisposition_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("plain") << QStringLiteral("report.csv")
                           << QByteArray("attachment; filename=\"report.csv\"; filename*=UTF-8''report.csv");
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c.csv")
                                         << QByteArray("attachment; filename=\"a_b_c.csv\"; filename*=UTF-8''a%22b_c.csv");
    QTest::newRow("path") << QStringLiteral("../../etc/passwd")
                          << QByteArray("attachment; filename=\".._.._etc_passwd\"; filename*=UTF-8''.._.._etc_passwd");
    QTest::newRow("unicode") << QStringLiteral("Umsätze €.csv")
                             << QByteArray("attachment; filename=\"Ums_tze _.csv\"; "
                                           "filename*=UTF-8''Ums%C3%A4tze%20%E2%82%AC.csv");
    QTest::newRow("line break") << QStringLiteral("a\r\nb;c%.csv")
                                << QByteArray("attachment; filename=\"a__b;c_.csv\"; filename*=UTF-8''a__b%3Bc%25.csv");
    QTest::newRow("empty") << QString() << QByteArray("attachment; filename=\"download\"; filename*=UTF-8''download");
}

void tst_FilePump::contentDisposition()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, header);
    QCOMPARE(FilePump::contentDisposition(name), header);
}

void tst_FilePump::abortedDownloadsLeaveTheServerWorking()
{
    for (int round = 0; round < 5; ++round) {
        // A client that reads a little and drops the connection.
        QTcpSocket socket;
        QVERIFY(connect(socket));
        socket.write("GET /big HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray buffer;
        QVERIFY(readHead(socket, buffer).startsWith("HTTP/1.1 200"));
        socket.abort();

        // And one that gives up through QNetworkAccessManager once bytes flow.
        QNetworkReply *reply = m_network.get(QNetworkRequest(url(QStringLiteral("/big"))));
        QSignalSpy readable(reply, &QIODevice::readyRead);
        QVERIFY(readable.wait(10000));
        reply->abort();
        reply->deleteLater();
        QTest::qWait(20);  // let the server see the resets
    }
    const Reply after = get(QStringLiteral("/file"));
    QCOMPARE(after.status, 200);
    QVERIFY(after.body == m_content);
}

void tst_FilePump::slowReaderGetsEveryByteWithBoundedBuffer()
{
    QTcpSocket socket;
    socket.setReadBufferSize(64 * 1024);  // the client takes no more than it reads, so the server must wait
    QVERIFY(connect(socket));
    socket.write("GET /big HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray body;
    const QByteArray head = readHead(socket, body);
    QVERIFY(head.contains("Content-Length: " + QByteArray::number(m_big.size())));
    qint64 mostQueued = 0;
    int pauses = 0;
    while (body.size() < m_big.size()) {
        mostQueued = std::max(mostQueued, serverBytesToWriteMaximum());
        if (!waitForBytes(socket))
            break;
        body += socket.read(16 * 1024);
        if (++pauses % 4 == 0)
            QTest::qWait(1);  // the server's loop runs here too: it refills while we dawdle
    }
    QCOMPARE(body.size(), m_big.size());
    QVERIFY(body == m_big);
    QVERIFY(mostQueued > 0);
    QVERIFY2(mostQueued <= FilePump::kHighWaterBytes + FilePump::kChunkBytes,
             qPrintable(QString::number(mostQueued)));
}

QTEST_GUILESS_MAIN(tst_FilePump)
#include "tst_filepump.moc"
