#pragma once

#include "app/ui/dataset/pagedtablemodel.h"

namespace sluice {

/// The rows an import rejected (GET /api/v1/datasets/{id}/errors), paged like the data: the
/// line in the file, the column at fault (empty when the whole row was), the reason and the
/// raw text of the record.
/// Thread: GUI. Owner: the RejectedRowsView; the ApiClient must outlive it.
class RejectedRowsModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectedRowsModel)
public:
    enum Column { LineColumn, ColumnColumn, ReasonColumn, RawColumn, ColumnCount };

    explicit RejectedRowsModel(ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows the rejected rows of dataset `id`, of which there are `count` as far as known;
    /// empty `id`: none.
    void setDataset(const QString &id, qint64 count);
    QString datasetId() const { return m_datasetId; }

protected:
    QString pagePath(qint64 offset, int limit) const override;
    QJsonArray rowsOf(const QJsonObject &answer) const override;
    QVariant cellData(const QJsonValue &row, int column, int role) const override;

private:
    QString m_datasetId;
};

} // namespace sluice
