#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

namespace sluice {

class ApiClient;

/// A table whose rows live on the server and arrive in pages of kPageSize as the view shows
/// them: only the pages near the visible rows are fetched (a short while after scrolling
/// stops), at most maxCachedPages() pages are kept (the ones farthest from the view are
/// dropped first), and rows not loaded yet show a placeholder. The row count is the "total"
/// of the latest answer.
///
/// Memory stays flat whatever the row count: besides the pages, a view keeps a few bytes per
/// row it is given (QHeaderView's sections), so the model gives it a window of at most
/// windowRows() rows starting at windowStart(); the PagedTableView moves the window as it
/// scrolls. Model indexes count from the window's start; every other row number here counts
/// from the first row of the table.
/// Subclasses say which path serves a page, where its rows are in the answer and how a row
/// is shown. Thread: GUI. Owner: the view that shows it; the ApiClient must outlive it.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)
public:
    static constexpr int kPageSize = 200;
    static constexpr int kDefaultMaxCachedPages = 16;
    static constexpr int kDefaultWindowRows = 100000;
    /// Pages asked for at once; the rest wait for a reply, so a fast scroll cannot pile up requests.
    static constexpr int kMaxRequestsInFlight = 3;

    explicit PagedTableModel(ApiClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Rows in the table (not only in the window).
    qint64 total() const { return m_total; }
    qint64 windowStart() const { return m_windowStart; }
    int windowRows() const { return m_windowRows; }
    void setWindowRows(int rows);
    /// Gives the view the rows from `start` (kept within the table); the view is reset.
    void moveWindow(qint64 start);

    /// The rows the view shows; the pages around them are fetched once it has stayed still
    /// for a moment (a scroll through a million rows asks for the last position only).
    void setVisibleRows(qint64 first, qint64 last);
    /// Fetches the pages of the visible rows now, skipping the debounce.
    void fetchVisibleNow();

    bool isRowLoaded(qint64 row) const;
    /// The row as the server sent it (an array or an object); undefined when not loaded.
    QJsonValue rowValue(qint64 row) const;
    /// What `row` shows in `column`, as data() gives it for the window.
    QVariant rowData(qint64 row, int column, int role = Qt::DisplayRole) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    int maxCachedPages() const { return m_maxCachedPages; }
    void setMaxCachedPages(int pages);
    /// The message of the last failed request; empty after a success.
    QString errorText() const { return m_error; }

signals:
    /// A page arrived: rows [first, first + count) are loaded.
    void pageLoaded(qint64 first, int count);
    void totalChanged(qint64 total);
    void loadFailed(const QString &message);

protected:
    /// The API path of `limit` rows from `offset` (with its query); empty when there is no source.
    virtual QString pagePath(qint64 offset, int limit) const = 0;
    /// The rows of a page answer.
    virtual QJsonArray rowsOf(const QJsonObject &answer) const = 0;
    /// What `row` (one element of rowsOf()) shows in `column` for `role`.
    virtual QVariant cellData(const QJsonValue &row, int column, int role) const = 0;

    /// Forgets every page (a new source, sort or filter) and loads again from the top; the
    /// count is `expectedTotal` until an answer says.
    void restart(qint64 expectedTotal);
    /// Adopts a total learnt elsewhere: rows are added at the end or removed from it.
    void setTotal(qint64 total);

private:
    int rowsInWindow(qint64 total) const;
    qint64 lastWindowStart(qint64 total) const;
    void fetchWanted();
    void fetchPage(int page);
    void storePage(int page, const QJsonObject &answer);
    void evictFarthest();
    void emitRowsChanged(qint64 first, qint64 last);
    int pageCount() const;

    ApiClient *m_client;
    QTimer m_debounce;
    quint64 m_generation = 0; // answers to an older generation are for a source no longer shown
    qint64 m_total = 0;
    qint64 m_windowStart = 0;
    int m_windowRows = kDefaultWindowRows;
    qint64 m_firstVisible = 0;
    qint64 m_lastVisible = 0;
    int m_maxCachedPages = kDefaultMaxCachedPages;
    QHash<int, QJsonArray> m_pages; // page number -> its rows
    QSet<int> m_inFlight;
    QString m_error;
};

} // namespace sluice
