#include "app/ui/dataset/pagedtableview.h"

#include <limits>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTableView>

#include "app/ui/dataset/pagedtablemodel.h"

namespace sluice {

PagedTableView::PagedTableView(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // m_scrollBar stands in for it
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this); // Ctrl+Home and Ctrl+End go to the table's ends, not the window's
    setFocusProxy(m_table);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_scrollBar);

    // Both bars lead to scrollToRow(): the wheel and the keys move the table's hidden one.
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_syncing)
            scrollToRow(value);
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_syncing && m_model)
            scrollToRow(m_model->windowStart() + value);
    });
}

void PagedTableView::setPagedModel(PagedTableModel *model)
{
    m_model = model;
    m_table->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &PagedTableView::onModelReset);
    connect(model, &PagedTableModel::totalChanged, this, &PagedTableView::updateScrollRange);
    updateScrollRange();
    reportVisibleRows();
}

int PagedTableView::rowsPerPage() const
{
    return qMax(1, m_table->viewport()->height() / qMax(1, m_table->verticalHeader()->defaultSectionSize()));
}

std::pair<qint64, qint64> PagedTableView::visibleRows() const
{
    if (!m_model || m_model->rowCount() == 0)
        return { 0, -1 };
    const qint64 start = m_model->windowStart();
    const int first = qMax(0, m_table->rowAt(0));
    const int bottom = m_table->rowAt(m_table->viewport()->height() - 1);
    return { start + first, start + (bottom < 0 ? m_model->rowCount() - 1 : bottom) };
}

void PagedTableView::scrollToRow(qint64 row)
{
    if (!m_model)
        return;
    const int page = rowsPerPage();
    const qint64 top = qBound(qint64(0), row, qMax(qint64(0), m_model->total() - page));
    const bool syncing = std::exchange(m_syncing, true);
    const qint64 start = m_model->windowStart();
    const qint64 end = start + m_model->rowCount(); // one past the window
    const int slack = m_model->windowRows() / 8; // how near the window's edge a move is due
    const bool outside = top < start || top + page > end;
    const bool nearEdge = (top - start < slack && start > 0) || (end - (top + page) < slack && end < m_model->total());
    if (outside || nearEdge) {
        // Centre the window on the rows shown; the current row stays current if still inside.
        const QModelIndex current = m_table->currentIndex();
        const qint64 currentRow = current.isValid() ? start + current.row() : -1;
        m_model->moveWindow(top - (m_model->windowRows() - page) / 2);
        m_table->doItemsLayout(); // the table's ranges follow the new window now, not later
        const qint64 moved = m_model->windowStart();
        if (currentRow >= moved && currentRow < moved + m_model->rowCount())
            m_table->selectionModel()->setCurrentIndex(m_model->index(int(currentRow - moved), current.column()),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->verticalScrollBar()->setValue(int(top - m_model->windowStart()));
    m_scrollBar->setValue(int(qMin<qint64>(top, std::numeric_limits<int>::max())));
    m_syncing = syncing;
    reportVisibleRows();
}

void PagedTableView::goToRow(qint64 row)
{
    scrollToRow(row);
    const QModelIndex current = m_table->currentIndex();
    const QModelIndex target = m_model->index(int(row - m_model->windowStart()), current.isValid() ? current.column() : 0);
    m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PagedTableView::onModelReset()
{
    if (m_syncing)
        return; // a window move of scrollToRow()'s own
    updateScrollRange();
    scrollToRow(0); // a new source, sort or filter starts at the top
}

void PagedTableView::updateScrollRange()
{
    if (!m_model)
        return;
    const int page = rowsPerPage();
    const qint64 last = qMax(qint64(0), m_model->total() - page);
    const bool syncing = std::exchange(m_syncing, true); // a clamped value is not a scroll
    m_scrollBar->setRange(0, int(qMin<qint64>(last, std::numeric_limits<int>::max())));
    m_scrollBar->setPageStep(page);
    m_scrollBar->setSingleStep(1);
    m_syncing = syncing;
    m_scrollBar->setVisible(last > 0);
}

bool PagedTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && m_model && m_model->total() > 0) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool toEnd = key->matches(QKeySequence::MoveToEndOfDocument);
        if (toEnd || key->matches(QKeySequence::MoveToStartOfDocument)) {
            goToRow(toEnd ? m_model->total() - 1 : 0);
            return true;
        }
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && m_model) {
        updateScrollRange();
        // A window move can widen the row numbers, and so resize the viewport: scrollToRow()
        // is then under way and settles the rows itself.
        if (!m_syncing)
            scrollToRow(m_scrollBar->value());
    }
    return QWidget::eventFilter(watched, event);
}

void PagedTableView::reportVisibleRows()
{
    if (!m_model)
        return;
    const auto [first, last] = visibleRows();
    // With no rows yet the view would show about a screenful: ask for those.
    m_model->setVisibleRows(first, last < first ? first + rowsPerPage() : last);
}

} // namespace sluice
