#include <QJsonArray>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "app/appfixture.h"
#include "app/ui/charts/chartsview.h"
#include "app/ui/dataset/columnstatisticsmodel.h"
#include "app/ui/dataset/datasetdataview.h"
#include "app/ui/dataset/datasetoverview.h"
#include "app/ui/dataset/datasetpage.h"
#include "app/ui/dataset/datasetrowsmodel.h"
#include "app/ui/dataset/rejectedrowsmodel.h"
#include "app/ui/dataset/rejectedrowsview.h"
#include "app/ui/datasetlistmodel.h"
#include "app/ui/datasetspanel.h"
#include "app/ui/emptystate.h"
#include "app/ui/exportdialog.h"
#include "datasetfixture.h"
#include "support/testserver.h"

using namespace sluice;

class tst_DatasetPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void followsTheSelectedDatasetLive();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// Large enough that the import still runs when the page has subscribed to the dataset's
// events (a few seconds), small enough to stay quick.
constexpr qint64 kLiveRows = 400000;

QByteArray rejectsCsv()
{
    QByteArray csv = "id,name,amount\n";
    for (int i = 1; i <= 30; ++i)
        csv += QByteArray::number(i) + ",name" + QByteArray::number(i) + ',' + QByteArray::number(i * 7) + '\n';
    csv += "31,short\n32,long,1,2\n33,\"quoted, but one field too many\",1,2\n";
    return csv;
}

} // namespace

void tst_DatasetPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_DatasetPage::followsTheSelectedDatasetLive()
{
    test::TestServer server;
    QVERIFY(server.start());
    test::AppFixture app(*m_dir);
    app.window->resize(1500, 950);
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    DatasetPage *page = app.window->datasetPage();
    DatasetsPanel *panel = app.window->datasetsPanel();
    auto *empty = app.window->findChild<EmptyState *>(QStringLiteral("centralEmptyState"));
    QVERIFY(empty && page);
    QVERIFY(empty->isVisible()); // nothing selected: what to do
    QVERIFY(!page->isVisible());

    app.client.setServer(server.url(), server.token());
    QTRY_COMPARE_WITH_TIMEOUT(app.events.state(), EventSocket::State::Connected, 30000);
    app.window->addPaths({ test::writeSalesCsv(*m_dir, QStringLiteral("live_sales.csv"), kLiveRows, 9) });
    const QString id = test::waitForDataset(*panel->model(), QStringLiteral("live_sales"));
    QVERIFY(!id.isEmpty());

    // Partial profiles shown while the import runs, with the count the table showed then.
    int partials = 0;
    qint64 partialCount = -1;
    DatasetOverview *overview = page->overview();
    ColumnStatisticsModel *statistics = overview->statisticsModel();
    connect(page, &DatasetPage::profileApplied, this, [&](const QJsonObject &profile) {
        if (profile.value(QStringLiteral("final")).toBool())
            return;
        ++partials;
        const int row = statistics->rowOf(QStringLiteral("id"));
        partialCount = statistics->index(row, ColumnStatisticsModel::CountColumn)
                           .data(ColumnStatisticsModel::ValueRole)
                           .toLongLong();
    });

    // Selecting it in the sidebar shows its page, which follows its events.
    QVERIFY(panel->selectDataset(id));
    QVERIFY(page->isVisible());
    QVERIFY(!empty->isVisible());
    QCOMPARE(page->datasetId(), id);
    QVERIFY(app.events.topics().contains(QStringLiteral("dataset:") + id));
    QVERIFY(page->chartsView());
    QCOMPARE(page->tabs()->count(), 4);

    QTRY_VERIFY_WITH_TIMEOUT(statistics->isFinal(), 240000);
    QVERIFY2(partials > 0, "no partial profile arrived while importing");
    QVERIFY(partialCount > 0 && partialCount <= kLiveRows);
    QCOMPARE(statistics->profiledRows(), kLiveRows);
    const int idRow = statistics->rowOf(QStringLiteral("id"));
    QVERIFY(idRow >= 0);
    QCOMPARE(statistics->index(idRow, ColumnStatisticsModel::CountColumn)
                 .data(ColumnStatisticsModel::ValueRole)
                 .toLongLong(),
        kLiveRows);
    QCOMPARE(
        statistics->index(idRow, ColumnStatisticsModel::MaxColumn).data(ColumnStatisticsModel::ValueRole).toLongLong(),
        kLiveRows);
    QTRY_COMPARE_WITH_TIMEOUT(overview->stateText(), QStringLiteral("Ready"), 30000);
    QCOMPARE(overview->rowsText(), QLocale().toString(kLiveRows));
    QCOMPARE(overview->schemaTable()->rowCount(), 10);
    QVERIFY(page->exportButton()->isEnabled());
    test::saveScreenshot(*app.window, QStringLiteral("dataset-overview.png"));

    page->tabs()->setCurrentWidget(page->dataView());
    DatasetRowsModel *rows = page->dataView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(rows->total() == kLiveRows && rows->isRowLoaded(0), 30000);
    test::saveScreenshot(*app.window, QStringLiteral("dataset-data.png"));

    // Export… opens the export dialog for this dataset.
    page->exportButton()->click();
    auto *dialog = app.window->findChild<ExportDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->datasetId(), id, 30000); // once its list of datasets arrived
    dialog->reject();

    // A file with bad rows: the Errors tab lists them.
    app.window->addPaths({ test::writeTextFile(*m_dir, QStringLiteral("rejects.csv"), rejectsCsv()) });
    const QString rejectsId = test::waitForDataset(*panel->model(), QStringLiteral("rejects"));
    QVERIFY(!rejectsId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectDataset(rejectsId) && page->datasetId() == rejectsId
            && page->detail().value(QStringLiteral("state")).toString() == u"ready",
        120000);
    QVERIFY(!app.events.topics().contains(QStringLiteral("dataset:") + id)); // the previous one is left
    QVERIFY(app.events.topics().contains(QStringLiteral("dataset:") + rejectsId));
    page->tabs()->setCurrentWidget(page->rejectedRowsView());
    RejectedRowsModel *rejected = page->rejectedRowsView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(rejected->rowCount() == 3 && rejected->isRowLoaded(2), 30000);
    QCOMPARE(page->tabs()->tabText(page->tabs()->currentIndex()), QStringLiteral("Errors (3)"));
    QCOMPARE(rejected->index(0, RejectedRowsModel::LineColumn).data().toString(), QStringLiteral("32"));
    test::saveScreenshot(*app.window, QStringLiteral("dataset-errors.png"));

    // Once deleted, the central area says what to do again.
    panel->deleteDataset(rejectsId, true);
    QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 30000);
    QVERIFY(!page->isVisible());
    QVERIFY(page->datasetId().isEmpty());
    QVERIFY(!app.events.topics().contains(QStringLiteral("dataset:") + rejectsId));
}

QTEST_MAIN(tst_DatasetPage)
#include "tst_datasetpage.moc"
