#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/appfixture.h"
#include "app/ui/dataset/pagedtableview.h"
#include "app/ui/dataset/rejectedrowsmodel.h"
#include "app/ui/dataset/rejectedrowsview.h"
#include "datasetfixture.h"

using namespace sluice;

class tst_RejectedRowsView : public QObject
{
    Q_OBJECT
private slots:
    void listsAndSavesTheRejectedRows();
};

namespace {

// 20 good rows, and three an import must reject: a field missing, one too many, and two too many.
QByteArray craftedCsv()
{
    QByteArray csv = "id,name,amount\n";
    for (int i = 1; i <= 20; ++i) {
        csv += QByteArray::number(i) + ",name" + QByteArray::number(i) + ',' + QByteArray::number(i * 10) + '\n';
        if (i == 5)
            csv += "105,short\n"; // line 7
        if (i == 10)
            csv += "110,long,1,2\n"; // line 13
        if (i == 15)
            csv += "115,wide,1,2,3\n"; // line 19
    }
    return csv;
}

} // namespace

void tst_RejectedRowsView::listsAndSavesTheRejectedRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::DatasetFixture fixture(dir);
    QVERIFY(fixture.start());
    const QString id = fixture.importReady(
        test::writeTextFile(dir, QStringLiteral("crafted.csv"), craftedCsv()), QStringLiteral("crafted"));
    QVERIFY(!id.isEmpty());
    const QJsonObject detail = fixture.getJson(QStringLiteral("/api/v1/datasets/") + id);
    QCOMPARE(detail.value(QStringLiteral("rows")).toInteger(), 20);
    QCOMPARE(detail.value(QStringLiteral("errors")).toInteger(), 3);

    RejectedRowsView view(&fixture.client);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.saveButton()->isEnabled());
    view.setDataset(id, QStringLiteral("crafted"), 3);
    RejectedRowsModel *model = view.model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 3 && model->isRowLoaded(2), 30000);
    QVERIFY(view.saveButton()->isEnabled());

    const auto text = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(text(0, RejectedRowsModel::LineColumn), QStringLiteral("7"));
    QVERIFY2(text(0, RejectedRowsModel::ReasonColumn).contains(QStringLiteral("2 fields")),
        qPrintable(text(0, RejectedRowsModel::ReasonColumn)));
    QCOMPARE(text(0, RejectedRowsModel::ColumnColumn), QStringLiteral("(whole row)"));
    QCOMPARE(text(0, RejectedRowsModel::RawColumn), QStringLiteral("105,short"));
    QCOMPARE(text(1, RejectedRowsModel::LineColumn), QStringLiteral("13"));
    QVERIFY(text(1, RejectedRowsModel::ReasonColumn).contains(QStringLiteral("4 fields")));
    QCOMPARE(text(2, RejectedRowsModel::LineColumn), QStringLiteral("19"));
    QVERIFY(text(2, RejectedRowsModel::ReasonColumn).contains(QStringLiteral("5 fields")));

    // Save as CSV writes the server's CSV of them.
    QSignalSpy saved(&view, &RejectedRowsView::csvSaved);
    const QString target = dir.filePath(QStringLiteral("rejected.csv"));
    view.saveCsv(target);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
    QCOMPARE(saved.first().first().toString(), target);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 5); // header, three rows, and the end of the last line
    QCOMPARE(lines.at(0).trimmed(), QByteArrayLiteral("line,byte_offset,column,reason,raw"));
    QVERIFY(lines.at(1).startsWith("7,"));
    QVERIFY(lines.at(1).contains("105,short"));
    QVERIFY(lines.at(2).startsWith("13,"));
    QVERIFY(lines.at(3).startsWith("19,"));
    QVERIFY(view.statusText().contains(QStringLiteral("Saved")));

    // A place that cannot be written: the reason is shown, nothing is left behind.
    QSignalSpy failed(&view, &RejectedRowsView::csvSaveFailed);
    view.saveCsv(dir.filePath(QStringLiteral("no/such/folder/rejected.csv")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QVERIFY(view.statusText().contains(QStringLiteral("Could not save")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no/such/folder/rejected.csv"))));
    QVERIFY(view.saveButton()->isEnabled());
}

QTEST_MAIN(tst_RejectedRowsView)
#include "tst_rejectedrowsview.moc"
