#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "app/appfixture.h"
#include "app/client/apiclient.h"
#include "app/client/eventsocket.h"
#include "app/client/uploadqueue.h"
#include "app/ui/emptystate.h"
#include "app/ui/teams/latestteamsimport.h"
#include "app/ui/teams/teamrejectionsmodel.h"
#include "app/ui/teams/teamsimportreportview.h"
#include "app/ui/teams/teamspage.h"
#include "app/ui/teams/teamstablemodel.h"
#include "datagen/teamsgenerator.h"
#include "support/testserver.h"

using namespace sluice;
using namespace Qt::StringLiterals;

namespace {

constexpr int kImportTimeoutMs = 60000;

// Five valid teams that sort differently by each column (a lower-case name, a missing
// e-mail, members and founded date).
const QByteArray kGoodTeams = "team_id,name,region,lead_email,members,founded\n"
                              "T01,Swift Otters,North,anna@example.com,12,2009-04-17\n"
                              "T02,brave Badgers,South,ben@example.com,5,2011-01-02\n"
                              "T03,Calm Cranes,East,,30,2001-07-30\n"
                              "T04,Daring Ducks,West,dora@example.com,,2015-12-01\n"
                              "T05,Eager Eels,North,eli@example.com,7,\n";

// Two good rows and five bad ones; the second good row spans lines 5-6, so the lines after it
// count physical lines, not records. "notes" is not a teams column.
const QByteArray kCraftedTeams = "team_id,name,region,lead_email,members,founded,notes\n"
                                 "N01,Swift Otters,North,anna@example.com,12,2009-04-17,first\n"
                                 ",Nameless,South,x@example.com,3,2010-01-01,\n"
                                 "N02,Bad Mail,East,not-an-email,4,2010-01-01,\n"
                                 "N03,\"Multi\nline\",West,c@example.com,5,2011-02-03,\n"
                                 "N04,Negative,North,d@example.com,-2,2012-01-01,\n"
                                 "N01,Again,North,e@example.com,1,2013-01-01,\n"
                                 "N05,Bad Date,South,f@example.com,6,2017-02-30,\n";

// The crafted file changed: N01 and N03 renamed, N06 new, one bad row on line 3.
const QByteArray kCraftedAgain = "team_id,name,region,lead_email,members,founded\n"
                                 "N01,Swift Otters II,North,anna@example.com,13,2009-04-17\n"
                                 "N07,,North,g@example.com,2,2014-01-01\n"
                                 "N03,Multiline,West,c@example.com,6,2011-02-03\n"
                                 "N06,Fresh Foxes,East,h@example.com,9,2016-05-05\n";

} // namespace

class tst_TeamsPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void importFillsTheTableThatSortsAndSearches();
    void reportListsRejectsSavesThemAndReimportUpdates();
    void failuresAreExplained();

private:
    /// The page, connected to a fresh server, its event socket open.
    bool startPage();
    QStringList shownIds() const;
    /// The report's accepted, new, updated and rejected counts as shown.
    static QStringList shownCounts(const TeamsPage &page);
    void clickHeader(int column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<EventSocket> m_events;
    std::unique_ptr<UploadQueue> m_uploads;
    std::unique_ptr<TeamsPage> m_page;
};

void tst_TeamsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<ApiClient>();
    m_events = std::make_unique<EventSocket>(m_client.get());
    m_uploads = std::make_unique<UploadQueue>(m_client.get(), m_dir->filePath(QStringLiteral("uploads.json")));
}

void tst_TeamsPage::cleanup()
{
    m_page.reset();
    m_uploads.reset();
    m_events.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

bool tst_TeamsPage::startPage()
{
    // Made before the client knows its server, as in the window: serverChanged() fills it.
    m_page = std::make_unique<TeamsPage>(m_client.get(), m_events.get(), m_uploads.get());
    m_page->resize(1000, 720);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get()))
        return false;
    m_client->setServer(m_server->url(), m_server->token());
    m_events->open();
    return QTest::qWaitFor([this] { return m_events->state() == EventSocket::State::Connected; }, 10000);
}

QStringList tst_TeamsPage::shownIds() const
{
    QStringList ids;
    const TeamsTableModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(TeamsTableModel::TeamIdRole).toString();
    return ids;
}

