#pragma once

#include <QWidget>

class QScrollBar;
class QTableView;

namespace sluice {

class PagedTableModel;

/// A table over a PagedTableModel, scrolling through all of its rows however many there are:
/// its scroll bar covers the whole table while the QTableView inside is given a window of
/// rows around the ones shown (PagedTableModel::moveWindow), so the view's own bookkeeping
/// stays small. It tells the model which rows are shown whenever that changes (scrolling,
/// resizing, a new row count), so the model fetches the pages around them. Rows have one
/// fixed height.
/// Thread: GUI. Owner: its parent widget; the model must outlive it.
class PagedTableView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableView)
public:
    explicit PagedTableView(QWidget *parent = nullptr);

    void setPagedModel(PagedTableModel *model);
    PagedTableModel *pagedModel() const { return m_model; }
    /// The table itself (headers, sorting, selection); its vertical scroll bar is hidden.
    QTableView *table() const { return m_table; }
    /// The scroll bar over every row: its value is the top row shown.
    QScrollBar *scrollBar() const { return m_scrollBar; }

    /// The first and last rows of the table at least partly shown; last < first when none.
    std::pair<qint64, qint64> visibleRows() const;
    /// Shows `row` at the top (or as near as the end of the table allows).
    void scrollToRow(qint64 row);
    /// Makes `row` the current row, scrolled into view (as Ctrl+Home and Ctrl+End do).
    void goToRow(qint64 row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onModelReset();
    void updateScrollRange();
    void reportVisibleRows();
    int rowsPerPage() const;

    QTableView *m_table;
    QScrollBar *m_scrollBar;
    PagedTableModel *m_model = nullptr;
    bool m_syncing = false; // inside scrollToRow(): the scroll bars' signals are its own doing
};

} // namespace sluice
