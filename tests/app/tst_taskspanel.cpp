#include <QCryptographicHash>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "app/client/apiclient.h"
#include "app/client/eventsocket.h"
#include "app/client/resultdownloader.h"
#include "app/client/uploadqueue.h"
#include "app/ui/datasetlistmodel.h"
#include "app/ui/emptystate.h"
#include "app/ui/exportdialog.h"
#include "app/ui/taskspanel.h"
#include "app/ui/tasktablemodel.h"
#include "appfixture.h"
#include "support/testserver.h"

using namespace sluice;

namespace {

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

class tst_TasksPanel : public QObject
{
    Q_OBJECT
private slots:
    void listsDownloadsCancelsAndRemoves();
};

void tst_TasksPanel::listsDownloadsCancelsAndRemoves()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerConfig config = test::TestServer::loopbackConfig();
    config.taskWorkers = 1; // later exports wait in the queue behind the first
    test::TestServer server(config);
    QVERIFY(server.start());
    ApiClient client;
    EventSocket events(&client);
    TasksPanel panel(&client, &events);
    panel.resize(1100, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *empty = panel.findChild<EmptyState *>();
    QVERIFY(empty && empty->isVisible()); // no server, no tasks: it says what tasks are

    client.setServer(server.url(), server.token());
    DatasetListModel datasets(&client);
    connect(&events, &EventSocket::eventReceived, &datasets, &DatasetListModel::applyEvent);
    connect(&events, &EventSocket::resynchronizationNeeded, &datasets, &DatasetListModel::refresh);
    events.subscribe({ QStringLiteral("datasets") });
    events.open();
    QTRY_COMPARE(events.state(), EventSocket::State::Connected);
    UploadQueue uploads(&client, dir.filePath(QStringLiteral("uploads.json")));
    uploads.addFile(test::writeSalesCsv(dir, QStringLiteral("tasks_sales.csv"), 60000, 5));
    QTRY_VERIFY_WITH_TIMEOUT(datasets.rowCount() == 1
                                 && datasets.index(0).data(DatasetListModel::StateRole).toString() == u"ready",
                             180000);
    const QString datasetId = datasets.index(0).data(DatasetListModel::IdRole).toString();
    TaskTableModel *model = panel.model();
    QTRY_VERIFY(model->rowCount() >= 1); // the import, from the events
    QVERIFY(!empty->isVisible());

    // An export started with the dialog's parameters is listed and succeeds.
    ExportDialog dialog(&client, nullptr, datasetId);
    QSignalSpy profiles(&dialog, &ExportDialog::profileLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(profiles.count(), 1, 30000);
    QSignalSpy started(&dialog, &ExportDialog::exportStarted);
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000);
    const QString exportId = started.first().first().toJsonObject().value(QStringLiteral("id")).toString();
    QVERIFY(!exportId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(model->taskById(exportId).value(QStringLiteral("state")).toString() == u"succeeded",
                             120000);
    const int row = model->rowOf(exportId);
    QCOMPARE(model->index(row, TaskTableModel::TypeColumn).data().toString(), QStringLiteral("Export"));
    QCOMPARE(model->index(row, TaskTableModel::DatasetColumn).data().toString(), QStringLiteral("tasks_sales"));
    QCOMPARE(model->index(row, TaskTableModel::ProgressColumn).data(TaskTableModel::ProgressRole).toInt(), 100);
    QVERIFY(model->index(row, TaskTableModel::StateColumn).data(Qt::ToolTipRole).toString().contains(datasetId));
    QVERIFY(panel.selectTask(exportId));
    auto *download = panel.findChild<QPushButton *>(QStringLiteral("downloadTaskButton"));
    auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("cancelTaskButton"));
    auto *remove = panel.findChild<QPushButton *>(QStringLiteral("removeTaskButton"));
    QVERIFY(download && cancel && remove);
    QVERIFY(download->isEnabled());
    QVERIFY(!cancel->isEnabled());
    test::saveScreenshot(panel, QStringLiteral("taskspanel.png"));

    // The download's bytes are the server's result.
    const QJsonObject result = model->taskById(exportId).value(QStringLiteral("result")).toObject();
    const QString target = dir.filePath(QStringLiteral("export.csv"));
    QSignalSpy downloaded(&panel, &TasksPanel::downloadFinished);
    panel.downloadTo(exportId, target);
    QTRY_COMPARE_WITH_TIMEOUT(downloaded.count(), 1, 60000);
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    QCOMPARE(sha256Of(target), result.value(QStringLiteral("sha256")).toString());
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("showInFolderButton"))->isVisibleTo(&panel));

    // An interrupted download continues from the bytes it has, with a Range request.
    QFile whole(target);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    QVERIFY(bytes.size() > 2);
    const QString second = dir.filePath(QStringLiteral("second.csv"));
    QVERIFY(!test::writeTextFile(dir, QStringLiteral("second.csv.part"), bytes.left(bytes.size() / 2)).isEmpty());
    ResultDownloader resumed(&client, exportId, second);
    QSignalSpy resumedDone(&resumed, &ResultDownloader::finished);
    resumed.resume();
    QTRY_COMPARE_WITH_TIMEOUT(resumedDone.count(), 1, 60000);
    QCOMPARE(resumed.resumeCount(), 1);
    QCOMPARE(resumed.lastStatus(), 206);
    QCOMPARE(sha256Of(second), result.value(QStringLiteral("sha256")).toString());

    // Cancel: many exports sent at once queue behind one worker (sent one by one, each would
    // end before the next arrives); the last is canceled before it ends.
    QJsonObject body { { QStringLiteral("type"), QStringLiteral("export") },
                       { QStringLiteral("parameters"), dialog.parameters() } };
    constexpr int kQueued = 16;
    QStringList ids;
    for (int i = 0; i < kQueued; ++i) {
        client.postJson(QStringLiteral("/api/v1/tasks"), body, this, [&ids](const Result<QJsonObject> &answer) {
            if (answer)
                ids << answer->value(QStringLiteral("id")).toString();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(ids.size(), kQueued, 30000);
    const QString lastId = ids.constLast();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(lastId) >= 0, 30000);
    QVERIFY(panel.selectTask(lastId));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->taskById(lastId).value(QStringLiteral("state")).toString() == u"canceled", 60000);
    QCOMPARE(model->index(model->rowOf(lastId), TaskTableModel::StateColumn).data().toString(), QStringLiteral("canceled"));

    // Remove: gone from the table and from the server.
    QVERIFY(panel.selectTask(lastId));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(lastId), -1, 30000);
    int status = 0;
    client.getJson(QStringLiteral("/api/v1/tasks/") + lastId, this, [&status](const Result<QJsonObject> &answer) {
        status = answer ? 200 : (answer.error().code == ErrorCode::NotFound ? 404 : 500);
    });
    QTRY_VERIFY_WITH_TIMEOUT(status != 0, 30000);
    QCOMPARE(status, 404);
    QVERIFY(panel.lastError().isEmpty());
}

QTEST_MAIN(tst_TasksPanel)
#include "tst_taskspanel.moc"
