#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QUrl>
#include <QVariantList>

#include "core/storage/databaseconfig.h"
#include "server/requestauthorizer.h"

class QHttpServer;

namespace sluice {
struct ServerContext;
}

namespace sluice::test {

/// A real QHttpServer on 127.0.0.1 (any free port) in the test's thread, with only the route
/// groups a test adds, a migrated SQLite database in a temporary data directory, a query pool,
/// and a client. Requests are answered while the test waits for their replies.
class RouteFixture final
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QHash<QByteArray, QByteArray> headers;  // names in lower case
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        QString errorCode() const;
    };

    RouteFixture();
    ~RouteFixture();

    /// Migrates the database, calls `addRoutes` with the context, listens; false on failure.
    bool start(const std::function<void(const ServerContext &)> &addRoutes);

    QByteArray token() const { return m_token; }
    DatabaseConfig database() const;
    QString dataDirectory() const { return m_dir.path(); }

    /// One request; the token is sent unless `withToken` is false.
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {}, bool withToken = true);
    Reply get(const QString &pathAndQuery, bool withToken = true) { return send("GET", pathAndQuery, {}, {}, withToken); }

    /// Writes `content` to a file in the data directory; its path, or empty on failure.
    QString writeFile(const QString &name, const QByteArray &content) const;
    /// Runs `sql` on a connection of the test's thread; the first column of each row, or
    /// {"failed: ..."} when it fails.
    QVariantList sql(const QString &sql, const QVariantList &values = {}) const;

private:
    QTemporaryDir m_dir;
    QByteArray m_token;
    RequestAuthorizer m_authorizer;
    QObject m_owner;
    QThreadPool m_pool;
    std::unique_ptr<QHttpServer> m_http;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

} // namespace sluice::test
