#include <memory>

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QWebSocket>
#include <QtConcurrent>

#include "core/config/accesstoken.h"
#include "core/events/eventbus.h"
#include "server/apierror.h"
#include "server/deferredreply.h"
#include "server/download/filepump.h"
#include "server/gate/connectiongate.h"
#include "server/metrics/metrics.h"
#include "server/metrics/metricsroutes.h"
#include "server/requestauthorizer.h"
#include "server/servercontext.h"
#include "support/testserver.h"

using namespace sluice;

namespace {

const QByteArray kToken(64, 'a');

// QHttpServer behind a ConnectionGate, as ApiServer wires them, with /metrics and stand-ins for
// the three ways a route answers: a returned response (health), a deferred reply from the pool
// (a dataset that is not there) and a responder written by the download pump (a task result).
// On 127.0.0.1 and a free port, in the test thread.
struct Fixture
{
    Fixture()
        : context { http, authorizer, &http, pool, DatabaseConfig {}, QString() }
    {
        QFile result(download.filePath(QStringLiteral("result.csv")));
        if (result.open(QIODevice::WriteOnly))
            result.write(QByteArray(100000, 'x'));
        http.route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, [] {
            return jsonResponse({ { QStringLiteral("status"), QStringLiteral("ok") } });
        });
        http.route(QStringLiteral("/api/v1/datasets/<arg>"), QHttpServerRequest::Method::Get,
            [this](const QString &, const QHttpServerRequest &, QHttpServerResponder &&responder) {
                replyLater(std::move(responder), &http, pool,
                    [] { return ApiReply::error(Error { ErrorCode::NotFound, QStringLiteral("no such dataset") }); });
            });
        http.route(QStringLiteral("/api/v1/tasks/<arg>/result"), QHttpServerRequest::Method::Get,
            [this](const QString &, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                DownloadFile file;
                file.path = download.filePath(QStringLiteral("result.csv"));
                file.downloadName = QStringLiteral("result.csv");
                FilePump::serve(request, std::move(responder), file);
            });
        MetricsRoutes::add(context, metrics);
        metrics.listenTo(bus);
        auto *gate = new ConnectionGate(http, authorizer, GateConfig {}, nullptr);
        gate->setMetrics(&metrics);
        if (gate->listen(QHostAddress::LocalHost, 0)) {
            port = gate->serverPort();
            http.bind(gate);
        } else {
            delete gate;
        }
    }

    QTemporaryDir download;
    RequestAuthorizer authorizer { AccessToken(kToken), true };
    QThreadPool pool;
    EventBus bus;
    Metrics metrics; // before the server, which holds the gate that counts into it
    QHttpServer http;
    ServerContext context;
    quint16 port = 0;
};

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

// The value of one sample line ("name{labels} value"), or -1 when it is absent.
double sample(const QByteArray &text, const QByteArray &series)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(series + ' '))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

class tst_Metrics : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void needsTheToken();
    void textFormat();
    void requestCountersMove();
    void everyWayOfAnsweringIsCounted();
    void theApiServerCountsUploadsAndUpgrades();
    void routeOf_data();
    void routeOf();
    void gaugesAndCounters();
    void eventsMoveTaskAndRowGauges();
    void countingFromManyThreads();

private:
    Reply get(const QString &path, const QByteArray &authorization = "Bearer " + kToken,
        const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    std::unique_ptr<Fixture> m_server;
    QNetworkAccessManager m_network;
};

void tst_Metrics::init()
{
    m_server = std::make_unique<Fixture>();
    QVERIFY(m_server->port != 0);
}

void tst_Metrics::cleanup()
{
    m_server.reset();
}

Reply tst_Metrics::get(
    const QString &path, const QByteArray &authorization, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port).arg(path)));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Reply result;
    if (!finished.wait(10000))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->rawHeader("Content-Type");
    result.body = reply->readAll();
    return result;
}

