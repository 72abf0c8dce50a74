#include "app/ui/dataset/pagedtablemodel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "app/client/apiclient.h"

namespace sluice {

namespace {

// Long enough that a scroll in progress asks for nothing, short enough to feel immediate.
constexpr auto kDebounce = std::chrono::milliseconds(60);
// Rows above and below the visible ones that are fetched too, so a small scroll finds them loaded.
constexpr int kMargin = PagedTableModel::kPageSize / 2;

} // namespace

PagedTableModel::PagedTableModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounce);
    connect(&m_debounce, &QTimer::timeout, this, &PagedTableModel::fetchWanted);
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rowsInWindow(m_total);
}

int PagedTableModel::rowsInWindow(qint64 total) const
{
    return int(qBound(qint64(0), total - m_windowStart, qint64(m_windowRows)));
}

qint64 PagedTableModel::lastWindowStart(qint64 total) const
{
    return qMax(qint64(0), total - m_windowRows);
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    return rowData(m_windowStart + index.row(), index.column(), role);
}

QVariant PagedTableModel::rowData(qint64 row, int column, int role) const
{
    const QJsonValue value = rowValue(row);
    if (!value.isUndefined())
        return cellData(value, column, role);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("…");
    case Qt::ToolTipRole:
        return tr("Loading…");
    case Qt::ForegroundRole:
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return QLocale().toString(m_windowStart + section + 1);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void PagedTableModel::setWindowRows(int rows)
{
    beginResetModel();
    m_windowRows = qMax(1, rows);
    m_windowStart = qMin(m_windowStart, lastWindowStart(m_total));
    endResetModel();
}

void PagedTableModel::moveWindow(qint64 start)
{
    start = qBound(qint64(0), start, lastWindowStart(m_total));
    if (start == m_windowStart)
        return;
    // Same row count, other rows: the view keeps its sections (cheap), only what they show changes.
    beginResetModel();
    m_windowStart = start;
    endResetModel();
}

void PagedTableModel::setVisibleRows(qint64 first, qint64 last)
{
    m_firstVisible = qMax(qint64(0), first);
    m_lastVisible = qMax(m_firstVisible, last);
    m_debounce.start();
}

void PagedTableModel::fetchVisibleNow()
{
    m_debounce.stop();
    fetchWanted();
}

bool PagedTableModel::isRowLoaded(qint64 row) const
{
    return !rowValue(row).isUndefined();
}

QJsonValue PagedTableModel::rowValue(qint64 row) const
{
    if (row < 0 || row >= m_total)
        return QJsonValue(QJsonValue::Undefined);
    const auto page = m_pages.constFind(int(row / kPageSize));
    if (page == m_pages.cend() || row % kPageSize >= page->size())
        return QJsonValue(QJsonValue::Undefined);
    return page->at(row % kPageSize);
}

void PagedTableModel::setMaxCachedPages(int pages)
{
    m_maxCachedPages = qMax(1, pages);
    evictFarthest();
}

int PagedTableModel::pageCount() const
{
    // Before the first answer the total is not known: page 0 is fetched to learn it.
    return qMax(1, int((m_total + kPageSize - 1) / kPageSize));
}

void PagedTableModel::fetchWanted()
{
    const int firstPage = int(qMax(qint64(0), m_firstVisible - kMargin) / kPageSize);
    const int lastPage = qMin(pageCount() - 1, int((m_lastVisible + kMargin) / kPageSize));
    // The visible pages first: from the top of the view down, then the margins.
    const int firstShown = qMin(int(m_firstVisible / kPageSize), lastPage);
    QList<int> wanted;
    for (int page = firstShown; page <= lastPage; ++page)
        wanted << page;
    for (int page = firstShown - 1; page >= firstPage; --page)
        wanted << page;
    for (int page : std::as_const(wanted)) {
        if (m_inFlight.size() >= kMaxRequestsInFlight)
            return;
        if (!m_pages.contains(page) && !m_inFlight.contains(page))
            fetchPage(page);
    }
}

void PagedTableModel::fetchPage(int page)
{
    const QString path = pagePath(qint64(page) * kPageSize, kPageSize);
    if (path.isEmpty())
        return;
    m_inFlight.insert(page);
    m_client->getJson(path, this, [this, page, generation = m_generation](const Result<QJsonObject> &answer) {
        if (generation != m_generation)
            return; // asked for a source, sort or filter no longer shown
        m_inFlight.remove(page);
        if (!answer) {
            m_error = answer.error().message;
            emit loadFailed(m_error);
            return; // no retry here: the next scroll or reload asks again
        }
        m_error.clear();
        storePage(page, *answer);
        fetchWanted();
    });
}

void PagedTableModel::storePage(int page, const QJsonObject &answer)
{
    setTotal(answer.value(QStringLiteral("total")).toInteger());
    const QJsonArray rows = rowsOf(answer);
    const qint64 first = qint64(page) * kPageSize;
    if (rows.isEmpty() || first >= m_total)
        return;
    m_pages.insert(page, rows);
    evictFarthest();
    if (!m_pages.contains(page))
        return;
    const qint64 last = qMin(first + rows.size(), m_total) - 1;
    emitRowsChanged(first, last);
    emit pageLoaded(first, int(last - first + 1));
}

void PagedTableModel::evictFarthest()
{
    const int center = int((m_firstVisible + m_lastVisible) / 2 / kPageSize);
    while (m_pages.size() > m_maxCachedPages) {
        int farthest = m_pages.cbegin().key();
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (qAbs(it.key() - center) > qAbs(farthest - center))
                farthest = it.key();
        }
        m_pages.remove(farthest);
        const qint64 first = qint64(farthest) * kPageSize;
        emitRowsChanged(first, first + kPageSize - 1);
    }
}

