#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "core/randomid.h"
#include "server/tus/tusheaders.h"
#include "tusfixture.h"

using namespace sluice;
using namespace sluice::test;

// tus 1.0.0 over a real socket: the routes (OPTIONS, POST, HEAD, DELETE) and the gate's PATCH.
class tst_TusServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void discovery();
    void createUploadAndFinish();
    void patchStatusCodes_data();
    void patchStatusCodes();
    void creationStatusCodes_data();
    void creationStatusCodes();
    void checksumMismatchLeavesTheOffset();
    void checksumAlgorithms_data();
    void checksumAlgorithms();
    void creationWithUpload();
    void deferredLength();
    void termination();
    void deduplication();
    void wrongSha256FailsTheUpload();
    void parallelPartialsAndConcatenation();
    void resumeAfterServerRestart();
    void interruptedPatchKeepsItsBytes();
    void largePatchIsStreamedExactly();
    void tooManyUploadsInFlight();
    void diskFull();
    void metadataParsing_data();
    void metadataParsing();

private:
    void startServer(TusFixture::Options options = defaultOptions());
    static TusFixture::Options defaultOptions();
    QString create(qint64 length, const QList<QByteArray> &extra = {});
    HttpReply patch(const QString &id, qint64 offset, const QByteArray &bytes, const QList<QByteArray> &extra = {});
    HttpReply head(const QString &id);
    QByteArray fileOf(const QString &id) const;
    static QByteArray metadata(const QList<std::pair<QByteArray, QByteArray>> &pairs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TusFixture> m_server;
};

TusFixture::Options tst_TusServer::defaultOptions()
{
    TusFixture::Options options;
    options.limits.maxChunkBytes = 64LL * 1024 * 1024;
    options.limits.maxUploadBytes = 256LL * 1024 * 1024;
    options.limits.maxConcurrentUploads = 4;
    options.limits.idleTimeoutSeconds = 30;
    return options;
}

void tst_TusServer::startServer(TusFixture::Options options)
{
    m_server.reset();
    m_server = std::make_unique<TusFixture>(m_dir->path(), options);
    QVERIFY(m_server->start());
}

void tst_TusServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    startServer();
}

void tst_TusServer::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

QByteArray tst_TusServer::metadata(const QList<std::pair<QByteArray, QByteArray>> &pairs)
{
    QList<QByteArray> items;
    for (const auto &[key, value] : pairs)
        items << key + ' ' + value.toBase64();
    return "Upload-Metadata: " + items.join(',');
}

QString tst_TusServer::create(qint64 length, const QList<QByteArray> &extra)
{
    QList<QByteArray> lines = extra;
    if (length >= 0)
        lines << "Upload-Length: " + QByteArray::number(length);
    const HttpReply reply = exchange(m_server->port(), tusHead("POST", "/files", lines));
    if (reply.status != 201)
        qWarning() << "creation failed:" << reply.status << reply.body;
    return QString::fromLatin1(reply.header("Location")).section(QLatin1Char('/'), -1);
}

HttpReply tst_TusServer::patch(
    const QString &id, qint64 offset, const QByteArray &bytes, const QList<QByteArray> &extra)
{
    QList<QByteArray> lines { "Content-Type: application/offset+octet-stream",
        "Upload-Offset: " + QByteArray::number(offset), "Content-Length: " + QByteArray::number(bytes.size()) };
    lines << extra;
    return exchange(m_server->port(), tusHead("PATCH", "/files/" + id.toLatin1(), lines) + bytes);
}

HttpReply tst_TusServer::head(const QString &id)
{
    return exchange(m_server->port(), tusHead("HEAD", "/files/" + id.toLatin1()), true);
}