void tst_Metrics::needsTheToken()
{
    QCOMPARE(get(QStringLiteral("/metrics"), {}).status, 401);
    QCOMPARE(get(QStringLiteral("/metrics"), "Bearer " + QByteArray(64, '0')).status, 401);
    const Reply reply = get(QStringLiteral("/metrics"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("text/plain; version=0.0.4"));
    QVERIFY(!reply.body.contains(kToken));
}

void tst_Metrics::textFormat()
{
    m_server->metrics.setTaskState(QStringLiteral("t1"), QStringLiteral("running"));
    QCOMPARE(get(QStringLiteral("/api/v1/health"), {}).status, 200);
    const Reply reply = get(QStringLiteral("/metrics"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.endsWith('\n'));
    const QRegularExpression sampleLine(QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"([^"
                                                       "\"\\\\\\n]|\\\\.)*\",?)*\\})? -?[0-9]+(\\.[0-9]+)?$"));
    const QRegularExpression helpLine(QStringLiteral("^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$"));
    QSet<QString> helped;
    QSet<QString> typed;
    int samples = 0;
    for (const QByteArray &raw : reply.body.trimmed().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(u'#')) {
            const auto match = helpLine.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            if (match.captured(1) == u"HELP")
                helped.insert(match.captured(2));
            else {
                QVERIFY(
                    QStringList({ QStringLiteral("counter"), QStringLiteral("gauge") }).contains(match.captured(3)));
                typed.insert(match.captured(2));
            }
            continue;
        }
        const auto match = sampleLine.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        // HELP and TYPE come before a family's samples.
        QVERIFY2(helped.contains(match.captured(1)) && typed.contains(match.captured(1)), qPrintable(line));
        ++samples;
    }
    for (const char *family : { "sluice_http_requests_total", "sluice_upload_bytes_total", "sluice_uploads_active",
             "sluice_websocket_clients", "sluice_tasks", "sluice_rows_imported_total" })
        QVERIFY2(typed.contains(QString::fromLatin1(family)), family);
    QVERIFY(samples >= 10);
    QCOMPARE(sample(reply.body, "sluice_tasks{state=\"running\"}"), 1.0);
}

void tst_Metrics::requestCountersMove()
{
    const QByteArray health = "sluice_http_requests_total{method=\"GET\",route=\"/api/v1/health\",status=\"200\"}";
    const QByteArray dataset
        = "sluice_http_requests_total{method=\"GET\",route=\"/api/v1/datasets/{id}\",status=\"404\"}";
    QCOMPARE(sample(get(QStringLiteral("/metrics")).body, health), -1.0);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(QStringLiteral("/api/v1/health"), {}).status, 200);
    QCOMPARE(get(QStringLiteral("/api/v1/datasets/AAAAAAAAAAAAAAAA")).status, 404);
    QCOMPARE(get(QStringLiteral("/api/v1/datasets/BBBBBBBBBBBBBBBB")).status, 404);
    const QByteArray text = get(QStringLiteral("/metrics")).body;
    QCOMPARE(sample(text, health), 3.0);
    QCOMPARE(sample(text, dataset), 2.0); // ids are folded into one route label
    QVERIFY(!text.contains("AAAAAAAAAAAAAAAA"));
    // The metrics requests themselves are counted too: two before this one answered.
    QCOMPARE(sample(text, "sluice_http_requests_total{method=\"GET\",route=\"/metrics\",status=\"200\"}"), 1.0);
    QCOMPARE(sample(get(QStringLiteral("/metrics")).body,
                 "sluice_http_requests_total{method=\"GET\",route=\"/metrics\",status=\"200\"}"),
        2.0);
}

void tst_Metrics::everyWayOfAnsweringIsCounted()
{
    // QtHttpServer 6.4's afterRequest() would have seen only the health checks.
    const auto series = [](const char *method, const char *route, int status) {
        return QByteArray("sluice_http_requests_total{method=\"") + method + "\",route=\"" + route + "\",status=\""
            + QByteArray::number(status) + "\"}";
    };
    QCOMPARE(get(QStringLiteral("/api/v1/health"), {}).status, 200);
    QCOMPARE(get(QStringLiteral("/api/v1/datasets/AAAAAAAAAAAAAAAA")).status, 404); // deferred
    const Reply whole = get(QStringLiteral("/api/v1/tasks/t1/result")); // the pump, through a responder
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.body.size(), 100000);
    QCOMPARE(get(QStringLiteral("/api/v1/tasks/t1/result"), "Bearer " + kToken, { { "Range", "bytes=10-19" } }).status,
        206);
    QCOMPARE(get(QStringLiteral("/api/v1/tasks/t1/result"), "Bearer " + kToken, { { "Range", "bytes=200000-" } }).status,
        416);
    QCOMPARE(get(QStringLiteral("/no/such/thing")).status, 404); // QtHttpServer's own missing handler
    // The gate's own answers: a body over the cap is refused before it is read.
    QNetworkRequest tooLarge(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/tasks").arg(m_server->port)));
    std::unique_ptr<QNetworkReply> refused(m_network.post(tooLarge, QByteArray(2 * 1024 * 1024, 'x')));
    QSignalSpy finished(refused.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);

    const QByteArray text = get(QStringLiteral("/metrics")).body;
    QCOMPARE(sample(text, series("GET", "/api/v1/health", 200)), 1.0);
    QCOMPARE(sample(text, series("GET", "/api/v1/datasets/{id}", 404)), 1.0);
    QCOMPARE(sample(text, series("GET", "/api/v1/tasks/{id}/result", 200)), 1.0);
    QCOMPARE(sample(text, series("GET", "/api/v1/tasks/{id}/result", 206)), 1.0);
    QCOMPARE(sample(text, series("GET", "/api/v1/tasks/{id}/result", 416)), 1.0);
    QCOMPARE(sample(text, series("GET", "other", 404)), 1.0);
    QCOMPARE(sample(text, series("POST", "/api/v1/tasks", 413)), 1.0);
}

