#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace sluice {

/// The statistics of a dataset's columns, one row per column (count, nulls, distinct, min,
/// max, mean, standard deviation, quantiles, most frequent value), from a profile in the
/// shape of GET /api/v1/datasets/{id}/profile: a partial one while the import runs (the
/// dataset.profile events), then the final one. Figures the server estimated (it says so per
/// figure) show "≈" and give their error bound in the tooltip.
/// Thread: GUI. Owner: the DatasetOverview.
class ColumnStatisticsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnStatisticsModel)
public:
    enum Column {
        NameColumn,
        TypeColumn,
        CountColumn,
        NullsColumn,
        DistinctColumn,
        MinColumn,
        MaxColumn,
        MeanColumn,
        StdDevColumn,
        P5Column,
        P50Column,
        P95Column,
        TopValueColumn,
        ColumnCount
    };
    enum Role {
        ExactRole = Qt::UserRole + 1, // bool: false when the figure is an estimate
        ValueRole, // the figure as the server sent it (number, text, bool), invalid when none
    };

    explicit ColumnStatisticsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows `profile`; a partial profile arriving after the final one is stale and ignored
    /// (returns false).
    bool setProfile(const QJsonObject &profile);
    void clear();

    /// Rows the profile has seen; -1 before any profile.
    qint64 profiledRows() const { return m_rows; }
    bool isFinal() const { return m_final; }
    /// The row of column `name`; -1 when the profile has none.
    int rowOf(const QString &name) const;

signals:
    void profileChanged();

private:
    QJsonArray m_columns;
    qint64 m_rows = -1;
    bool m_final = false;
};

} // namespace sluice