QByteArray tst_TusServer::fileOf(const QString &id) const
{
    QFile file(m_server->storeConfig().directory + QStringLiteral("/") + id + QStringLiteral(".part"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void tst_TusServer::discovery()
{
    const HttpReply reply = exchange(m_server->port(), tusHead("OPTIONS", "/files"));
    QCOMPARE(reply.status, 204);
    QCOMPARE(reply.header("Tus-Resumable"), QByteArray("1.0.0"));
    QCOMPARE(reply.header("Tus-Version"), QByteArray("1.0.0"));
    QCOMPARE(reply.header("Tus-Extension"),
        QByteArray("creation,creation-with-upload,creation-defer-length,expiration,"
                   "checksum,termination,concatenation"));
    QCOMPARE(reply.header("Tus-Max-Size"), QByteArray::number(defaultOptions().limits.maxUploadBytes));
    QCOMPARE(reply.header("Tus-Checksum-Algorithm"), QByteArray("md5,sha1,sha256"));
    for (const QByteArray &name : reply.headers.keys())
        QVERIFY2(!name.startsWith("access-control"), "no CORS headers");
    QCOMPARE(exchange(m_server->port(), tusHead("OPTIONS", "/files", {}, false)).status, 401);
}

void tst_TusServer::createUploadAndFinish()
{
    const HttpReply created = exchange(m_server->port(),
        tusHead("POST", "/files",
            { "Upload-Length: 10",
                metadata({ { "filename", "sales.csv" }, { "kind", "dataset" }, { "name", "Sales" } }) }));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.header("Tus-Resumable"), QByteArray("1.0.0"));
    QVERIFY(created.header("Location").startsWith("/files/"));
    QVERIFY(!created.header("Upload-Expires").isEmpty());
    const QString id = QString::fromLatin1(created.header("Location").mid(7));
    QVERIFY(isWellFormedId(id));

    HttpReply status = head(id);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.header("Upload-Offset"), QByteArray("0"));
    QCOMPARE(status.header("Upload-Length"), QByteArray("10"));
    QCOMPARE(status.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(status.header("Tus-Resumable"), QByteArray("1.0.0"));
    QVERIFY(!status.header("Upload-Expires").isEmpty());
    QVERIFY(status.header("Upload-Metadata").contains("filename " + QByteArray("sales.csv").toBase64()));

    HttpReply first = patch(id, 0, "abcd");
    QCOMPARE(first.status, 204);
    QCOMPARE(first.header("Upload-Offset"), QByteArray("4"));
    QCOMPARE(first.header("Tus-Resumable"), QByteArray("1.0.0"));
    QCOMPARE(head(id).header("Upload-Offset"), QByteArray("4"));
    HttpReply last = patch(id, 4, "efghij");
    QCOMPARE(last.status, 204);
    QCOMPARE(last.header("Upload-Offset"), QByteArray("10"));
    QCOMPARE(fileOf(id), QByteArray("abcdefghij"));

    QTRY_COMPARE(m_server->completed().size(), 1);
    const UploadInfo done = m_server->completed().first();
    QCOMPARE(done.id, id);
    QCOMPARE(done.filename, QStringLiteral("sales.csv"));
    QCOMPARE(done.state, UploadState::Complete);

    QStringList types;
    for (const Event &event : m_server->events()) {
        QCOMPARE(event.topic, QStringLiteral("uploads"));
        QCOMPARE(event.data.value(QStringLiteral("id")).toString(), id);
        types << event.type;
    }
    QCOMPARE(types.first(), QStringLiteral("upload.created"));
    QCOMPARE(types.last(), QStringLiteral("upload.completed"));
    QVERIFY(types.contains(QStringLiteral("upload.progress")));
    const QJsonObject completed = m_server->events().last().data;
    QCOMPARE(completed.value(QStringLiteral("offset")).toInteger(), 10);
    QCOMPARE(completed.value(QStringLiteral("length")).toInteger(), 10);
    QCOMPARE(completed.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
    QCOMPARE(completed.value(QStringLiteral("kind")).toString(), QStringLiteral("dataset"));
    QCOMPARE(completed.value(QStringLiteral("sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash("abcdefghij", QCryptographicHash::Sha256).toHex()));

    QCOMPARE(patch(id, 10, "k").status, 403);
}

void tst_TusServer::patchStatusCodes_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("target"); // whether the PATCH goes to a real upload
    const QByteArray octet = "Content-Type: application/offset+octet-stream\r\n";
    const QByteArray auth = "Host: 127.0.0.1\r\nAuthorization: Bearer " + TusFixture::token() + "\r\n";
    QTest::newRow("no Tus-Resumable") << QByteArray(auth + octet + "Upload-Offset: 0\r\nContent-Length: 2\r\n\r\nab")
                                      << 412 << true;
    QTest::newRow("other version") << QByteArray(auth + octet
        + "Tus-Resumable: 0.2.2\r\nUpload-Offset: 0\r\nContent-Length: "
          "2\r\n\r\nab") << 412 << true;
    QTest::newRow("wrong type") << QByteArray(auth
        + "Tus-Resumable: 1.0.0\r\nContent-Type: text/plain\r\nUpload-Offset: "
          "0\r\nContent-Length: 2\r\n\r\nab")
                                << 415 << true;
    QTest::newRow("offset mismatch") << QByteArray(auth + octet
        + "Tus-Resumable: 1.0.0\r\nUpload-Offset: 3\r\nContent-Length: "
          "2\r\n\r\nab") << 409 << true;
    QTest::newRow("bad offset") << QByteArray(auth + octet
        + "Tus-Resumable: 1.0.0\r\nUpload-Offset: -1\r\nContent-Length: "
          "2\r\n\r\nab") << 400 << true;
    QTest::newRow("past the length") << QByteArray(auth + octet
        + "Tus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\nContent-Length: "
          "9\r\n\r\n123456789") << 413
                                     << true;
    QTest::newRow("unknown upload") << QByteArray(auth + octet
        + "Tus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\nContent-Length: "
          "2\r\n\r\nab") << 404 << false;
    QTest::newRow("unsupported checksum") << QByteArray(auth + octet
        + "Tus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n"
          "Upload-Checksum: crc32 AAAAAA==\r\nContent-Length: "
          "2\r\n\r\nab") << 400 << true;
}

void tst_TusServer::patchStatusCodes()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(bool, target);
    const QString id = target ? create(4) : makeRandomId();
    QVERIFY(!id.isEmpty());
    const HttpReply reply = exchange(m_server->port(), "PATCH /files/" + id.toLatin1() + " HTTP/1.1\r\n" + request);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Tus-Resumable"), QByteArray("1.0.0"));
    QVERIFY(!reply.errorCode().isEmpty());
    if (status == 412)
        QCOMPARE(reply.header("Tus-Version"), QByteArray("1.0.0"));
    if (target)
        QCOMPARE(head(id).header("Upload-Offset"), QByteArray("0"));
    QCOMPARE(exchange(m_server->port(), tusHead("HEAD", "/files/..%2F..%2Fsluice.db"), true).status, 404);
}

void tst_TusServer::creationStatusCodes_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<int>("status");
    QTest::newRow("no length") << QList<QByteArray>() << 400;
    QTest::newRow("length and deferred") << QList<QByteArray> { "Upload-Length: 3", "Upload-Defer-Length: 1" } << 400;
    QTest::newRow("negative length") << QList<QByteArray> { "Upload-Length: -3" } << 400;
    QTest::newRow("over the maximum") << QList<QByteArray> { "Upload-Length: 999999999999" } << 413;
    QTest::newRow("bad kind") << QList<QByteArray> { "Upload-Length: 3", metadata({ { "kind", "movies" } }) } << 400;
    QTest::newRow("bad sha256") << QList<QByteArray> { "Upload-Length: 3", metadata({ { "sha256", "xyz" } }) } << 400;
    QTest::newRow("bad base64") << QList<QByteArray> { "Upload-Length: 3", "Upload-Metadata: filename !!!" } << 400;
    QTest::newRow("teams") << QList<QByteArray> { "Upload-Length: 3", metadata({ { "kind", "teams" } }) } << 201;
}

void tst_TusServer::creationStatusCodes()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(int, status);
    const HttpReply reply = exchange(m_server->port(), tusHead("POST", "/files", lines));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Tus-Resumable"), QByteArray("1.0.0"));
    QByteArray noVersion = tusHead("POST", "/files", lines);
    noVersion.replace("Tus-Resumable: 1.0.0\r\n", "");
    QCOMPARE(exchange(m_server->port(), noVersion).status, 412);
}

void tst_TusServer::checksumMismatchLeavesTheOffset()
{
    const QString id = create(8);
    QCOMPARE(patch(id, 0, "abcd").status, 204);
    const QByteArray wrong
        = "Upload-Checksum: sha256 " + QCryptographicHash::hash("nope", QCryptographicHash::Sha256).toBase64();
    const HttpReply mismatch = patch(id, 4, "efgh", { wrong });
    QCOMPARE(mismatch.status, 460);
    QCOMPARE(mismatch.header("Tus-Resumable"), QByteArray("1.0.0"));
    QCOMPARE(head(id).header("Upload-Offset"), QByteArray("4"));
    const QByteArray right
        = "Upload-Checksum: sha256 " + QCryptographicHash::hash("efgh", QCryptographicHash::Sha256).toBase64();
    const HttpReply applied = patch(id, 4, "efgh", { right });
    QCOMPARE(applied.status, 204);
    QCOMPARE(applied.header("Upload-Offset"), QByteArray("8"));
    QCOMPARE(fileOf(id), QByteArray("abcdefgh"));
}

void tst_TusServer::checksumAlgorithms_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QCryptographicHash::Algorithm>("algorithm");
    QTest::newRow("md5") << QByteArray("md5") << QCryptographicHash::Md5;
    QTest::newRow("sha1") << QByteArray("sha1") << QCryptographicHash::Sha1;
    QTest::newRow("sha256") << QByteArray("sha256") << QCryptographicHash::Sha256;
}

void tst_TusServer::checksumAlgorithms()
{
    QFETCH(QByteArray, name);
    QFETCH(QCryptographicHash::Algorithm, algorithm);
    const QString id = create(3);
    const QByteArray header = "Upload-Checksum: " + name + ' ' + QCryptographicHash::hash("xyz", algorithm).toBase64();
    QCOMPARE(patch(id, 0, "xyz", { header }).status, 204);
}

void tst_TusServer::creationWithUpload()
{
    const HttpReply reply = exchange(m_server->port(),
        tusHead("POST", "/files",
            { "Upload-Length: 6", "Content-Type: application/offset+octet-stream", "Content-Length: 4" })
            + "abcd");
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.header("Upload-Offset"), QByteArray("4"));
    const QString id = QString::fromLatin1(reply.header("Location").mid(7));
    QCOMPARE(patch(id, 4, "ef").status, 204);
    QCOMPARE(fileOf(id), QByteArray("abcdef"));
    QTRY_COMPARE(m_server->completed().size(), 1);
}

