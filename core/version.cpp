#include "core/version.h"

namespace sluice {

QString sluiceVersion()
{
    return QStringLiteral(SLUICE_VERSION);
}

} // namespace sluice
