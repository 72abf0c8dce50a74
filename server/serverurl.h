#pragma once

#include <QString>
#include <QUrl>

namespace sluice {

/// The URL a client on this machine uses to reach a server bound to `bindAddress`:
/// a wildcard bind (0.0.0.0, ::) is reached over loopback; IPv6 hosts get brackets.
QUrl localServerUrl(const QString &bindAddress, quint16 port);

/// True for 0.0.0.0 and ::, which listen on every interface.
bool isWildcardAddress(const QString &bindAddress);

} // namespace sluice
