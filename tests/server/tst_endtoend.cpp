// The whole server path a desktop client or a script takes: a tus upload becomes an import
// task and a dataset; an export task is started, watched over WebSocket and downloaded.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include "datagen/salesgenerator.h"
#include "datagen/teamsgenerator.h"
#include "support/testserver.h"

using namespace sluice;
using namespace sluice::test;

class tst_EndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void uploadImportsAndExportDownloads();
    void teamsUploadImportsAndTellsTheTeamsTopic();
    void taskRoutesValidate_data();
    void taskRoutesValidate();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QHash<QByteArray, QByteArray> headers;
    };
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    QJsonObject waitForTask(const QString &id);
    /// Opens the event stream subscribed to `topics`; every message lands in `received`.
    void openEvents(QWebSocket &events, const char *topics, QList<QJsonObject> &received);
    /// Uploads `file` with tus (create, then one PATCH) as `kind`; returns the upload's path.
    QString upload(const QByteArray &file, const QByteArray &name, const QByteArray &kind);

    TestServer m_server;
    QNetworkAccessManager m_network;
};

void tst_EndToEnd::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error().message));
}

tst_EndToEnd::Reply tst_EndToEnd::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                       const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_server.url().resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + m_server.token());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!finished.wait(30000))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

QJsonObject tst_EndToEnd::waitForTask(const QString &id)
{
    QJsonObject task;
    (void)QTest::qWaitFor(
        [&] {
            task = send("GET", QStringLiteral("/api/v1/tasks/") + id).json;
            const QString state = task.value(QStringLiteral("state")).toString();
            return state == u"succeeded" || state == u"failed" || state == u"canceled";
        },
        60000);
    return task;
}

void tst_EndToEnd::openEvents(QWebSocket &events, const char *topics, QList<QJsonObject> &received)
{
    connect(&events, &QWebSocket::textMessageReceived, this,
            [&received](const QString &text) { received << QJsonDocument::fromJson(text.toUtf8()).object(); });
    QUrl eventsUrl = m_server.url();
    eventsUrl.setScheme(QStringLiteral("ws"));
    eventsUrl.setPath(QStringLiteral("/api/v1/events"));
    QNetworkRequest eventsRequest(eventsUrl);
    eventsRequest.setRawHeader("Authorization", "Bearer " + m_server.token());
    events.open(eventsRequest);
    QTRY_COMPARE(events.state(), QAbstractSocket::ConnectedState);
    events.sendTextMessage(QString::fromLatin1(topics));
}

QString tst_EndToEnd::upload(const QByteArray &file, const QByteArray &name, const QByteArray &kind)
{
    const QByteArray metadata = "filename " + name.toBase64() + ",kind " + kind.toBase64();
    const Reply created = send("POST", QStringLiteral("/files"), {},
                               { { "Tus-Resumable", "1.0.0" }, { "Upload-Length", QByteArray::number(file.size()) },
                                 { "Upload-Metadata", metadata } });
    const QString path = QUrl(QString::fromLatin1(created.headers.value("location"))).path();
    if (created.status != 201 || !path.startsWith(QStringLiteral("/files/"))) {
        qWarning() << "creation answered" << created.status << created.body;
        return {};
    }
    const Reply patched = send("PATCH", path, file,
                               { { "Tus-Resumable", "1.0.0" }, { "Upload-Offset", "0" },
                                 { "Content-Type", "application/offset+octet-stream" } });
    if (patched.status != 204 || patched.headers.value("upload-offset") != QByteArray::number(file.size())) {
        qWarning() << "PATCH answered" << patched.status << patched.body;
        return {};
    }
    return path;
}

