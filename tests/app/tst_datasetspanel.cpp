#include <QAbstractButton>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/ui/connectdialog.h"
#include "app/ui/datasetlistmodel.h"
#include "app/ui/datasetspanel.h"
#include "app/ui/emptystate.h"
#include "appfixture.h"
#include "support/testserver.h"

using namespace sluice;

class tst_DatasetsPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void listsSearchesRenamesAndDeletes();
    void connectDialogChecksTheServerFirst();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DatasetsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_DatasetsPanel::listsSearchesRenamesAndDeletes()
{
    test::TestServer server;
    QVERIFY(server.start());
    test::AppFixture app(*m_dir);
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    DatasetsPanel *panel = app.window->datasetsPanel();
    DatasetListModel *model = panel->model();
    auto *empty = panel->findChild<EmptyState *>();
    QVERIFY(empty && empty->isVisible());  // none yet: it says what to do

    app.client.setServer(server.url(), server.token());
    QTRY_COMPARE(app.events.state(), EventSocket::State::Connected);
    app.window->addPaths({ test::writeSalesCsv(*m_dir, QStringLiteral("alpha_sales.csv"), 120, 31),
                           test::writeSalesCsv(*m_dir, QStringLiteral("beta_sales.csv"), 80, 32) });
    auto readyCount = [model] {
        int ready = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            ready += model->index(row).data(DatasetListModel::StateRole).toString() == u"ready";
        return ready;
    };
    QTRY_VERIFY_WITH_TIMEOUT(readyCount() == 2, 120000);  // from dataset.* events, no polling
    QVERIFY(!empty->isVisible());
    auto idOf = [model](const QString &name) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data(DatasetListModel::NameRole).toString() == name)
                return model->index(row).data(DatasetListModel::IdRole).toString();
        }
        return QString();
    };
    const QString alpha = idOf(QStringLiteral("alpha_sales"));
    const QString beta = idOf(QStringLiteral("beta_sales"));
    QVERIFY(!alpha.isEmpty() && !beta.isEmpty());
    QCOMPARE(model->index(model->rowOf(alpha)).data(DatasetListModel::RowsRole).toLongLong(), 120);
    QCOMPARE(model->index(model->rowOf(alpha)).data(DatasetListModel::BadgeRole).toString(), QStringLiteral("ready"));

    // Search filters by name, case-insensitively.
    panel->searchBox()->setText(QStringLiteral("ALP"));
    QCOMPARE(panel->view()->model()->rowCount(), 1);
    QCOMPARE(panel->view()->model()->index(0, 0).data(DatasetListModel::IdRole).toString(), alpha);
    panel->searchBox()->setText(QStringLiteral("nothing like it"));
    QCOMPARE(panel->view()->model()->rowCount(), 0);
    QVERIFY(panel->selectDataset(beta));  // selecting a hidden dataset clears the search
    QVERIFY(panel->searchBox()->text().isEmpty());
    QCOMPARE(panel->currentDatasetId(), beta);
    test::saveScreenshot(*app.window, QStringLiteral("datasets-sidebar.png"));

    // Rename through the context menu's dialog.
    panel->requestRename(alpha);
    auto *input = panel->findChild<QInputDialog *>();
    QVERIFY(input && input->isVisible());
    QCOMPARE(input->textValue(), QStringLiteral("alpha_sales"));
    input->setTextValue(QStringLiteral("Alpha (renamed)"));
    QSignalSpy currentChanges(panel, &DatasetsPanel::currentDatasetChanged);
    QSignalSpy refreshes(model, &DatasetListModel::refreshed);
    input->accept();
    QTRY_COMPARE(model->nameOf(alpha), QStringLiteral("Alpha (renamed)"));
    // The list was fetched again (a model reset): beta is still the current one, unannounced.
    QTRY_VERIFY(refreshes.count() >= 1);
    QCOMPARE(panel->currentDatasetId(), beta);
    QVERIFY(panel->view()->selectionModel()->isSelected(panel->view()->currentIndex()));
    QCOMPARE(currentChanges.count(), 0);

    // Delete: the dialog's answer decides; "no" keeps it, "yes" deletes it.
    panel->deleteDataset(beta, false);
    panel->deleteDataset(alpha, true);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data(DatasetListModel::IdRole).toString(), beta);
    panel->requestDelete(beta);
    auto *box = panel->findChild<QMessageBox *>();
    QVERIFY(box && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("beta_sales")));
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(model->rowCount(), 0);
    QTRY_VERIFY(empty->isVisible());

    // A refused request shows the server's message.
    panel->deleteDataset(QStringLiteral("no-such-dataset"), true);
    QTRY_VERIFY(!panel->lastError().isEmpty());
    QVERIFY(panel->lastError().startsWith(QStringLiteral("Could not delete")));
}

void tst_DatasetsPanel::connectDialogChecksTheServerFirst()
{
    test::TestServer server;
    QVERIFY(server.start());
    ConnectDialog dialog(QUrl {});
    QSignalSpy chosen(&dialog, &ConnectDialog::serverChosen);

    dialog.setServer(QStringLiteral("not a url at all ::"), QStringLiteral("x"));
    dialog.connectToServer();
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(chosen.size(), 0);

    dialog.setServer(server.url().toString(), QStringLiteral("wrong-token"));
    dialog.connectToServer();
    QTRY_VERIFY(!dialog.isChecking());
    QVERIFY2(dialog.errorText().contains(server.url().toString()), qPrintable(dialog.errorText()));
    QCOMPARE(chosen.size(), 0);

    dialog.setServer(server.url().toString(), QString::fromLatin1(server.token()));
    dialog.connectToServer();
    QTRY_COMPARE(chosen.size(), 1);
    QCOMPARE(chosen.constFirst().at(0).toUrl(), server.url());
    QCOMPARE(chosen.constFirst().at(1).toByteArray(), server.token());
}

QTEST_MAIN(tst_DatasetsPanel)
#include "tst_datasetspanel.moc"
