#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include "core/teams/teamsquery.h"

namespace sluice {

/// The teams reference table as rows, in the order the server sent them (it sorts and
/// searches: GET /api/v1/teams' "teams"). One column per team field.
/// Thread: GUI. Owner: the TeamsPage.
class TeamsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsTableModel)
public:
    enum Column {
        TeamIdColumn,
        NameColumn,
        RegionColumn,
        LeadEmailColumn,
        MembersColumn,
        FoundedColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        TeamIdRole = Qt::UserRole + 1,
    };

    explicit TeamsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row.
    void setTeams(const QJsonArray &teams);
    QJsonObject team(int row) const;

    /// The server's sort key for `column` (see TeamsQuery).
    static TeamSortColumn sortColumn(int column);

private:
    QVariant display(const QJsonObject &team, int column) const;

    QList<QJsonObject> m_teams;
};

} // namespace sluice
