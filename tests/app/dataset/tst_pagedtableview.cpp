#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include "app/client/apiclient.h"
#include "app/ui/dataset/pagedtablemodel.h"
#include "app/ui/dataset/pagedtableview.h"

using namespace sluice;

namespace {

/// A table of `rows` rows that are never fetched (there is no server): enough to see how the
/// view handles its length.
class UnfetchedRowsModel final : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;

    void setRows(qint64 rows) { restart(rows); }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override { return parent.isValid() ? 0 : 3; }

protected:
    QString pagePath(qint64, int) const override { return {}; }
    QJsonArray rowsOf(const QJsonObject &) const override { return {}; }
    QVariant cellData(const QJsonValue &, int, int) const override { return {}; }
};

} // namespace

class tst_PagedTableView : public QObject
{
    Q_OBJECT
private slots:
    void tenMillionRowsInAWindow();
};

void tst_PagedTableView::tenMillionRowsInAWindow()
{
    constexpr qint64 kRows = 10'000'000;
    ApiClient client;
    UnfetchedRowsModel model(&client);
    PagedTableView view;
    view.setPagedModel(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.setRows(kRows);

    // The table inside holds one window of rows; the scroll bar covers all of them.
    QHeaderView *rowHeader = view.table()->verticalHeader();
    QCOMPARE(rowHeader->count(), PagedTableModel::kDefaultWindowRows);
    QScrollBar *bar = view.scrollBar();
    QCOMPARE(qint64(bar->maximum()), kRows - bar->pageStep());
    QCOMPARE(model.rowData(kRows / 2, 0).toString(), QStringLiteral("…")); // a placeholder

    // To the end and back, in large jumps: the window follows, its size never changes.
    for (qint64 top = 0; top <= kRows; top += kRows / 50) {
        bar->setValue(int(qMin<qint64>(top, bar->maximum())));
        const auto [first, last] = view.visibleRows();
        QVERIFY(first <= bar->value() && bar->value() <= last);
        QVERIFY(first >= model.windowStart() && last < model.windowStart() + model.rowCount());
        QCOMPARE(rowHeader->count(), PagedTableModel::kDefaultWindowRows);
    }
    QCOMPARE(view.visibleRows().second, kRows - 1);
    const int bottom = view.table()->rowAt(view.table()->viewport()->height() - 1);
    QCOMPARE(model.headerData(bottom, Qt::Vertical).toString(), QLocale().toString(kRows));
    view.scrollToRow(0);
    QCOMPARE(model.windowStart(), 0);
    QCOMPARE(view.visibleRows().first, 0);

    // Ctrl+End goes to the table's last row, not the window's; Ctrl+Home back to the first.
    view.table()->setFocus();
    QTest::keyClick(view.table(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(model.windowStart() + view.table()->currentIndex().row(), kRows - 1);
    QCOMPARE(view.visibleRows().second, kRows - 1);
    QTest::keyClick(view.table(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(model.windowStart() + view.table()->currentIndex().row(), 0);
    QCOMPARE(view.visibleRows().first, 0);
}

QTEST_MAIN(tst_PagedTableView)
#include "tst_pagedtableview.moc"