QStringList tst_TeamsPage::shownCounts(const TeamsPage &page)
{
    QStringList counts;
    for (const char *name : { "teamsAcceptedCount", "teamsInsertedCount", "teamsUpdatedCount", "teamsRejectedCount" }) {
        const auto *label = page.report()->findChild<QLabel *>(QLatin1StringView(name));
        counts << (label ? label->text() : QStringLiteral("(no label %1)").arg(QLatin1StringView(name)));
    }
    return counts;
}

void tst_TeamsPage::clickHeader(int column)
{
    QHeaderView *header = m_page->view()->horizontalHeader();
    const QPoint middle(
        header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, middle);
}

void tst_TeamsPage::importFillsTheTableThatSortsAndSearches()
{
    QVERIFY(startPage());
    // No teams yet: the page says how to import them, with the server's column names.
    QTRY_VERIFY(m_page->emptyState()->isVisible());
    QVERIFY(m_page->emptyState()->hint().contains(QStringLiteral("team_id")));
    QVERIFY(m_page->emptyState()->hint().contains(QStringLiteral("lead_email")));
    QVERIFY(!m_page->searchBox()->isEnabled());

    const QString good = test::writeTextFile(*m_dir, QStringLiteral("teams-good.csv"), kGoodTeams);
    m_page->importFiles({ good });
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 5, kImportTimeoutMs);
    QVERIFY(m_page->view()->isVisible());
    QVERIFY(!m_page->emptyState()->isVisible());
    QCOMPARE(shownIds(), (QStringList { u"T01"_s, u"T02"_s, u"T03"_s, u"T04"_s, u"T05"_s }));
    QCOMPARE(m_page->model()->index(2, TeamsTableModel::LeadEmailColumn).data().toString(), QString());
    QCOMPARE(m_page->model()->index(0, TeamsTableModel::FoundedColumn).data().toString(), QStringLiteral("2009-04-17"));

    // The report of that import: all five new, nothing rejected, under the file's name.
    QTRY_COMPARE(shownCounts(*m_page), (QStringList { u"5"_s, u"5"_s, u"0"_s, u"0"_s }));
    QVERIFY(!m_page->report()->rejectionsView()->isVisible());
    QTRY_VERIFY(m_page->statusText().isEmpty()); // "importing…" gave way to the report
    QTRY_VERIFY(m_page->report()
                    ->findChild<QLabel *>(QStringLiteral("teamsImportTitle"))
                    ->text()
                    .contains(QStringLiteral("teams-good.csv")));

    // Sorting by clicking headers: the server orders (members as numbers, missing values last).
    QSignalSpy loaded(m_page.get(), &TeamsPage::teamsLoaded);
    clickHeader(TeamsTableModel::MembersColumn);
    QTRY_COMPARE(shownIds(), (QStringList { u"T02"_s, u"T05"_s, u"T01"_s, u"T03"_s, u"T04"_s }));
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    clickHeader(TeamsTableModel::MembersColumn);
    QTRY_COMPARE(shownIds(), (QStringList { u"T03"_s, u"T01"_s, u"T05"_s, u"T02"_s, u"T04"_s }));
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    clickHeader(TeamsTableModel::NameColumn); // a new column starts ascending, ignoring case
    QTRY_COMPARE(shownIds(), (QStringList { u"T02"_s, u"T03"_s, u"T04"_s, u"T05"_s, u"T01"_s }));
    QVERIFY(loaded.size() >= 3);

    // Searching: the server matches id, name or region, ignoring case; the sort stays.
    QVERIFY(m_page->searchBox()->isEnabled());
    m_page->searchBox()->setText(QStringLiteral("north"));
    QTRY_COMPARE(shownIds(), (QStringList { u"T05"_s, u"T01"_s }));
    m_page->searchBox()->setText(QStringLiteral("cran"));
    QTRY_COMPARE(shownIds(), QStringList { u"T03"_s });
    m_page->searchBox()->setText(QStringLiteral("no such team"));
    QTRY_COMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(m_page->view()->isVisible()); // nothing matches, but there are teams: no "how to import"
    QVERIFY(!m_page->emptyState()->isVisible());
    m_page->searchBox()->clear();
    QTRY_COMPARE(m_page->model()->rowCount(), 5);
}