void tst_EndToEnd::uploadImportsAndExportDownloads()
{
    QWebSocket events;
    QList<QJsonObject> received;
    openEvents(events, R"({"subscribe": ["uploads", "tasks", "datasets"]})", received);
    QVERIFY(!QTest::currentTestFailed());

    // Upload a generated sales file with tus: create, then one PATCH.
    const QByteArray file = SalesGenerator(11).generate(5000);
    QVERIFY(!upload(file, "sales.csv", "dataset").isEmpty());

    // The completed upload starts an import task, which makes the dataset.
    QString datasetId;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QJsonArray datasets = send("GET", QStringLiteral("/api/v1/datasets")).json.value(QStringLiteral("datasets")).toArray();
            if (datasets.isEmpty() || datasets.first().toObject().value(QStringLiteral("state")).toString() != u"ready")
                return false;
            datasetId = datasets.first().toObject().value(QStringLiteral("id")).toString();
            return true;
        }(),
        60000);
    const Reply detail = send("GET", QStringLiteral("/api/v1/datasets/") + datasetId);
    QCOMPARE(detail.json.value(QStringLiteral("name")).toString(), QStringLiteral("sales"));
    QCOMPARE(detail.json.value(QStringLiteral("rows")).toInt(), 5000);
    QTRY_VERIFY(send("GET", QStringLiteral("/api/v1/uploads")).json.value(QStringLiteral("uploads")).toArray().first()
                    .toObject().value(QStringLiteral("datasetId")).toString() == datasetId);

    // An export of a date range, watched and downloaded (whole, then resumed with Range).
    const QJsonObject exportBody {
        { QStringLiteral("type"), QStringLiteral("export") },
        { QStringLiteral("parameters"),
          QJsonObject { { QStringLiteral("datasetId"), datasetId },
                        { QStringLiteral("columns"), QJsonArray { QStringLiteral("id"), QStringLiteral("date") } },
                        { QStringLiteral("filters"),
                          QJsonArray { QJsonObject { { QStringLiteral("column"), QStringLiteral("date") },
                                                     { QStringLiteral("from"), QStringLiteral("2016-03-01") },
                                                     { QStringLiteral("to"), QStringLiteral("2016-09-30") } } } } } },
    };
    const Reply started = send("POST", QStringLiteral("/api/v1/tasks"), QJsonDocument(exportBody).toJson(),
                               { { "Content-Type", "application/json" } });
    QCOMPARE(started.status, 201);
    const QJsonObject finished = waitForTask(started.json.value(QStringLiteral("id")).toString());
    QCOMPARE(finished.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    const QString resultPath = QStringLiteral("/api/v1/tasks/%1/result").arg(finished.value(QStringLiteral("id")).toString());
    const Reply whole = send("GET", resultPath);
    QCOMPARE(whole.status, 200);
    QVERIFY(whole.body.startsWith("id,date\r\n"));
    const QList<QByteArray> lines = whole.body.trimmed().split('\n');
    QVERIFY(lines.size() > 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray date = lines.at(i).split(',').value(1).trimmed();
        QVERIFY2(date >= "2016-03-01" && date <= "2016-09-30", date.constData());
    }
    const Reply tail = send("GET", resultPath, {}, { { "Range", "bytes=10-" } });
    QCOMPARE(tail.status, 206);
    QCOMPARE(tail.body, whole.body.mid(10));

    // The events told the story as it happened.
    QStringList types;
    for (const QJsonObject &event : std::as_const(received))
        types << event.value(QStringLiteral("type")).toString();
    for (const char *expected : { "upload.created", "upload.completed", "task.state", "dataset.ready" })
        QVERIFY2(types.contains(QLatin1StringView(expected)), expected);
}

void tst_EndToEnd::teamsUploadImportsAndTellsTheTeamsTopic()
{
    QWebSocket events;
    QList<QJsonObject> received;
    openEvents(events, R"({"subscribe": ["teams"]})", received);
    QVERIFY(!QTest::currentTestFailed());
    TeamsGenerator generator(3);
    generator.setBadRows(2);
    const QString path = upload(generator.generate(20), "teams.csv", "teams");
    QVERIFY(!path.isEmpty());

    // The import's news carries its counts and the id its rejected rows are kept under.
    auto imported = [&] {
        for (const QJsonObject &event : std::as_const(received)) {
            if (event.value(QStringLiteral("type")).toString() == u"teams.imported")
                return event.value(QStringLiteral("data")).toObject();
        }
        return QJsonObject();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!imported().isEmpty(), 60000);
    const QJsonObject news = imported();
    QCOMPARE(news.value(QStringLiteral("rejected")).toInteger(), 2);
    QVERIFY(!news.value(QStringLiteral("taskId")).toString().isEmpty());
    const QString importId = path.section(u'/', -1);  // an uploaded file is imported under its upload's id
    const Reply errors = send("GET", QStringLiteral("/api/v1/teams/imports/%1/errors").arg(importId));
    QCOMPARE(errors.status, 200);
    QCOMPARE(errors.json.value(QStringLiteral("total")).toInteger(), 2);
}

void tst_EndToEnd::taskRoutesValidate_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown state filter") << QByteArray("GET") << QStringLiteral("/api/v1/tasks?state=sleeping") << QByteArray() << 400;
    QTest::newRow("unknown parameter") << QByteArray("GET") << QStringLiteral("/api/v1/tasks?colour=red") << QByteArray() << 400;
    QTest::newRow("malformed id") << QByteArray("GET") << QStringLiteral("/api/v1/tasks/not-an-id") << QByteArray() << 400;
    QTest::newRow("unknown id") << QByteArray("GET") << QStringLiteral("/api/v1/tasks/AAAAAAAAAAAAAAAA") << QByteArray() << 404;
    QTest::newRow("cancel unknown") << QByteArray("POST") << QStringLiteral("/api/v1/tasks/AAAAAAAAAAAAAAAA/cancel") << QByteArray() << 404;
    QTest::newRow("result unknown") << QByteArray("GET") << QStringLiteral("/api/v1/tasks/AAAAAAAAAAAAAAAA/result") << QByteArray() << 404;
    QTest::newRow("malformed JSON") << QByteArray("POST") << QStringLiteral("/api/v1/tasks") << QByteArray("{nope") << 400;
    QTest::newRow("imports are not started here")
        << QByteArray("POST") << QStringLiteral("/api/v1/tasks")
        << QByteArray(R"({"type":"import","parameters":{"sourcePath":"/etc/passwd"}})") << 400;
    QTest::newRow("export of an unknown dataset")
        << QByteArray("POST") << QStringLiteral("/api/v1/tasks")
        << QByteArray(R"({"type":"export","parameters":{"datasetId":"AAAAAAAAAAAAAAAA"}})") << 404;
}

void tst_EndToEnd::taskRoutesValidate()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Reply reply = send(method, path, body, { { "Content-Type", "application/json" } });
    QCOMPARE(reply.status, status);
    QVERIFY2(!reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty(),
             reply.body.constData());
}

QTEST_GUILESS_MAIN(tst_EndToEnd)
#include "tst_endtoend.moc"
