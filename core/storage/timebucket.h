#pragma once

#include <optional>

#include <QString>

namespace sluice {

/// The width of a time bucket for series over a date or datetime column.
enum class TimeBucket { Hour, Day, Week, Month, Quarter, Year };

/// "hour", "day", "week", "month", "quarter", "year", as used by the API.
QString timeBucketName(TimeBucket bucket);
std::optional<TimeBucket> timeBucketFromName(QStringView name);

} // namespace sluice
