#include "core/storage/timebucket.h"

#include "core/enumnames.h"

namespace sluice {

namespace {

using L1 = QLatin1StringView;
constexpr EnumNames<TimeBucket, 6> kNames({ {
    { TimeBucket::Hour, L1("hour") },
    { TimeBucket::Day, L1("day") },
    { TimeBucket::Week, L1("week") },
    { TimeBucket::Month, L1("month") },
    { TimeBucket::Quarter, L1("quarter") },
    { TimeBucket::Year, L1("year") },
} });

} // namespace

QString timeBucketName(TimeBucket bucket)
{
    return kNames.name(bucket);
}

std::optional<TimeBucket> timeBucketFromName(QStringView name)
{
    return kNames.fromName(name);
}

} // namespace sluice