void tst_TusServer::deferredLength()
{
    const QString id = create(-1, { "Upload-Defer-Length: 1" });
    QVERIFY(!id.isEmpty());
    HttpReply status = head(id);
    QCOMPARE(status.header("Upload-Defer-Length"), QByteArray("1"));
    QVERIFY(status.header("Upload-Length").isEmpty());
    QCOMPARE(patch(id, 0, "abc").status, 204);
    const HttpReply last = patch(id, 3, "de", { "Upload-Length: 5" });
    QCOMPARE(last.status, 204);
    QCOMPARE(head(id).header("Upload-Length"), QByteArray("5"));
    QTRY_COMPARE(m_server->completed().size(), 1);
}

void tst_TusServer::termination()
{
    const QString id = create(4);
    QCOMPARE(patch(id, 0, "ab").status, 204);
    const HttpReply deleted = exchange(m_server->port(), tusHead("DELETE", "/files/" + id.toLatin1()));
    QCOMPARE(deleted.status, 204);
    QCOMPARE(deleted.header("Tus-Resumable"), QByteArray("1.0.0"));
    QCOMPARE(head(id).status, 404);
    QCOMPARE(patch(id, 2, "cd").status, 404);
    QCOMPARE(fileOf(id), QByteArray("<missing>"));
    QCOMPARE(exchange(m_server->port(), tusHead("DELETE", "/files/" + id.toLatin1())).status, 404);
}

