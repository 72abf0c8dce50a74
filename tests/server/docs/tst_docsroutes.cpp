#include <functional>
#include <memory>

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>

#include "core/config/accesstoken.h"
#include "server/apierror.h"
#include "server/docs/docsroutes.h"
#include "server/docs/openapidocument.h"
#include "server/requestauthorizer.h"
#include "server/servercontext.h"

using namespace sluice;

namespace {

const QByteArray kToken(64, 'd');

// QHttpServer + the docs routes on 127.0.0.1 and a free port, in the test thread.
struct Fixture
{
    Fixture()
        : context { http, authorizer, &http, pool, DatabaseConfig {}, QString() }
    {
        DocsRoutes::add(context);
        http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            auto allowed = authorizer.authorize(request, Access::Token);
            errorResponse(allowed ? Error { ErrorCode::NotFound, QStringLiteral("nothing here") } : allowed.error())
                .write(std::move(responder));
        });
        port = http.listen(QHostAddress::LocalHost, 0);
    }

    RequestAuthorizer authorizer { AccessToken(kToken), true };
    QThreadPool pool;
    QHttpServer http;
    ServerContext context;
    quint16 port = 0;
};

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QByteArray policy;
};

} // namespace

class tst_DocsRoutes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openApiNeedsTheToken();
    void openApiHasTheShapeOfOpenApi31();
    void everyRouteOfTheDesignIsDocumented_data();
    void everyRouteOfTheDesignIsDocumented();
    void everyReferenceResolves();
    void docsPageIsOpenAndSelfContained();
    void docsPageKeepsTheHostGuard();

private:
    Reply get(const QString &path, const QByteArray &authorization = {});

    std::unique_ptr<Fixture> m_server;
    QNetworkAccessManager m_network;
    QJsonObject m_document;
};

Reply tst_DocsRoutes::get(const QString &path, const QByteArray &authorization)
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
    result.policy = reply->rawHeader("Content-Security-Policy");
    result.body = reply->readAll();
    return result;
}

void tst_DocsRoutes::initTestCase()
{
    m_server = std::make_unique<Fixture>();
    QVERIFY(m_server->port != 0);
    const Reply reply = get(QStringLiteral("/api/v1/openapi.json"), "Bearer " + kToken);
    QCOMPARE(reply.status, 200);
    QJsonParseError error;
    m_document = QJsonDocument::fromJson(reply.body, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY2(!reply.body.contains('\n'), "served compact");
    QCOMPARE(m_document, *OpenApiDocument::load());
}

void tst_DocsRoutes::openApiNeedsTheToken()
{
    QCOMPARE(get(QStringLiteral("/api/v1/openapi.json")).status, 401);
    QCOMPARE(get(QStringLiteral("/api/v1/openapi.json"), "Bearer " + QByteArray(64, '0')).status, 401);
    const Reply reply = get(QStringLiteral("/api/v1/openapi.json"), "Bearer " + kToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArray("application/json"));
}

void tst_DocsRoutes::openApiHasTheShapeOfOpenApi31()
{
    QVERIFY(m_document.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.1.")));
    const QJsonObject info = m_document.value(QStringLiteral("info")).toObject();
    QVERIFY(!info.value(QStringLiteral("title")).toString().isEmpty());
    QVERIFY(!info.value(QStringLiteral("version")).toString().isEmpty());
    const QJsonObject components = m_document.value(QStringLiteral("components")).toObject();
    const QJsonObject error
        = components.value(QStringLiteral("schemas")).toObject().value(QStringLiteral("Error")).toObject();
    const QJsonObject inner
        = error.value(QStringLiteral("properties")).toObject().value(QStringLiteral("error")).toObject();
    const QJsonObject fields = inner.value(QStringLiteral("properties")).toObject();
    QVERIFY(fields.contains(QStringLiteral("code")) && fields.contains(QStringLiteral("message")));
    QVERIFY(components.value(QStringLiteral("securitySchemes")).toObject().contains(QStringLiteral("bearerAuth")));

    const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
    QVERIFY(!paths.isEmpty());
    const QStringList methods { QStringLiteral("get"), QStringLiteral("head"), QStringLiteral("options"),
        QStringLiteral("post"), QStringLiteral("put"), QStringLiteral("patch"), QStringLiteral("delete") };
    const QRegularExpression templateParameter(QStringLiteral("\\{([^}/]+)\\}"));
    for (auto path = paths.constBegin(); path != paths.constEnd(); ++path) {
        QVERIFY2(path.key().startsWith(u'/'), qPrintable(path.key()));
        const QJsonObject item = path.value().toObject();
        int operations = 0;
        for (const QString &method : methods) {
            if (!item.contains(method))
                continue;
            ++operations;
            const QJsonObject operation = item.value(method).toObject();
            const QString where = method + u' ' + path.key();
            QVERIFY2(!operation.value(QStringLiteral("summary")).toString().isEmpty(), qPrintable(where));
            QVERIFY2(!operation.value(QStringLiteral("responses")).toObject().isEmpty(), qPrintable(where));
            // Every path template parameter is declared, on the path or the operation.
            QJsonArray parameters = item.value(QStringLiteral("parameters")).toArray();
            for (const QJsonValue &parameter : operation.value(QStringLiteral("parameters")).toArray())
                parameters.append(parameter);
            auto matches = templateParameter.globalMatch(path.key());
            while (matches.hasNext()) {
                const QString name = matches.next().captured(1);
                QVERIFY2(
                    !parameters.isEmpty(), qPrintable(where + QStringLiteral(" declares no parameters for ") + name));
            }
        }
        QVERIFY2(operations > 0, qPrintable(path.key()));
    }
}

void tst_DocsRoutes::everyRouteOfTheDesignIsDocumented_data()
{
    // DESIGN.md's API table, one row per method and path (optional segments spelled out).
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    const QList<std::pair<const char *, const char *>> routes {
        { "get", "/api/v1/health" },
        { "get", "/api/v1/info" },
        { "options", "/files" },
        { "post", "/files" },
        { "head", "/files/{id}" },
        { "patch", "/files/{id}" },
        { "delete", "/files/{id}" },
        { "get", "/api/v1/uploads" },
        { "get", "/api/v1/datasets" },
        { "get", "/api/v1/datasets/{id}" },
        { "delete", "/api/v1/datasets/{id}" },
        { "patch", "/api/v1/datasets/{id}" },
        { "get", "/api/v1/datasets/{id}/rows" },
        { "get", "/api/v1/datasets/{id}/profile" },
        { "get", "/api/v1/datasets/{id}/series" },
        { "get", "/api/v1/datasets/{id}/groups" },
        { "get", "/api/v1/datasets/{id}/errors" },
        { "get", "/api/v1/teams" },
        { "get", "/api/v1/teams/{id}" },
        { "get", "/api/v1/teams/imports/{id}/errors" },
        { "get", "/api/v1/tasks" },
        { "post", "/api/v1/tasks" },
        { "get", "/api/v1/tasks/{id}" },
        { "delete", "/api/v1/tasks/{id}" },
        { "post", "/api/v1/tasks/{id}/cancel" },
        { "get", "/api/v1/tasks/{id}/result" },
        { "get", "/api/v1/events" },
        { "get", "/api/v1/openapi.json" },
        { "get", "/docs" },
        { "get", "/metrics" },
    };
    for (const auto &[method, path] : routes)
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(method), QLatin1String(path))))
            << QString::fromLatin1(method) << QString::fromLatin1(path);
}

