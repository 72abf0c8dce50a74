#include "core/storage/sqldialect.h"

namespace sluice {

QString SqlDialect::quoteIdentifier(QStringView identifier) const
{
    QString quoted = identifier.toString();
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace sluice