void PagedTableModel::emitRowsChanged(qint64 first, qint64 last)
{
    // Only the part inside the window concerns the view.
    const qint64 top = qMax(first, m_windowStart) - m_windowStart;
    const qint64 bottom = qMin(last, m_windowStart + rowCount() - 1) - m_windowStart;
    if (top <= bottom && columnCount() > 0)
        emit dataChanged(index(int(top), 0), index(int(bottom), columnCount() - 1));
}

void PagedTableModel::restart(qint64 expectedTotal)
{
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_inFlight.clear();
    m_error.clear();
    m_total = qMax(qint64(0), expectedTotal);
    m_windowStart = 0;
    const qint64 span = m_lastVisible - m_firstVisible;
    m_firstVisible = 0;
    m_lastVisible = span;
    endResetModel();
    emit totalChanged(m_total);
    m_debounce.stop();
    fetchWanted();
}

void PagedTableModel::setTotal(qint64 total)
{
    total = qMax(qint64(0), total);
    if (total == m_total)
        return;
    const auto dropPagesFrom = [this](qint64 end) {
        m_pages.removeIf([end](const auto &page) { return qint64(page.key()) * kPageSize >= end; });
    };
    if (m_windowStart > lastWindowStart(total)) {
        // The table shrank above the window: show its end.
        beginResetModel();
        m_total = total;
        m_windowStart = lastWindowStart(total);
        dropPagesFrom(total);
        endResetModel();
    } else {
        const int before = rowsInWindow(m_total);
        const int after = rowsInWindow(total);
        if (after > before) {
            beginInsertRows(QModelIndex(), before, after - 1);
            m_total = total;
            endInsertRows();
        } else if (after < before) {
            beginRemoveRows(QModelIndex(), after, before - 1);
            m_total = total;
            dropPagesFrom(total);
            endRemoveRows();
        } else {
            m_total = total; // the change lies beyond the window
            dropPagesFrom(total);
        }
    }
    emit totalChanged(m_total);
}

} // namespace sluice
