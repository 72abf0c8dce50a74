#include "core/csv/columntype.h"

#include <array>
#include <utility>

namespace sluice {

namespace {

constexpr std::array<std::pair<ColumnType, QLatin1StringView>, 6> kNames { {
    { ColumnType::Integer, QLatin1StringView("integer") },
    { ColumnType::Real, QLatin1StringView("real") },
    { ColumnType::Boolean, QLatin1StringView("boolean") },
    { ColumnType::Date, QLatin1StringView("date") },
    { ColumnType::DateTime, QLatin1StringView("datetime") },
    { ColumnType::Text, QLatin1StringView("text") },
} };

} // namespace

QString columnTypeName(ColumnType type)
{
    for (const auto &[candidate, name] : kNames) {
        if (candidate == type)
            return name;
    }
    return QStringLiteral("text");
}

std::optional<ColumnType> columnTypeFromName(QStringView name)
{
    for (const auto &[type, candidate] : kNames) {
        if (name == candidate)
            return type;
    }
    return std::nullopt;
}

} // namespace sluice
