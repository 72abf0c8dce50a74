#pragma once

#include <optional>

#include <QString>

namespace sluice {

/// The type of a column, from narrowest to widest within its family. Integer widens to
/// Real, Date to DateTime, and anything to Text; a value is never altered by widening.
enum class ColumnType {
    Integer,   // 64-bit signed
    Real,      // double
    Boolean,   // true/false, yes/no (not 0/1 alone)
    Date,      // a calendar day; stored as days since 1970-01-01
    DateTime,  // an instant; stored as milliseconds since 1970-01-01T00:00:00Z
    Text,      // UTF-8
};

/// "integer", "real", "boolean", "date", "datetime", "text": the names used in JSON and by `sluice inspect`.
QString columnTypeName(ColumnType type);

/// The inverse of columnTypeName(); nullopt for an unknown name.
std::optional<ColumnType> columnTypeFromName(QStringView name);

/// True for Integer and Real, whose values feed numeric statistics.
constexpr bool isNumeric(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Real;
}

/// True for Date and DateTime, whose values can be bucketed in time.
constexpr bool isTemporal(ColumnType type)
{
    return type == ColumnType::Date || type == ColumnType::DateTime;
}

} // namespace sluice
