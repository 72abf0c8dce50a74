#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "app/client/apiclient.h"
#include "app/client/eventsocket.h"
#include "app/client/uploadqueue.h"
#include "app/ui/datasetlistmodel.h"
#include "app/ui/exportdialog.h"
#include "appfixture.h"
#include "support/testserver.h"

using namespace sluice;

class tst_ExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void parametersPreviewAndErrors();
};

void tst_ExportDialog::parametersPreviewAndErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::TestServer server;
    QVERIFY(server.start());
    ApiClient client;
    client.setServer(server.url(), server.token());
    EventSocket events(&client);
    DatasetListModel datasets(&client);
    connect(&events, &EventSocket::eventReceived, &datasets, &DatasetListModel::applyEvent);
    connect(&events, &EventSocket::resynchronizationNeeded, &datasets, &DatasetListModel::refresh);
    events.subscribe({ QStringLiteral("datasets") });
    events.open();
    UploadQueue uploads(&client, dir.filePath(QStringLiteral("uploads.json")));
    uploads.addFile(test::writeSalesCsv(dir, QStringLiteral("export_sales.csv"), 400, 11));
    QTRY_VERIFY_WITH_TIMEOUT(datasets.rowCount() == 1
                                 && datasets.index(0).data(DatasetListModel::StateRole).toString() == u"ready",
                             120000);
    const QString id = datasets.index(0).data(DatasetListModel::IdRole).toString();

    ExportDialog dialog(&client, nullptr, id);
    QSignalSpy profiles(&dialog, &ExportDialog::profileLoaded);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(profiles.count(), 1, 30000);
    QCOMPARE(dialog.datasetId(), id);
    QVERIFY(dialog.neutralizeCheck()->isChecked()); // safe by default

    // Keep date, team and quantity; quantity moved before team.
    for (const QString &name : dialog.columnOrder()) {
        const bool keep = name == u"date" || name == u"team" || name == u"quantity";
        QVERIFY(dialog.setColumnChecked(name, keep));
    }
    QVERIFY(dialog.moveColumn(QStringLiteral("quantity"), -3));
    QCOMPARE(dialog.columnOrder().mid(2, 3),
             (QStringList { QStringLiteral("date"), QStringLiteral("quantity"), QStringLiteral("team") }));
    QVERIFY(!dialog.moveColumn(dialog.columnOrder().first(), -1));

    dialog.dateColumnCombo()->setCurrentIndex(dialog.dateColumnCombo()->findData(QStringLiteral("date")));
    // The date edits are bounded by the column's range (the generator writes 2016-2017).
    QVERIFY(dialog.fromEdit()->isEnabled());
    QVERIFY(dialog.fromEdit()->minimumDate().year() >= 2016);
    QVERIFY(dialog.toEdit()->maximumDate().year() <= 2017);
    dialog.fromEdit()->setDate(QDate(2016, 3, 1));
    dialog.toEdit()->setDate(QDate(2016, 9, 30));
    dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(QStringLiteral("csv.gz")));
    dialog.delimiterCombo()->setCurrentIndex(dialog.delimiterCombo()->findData(QStringLiteral(";")));

    const QJsonObject expected {
        { QStringLiteral("datasetId"), id },
        { QStringLiteral("columns"), QJsonArray { QStringLiteral("date"), QStringLiteral("quantity"), QStringLiteral("team") } },
        { QStringLiteral("filters"), QJsonArray { QJsonObject { { QStringLiteral("column"), QStringLiteral("date") },
                                                                { QStringLiteral("from"), QStringLiteral("2016-03-01") },
                                                                { QStringLiteral("to"), QStringLiteral("2016-09-30") } } } },
        { QStringLiteral("format"), QStringLiteral("csv.gz") },
        { QStringLiteral("delimiter"), QStringLiteral(";") },
        { QStringLiteral("bom"), false },
        { QStringLiteral("neutralizeFormulas"), true },
    };
    QCOMPARE(dialog.parameters(), expected);

    // The preview equals what the server counts for the same range, asked in the query form.
    QSignalSpy previews(&dialog, &ExportDialog::previewUpdated);
    dialog.updatePreview();
    QTRY_VERIFY_WITH_TIMEOUT(!previews.isEmpty(), 30000);
    qint64 serverTotal = -1;
    QUrlQuery rangeQuery;
    rangeQuery.addQueryItem(QStringLiteral("limit"), QStringLiteral("0"));
    rangeQuery.addQueryItem(QStringLiteral("from.date"), QStringLiteral("2016-03-01"));
    rangeQuery.addQueryItem(QStringLiteral("to.date"), QStringLiteral("2016-09-30"));
    client.getJson(QStringLiteral("/api/v1/datasets/") + id + QStringLiteral("/rows?") + rangeQuery.toString(QUrl::FullyEncoded), this,
                  [&serverTotal](const Result<QJsonObject> &result) {
                      serverTotal = result ? qint64(result->value(QStringLiteral("total")).toDouble()) : -2;
                  });
    QTRY_VERIFY_WITH_TIMEOUT(serverTotal != -1, 30000);
    QVERIFY(serverTotal > 0 && serverTotal < 400); // the range really filters
    QCOMPARE(dialog.previewRowCount(), serverTotal);
    test::saveScreenshot(dialog, QStringLiteral("exportdialog.png"));

    // An impossible filter: the server's message is shown in the dialog, which stays open.
    dialog.numberColumnCombo()->setCurrentIndex(dialog.numberColumnCombo()->findData(QStringLiteral("quantity")));
    dialog.minimumEdit()->setText(QStringLiteral("plenty"));
    QSignalSpy errors(&dialog, &ExportDialog::errorShown);
    dialog.updatePreview();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 30000);
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(dialog.previewRowCount(), -1);
    errors.clear();
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 30000);
    QVERIFY(dialog.errorText().contains(QStringLiteral("refused")));
    QVERIFY(dialog.isVisible());
    test::saveScreenshot(dialog, QStringLiteral("exportdialog_error.png"));

    // A fixed form starts the export.
    dialog.minimumEdit()->setText(QStringLiteral("10"));
    QSignalSpy started(&dialog, &ExportDialog::exportStarted);
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000);
    const QJsonObject task = started.first().first().toJsonObject();
    QCOMPARE(task.value(QStringLiteral("type")).toString(), QStringLiteral("export"));
    QCOMPARE(task.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("columns")),
             expected.value(QStringLiteral("columns")));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
