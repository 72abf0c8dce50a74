#include "core/calc/numericaggregate.h"

namespace sluice {

QJsonObject NumericAggregate::toJson() const
{
    // Filling in a copy of a ready-made object costs half of building one, and a snapshot makes
    // thousands (every time bucket and group has one per numeric column).
    static const QJsonObject kEmpty { { QStringLiteral("count"), 0 }, { QStringLiteral("sum"), 0.0 },
                                      { QStringLiteral("mean"), QJsonValue() }, { QStringLiteral("min"), QJsonValue() },
                                      { QStringLiteral("max"), QJsonValue() } };
    if (count == 0)
        return kEmpty;
    const double value = total();
    const double mean = value / double(count);
    QJsonObject json = kEmpty;
    json[QLatin1StringView("count")] = count;
    json[QLatin1StringView("sum")] = std::isfinite(value) ? QJsonValue(value) : QJsonValue();
    json[QLatin1StringView("mean")] = std::isfinite(mean) ? QJsonValue(mean) : QJsonValue();
    json[QLatin1StringView("min")] = min;
    json[QLatin1StringView("max")] = max;
    return json;
}

} // namespace sluice
