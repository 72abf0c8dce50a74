#include "server/requestauthorizer.h"

#include <QHttpServerRequest>

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

// "localhost:8420" -> "localhost", "[::1]:80" -> "[::1]", "127.0.0.1" -> "127.0.0.1".
QByteArrayView hostWithoutPort(QByteArrayView host)
{
    const qsizetype colon = host.lastIndexOf(':');
    const qsizetype bracket = host.lastIndexOf(']');
    if (colon < 0 || colon < bracket)
        return host;
    return host.first(colon);
}

} // namespace

RequestAuthorizer::RequestAuthorizer(AccessToken token, bool loopbackOnly)
    : m_token(std::move(token))
    , m_loopbackOnly(loopbackOnly)
{
}

Result<void> RequestAuthorizer::authorize(const QHttpServerRequest &request, Access access) const
{
    if (auto host = checkHost(headerValue(request, "host")); !host)
        return host;
    if (access == Access::Open)
        return {};
    return checkToken(headerValue(request, "authorization"));
}

Result<void> RequestAuthorizer::checkHost(QByteArrayView host) const
{
    if (!m_loopbackOnly)
        return {};
    if (host.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The request has no Host header."));
    const QByteArray name = hostWithoutPort(host.trimmed()).toByteArray().toLower();
    if (name == "localhost" || name == "127.0.0.1" || name == "[::1]")
        return {};
    return fail(ErrorCode::MisdirectedRequest,
                tr("This server listens on loopback only and answers to localhost, 127.0.0.1 or [::1], not to "
                   "\"%1\".")
                    .arg(QString::fromLatin1(name)));
}

Result<void> RequestAuthorizer::checkToken(QByteArrayView authorization) const
{
    static constexpr QByteArrayView kScheme = "bearer ";
    if (authorization.isEmpty())
        return fail(ErrorCode::Unauthorized, tr("This request needs an access token: send "
                                                "\"Authorization: Bearer TOKEN\"."));
    if (authorization.size() <= kScheme.size()
        || authorization.first(kScheme.size()).compare(kScheme, Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::Unauthorized, tr("The Authorization header must use the Bearer scheme."));
    if (!m_token.matches(authorization.sliced(kScheme.size()).trimmed()))
        return fail(ErrorCode::Unauthorized, tr("The access token is wrong."));
    return {};
}

} // namespace sluice
