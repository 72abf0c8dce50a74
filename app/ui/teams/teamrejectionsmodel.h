#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace sluice {

/// The rows a teams import rejected, in file order: line, team id, reason and the row as
/// written (GET /api/v1/teams/imports/{id}/errors' "errors").
/// Thread: GUI. Owner: the TeamsImportReportView.
class TeamRejectionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamRejectionsModel)
public:
    enum Column { LineColumn, TeamIdColumn, ReasonColumn, RawColumn, ColumnCount };

    explicit TeamRejectionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row; an empty array clears the table.
    void setRejections(const QJsonArray &rejections);
    QJsonObject rejection(int row) const;

private:
    QList<QJsonObject> m_rejections;
};

} // namespace sluice