void tst_Metrics::theApiServerCountsUploadsAndUpgrades()
{
    test::TestServer server;
    QVERIFY2(server.start(), qPrintable(server.error().message));
    const QByteArray authorization = "Bearer " + server.token();
    const auto send = [&](const QByteArray &method, const QString &path, const QList<std::pair<QByteArray, QByteArray>> &headers,
                          const QByteArray &body = {}) {
        QNetworkRequest request(server.url().resolved(QUrl(path)));
        request.setRawHeader("Authorization", authorization);
        request.setRawHeader("Tus-Resumable", "1.0.0");
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(10000);
        return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QString::fromLatin1(reply->rawHeader("Location")));
    };
    const auto [created, location] = send("POST", QStringLiteral("/files"), { { "Upload-Length", "8" } });
    QCOMPARE(created, 201);
    // The PATCH body is streamed and answered by the gate, never by a QtHttpServer route.
    QCOMPARE(send("PATCH", location,
                 { { "Upload-Offset", "0" }, { "Content-Type", "application/offset+octet-stream" } }, "1234")
                 .first,
        204);
    QCOMPARE(send("PATCH", location,
                 { { "Upload-Offset", "0" }, { "Content-Type", "application/offset+octet-stream" } }, "1234")
                 .first,
        409);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/datasets"), {}).first, 200); // deferred to the pool
    QWebSocket events;
    QSignalSpy connected(&events, &QWebSocket::connected);
    QUrl eventsUrl = server.url().resolved(QUrl(QStringLiteral("/api/v1/events")));
    eventsUrl.setScheme(QStringLiteral("ws"));
    QNetworkRequest upgrade(eventsUrl);
    upgrade.setRawHeader("Authorization", authorization);
    events.open(upgrade);
    QVERIFY(connected.wait(10000));

    QNetworkRequest metricsRequest(server.url().resolved(QUrl(QStringLiteral("/metrics"))));
    metricsRequest.setRawHeader("Authorization", authorization);
    std::unique_ptr<QNetworkReply> reply(m_network.get(metricsRequest));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    const QByteArray text = reply->readAll();
    const auto count = [&](const char *labels) { return sample(text, QByteArray("sluice_http_requests_total{") + labels + '}'); };
    QCOMPARE(count(R"(method="POST",route="/files",status="201")"), 1.0);
    QCOMPARE(count(R"(method="PATCH",route="/files/{id}",status="204")"), 1.0);
    QCOMPARE(count(R"(method="PATCH",route="/files/{id}",status="409")"), 1.0);
    QCOMPARE(count(R"(method="GET",route="/api/v1/datasets",status="200")"), 1.0);
    QCOMPARE(count(R"(method="GET",route="/api/v1/events",status="101")"), 1.0);
    QCOMPARE(sample(text, "sluice_upload_bytes_total"), 4.0); // the refused PATCH's body was not taken
    QCOMPARE(sample(text, "sluice_uploads_active"), 0.0);
    QCOMPARE(sample(text, "sluice_websocket_clients"), 1.0);
}

void tst_Metrics::routeOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("route");
    QTest::newRow("health") << QStringLiteral("/api/v1/health") << QStringLiteral("/api/v1/health");
    QTest::newRow("dataset") << QStringLiteral("/api/v1/datasets/abc") << QStringLiteral("/api/v1/datasets/{id}");
    QTest::newRow("rows") << QStringLiteral("/api/v1/datasets/abc/rows")
                          << QStringLiteral("/api/v1/datasets/{id}/rows");
    QTest::newRow("team import errors") << QStringLiteral("/api/v1/teams/imports/x/errors")
                                        << QStringLiteral("/api/v1/teams/imports/{id}/errors");
    QTest::newRow("team") << QStringLiteral("/api/v1/teams/imports") << QStringLiteral("/api/v1/teams/{id}");
    QTest::newRow("tus") << QStringLiteral("/files/xyz") << QStringLiteral("/files/{id}");
    QTest::newRow("task cancel") << QStringLiteral("/api/v1/tasks/t/cancel")
                                 << QStringLiteral("/api/v1/tasks/{id}/cancel");
    QTest::newRow("metrics") << QStringLiteral("/metrics") << QStringLiteral("/metrics");
    QTest::newRow("unknown") << QStringLiteral("/wp-admin/x.php") << QStringLiteral("other");
    QTest::newRow("empty id") << QStringLiteral("/api/v1/datasets//rows") << QStringLiteral("other");
    QTest::newRow("too deep") << QStringLiteral("/api/v1/datasets/a/rows/b") << QStringLiteral("other");
}

