#include "server/events/eventupgraderule.h"

#include <QUrlQuery>

#include "server/requestauthorizer.h"

namespace sluice {

namespace {

QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArray &item : list.toByteArray().split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

EventUpgradeRule::EventUpgradeRule(const QString &pathPattern, QHttpServerRequest::Methods methods,
    const RequestAuthorizer &authorizer, RouterHandler routerHandler)
    : QHttpServerRouterRule(pathPattern, methods, std::move(routerHandler))
    , m_authorizer(authorizer)
{
}

bool EventUpgradeRule::isAuthorized(const RequestAuthorizer &authorizer, const QHttpServerRequest &request)
{
    if (!authorizer.checkHost(headerValue(request, "host")))
        return false;
    const QByteArray authorization = headerValue(request, "authorization");
    if (!authorization.isEmpty())
        return authorizer.checkToken(authorization).has_value();
    const QString token = request.query().queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    if (token.isEmpty())
        return false;
    return authorizer.checkToken(QByteArrayLiteral("Bearer ") + token.toUtf8()).has_value();
}

bool EventUpgradeRule::isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return hasToken(headerValue(request, "connection"), "upgrade")
        && headerValue(request, "upgrade").trimmed().compare("websocket", Qt::CaseInsensitive) == 0;
}

bool EventUpgradeRule::matches(const QHttpServerRequest &request, QRegularExpressionMatch *match) const
{
    return QHttpServerRouterRule::matches(request, match) && isAuthorized(m_authorizer, request);
}

} // namespace sluice
