#pragma once

#include <functional>

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include "core/error.h"

class QNetworkReply;

namespace sluice {

/// REST client for a Sluice server, local or remote: adds the token, applies a timeout, and
/// turns HTTP and JSON errors into readable Errors. The GUI reaches data only through it.
/// Thread: the thread that created it (the GUI thread); all calls are asynchronous.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    using JsonHandler = std::function<void(const Result<QJsonObject> &)>;

    explicit ApiClient(QObject *parent = nullptr);

    void setServer(const QUrl &baseUrl, const QByteArray &token);
    QUrl baseUrl() const { return m_baseUrl; }
    bool hasServer() const { return m_baseUrl.isValid(); }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// GETs `path` (e.g. "/api/v1/info") and calls `handler` with the JSON object or the
    /// error, unless `context` has been destroyed by then.
    void getJson(const QString &path, const QObject *context, JsonHandler handler);

signals:
    void serverChanged(const QUrl &baseUrl);

private:
    QNetworkRequest request(const QString &path) const;

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QByteArray m_token;
    std::chrono::milliseconds m_timeout { 15000 };
};

} // namespace sluice
