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
#include <QThreadPool>
#include <QtConcurrent>

#include "core/config/accesstoken.h"
#include "core/events/eventbus.h"
#include "server/apierror.h"
#include "server/metrics/metrics.h"
#include "server/metrics/metricsroutes.h"
#include "server/requestauthorizer.h"
#include "server/servercontext.h"

using namespace sluice;

namespace {

const QByteArray kToken(64, 'a');

// QHttpServer + /metrics + two stand-in API routes, on 127.0.0.1 and a free port, in the test thread.
struct Fixture
{
    Fixture()
        : context { http, authorizer, &http, pool, DatabaseConfig {}, QString() }
    {
        http.route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, [] {
            return jsonResponse({ { QStringLiteral("status"), QStringLiteral("ok") } });
        });
        http.route(QStringLiteral("/api/v1/datasets/<arg>"), QHttpServerRequest::Method::Get, [](const QString &) {
            return errorResponse(Error { ErrorCode::NotFound, QStringLiteral("no such dataset") });
        });
        MetricsRoutes::add(context, metrics);
        metrics.listenTo(bus);
        port = http.listen(QHostAddress::LocalHost, 0);
    }

    RequestAuthorizer authorizer { AccessToken(kToken), true };
    QThreadPool pool;
    QHttpServer http;
    EventBus bus;
    Metrics metrics;
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
    void routeOf_data();
    void routeOf();
    void gaugesAndCounters();
    void eventsMoveTaskAndRowGauges();
    void countingFromManyThreads();

private:
    Reply get(const QString &path, const QByteArray &authorization = "Bearer " + kToken);

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

Reply tst_Metrics::get(const QString &path, const QByteArray &authorization)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port).arg(path)));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
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
                metrics.countRequest(QHttpServerRequest::Method::Post, u"/api/v1/tasks", 201);
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
