#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "app/ui/uploadspanel.h"
#include "app/ui/uploadtablemodel.h"
#include "appfixture.h"
#include "support/testserver.h"

using namespace sluice;

class tst_UploadsPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void pauseResumeAndCancelActOnTheSelection();
    void importEventsDriveTheRow();
    void formatsSizesAndDurations();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_UploadsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_UploadsPanel::pauseResumeAndCancelActOnTheSelection()
{
    test::TestServer server;
    QVERIFY(server.start());
    test::AppFixture app(*m_dir);
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    app.uploads.setMaximumChunkSize(16 * 1024);  // many chunks: there is time to act while it uploads
    app.client.setServer(server.url(), server.token());
    QTRY_COMPARE(app.events.state(), EventSocket::State::Connected);

    UploadsPanel *panel = app.window->uploadsPanel();
    UploadTableModel *model = panel->model();
    auto *pause = panel->findChild<QPushButton *>(QStringLiteral("pauseButton"));
    auto *resume = panel->findChild<QPushButton *>(QStringLiteral("resumeButton"));
    auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(pause && resume && cancel);

    const QString first = test::writeSalesCsv(*m_dir, QStringLiteral("first.csv"), 4000, 11);
    const QString second = test::writeSalesCsv(*m_dir, QStringLiteral("second.csv"), 4000, 12);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    app.window->addPaths({ first, second });
    QCOMPARE(model->rowCount(), 2);
    TusUploader *one = model->uploader(0);
    TusUploader *two = model->uploader(1);

    // Both selected: Pause acts on both, before they can finish (no event loop ran yet).
    panel->view()->selectAll();
    QVERIFY(pause->isEnabled());
    QVERIFY(!resume->isEnabled());
    pause->click();
    QCOMPARE(one->state(), TusUploader::State::Paused);
    QCOMPARE(two->state(), TusUploader::State::Paused);
    QCOMPARE(model->index(0, UploadTableModel::StateColumn).data().toString(), QStringLiteral("paused"));
    QVERIFY(resume->isEnabled());

    // Only the second: Cancel ends it, and the first stays paused.
    panel->view()->clearSelection();
    panel->view()->selectRow(1);
    cancel->click();
    QTRY_COMPARE(two->state(), TusUploader::State::Canceled);
    QCOMPARE(one->state(), TusUploader::State::Paused);
    QCOMPARE(model->index(1, UploadTableModel::StateColumn).data().toString(), QStringLiteral("canceled"));
    QVERIFY(!cancel->isEnabled());

    // Resume the first: it uploads and its import ends ready.
    panel->view()->clearSelection();
    panel->view()->selectRow(0);
    QVERIFY(resume->isEnabled());
    resume->click();
    QVERIFY(one->state() != TusUploader::State::Paused);
    QTRY_VERIFY_WITH_TIMEOUT(model->phase(0) == UploadTableModel::Phase::Ready, 120000);
    QCOMPARE(model->index(0, UploadTableModel::StateColumn).data().toString(), QStringLiteral("ready"));
    test::saveScreenshot(*app.window, QStringLiteral("uploads-paused-canceled.png"));

    // Pause all / Resume all reach uploads that are not selected.
    const QString third = test::writeSalesCsv(*m_dir, QStringLiteral("third.csv"), 4000, 13);
    app.window->addPaths({ third });
    panel->view()->clearSelection();
    panel->pauseAll();
    QCOMPARE(model->uploader(2)->state(), TusUploader::State::Paused);
    panel->resumeAll();
    QVERIFY(model->uploader(2)->state() != TusUploader::State::Paused);
    QTRY_VERIFY_WITH_TIMEOUT(model->phase(2) == UploadTableModel::Phase::Ready, 120000);

    // Clear Finished keeps nothing that is done or canceled.
    panel->clearFinished();
    QTRY_COMPARE(model->rowCount(), 0);
}

void tst_UploadsPanel::importEventsDriveTheRow()
{
    // The row of a finished upload follows its import task as the events tell it.
    test::TestServer server;
    QVERIFY(server.start());
    test::AppFixture app(*m_dir);
    app.client.setServer(server.url(), server.token());
    QTRY_COMPARE(app.events.state(), EventSocket::State::Connected);
    const QString csv = test::writeSalesCsv(*m_dir, QStringLiteral("events.csv"), 50, 21);
    app.window->addPaths({ csv });
    UploadTableModel *model = app.window->uploadsPanel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->uploader(0)->state() == TusUploader::State::Done, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(model->phase(0) == UploadTableModel::Phase::Ready, 60000);

    const QString uploadId = model->uploader(0)->uploadPath().section(QLatin1Char('/'), -1);
    auto task = [&uploadId](const char *state, double progress) {
        return QJsonObject { { QStringLiteral("type"), QStringLiteral("import") },
                             { QStringLiteral("state"), QString::fromLatin1(state) },
                             { QStringLiteral("progress"), progress },
                             { QStringLiteral("parameters"), QJsonObject { { QStringLiteral("uploadId"), uploadId } } },
                             { QStringLiteral("error"),
                               QJsonObject { { QStringLiteral("message"), QStringLiteral("bad bytes") } } } };
    };
    model->applyEvent(Event { QStringLiteral("tasks"), QStringLiteral("task.state"), task("running", 0.43) });
    QCOMPARE(model->phase(0), UploadTableModel::Phase::Importing);
    QCOMPARE(model->index(0, UploadTableModel::StateColumn).data().toString(), QStringLiteral("importing 43%…"));
    QCOMPARE(model->index(0, 0).data(UploadTableModel::ProgressRole).toInt(), 43);
    model->applyEvent(Event { QStringLiteral("tasks"), QStringLiteral("task.state"), task("failed", 0.5) });
    QCOMPARE(model->index(0, UploadTableModel::StateColumn).data().toString(),
             QStringLiteral("import failed: bad bytes"));
    QCOMPARE(model->index(0, UploadTableModel::StateColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("bad bytes"));
    // A late, coalesced progress message does not bring a finished import back.
    model->applyEvent(Event { QStringLiteral("tasks"), QStringLiteral("task.progress"), task("running", 0.6) });
    QCOMPARE(model->phase(0), UploadTableModel::Phase::ImportFailed);
}

void tst_UploadsPanel::formatsSizesAndDurations()
{
    QCOMPARE(UploadTableModel::formatDuration(42), QStringLiteral("42 s"));
    QCOMPARE(UploadTableModel::formatDuration(125), QStringLiteral("2 min 5 s"));
    QCOMPARE(UploadTableModel::formatDuration(7260), QStringLiteral("2 h 1 min"));
    QVERIFY(UploadTableModel::formatBytes(1500).contains(QStringLiteral("1.5")));
}

QTEST_MAIN(tst_UploadsPanel)
#include "tst_uploadspanel.moc"