void tst_TeamsPage::reportListsRejectsSavesThemAndReimportUpdates()
{
    QVERIFY(startPage());
    TeamsGenerator generator(5);
    m_page->importFiles({ test::writeTextFile(*m_dir, QStringLiteral("teams.csv"), generator.generate(30)) });
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 30, kImportTimeoutMs);

    TeamsImportReportView *report = m_page->report();
    TeamRejectionsModel *rejections = report->rejectionsModel();
    QSignalSpy rejectionsLoaded(report, &TeamsImportReportView::rejectionsLoaded);
    m_page->importFiles({ test::writeTextFile(*m_dir, QStringLiteral("crafted-teams.csv"), kCraftedTeams) });
    QTRY_COMPARE_WITH_TIMEOUT(rejectionsLoaded.size(), 1, kImportTimeoutMs);
    QCOMPARE(rejectionsLoaded.constFirst().constFirst().toLongLong(), 5);
    QCOMPARE(shownCounts(*m_page), (QStringList { u"2"_s, u"2"_s, u"0"_s, u"5"_s }));
    QTRY_COMPARE(m_page->model()->rowCount(), 32); // the table follows the import
    const auto *ignored = report->findChild<QLabel *>(QStringLiteral("teamsIgnoredColumns"));
    QVERIFY(ignored->isVisible());
    QVERIFY(ignored->text().contains(QStringLiteral("notes")));

    // Each bad row with its line (physical: the two-line record moves those after it) and reason.
    const QList<std::pair<qint64, QString>> expected = {
        { 3, QStringLiteral("team_id is empty") },
        { 4, QStringLiteral("lead_email \"not-an-email\"") },
        { 7, QStringLiteral("members \"-2\"") },
        { 8, QStringLiteral("repeats the team on line 2") },
        { 9, QStringLiteral("founded \"2017-02-30\"") },
    };
    QCOMPARE(rejections->rowCount(), int(expected.size()));
    for (int row = 0; row < rejections->rowCount(); ++row) {
        const qint64 line = rejections->index(row, TeamRejectionsModel::LineColumn).data().toLongLong();
        const QString reason = rejections->index(row, TeamRejectionsModel::ReasonColumn).data().toString();
        QCOMPARE(line, expected.at(row).first);
        QVERIFY2(reason.contains(expected.at(row).second), qPrintable(reason));
    }
    QCOMPARE(rejections->index(1, TeamRejectionsModel::TeamIdColumn).data().toString(), QStringLiteral("N02"));
    QCOMPARE(rejections->index(1, TeamRejectionsModel::RawColumn).data().toString(),
        QStringLiteral("N02,Bad Mail,East,not-an-email,4,2010-01-01,"));
    QVERIFY(report->rejectionsView()->isVisible());
    QVERIFY(report->saveButton()->isEnabled());
    m_page->searchBox()->setText(QStringLiteral("N0"));
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    m_page->searchBox()->clear();
    QTRY_COMPARE(m_page->model()->rowCount(), 32);
    test::saveScreenshot(*m_page, QStringLiteral("teams-page.png"));

    // Save rejects: the server's RFC 4180 CSV, every rejected row with line and reason.
    QSignalSpy saved(report, &TeamsImportReportView::rejectsSaved);
    QSignalSpy saveFailed(report, &TeamsImportReportView::rejectsSaveFailed);
    const QString csvPath = m_dir->filePath(QStringLiteral("rejects.csv"));
    report->saveRejectsTo(csvPath);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.constFirst().constFirst().toString(), csvPath);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    QVERIFY(content.startsWith("line,team_id,reason,raw\r\n"));
    QVERIFY(content.endsWith("\r\n"));
    QCOMPARE(content.count("\r\n"), 6);
    for (const auto &[line, reason] : expected)
        QVERIFY2(content.contains("\r\n" + QByteArray::number(line) + ','), content.constData());
    // A reason that quotes a value is a quoted field with its quotes doubled.
    QVERIFY2(content.contains("4,N02,\"lead_email \"\"not-an-email\"\""), content.constData());

    // A folder that does not exist: a clear failure, and no file.
    const QString nowhere = m_dir->filePath(QStringLiteral("missing-folder/rejects.csv"));
    report->saveRejectsTo(nowhere);
    QTRY_COMPARE(saveFailed.size(), 1);
    QVERIFY2(saveFailed.constFirst().constFirst().toString().contains(QStringLiteral("missing-folder")),
        qPrintable(saveFailed.constFirst().constFirst().toString()));
    QVERIFY(!QFile::exists(nowhere));

    // Importing the changed file updates the counts, the rejects and the table.
    const QString again = test::writeTextFile(*m_dir, QStringLiteral("crafted-teams-2.csv"), kCraftedAgain);
    m_page->importFiles({ again });
    QTRY_COMPARE_WITH_TIMEOUT(rejectionsLoaded.size(), 2, kImportTimeoutMs);
    QCOMPARE(rejectionsLoaded.constLast().constFirst().toLongLong(), 1);
    QCOMPARE(shownCounts(*m_page), (QStringList { u"3"_s, u"1"_s, u"2"_s, u"1"_s }));
    QCOMPARE(rejections->rowCount(), 1);
    QCOMPARE(rejections->index(0, TeamRejectionsModel::LineColumn).data().toLongLong(), 3);
    QVERIFY(rejections->index(0, TeamRejectionsModel::ReasonColumn).data().toString().contains(QStringLiteral("name")));
    QTRY_COMPARE(m_page->model()->rowCount(), 33);
    m_page->searchBox()->setText(QStringLiteral("N01"));
    QTRY_COMPARE(shownIds(), QStringList { u"N01"_s });
    QCOMPARE(
        m_page->model()->index(0, TeamsTableModel::NameColumn).data().toString(), QStringLiteral("Swift Otters II"));
    QCOMPARE(m_page->model()->index(0, TeamsTableModel::MembersColumn).data().toString(), QStringLiteral("13"));

    // A page made now (the app started again) shows the same report, fetched from the server.
    TeamsPage restarted(m_client.get(), m_events.get(), m_uploads.get());
    TeamRejectionsModel *restartedRejections = restarted.report()->rejectionsModel();
    QTRY_COMPARE(restartedRejections->rowCount(), 1);
    QCOMPARE(restartedRejections->index(0, TeamRejectionsModel::LineColumn).data().toLongLong(), 3);
    QCOMPARE(shownCounts(restarted), (QStringList { u"3"_s, u"1"_s, u"2"_s, u"1"_s }));
    QCOMPARE(restarted.latestImport()->task().value(QStringLiteral("id")),
        m_page->latestImport()->task().value(QStringLiteral("id")));
    QTRY_COMPARE(restarted.model()->rowCount(), 33);

    // The very same bytes again: the server keeps one copy and does not import it twice; the page says so.
    const QString latestId = m_page->latestImport()->task().value(QStringLiteral("id")).toString();
    m_page->importFiles({ again });
    QTRY_VERIFY_WITH_TIMEOUT(m_page->statusText().contains(QStringLiteral("already had")), kImportTimeoutMs);
    QCOMPARE(m_page->latestImport()->task().value(QStringLiteral("id")).toString(), latestId);
}

