#include "server/serverurl.h"

#include <QHostAddress>

namespace sluice {

bool isWildcardAddress(const QString &bindAddress)
{
    const QHostAddress address(bindAddress);
    return address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6 || address == QHostAddress::Any;
}

QUrl localServerUrl(const QString &bindAddress, quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(isWildcardAddress(bindAddress) ? QStringLiteral("127.0.0.1") : bindAddress);
    url.setPort(port);
    return url;
}

} // namespace sluice
