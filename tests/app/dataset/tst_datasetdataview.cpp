#include <memory>

#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QLineEdit>
#include <QComboBox>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "app/appfixture.h"
#include "app/ui/dataset/datasetdataview.h"
#include "app/ui/dataset/datasetrowsmodel.h"
#include "app/ui/dataset/pagedtableview.h"
#include "app/ui/dataset/rowfilterbar.h"
#include "datasetfixture.h"

using namespace sluice;

class tst_DatasetDataView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pagesAsItScrolls();
    void sortsOnTheServer();
    void filtersOnTheServer();
    void fitsColumnsOnceShown();

private:
    QString cell(int row, const QString &column) const;
    /// The fields of the generated row with id `id`: date, team, product, quantity, unit_price.
    QStringList generatedRow(qint64 id) const;
    /// Waits until the rows from `first` to `last` are loaded.
    bool waitForRows(qint64 first, qint64 last) const;

    static constexpr qint64 kRows = 3000;
    QTemporaryDir m_dir;
    std::unique_ptr<test::DatasetFixture> m_fixture;
    QString m_id;
    QJsonObject m_detail;
    QByteArray m_csv;
    std::unique_ptr<DatasetDataView> m_view;
};

void tst_DatasetDataView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<test::DatasetFixture>(m_dir);
    QVERIFY(m_fixture->start());
    const QString path = test::writeSalesCsv(m_dir, QStringLiteral("rows_sales.csv"), kRows, 5);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_csv = file.readAll();
    m_id = m_fixture->importReady(path, QStringLiteral("rows_sales"));
    QVERIFY(!m_id.isEmpty());
    m_detail = m_fixture->getJson(QStringLiteral("/api/v1/datasets/") + m_id);
    QCOMPARE(m_detail.value(QStringLiteral("rows")).toInteger(), kRows);
}

void tst_DatasetDataView::init()
{
    m_view = std::make_unique<DatasetDataView>(&m_fixture->client);
    m_view->resize(1000, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setDataset(m_id, m_detail.value(QStringLiteral("schema")).toArray(), kRows);
}

void tst_DatasetDataView::cleanup()
{
    m_view.reset();
}

QString tst_DatasetDataView::cell(int row, const QString &column) const
{
    const DatasetRowsModel *model = m_view->model();
    return model->rowData(row, model->columnOf(column)).toString();
}

QStringList tst_DatasetDataView::generatedRow(qint64 id) const
{
    // The first fields hold neither quotes nor line breaks (region is quoted, with a comma),
    // so a record is found by its id at the start of a line.
    const QRegularExpression record(
        QStringLiteral(R"((?:^|\n)%1,[^,]+,([0-9-]+),(T\d{3}),"[^"]*",([^,]*),(\d+),([0-9.]+),)").arg(id));
    const QRegularExpressionMatch match = record.match(QString::fromUtf8(m_csv));
    return match.hasMatch() ? match.capturedTexts().mid(1) : QStringList();
}

bool tst_DatasetDataView::waitForRows(qint64 first, qint64 last) const
{
    return QTest::qWaitFor(
        [&] { return m_view->model()->isRowLoaded(first) && m_view->model()->isRowLoaded(last); }, 30000);
}

void tst_DatasetDataView::pagesAsItScrolls()
{
    DatasetRowsModel *model = m_view->model();
    PagedTableView *table = m_view->view();
    QCOMPARE(model->total(), kRows); // the length is known before any row arrives
    QVERIFY(waitForRows(0, 0));
    QCOMPARE(cell(0, QStringLiteral("id")), QStringLiteral("1"));
    QVERIFY(!model->isRowLoaded(kRows - 1)); // far below the view: not fetched
    QCOMPARE(model->rowData(kRows - 1, 0).toString(), QStringLiteral("…"));

    // Scroll from the top to the bottom, half a page at a time: every page is visited, the
    // cache never holds more than its bound, and the table inside is given a window of 500
    // rows at most, which moves along.
    model->setMaxCachedPages(4);
    model->setWindowRows(500);
    QScrollBar *bar = table->scrollBar();
    QCOMPARE(bar->maximum(), int(kRows) - bar->pageStep());
    int mostCached = 0;
    for (int value = 0;; value += PagedTableModel::kPageSize / 2) {
        bar->setValue(qMin(value, bar->maximum()));
        const auto [first, last] = table->visibleRows();
        QVERIFY(first <= bar->value() && bar->value() <= last); // at the end the top row may show in part
        QVERIFY2(waitForRows(first, last), qPrintable(QStringLiteral("rows %1-%2").arg(first).arg(last)));
        QVERIFY(table->table()->verticalHeader()->count() <= 500);
        mostCached = qMax(mostCached, model->cachedPageCount());
        if (value >= bar->maximum())
            break;
    }
    QVERIFY(mostCached <= 4);
    QVERIFY(mostCached >= 2);
    QVERIFY(!model->isRowLoaded(0)); // dropped on the way down
    QVERIFY(model->windowStart() > 0);
    // The row numbers shown are the table's, not the window's.
    const int topSection = table->table()->rowAt(0);
    QCOMPARE(model->headerData(topSection, Qt::Vertical).toString(),
        QLocale().toString(model->windowStart() + topSection + 1));

    // Late rows hold what the generator wrote there.
    for (const qint64 row : { kRows - 1, kRows - 150 }) {
        QVERIFY(model->isRowLoaded(row));
        const QStringList expected = generatedRow(row + 1);
        QCOMPARE(expected.size(), 5);
        QCOMPARE(cell(row, QStringLiteral("id")), QString::number(row + 1));
        QCOMPARE(cell(row, QStringLiteral("date")), expected.at(0));
        QCOMPARE(cell(row, QStringLiteral("team")), expected.at(1));
        QCOMPARE(cell(row, QStringLiteral("product")), expected.at(2));
        QCOMPARE(cell(row, QStringLiteral("quantity")), expected.at(3));
        QCOMPARE(cell(row, QStringLiteral("unit_price")).toDouble(), expected.at(4).toDouble());
    }

    // The wheel and the keys move the table's own (hidden) scroll bar: the window follows.
    const qint64 before = model->windowStart();
    table->table()->verticalScrollBar()->setValue(0);
    QCOMPARE(bar->value(), int(before));
    QCOMPARE(table->visibleRows().first, before);
    QVERIFY(model->windowStart() < before);

    table->scrollToRow(0);
    QCOMPARE(model->windowStart(), 0);
    QCOMPARE(bar->value(), 0);
    QVERIFY(waitForRows(0, 0));
    QCOMPARE(cell(0, QStringLiteral("id")), QStringLiteral("1"));
}

void tst_DatasetDataView::sortsOnTheServer()
{
    DatasetRowsModel *model = m_view->model();
    PagedTableView *table = m_view->view();
    QVERIFY(waitForRows(0, 0));

    // A header click sorts on the server: the highest id comes first.
    table->table()->sortByColumn(model->columnOf(QStringLiteral("id")), Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0) && cell(0, QStringLiteral("id")) == QString::number(kRows), 30000);
    QCOMPARE(model->total(), kRows);

    table->table()->sortByColumn(model->columnOf(QStringLiteral("quantity")), Qt::AscendingOrder);
    QCOMPARE(model->sortColumn(), model->columnOf(QStringLiteral("quantity")));
    QVERIFY(waitForRows(0, PagedTableModel::kPageSize - 1));
    for (int row = 1; row < PagedTableModel::kPageSize; ++row)
        QVERIFY(cell(row - 1, QStringLiteral("quantity")).toInt() <= cell(row, QStringLiteral("quantity")).toInt());
    QVERIFY(cell(PagedTableModel::kPageSize - 1, QStringLiteral("quantity")).toInt() > 0);

    // The header's third state is file order again.
    table->table()->sortByColumn(-1, Qt::AscendingOrder);
    QCOMPARE(model->sortColumn(), -1);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0) && cell(0, QStringLiteral("id")) == QStringLiteral("1"), 30000);
}

