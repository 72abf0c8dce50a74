#include "app/ui/dataset/datasetdataview.h"

#include <QHeaderView>
#include <QTableView>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "app/ui/dataset/datasetrowsmodel.h"
#include "app/ui/dataset/pagedtableview.h"
#include "app/ui/dataset/rowfilterbar.h"

namespace sluice {

DatasetDataView::DatasetDataView(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_model(new DatasetRowsModel(client, this))
    , m_view(new PagedTableView(this))
    , m_filterBar(new RowFilterBar(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("datasetDataView"));
    m_view->setObjectName(QStringLiteral("rowsTable"));
    m_view->table()->setAccessibleName(tr("Rows"));
    m_view->setPagedModel(m_model);
    // File order until a header is clicked; a third click on it goes back to file order.
    m_view->table()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->table()->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->table()->setSortingEnabled(true);
    // Column widths come from the rows on screen only: by default Qt measures up to a thousand
    // rows more (every row while the table is hidden), some 40 ms of the GUI thread for a dozen
    // columns during an import (bench_gui).
    m_view->table()->verticalHeader()->setResizeContentsPrecision(0);
    m_count->setObjectName(QStringLiteral("rowCount"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_filterBar, &RowFilterBar::filtersChanged, m_model, &DatasetRowsModel::setFilters);
    connect(m_model, &DatasetRowsModel::loadFailed, this,
        [this](const QString &message) { m_filterBar->setError(tr("The rows could not be loaded: %1").arg(message)); });
    connect(m_model, &DatasetRowsModel::pageLoaded, this, [this] {
        m_filterBar->setError({});
        fitColumns();
    });
    connect(m_model, &DatasetRowsModel::totalChanged, this, &DatasetDataView::updateCount);
    updateCount();
}

void DatasetDataView::setDataset(const QString &id, const QJsonArray &schema, qint64 rows)
{
    if (id != m_model->datasetId() || schema != m_model->schema()) {
        m_filterBar->setColumns(schema);
        m_columnsFitted = false;
    }
    m_datasetRows = rows;
    m_model->setDataset(id, schema, rows);
    // A new dataset starts in file order (the model forgot its sort): so does the header.
    if (m_model->sortColumn() < 0)
        m_view->table()->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    updateCount();
}

void DatasetDataView::clear()
{
    m_filterBar->setColumns({});
    m_datasetRows = 0;
    m_model->clear();
    updateCount();
}

void DatasetDataView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_model->cachedPageCount() > 0)
        fitColumns(); // rows that arrived while another tab was shown
}

void DatasetDataView::fitColumns()
{
    if (m_columnsFitted || !isVisible())
        return; // a hidden table would measure every row it has
    m_columnsFitted = true;
    m_view->table()->resizeColumnsToContents();
    // Long notes would push every other column out of sight.
    const int widest = m_view->table()->fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->table()->setColumnWidth(column, qMin(m_view->table()->columnWidth(column), widest));
}

void DatasetDataView::rowsArrived()
{
    m_model->refreshTotal();
}

void DatasetDataView::updateCount()
{
    const QLocale locale;
    const qint64 shown = m_model->total();
    if (m_model->filters().isEmpty())
        m_count->setText(shown == 1 ? tr("1 row") : tr("%1 rows").arg(locale.toString(shown)));
    else
        m_count->setText(
            tr("%1 of %2 rows match the filters").arg(locale.toString(shown), locale.toString(m_datasetRows)));
}

QString DatasetDataView::countText() const
{
    return m_count->text();
}

} // namespace sluice