void tst_DocsRoutes::everyRouteOfTheDesignIsDocumented()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    const QJsonObject item = m_document.value(QStringLiteral("paths")).toObject().value(path).toObject();
    QVERIFY2(!item.isEmpty(), qPrintable(path + QStringLiteral(" is not in openapi.json")));
    const QJsonObject operation = item.value(method).toObject();
    QVERIFY2(!operation.isEmpty(), qPrintable(method + u' ' + path + QStringLiteral(" is not in openapi.json")));
    // Only health and /docs are open (DESIGN.md, API).
    const bool open = operation.contains(QStringLiteral("security"))
        && operation.value(QStringLiteral("security")).toArray().isEmpty();
    QCOMPARE(open, path == u"/api/v1/health" || path == u"/docs");
}

void tst_DocsRoutes::everyReferenceResolves()
{
    // Walks the whole document: every local $ref points at something that exists.
    QStringList refs;
    std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &value) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (it.key() == u"$ref")
                    refs.append(it.value().toString());
                else
                    walk(it.value());
            }
        } else if (value.isArray()) {
            for (const QJsonValue &element : value.toArray())
                walk(element);
        }
    };
    walk(m_document);
    QVERIFY(refs.size() > 20);
    for (const QString &ref : std::as_const(refs)) {
        QVERIFY2(ref.startsWith(QStringLiteral("#/")), qPrintable(ref));
        QJsonValue at = m_document;
        for (const QString &key : ref.mid(2).split(u'/'))
            at = at.toObject().value(key);
        QVERIFY2(at.isObject(), qPrintable(ref + QStringLiteral(" does not resolve")));
    }
}

void tst_DocsRoutes::docsPageIsOpenAndSelfContained()
{
    const Reply reply = get(QStringLiteral("/docs"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.contentType.startsWith("text/html"));
    QVERIFY(reply.body.startsWith("<!DOCTYPE html>"));
    QVERIFY(reply.body.contains("/api/v1/openapi.json"));
    QVERIFY(reply.body.contains("Authorization"));
    // No external assets: nothing loads from another origin, and the policy forbids it anyway.
    const QString html = QString::fromUtf8(reply.body);
    const QRegularExpression external(
        QStringLiteral("(src|href|action)\\s*=\\s*[\"']?\\s*(https?:)?//"), QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!external.match(html).hasMatch(), qPrintable(external.match(html).captured(0)));
    QVERIFY(!html.contains(QStringLiteral("http://"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("https://"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
    QVERIFY(reply.policy.contains("default-src 'none'"));
    QVERIFY(reply.policy.contains("connect-src 'self'"));
}

void tst_DocsRoutes::docsPageKeepsTheHostGuard()
{
    // By hand: QNetworkAccessManager will not forge a Host header, and the server shares this
    // thread, so the socket must not block.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port);
    QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 10000));
    socket.write("GET /docs HTTP/1.1\r\nHost: evil.example\r\n\r\n");
    QByteArray received;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return received.contains("\r\n\r\n");
        },
        10000));
    QCOMPARE(received.split(' ').value(1).toInt(), 421);
}

QTEST_GUILESS_MAIN(tst_DocsRoutes)
#include "tst_docsroutes.moc"
