#include "routefixture.h"

#include <QBuffer>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

#include "core/storage/databaseconnection.h"
#include "core/storage/schemamigrator.h"
#include "server/apierror.h"
#include "server/servercontext.h"

namespace sluice::test {

namespace {
const QByteArray kToken(64, 'a');
}

QString RouteFixture::Reply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

RouteFixture::RouteFixture()
    : m_token(kToken)
    , m_authorizer(AccessToken(kToken), true)
{
    m_pool.setMaxThreadCount(2);
}

RouteFixture::~RouteFixture()
{
    m_http.reset();
    m_pool.waitForDone();
}

DatabaseConfig RouteFixture::database() const
{
    return DatabaseConfig { m_dir.filePath(QStringLiteral("sluice.db")) };
}

bool RouteFixture::start(const std::function<void(const ServerContext &)> &addRoutes)
{
    if (!m_dir.isValid())
        return false;
    {
        auto connection = DatabaseConnection::open(database(), QStringLiteral("fixture"));
        if (!connection || !SchemaMigrator::migrate(**connection))
            return false;
    }
    m_http = std::make_unique<QHttpServer>();
    const ServerContext context { *m_http, m_authorizer, &m_owner, m_pool, database(), m_dir.path() };
    addRoutes(context);
    // Unknown paths answer like ApiServer's, so a wrong route in a test is a plain 404.
    m_http->setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        errorResponse(Error { ErrorCode::NotFound, QStringLiteral("no route") }).write(std::move(responder));
    });
    m_port = m_http->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

RouteFixture::Reply RouteFixture::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                       const QList<std::pair<QByteArray, QByteArray>> &headers, bool withToken)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery)));
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!reply->isFinished() && !finished.wait(20000)) {
        reply->abort();
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

QString RouteFixture::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QVariantList RouteFixture::sql(const QString &statement, const QVariantList &values) const
{
    auto connection = DatabaseConnection::open(database(), QStringLiteral("check"));
    if (!connection)
        return { QStringLiteral("failed: ") + connection.error().message };
    QVariantList column;
    {
        QSqlQuery query((*connection)->database());
        query.prepare(statement);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return { QStringLiteral("failed: ") + query.lastError().text() };
        while (query.next())
            column << query.value(0);
    }
    return column;
}

} // namespace sluice::test
