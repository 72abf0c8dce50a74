#pragma once

#include <utility>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/error.h"

namespace sluice {

/// The tus Upload-Metadata header: comma-separated "key base64(value)" pairs, in the order
/// given. Keys are ASCII without spaces or commas; values are any UTF-8. Plain value.
class TusMetadata final
{
    Q_DECLARE_TR_FUNCTIONS(TusMetadata)
public:
    using Pairs = QList<std::pair<QString, QString>>;

    [[nodiscard]] static QByteArray encode(const Pairs &pairs);
    [[nodiscard]] static Result<Pairs> decode(const QByteArray &header);
};

} // namespace sluice
