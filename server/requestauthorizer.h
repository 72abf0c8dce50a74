#pragma once

#include <QCoreApplication>

#include "core/config/accesstoken.h"
#include "core/error.h"

class QHttpServerRequest;

namespace sluice {

/// Whether a route needs the access token.
enum class Access { Open, Token };

/// Decides whether a request may be served: the DNS-rebinding guard on the Host header
/// (loopback binds only answer to localhost names) and the bearer token.
/// Immutable after construction, so any thread may use it.
class RequestAuthorizer final
{
    Q_DECLARE_TR_FUNCTIONS(RequestAuthorizer)
public:
    RequestAuthorizer(AccessToken token, bool loopbackOnly);

    [[nodiscard]] Result<void> authorize(const QHttpServerRequest &request, Access access) const;

    /// `host` is the Host header's value; empty when the request had none.
    [[nodiscard]] Result<void> checkHost(QByteArrayView host) const;
    /// `authorization` is the Authorization header's value; empty when the request had none.
    [[nodiscard]] Result<void> checkToken(QByteArrayView authorization) const;

private:
    AccessToken m_token;
    bool m_loopbackOnly;
};

} // namespace sluice
