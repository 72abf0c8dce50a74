#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "app/ui/connectdialog.h"
#include "app/ui/dataset/datasetpage.h"
#include "app/ui/datasetlistmodel.h"
#include "app/ui/datasetspanel.h"
#include "app/ui/exportdialog.h"
#include "app/ui/settingsdialog.h"
#include "app/ui/sharedialog.h"
#include "appfixture.h"
#include "support/testserver.h"

using namespace sluice;

// Screen readers announce a control by its accessible name: from its text, a buddy label or
// setAccessibleName(). These tests walk every control a keyboard can reach in each window
// and dialog, so a control added without a name fails here rather than in a user's hands.
class tst_Accessibility : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void everyReachableControlHasAName();
    void dialogsNameTheirControls();
    void mainActionsHaveShortcuts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// Parts that belong to a named control (a scroll area's bars, a combo box's editor) are
// announced with it; they need no name of their own.
bool isPartOfNamedControl(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return true;
    const QWidget *parent = widget->parentWidget();
    if (parent && qobject_cast<const QComboBox *>(parent))
        return true;
    if (parent && qobject_cast<const QAbstractScrollArea *>(parent)
        && static_cast<const QAbstractScrollArea *>(parent)->viewport() == widget)
        return true;
    return parent && parent->inherits("QAbstractSpinBox");
}

QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus || isPartOfNamedControl(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                     widget->objectName());
    }
    return unnamed;
}

} // namespace

void tst_Accessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Accessibility::everyReachableControlHasAName()
{
    test::TestServer server;
    QVERIFY(server.start());
    test::AppFixture app(*m_dir);
    app.window->resize(1280, 800);
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    app.client.setServer(server.url(), server.token());
    QTRY_COMPARE(app.events.state(), EventSocket::State::Connected);

    auto verifyNamed = [&](const QString &where) {
        const QStringList unnamed = unnamedControls(app.window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(where + QStringLiteral(": without a name: ") + unnamed.join(u", ")));
    };
    verifyNamed(QStringLiteral("empty window"));

    app.window->teamsAction()->trigger();
    verifyNamed(QStringLiteral("teams page"));
    app.window->teamsAction()->trigger();

    // Every tab of a dataset's page, with a real imported dataset in it.
    app.window->addPaths({ test::writeSalesCsv(*m_dir, QStringLiteral("sales.csv"), 500) });
    DatasetListModel *datasets = app.window->datasetsPanel()->model();
    QTRY_VERIFY_WITH_TIMEOUT(datasets->rowCount() == 1
                                 && datasets->index(0).data(DatasetListModel::StateRole).toString() == u"ready",
                             60000);
    QVERIFY(app.window->datasetsPanel()->selectDataset(datasets->index(0).data(DatasetListModel::IdRole).toString()));
    QTabWidget *tabs = app.window->datasetPage()->tabs();
    QTRY_VERIFY(app.window->datasetPage()->isVisible());
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        verifyNamed(tabs->tabText(tab));
    }
}

void tst_Accessibility::dialogsNameTheirControls()
{
    test::TestServer server;
    QVERIFY(server.start());
    test::AppFixture app(*m_dir);
    app.client.setServer(server.url(), server.token());

    SettingsDialog settings(SettingsDialog::Values {}, m_dir->filePath(QStringLiteral("sluice.ini")),
                           m_dir->filePath(QStringLiteral("location.ini")));
    ConnectDialog connect(server.url());
    ShareDialog share({ QStringLiteral("http://192.0.2.7:8570") }, QByteArray("token"));
    ExportDialog exportDialog(&app.client);
    for (QDialog *dialog : std::initializer_list<QDialog *> { &settings, &connect, &share, &exportDialog }) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("%1 without a name: %2")
                                .arg(QString::fromLatin1(dialog->metaObject()->className()), unnamed.join(u", "))));
        dialog->hide();
    }
}

void tst_Accessibility::mainActionsHaveShortcuts()
{
    test::AppFixture app(*m_dir);
    for (const char *name : { "addFilesAction", "exportAction", "pauseAllAction", "findAction", "settingsAction" }) {
        auto *action = app.window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->shortcut().isEmpty(), name);
    }
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
