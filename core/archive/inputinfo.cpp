#include "core/archive/inputinfo.h"

namespace sluice {

QString InputInfo::displayName() const
{
    if (container == QStringLiteral("none"))
        return sourceName;
    return QStringLiteral("%1: %2").arg(sourceName, entryName);
}

} // namespace sluice
