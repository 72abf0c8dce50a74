#include "core/teams/teamsquery.h"

#include "core/enumnames.h"

namespace sluice {

namespace {

constexpr EnumNames<TeamSortColumn, 7> kSortColumnNames({ {
    { TeamSortColumn::TeamId, QLatin1StringView("team_id") },
    { TeamSortColumn::Name, QLatin1StringView("name") },
    { TeamSortColumn::Region, QLatin1StringView("region") },
    { TeamSortColumn::LeadEmail, QLatin1StringView("lead_email") },
    { TeamSortColumn::Members, QLatin1StringView("members") },
    { TeamSortColumn::Founded, QLatin1StringView("founded") },
    { TeamSortColumn::UpdatedAt, QLatin1StringView("updated_at") },
} });

} // namespace

QString teamSortColumnName(TeamSortColumn column)
{
    return kSortColumnNames.name(column);
}

std::optional<TeamSortColumn> teamSortColumnFromName(QStringView name)
{
    return kSortColumnNames.fromName(name);
}

} // namespace sluice
