#include "app/ui/teams/teamstablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace sluice {

TeamsTableModel::TeamsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TeamsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size());
}

int TeamsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::InitialSortOrderRole)
        return int(Qt::AscendingOrder); // a newly clicked column starts from A (or the smallest)
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TeamIdColumn:
        return tr("Team ID");
    case NameColumn:
        return tr("Name");
    case RegionColumn:
        return tr("Region");
    case LeadEmailColumn:
        return tr("Lead Email");
    case MembersColumn:
        return tr("Members");
    case FoundedColumn:
        return tr("Founded");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

QVariant TeamsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_teams.size())
        return {};
    const QJsonObject &team = m_teams.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(team, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == MembersColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case TeamIdRole:
        return team.value(QStringLiteral("teamId")).toString();
    default:
        return {};
    }
}

QVariant TeamsTableModel::display(const QJsonObject &team, int column) const
{
    switch (column) {
    case TeamIdColumn:
        return team.value(QStringLiteral("teamId")).toString();
    case NameColumn:
        return team.value(QStringLiteral("name")).toString();
    case RegionColumn:
        return team.value(QStringLiteral("region")).toString();
    case LeadEmailColumn:
        return team.value(QStringLiteral("leadEmail")).toString();
    case MembersColumn: {
        const QJsonValue members = team.value(QStringLiteral("members"));
        return members.isDouble() ? QLocale().toString(members.toInteger()) : QString();
    }
    case FoundedColumn:
        return team.value(QStringLiteral("founded")).toString(); // ISO dates sort and read the same everywhere
    case UpdatedColumn: {
        const QDateTime updated
            = QDateTime::fromString(team.value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs);
        return updated.isValid() ? QLocale().toString(updated.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    default:
        return {};
    }
}

void TeamsTableModel::setTeams(const QJsonArray &teams)
{
    beginResetModel();
    m_teams.clear();
    m_teams.reserve(teams.size());
    for (const QJsonValue &team : teams)
        m_teams.append(team.toObject());
    endResetModel();
}

QJsonObject TeamsTableModel::team(int row) const
{
    return row >= 0 && row < m_teams.size() ? m_teams.at(row) : QJsonObject();
}

TeamSortColumn TeamsTableModel::sortColumn(int column)
{
    switch (column) {
    case NameColumn:
        return TeamSortColumn::Name;
    case RegionColumn:
        return TeamSortColumn::Region;
    case LeadEmailColumn:
        return TeamSortColumn::LeadEmail;
    case MembersColumn:
        return TeamSortColumn::Members;
    case FoundedColumn:
        return TeamSortColumn::Founded;
    case UpdatedColumn:
        return TeamSortColumn::UpdatedAt;
    default:
        return TeamSortColumn::TeamId;
    }
}

} // namespace sluice
