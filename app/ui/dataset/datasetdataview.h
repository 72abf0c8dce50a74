#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;

namespace sluice {

class ApiClient;
class DatasetRowsModel;
class PagedTableView;
class RowFilterBar;

/// The Data tab of a dataset: its rows in a table that loads pages from the server as it
/// scrolls, sorted by a click on a column header (on the server), narrowed by the filter
/// bar above it, whose inline message says why the server refused a filter.
/// Thread: GUI. Owner: the DatasetPage; the ApiClient must outlive it.
class DatasetDataView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetDataView)
public:
    explicit DatasetDataView(ApiClient *client, QWidget *parent = nullptr);

    /// Shows dataset `id` with the columns of `schema` and its `rows`; the same dataset keeps
    /// its sort and filters and is loaded again.
    void setDataset(const QString &id, const QJsonArray &schema, qint64 rows);
    void clear();
    /// More rows arrived (an import runs): the table grows at the end.
    void rowsArrived();

    DatasetRowsModel *model() const { return m_model; }
    PagedTableView *view() const { return m_view; }
    RowFilterBar *filterBar() const { return m_filterBar; }
    QString countText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateCount();
    void fitColumns();

    DatasetRowsModel *m_model;
    PagedTableView *m_view;
    RowFilterBar *m_filterBar;
    QLabel *m_count;
    qint64 m_datasetRows = 0;
    bool m_columnsFitted = false; // widths follow the first rows of a dataset shown, then the user
};

} // namespace sluice