void tst_Metrics::routeOf()
{
    QFETCH(QString, path);
    QFETCH(QString, route);
    QCOMPARE(m_server->metrics.routeOf(path), route);
}

void tst_Metrics::gaugesAndCounters()
{
    Metrics &metrics = m_server->metrics;
    metrics.addUploadBytes(1000);
    metrics.addUploadBytes(24);
    metrics.uploadStarted();
    metrics.uploadStarted();
    metrics.uploadFinished();
    metrics.setWebSocketClients(7);
    const QByteArray text = get(QStringLiteral("/metrics")).body;
    QCOMPARE(sample(text, "sluice_upload_bytes_total"), 1024.0);
    QCOMPARE(sample(text, "sluice_uploads_active"), 1.0);
    QCOMPARE(sample(text, "sluice_websocket_clients"), 7.0);
    QCOMPARE(sample(text, "sluice_rows_imported_total"), 0.0);
}

void tst_Metrics::eventsMoveTaskAndRowGauges()
{
    EventBus &bus = m_server->bus;
    const auto state = [](const char *id, const char *value) {
        return QJsonObject { { QStringLiteral("id"), QString::fromLatin1(id) },
            { QStringLiteral("state"), QString::fromLatin1(value) } };
    };
    bus.publish(QStringLiteral("tasks"), QStringLiteral("task.state"), state("a", "queued"));
    bus.publish(QStringLiteral("tasks"), QStringLiteral("task.state"), state("b", "queued"));
    bus.publish(QStringLiteral("tasks"), QStringLiteral("task.state"), state("c", "queued"));
    bus.publish(QStringLiteral("tasks"), QStringLiteral("task.state"), state("a", "running"));
    bus.publish(QStringLiteral("tasks"), QStringLiteral("task.state"), state("b", "finished"));
    bus.publish(
        QStringLiteral("tasks"), QStringLiteral("task.removed"), { { QStringLiteral("id"), QStringLiteral("c") } });
    bus.publish(QStringLiteral("datasets"), QStringLiteral("dataset.ready"), { { QStringLiteral("rows"), 1500 } });
    bus.publish(QStringLiteral("datasets"), QStringLiteral("dataset.ready"), { { QStringLiteral("rows"), 500 } });
    // The per-dataset copy of the same event is not counted twice.
    bus.publish(QStringLiteral("dataset:AAAAAAAAAAAAAAAA"), QStringLiteral("dataset.ready"),
        { { QStringLiteral("rows"), 500 } });
    const QByteArray text = get(QStringLiteral("/metrics")).body;
    QCOMPARE(sample(text, "sluice_tasks{state=\"queued\"}"), 0.0);
    QCOMPARE(sample(text, "sluice_tasks{state=\"running\"}"), 1.0);
    QCOMPARE(sample(text, "sluice_tasks{state=\"finished\"}"), 1.0);
    QCOMPARE(sample(text, "sluice_tasks{state=\"failed\"}"), 0.0);
    QCOMPARE(sample(text, "sluice_rows_imported_total"), 2000.0);
}

void tst_Metrics::countingFromManyThreads()
{
    Metrics &metrics = m_server->metrics;
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    QList<QFuture<void>> futures;
    for (int t = 0; t < 4; ++t) {
        futures.append(QtConcurrent::run(&pool, [&metrics] {
            for (int i = 0; i < 5000; ++i) {
                metrics.countRequest("POST", u"/api/v1/tasks", 201);
                metrics.addUploadBytes(2);
            }
        }));
    }
    for (QFuture<void> &future : futures)
        future.waitForFinished();
    const QByteArray text = metrics.text();
    QCOMPARE(
        sample(text, "sluice_http_requests_total{method=\"POST\",route=\"/api/v1/tasks\",status=\"201\"}"), 20000.0);
    QCOMPARE(sample(text, "sluice_upload_bytes_total"), 40000.0);
}

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
