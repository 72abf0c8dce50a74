#include "core/csv/columntype.h"

#include "core/enumnames.h"

namespace sluice {

namespace {

using L1 = QLatin1StringView;
constexpr EnumNames<ColumnType, 6> kNames({ {
    { ColumnType::Integer, L1("integer") },
    { ColumnType::Real, L1("real") },
    { ColumnType::Boolean, L1("boolean") },
    { ColumnType::Date, L1("date") },
    { ColumnType::DateTime, L1("datetime") },
    { ColumnType::Text, L1("text") },
} });

} // namespace

QString columnTypeName(ColumnType type)
{
    return kNames.name(type);
}

std::optional<ColumnType> columnTypeFromName(QStringView name)
{
    return kNames.fromName(name);
}

} // namespace sluice