void tst_TusServer::deduplication()
{
    const QByteArray bytes = "id,name\n1,a\n";
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    const QList<QByteArray> lines { "Upload-Length: " + QByteArray::number(bytes.size()),
        metadata({ { "sha256", sha } }) };
    const QString first = create(-1, lines);
    QCOMPARE(patch(first, 0, bytes).status, 204);
    QTRY_COMPARE(m_server->completed().size(), 1);

    const HttpReply again = exchange(m_server->port(), tusHead("POST", "/files", lines));
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Location"), "/files/" + first.toLatin1());
    QCOMPARE(again.header("Upload-Offset"), QByteArray::number(bytes.size()));
    QCOMPARE(head(first).header("Upload-Offset"), head(first).header("Upload-Length"));
    QCOMPARE(m_server->completed().size(), 1); // nothing is imported twice
    // Another kind is another upload.
    const HttpReply teams = exchange(m_server->port(),
        tusHead("POST", "/files", { lines.first(), metadata({ { "sha256", sha }, { "kind", "teams" } }) }));
    QVERIFY(teams.header("Location") != "/files/" + first.toLatin1());
}

void tst_TusServer::wrongSha256FailsTheUpload()
{
    const QString id = create(-1, { "Upload-Length: 3", metadata({ { "sha256", QByteArray(64, 'a') } }) });
    const HttpReply reply = patch(id, 0, "abc");
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("SHA-256")));
    QTRY_VERIFY(!m_server->events().isEmpty() && m_server->events().last().type == QStringLiteral("upload.failed"));
    QVERIFY(m_server->completed().isEmpty());
    QCOMPARE(patch(id, 3, "d").status, 403);
}