void tst_DatasetDataView::filtersOnTheServer()
{
    DatasetRowsModel *model = m_view->model();
    RowFilterBar *bar = m_view->filterBar();
    QVERIFY(waitForRows(0, 0));

    bar->columnCombo()->setCurrentIndex(bar->columnCombo()->findData(QStringLiteral("team")));
    bar->operatorCombo()->setCurrentIndex(bar->operatorCombo()->findData(int(RowFilterBar::Operator::Equals)));
    bar->valueEdit()->setText(QStringLiteral("T001"));
    QVERIFY(bar->addFilter());
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0) && model->total() < kRows, 30000);
    const QJsonObject counted
        = m_fixture->getJson(QStringLiteral("/api/v1/datasets/%1/rows?limit=0&eq.team=T001").arg(m_id));
    QVERIFY(counted.contains(QStringLiteral("total")));
    QCOMPARE(model->total(), counted.value(QStringLiteral("total")).toInteger());
    QVERIFY(model->total() > 0);
    for (int row = 0; row < qMin<qint64>(model->total(), PagedTableModel::kPageSize); ++row)
        QCOMPARE(cell(row, QStringLiteral("team")), QStringLiteral("T001"));
    QVERIFY(m_view->countText().contains(QStringLiteral("match")));

    // A value the server cannot read: its message is shown in the bar, no rows.
    bar->columnCombo()->setCurrentIndex(bar->columnCombo()->findData(QStringLiteral("quantity")));
    bar->operatorCombo()->setCurrentIndex(bar->operatorCombo()->findData(int(RowFilterBar::Operator::AtLeast)));
    bar->valueEdit()->setText(QStringLiteral("plenty"));
    QVERIFY(bar->addFilter());
    QTRY_VERIFY_WITH_TIMEOUT(bar->errorText().contains(QStringLiteral("must be a number")), 30000);
    QCOMPARE(model->total(), 0);

    bar->clearFilters();
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0) && model->total() == kRows, 30000);
    QVERIFY(bar->errorText().isEmpty());
}

void tst_DatasetDataView::fitsColumnsOnceShown()
{
    // Rows that arrive while the tab is hidden are measured when it shows: hidden, the table
    // would measure every row it holds, not the ones on screen.
    DatasetDataView hidden(&m_fixture->client);
    hidden.resize(1000, 600);
    hidden.setDataset(m_id, m_detail.value(QStringLiteral("schema")).toArray(), kRows);
    QVERIFY(QTest::qWaitFor([&] { return hidden.model()->isRowLoaded(0); }, 30000));
    const QHeaderView *header = hidden.view()->table()->horizontalHeader();
    for (int column = 0; column < hidden.model()->columnCount(); ++column)
        QCOMPARE(header->sectionSize(column), header->defaultSectionSize());

    hidden.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hidden));
    const int id = hidden.model()->columnOf(QStringLiteral("id"));
    QVERIFY(header->sectionSize(id) < header->defaultSectionSize()); // ids of four digits at most
}

QTEST_MAIN(tst_DatasetDataView)
#include "tst_datasetdataview.moc"