void tst_TeamsPage::failuresAreExplained()
{
    QVERIFY(startPage());
    // A file without a required column: the import fails as a whole and the report says why.
    m_page->importFiles({ test::writeTextFile(*m_dir, QStringLiteral("no-names.csv"), "team_id,region\nT01,North\n") });
    const auto *state = m_page->report()->findChild<QLabel *>(QStringLiteral("teamsImportState"));
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("required column missing: name")), kImportTimeoutMs);
    QVERIFY(state->text().startsWith(QStringLiteral("Failed")));
    QVERIFY(!m_page->report()->rejectionsView()->isVisible());
    QTRY_VERIFY(m_page->emptyState()->isVisible());

    // A folder is not a teams file.
    m_page->importFiles({ m_dir->path() });
    QVERIFY(m_page->lastError().contains(QDir::toNativeSeparators(m_dir->path())));
    QCOMPARE(m_page->statusText(), m_page->lastError());

    // No rejected rows: nothing to save, said plainly.
    QSignalSpy saveFailed(m_page->report(), &TeamsImportReportView::rejectsSaveFailed);
    m_page->report()->saveRejectsTo(m_dir->filePath(QStringLiteral("none.csv")));
    QCOMPARE(saveFailed.size(), 1);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("none.csv"))));
}

QTEST_MAIN(tst_TeamsPage)
#include "tst_teamspage.moc"
