#pragma once

#include <optional>

#include <QString>

namespace sluice {

/// The column a list of teams is sorted by.
enum class TeamSortColumn {
    TeamId,
    Name,
    Region,
    LeadEmail,
    Members,
    Founded,
    UpdatedAt,
};

/// "team_id", "name", "region", "lead_email", "members", "founded", "updated_at": the names the
/// API takes in its sort parameter.
QString teamSortColumnName(TeamSortColumn column);
std::optional<TeamSortColumn> teamSortColumnFromName(QStringView name);

/// Which teams TeamsCatalog::list() returns and in what order. Plain data.
struct TeamsQuery
{
    TeamSortColumn sortBy = TeamSortColumn::TeamId;
    Qt::SortOrder order = Qt::AscendingOrder;
    /// Matched as a substring of team_id, name or region, ignoring case; blank: every team.
    QString search;
};

} // namespace sluice
