#include "core/calc/numericaggregate.h"

namespace sluice {

QJsonObject NumericAggregate::toJson() const
{
    if (count == 0) {
        return QJsonObject { { QStringLiteral("count"), 0 }, { QStringLiteral("sum"), 0.0 },
                             { QStringLiteral("mean"), QJsonValue() }, { QStringLiteral("min"), QJsonValue() },
                             { QStringLiteral("max"), QJsonValue() } };
    }
    const double value = total();
    const double mean = value / double(count);
    return QJsonObject { { QStringLiteral("count"), count },
                         { QStringLiteral("sum"), std::isfinite(value) ? QJsonValue(value) : QJsonValue() },
                         { QStringLiteral("mean"), std::isfinite(mean) ? QJsonValue(mean) : QJsonValue() },
                         { QStringLiteral("min"), min },
                         { QStringLiteral("max"), max } };
}

} // namespace sluice
