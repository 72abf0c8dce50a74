#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include "app/ui/dataset/pagedtablemodel.h"

namespace sluice {

/// The rows of one dataset (GET /api/v1/datasets/{id}/rows), paged as the view scrolls: a
/// column per column of the dataset's schema, sorted on the server (sort() is what a header
/// click calls; column -1 is file order) and narrowed by filters in the rows API's JSON form
/// (RowFilterParser). Changing the sort or the filters starts again from the top.
/// Thread: GUI. Owner: the DatasetDataView; the ApiClient must outlive it.
class DatasetRowsModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetRowsModel)
public:
    explicit DatasetRowsModel(ApiClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Shows dataset `id` with the columns of its `schema` (the detail's "schema") and
    /// `rows` rows, in file order without filters; a dataset already shown keeps its sort and
    /// filters and is loaded again.
    void setDataset(const QString &id, const QJsonArray &schema, qint64 rows);
    /// Nothing to show.
    void clear();
    QString datasetId() const { return m_datasetId; }
    QJsonArray schema() const { return m_schema; }
    /// The column's name in the API (what sort and filters use).
    QString columnName(int column) const;
    int columnOf(const QString &name) const;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setFilters(const QJsonArray &filters);
    QJsonArray filters() const { return m_filters; }

    /// Forgets the loaded pages and loads the visible ones again (the import finished, or
    /// events may have been missed).
    void reload();
    /// Asks how many rows match now (rows still arriving during an import), at most about
    /// once a second; the table grows at the end.
    void refreshTotal();

protected:
    QString pagePath(qint64 offset, int limit) const override;
    QJsonArray rowsOf(const QJsonObject &answer) const override;
    QVariant cellData(const QJsonValue &row, int column, int role) const override;

private:
    QString rowsPath(qint64 offset, int limit) const;

    ApiClient *m_client;
    QString m_datasetId;
    QJsonArray m_schema;
    qint64 m_datasetRows = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QJsonArray m_filters;
    QElapsedTimer m_sinceTotalAsked;
    bool m_totalAsked = false; // a count is on its way
};

} // namespace sluice