void tst_TusServer::parallelPartialsAndConcatenation()
{
    const QByteArray a(300 * 1024, 'a');
    const QByteArray b(200 * 1024, 'b');
    const QString first = create(a.size(), { "Upload-Concat: partial" });
    const QString second = create(b.size(), { "Upload-Concat: partial" });
    QCOMPARE(head(first).header("Upload-Concat"), QByteArray("partial"));
    // Both bodies in flight at once, on two connections, written alternately.
    RawClient one;
    RawClient two;
    QVERIFY(one.connectTo(m_server->port()));
    QVERIFY(two.connectTo(m_server->port()));
    const auto headOf = [](const QString &id, qint64 size) {
        return tusHead("PATCH", "/files/" + id.toLatin1(),
            { "Content-Type: application/offset+octet-stream", "Upload-Offset: 0",
                "Content-Length: " + QByteArray::number(size) });
    };
    one.send(headOf(first, a.size()));
    two.send(headOf(second, b.size()));
    for (qsizetype at = 0; at < a.size(); at += 50 * 1024) {
        one.send(a.mid(at, 50 * 1024));
        if (at < b.size())
            two.send(b.mid(at, 50 * 1024));
    }
    QCOMPARE(two.read().status, 204);
    QCOMPARE(one.read().status, 204);
    QVERIFY(m_server->completed().isEmpty()); // parts are never imported by themselves

    const QByteArray sha = QCryptographicHash::hash(a + b, QCryptographicHash::Sha256).toHex();
    const HttpReply final = exchange(m_server->port(),
        tusHead("POST", "/files",
            { "Upload-Concat: final;/files/" + first.toLatin1() + " http://127.0.0.1/files/" + second.toLatin1(),
                metadata({ { "filename", "whole.csv" }, { "sha256", sha } }) }));
    QCOMPARE(final.status, 201);
    const QString whole = QString::fromLatin1(final.header("Location").mid(7));
    const HttpReply status = head(whole);
    QCOMPARE(status.header("Upload-Offset"), QByteArray::number(a.size() + b.size()));
    QCOMPARE(status.header("Upload-Length"), QByteArray::number(a.size() + b.size()));
    QCOMPARE(fileOf(whole), a + b);
    QTRY_COMPARE(m_server->completed().size(), 1);
    QCOMPARE(m_server->completed().first().id, whole);
    QCOMPARE(head(first).status, 404);

    // A final upload of unfinished parts is refused.
    const QString unfinished = create(10, { "Upload-Concat: partial" });
    QCOMPARE(exchange(m_server->port(),
                 tusHead("POST", "/files", { "Upload-Concat: final;/files/" + unfinished.toLatin1() }))
                 .status,
        400);
}

void tst_TusServer::resumeAfterServerRestart()
{
    const QString id = create(10);
    QCOMPARE(patch(id, 0, "01234").status, 204);
    startServer(); // a new server on the same data directory, as after a restart
    const HttpReply status = head(id);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.header("Upload-Offset"), QByteArray("5"));
    QCOMPARE(patch(id, 5, "56789").status, 204);
    QCOMPARE(fileOf(id), QByteArray("0123456789"));
    QTRY_COMPARE(m_server->completed().size(), 1);
}

void tst_TusServer::interruptedPatchKeepsItsBytes()
{
    const QString id = create(100);
    {
        RawClient client;
        QVERIFY(client.connectTo(m_server->port()));
        client.send(tusHead("PATCH", "/files/" + id.toLatin1(),
                        { "Content-Type: application/offset+octet-stream", "Upload-Offset: 0", "Content-Length: 100" })
            + QByteArray(40, 'x'));
    } // the client goes away after 40 of 100 bytes
    QTRY_COMPARE(head(id).header("Upload-Offset"), QByteArray("40"));
    QCOMPARE(patch(id, 40, QByteArray(60, 'y')).status, 204);
    QCOMPARE(fileOf(id), QByteArray(40, 'x') + QByteArray(60, 'y'));
}

void tst_TusServer::largePatchIsStreamedExactly()
{
    // 48 MiB in one PATCH: QtHttpServer would hold it twice in memory; the gate streams it to
    // the file (memory is measured in bench, not asserted here). The bytes must be exact.
    const qint64 size = 48LL * 1024 * 1024;
    const QString id = create(size);
    RawClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(tusHead("PATCH", "/files/" + id.toLatin1(),
        { "Content-Type: application/offset+octet-stream", "Upload-Offset: 0",
            "Content-Length: " + QByteArray::number(size) }));
    QCryptographicHash expected(QCryptographicHash::Sha256);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 sent = 0; sent < size; sent += block.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        expected.addData(block);
        client.send(block);
    }
    const HttpReply reply = client.read();
    QCOMPARE(reply.status, 204);
    QCOMPARE(reply.header("Upload-Offset"), QByteArray::number(size));
    QFile file(m_server->storeConfig().directory + QStringLiteral("/") + id + QStringLiteral(".part"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), size);
    QCryptographicHash actual(QCryptographicHash::Sha256);
    QVERIFY(actual.addData(&file));
    QCOMPARE(actual.result().toHex(), expected.result().toHex());
}

void tst_TusServer::tooManyUploadsInFlight()
{
    TusFixture::Options options = defaultOptions();
    options.limits.maxConcurrentUploads = 1;
    startServer(options);
    const QString busy = create(10);
    const QString waiting = create(10);
    RawClient holder;
    QVERIFY(holder.connectTo(m_server->port()));
    holder.send(tusHead("PATCH", "/files/" + busy.toLatin1(),
                    { "Content-Type: application/offset+octet-stream", "Upload-Offset: 0", "Content-Length: 10" })
        + "abc");
    // The first PATCH is mid-body; its lease is taken as soon as its head is accepted.
    QTRY_COMPARE(patch(waiting, 0, "0123456789").status, 429);
    QCOMPARE(patch(busy, 0, "0123456789").status, 409); // the same upload: another request writes it
    holder.send("defghij");
    QCOMPARE(holder.read().status, 204);
    QCOMPARE(patch(waiting, 0, "0123456789").status, 204);
}

void tst_TusServer::diskFull()
{
    TusFixture::Options options = defaultOptions();
    options.diskReserveBytes = std::numeric_limits<qint64>::max() / 4;
    startServer(options);
    const HttpReply reply = exchange(m_server->port(), tusHead("POST", "/files", { "Upload-Length: 10" }));
    QCOMPARE(reply.status, 507);
    QCOMPARE(reply.header("Tus-Resumable"), QByteArray("1.0.0"));
    const QString deferred = create(-1, { "Upload-Defer-Length: 1" });
    QCOMPARE(patch(deferred, 0, "abc").status, 507);
}

void tst_TusServer::metadataParsing_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("filename");
    QTest::newRow("empty") << QByteArray() << true << QString();
    QTest::newRow("one pair") << QByteArray("filename " + QByteArray("a b.csv").toBase64()) << true
                              << QStringLiteral("a b.csv");
    QTest::newRow("key without value") << QByteArray("is_confidential,filename " + QByteArray("x").toBase64()) << true
                                       << QStringLiteral("x");
    QTest::newRow("duplicate key") << QByteArray("filename eA==,filename eQ==") << false << QString();
    QTest::newRow("not base64") << QByteArray("filename ###") << false << QString();
}

void tst_TusServer::metadataParsing()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QFETCH(QString, filename);
    auto parsed = TusHeaders::parseMetadata(header);
    QCOMPARE(bool(parsed), valid);
    if (valid)
        QCOMPARE(QString::fromUtf8(parsed->value(QStringLiteral("filename"))), filename);
}

QTEST_GUILESS_MAIN(tst_TusServer)
#include "tst_tusserver.moc"
