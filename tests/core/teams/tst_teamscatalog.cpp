#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/csv/csvfilereader.h"
#include "core/csv/csvsniffer.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/schemamigrator.h"
#include "core/teams/teamscatalog.h"
#include "core/teams/teamsimporter.h"
#include "datagen/teamsgenerator.h"
#include "support/testfiles.h"
#include "support/verifyresult.h"

using namespace sluice;
using sluice::test::writeTestFile;

Q_DECLARE_METATYPE(sluice::TeamSortColumn)

class tst_TeamsCatalog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void listsSorted_data();
    void listsSorted();
    void searches_data();
    void searches();
    void findsOne();
    void sortColumnNames();
    void namesFor();
    void namesForManyIds();
    void rejectionsInFileOrder();
    void savedRejectionsParseBack();
    void teamJson();

private:
    Result<TeamsImportReport> import(const QByteArray &content, const QString &importId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseConnection> m_connection;
};

void tst_TeamsCatalog::init()
{
    m_connection.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto connection
        = DatabaseConnection::open(DatabaseConfig { m_dir->filePath(QStringLiteral("t.db")) }, QStringLiteral("test"));
    SLUICE_VERIFY_RESULT(connection);
    m_connection = std::move(*connection);
    auto migrated = SchemaMigrator::migrate(*m_connection);
    SLUICE_VERIFY_RESULT(migrated);
    // Names and regions chosen so that every sort order differs from the others.
    auto seeded = import("team_id,name,region,lead_email,members,founded\n"
                         "B2,alpha,North,b@example.com,30,2005-01-01\n"
                         "A_1,Zulu,South,a@example.com,5,2010-06-01\n"
                         "AB1,100% Club,,c@example.com,,2001-01-01\n"
                         "C3,Bravo,Northwest,,12,\n",
        QStringLiteral("seed"));
    SLUICE_VERIFY_RESULT(seeded);
    QCOMPARE(seeded->accepted, 4);
}


Result<TeamsImportReport> tst_TeamsCatalog::import(const QByteArray &content, const QString &importId)
{
    return TeamsImporter(*m_connection).import(writeTestFile(*m_dir, importId + QStringLiteral(".csv"), content), importId);
}

void tst_TeamsCatalog::listsSorted_data()
{
    QTest::addColumn<TeamSortColumn>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QStringList>("ids");
    const auto ids = [](const char *text) { return QString::fromLatin1(text).split(u' '); };
    QTest::newRow("team_id asc") << TeamSortColumn::TeamId << false << ids("A_1 AB1 B2 C3");
    QTest::newRow("team_id desc") << TeamSortColumn::TeamId << true << ids("C3 B2 AB1 A_1");
    QTest::newRow("name asc, ignoring case") << TeamSortColumn::Name << false << ids("AB1 B2 C3 A_1");
    QTest::newRow("name desc") << TeamSortColumn::Name << true << ids("A_1 C3 B2 AB1");
    QTest::newRow("members asc, missing last") << TeamSortColumn::Members << false << ids("A_1 C3 B2 AB1");
    QTest::newRow("members desc, missing last") << TeamSortColumn::Members << true << ids("B2 C3 A_1 AB1");
    QTest::newRow("region asc") << TeamSortColumn::Region << false << ids("B2 C3 A_1 AB1");
    QTest::newRow("founded desc") << TeamSortColumn::Founded << true << ids("A_1 B2 AB1 C3");
    QTest::newRow("lead_email asc") << TeamSortColumn::LeadEmail << false << ids("A_1 B2 AB1 C3");
}

void tst_TeamsCatalog::listsSorted()
{
    QFETCH(TeamSortColumn, column);
    QFETCH(bool, descending);
    QFETCH(QStringList, ids);
    TeamsQuery query;
    query.sortBy = column;
    query.order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    auto teams = TeamsCatalog(*m_connection).list(query);
    SLUICE_VERIFY_RESULT(teams);
    QStringList found;
    for (const Team &team : *teams)
        found << team.teamId;
    QCOMPARE(found, ids);
}

void tst_TeamsCatalog::searches_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("blank is everything") << QStringLiteral("  ")
                                         << QStringList { QStringLiteral("A_1"), QStringLiteral("AB1"),
                                                QStringLiteral("B2"), QStringLiteral("C3") };
    QTest::newRow("name, any case") << QStringLiteral("ZUL") << QStringList { QStringLiteral("A_1") };
    QTest::newRow("region") << QStringLiteral("north") << QStringList { QStringLiteral("B2"), QStringLiteral("C3") };
    QTest::newRow("team id") << QStringLiteral("b2") << QStringList { QStringLiteral("B2") };
    QTest::newRow("percent is literal") << QStringLiteral("%") << QStringList { QStringLiteral("AB1") };
    QTest::newRow("underscore is literal") << QStringLiteral("A_") << QStringList { QStringLiteral("A_1") };
    QTest::newRow("backslash is literal") << QStringLiteral("\\") << QStringList {};
    QTest::newRow("no match") << QStringLiteral("nothing like it") << QStringList {};
}

void tst_TeamsCatalog::searches()
{
    QFETCH(QString, search);
    QFETCH(QStringList, ids);
    TeamsQuery query;
    query.search = search;
    auto teams = TeamsCatalog(*m_connection).list(query);
    SLUICE_VERIFY_RESULT(teams);
    QStringList found;
    for (const Team &team : *teams)
        found << team.teamId;
    QCOMPARE(found, ids);
}

void tst_TeamsCatalog::findsOne()
{
    TeamsCatalog catalog(*m_connection);
    auto team = catalog.find(QStringLiteral("C3"));
    SLUICE_VERIFY_RESULT(team);
    QCOMPARE(team->name, QStringLiteral("Bravo"));
    QCOMPARE(team->region, QStringLiteral("Northwest"));
    QVERIFY(team->leadEmail.isNull());
    QCOMPARE(team->members, std::optional<qint64>(12));
    QVERIFY(team->founded.isNull());
    auto missing = catalog.find(QStringLiteral("c3")); // ids are case-sensitive, as the key is
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("c3")));
}

void tst_TeamsCatalog::sortColumnNames()
{
    for (const TeamSortColumn column : { TeamSortColumn::TeamId, TeamSortColumn::Name, TeamSortColumn::Region,
             TeamSortColumn::LeadEmail, TeamSortColumn::Members, TeamSortColumn::Founded, TeamSortColumn::UpdatedAt })
        QCOMPARE(teamSortColumnFromName(teamSortColumnName(column)), std::optional<TeamSortColumn>(column));
    QCOMPARE(teamSortColumnName(TeamSortColumn::LeadEmail), QStringLiteral("lead_email"));
    QCOMPARE(teamSortColumnFromName(u"name; DROP TABLE teams"), std::nullopt);
}

void tst_TeamsCatalog::namesFor()
{
    TeamsCatalog catalog(*m_connection);
    auto names = catalog.namesFor(
        { QStringLiteral("B2"), QStringLiteral("nope"), QStringLiteral("A_1"), QStringLiteral("B2"), QString() });
    SLUICE_VERIFY_RESULT(names);
    QCOMPARE(names->size(), 2);
    QCOMPARE(names->value(QStringLiteral("B2")), QStringLiteral("alpha"));
    QCOMPARE(names->value(QStringLiteral("A_1")), QStringLiteral("Zulu"));
    QVERIFY(!names->contains(QStringLiteral("nope")));
    auto none = catalog.namesFor({});
    SLUICE_VERIFY_RESULT(none);
    QVERIFY(none->isEmpty());
}

void tst_TeamsCatalog::namesForManyIds()
{
    // More ids than one statement binds: the lookup goes in chunks.
    TeamsGenerator generator(5);
    auto imported = import(generator.generate(1300), QStringLiteral("many"));
    SLUICE_VERIFY_RESULT(imported);
    QCOMPARE(imported->accepted, 1300);
    QStringList ids;
    for (int i = 0; i < 1300; ++i)
        ids << QStringLiteral("T%1").arg(i, 3, 10, QLatin1Char('0'));
    ids << QStringLiteral("T9999");
    auto names = TeamsCatalog(*m_connection).namesFor(ids);
    SLUICE_VERIFY_RESULT(names);
    QCOMPARE(names->size(), 1300);
    QCOMPARE(names->value(QStringLiteral("T1299")), TeamsCatalog(*m_connection).find(QStringLiteral("T1299"))->name);
}

void tst_TeamsCatalog::rejectionsInFileOrder()
{
    auto report = import("team_id,name,members\nX1,,1\nX2,Two,-1\nX3,Three,3\n", QStringLiteral("r"));
    SLUICE_VERIFY_RESULT(report);
    TeamsCatalog catalog(*m_connection);
    auto rows = catalog.rejections(QStringLiteral("r"));
    SLUICE_VERIFY_RESULT(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).line, 2);
    QCOMPARE(rows->at(0).teamId, QStringLiteral("X1"));
    QCOMPARE(rows->at(1).line, 3);
    QCOMPARE(rows->at(1).raw, QStringLiteral("X2,Two,-1"));
    auto unknown = catalog.rejections(QStringLiteral("no-such-import"));
    SLUICE_VERIFY_RESULT(unknown);
    QVERIFY(unknown->isEmpty());
}

void tst_TeamsCatalog::savedRejectionsParseBack()
{
    // Raw texts with the delimiter, quotes and a line end inside a quoted field.
    TeamsGenerator generator(99);
    generator.setBadRows(12);
    QByteArray content = generator.generate(40);
    content += "Q1,\"Say \"\"hi\"\", all\",North,q@example,1,2001-01-01\n";
    content += "Q2,\"two\nlines\",South, q2@example.com,-4,2001-01-01\n";
    content += ",  , ,,,\n";
    auto report = import(content, QStringLiteral("csv"));
    SLUICE_VERIFY_RESULT(report);
    QCOMPARE(report->rejected, 15);

    TeamsCatalog catalog(*m_connection);
    QByteArray saved;
    QBuffer buffer(&saved);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto written = catalog.writeRejectionsCsv(QStringLiteral("csv"), buffer);
    SLUICE_VERIFY_RESULT(written);
    buffer.close();
    QVERIFY(saved.startsWith("line,team_id,reason,raw\r\n"));

    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvOverrides overrides;
    overrides.delimiter = ',';
    overrides.hasHeader = true;
    auto sniffed = CsvSniffer().sniff(buffer, overrides, QStringLiteral("rejects.csv"));
    SLUICE_VERIFY_RESULT(sniffed);
    CsvFileReader reader(buffer, sniffed->dialect, QStringLiteral("rejects.csv"));
    const auto opened = reader.open();
    SLUICE_VERIFY_RESULT(opened);
    QCOMPARE(reader.headerNames(),
        (QStringList {
            QStringLiteral("line"), QStringLiteral("team_id"), QStringLiteral("reason"), QStringLiteral("raw") }));
    auto expected = catalog.rejections(QStringLiteral("csv"));
    SLUICE_VERIFY_RESULT(expected);
    QCOMPARE(expected->size(), 15);
    CsvRecord record;
    int index = 0;
    while (true) {
        auto more = reader.next(record);
        SLUICE_VERIFY_RESULT(more);
        if (!*more)
            break;
        QVERIFY(index < expected->size());
        const TeamImportRejection &row = expected->at(index++);
        QCOMPARE(record.fieldCount(), 4);
        QCOMPARE(record.field(0).toByteArray().toLongLong(), row.line);
        QCOMPARE(QString::fromUtf8(record.field(1)), row.teamId);
        QCOMPARE(QString::fromUtf8(record.field(2)), row.reason);
        QCOMPARE(QString::fromUtf8(record.field(3)), row.raw);
    }
    QCOMPARE(index, 15);
    QCOMPARE(expected->at(13).raw, QStringLiteral("Q2,\"two\nlines\",South, q2@example.com,-4,2001-01-01"));
    QCOMPARE(expected->at(12).raw, QStringLiteral("Q1,\"Say \"\"hi\"\", all\",North,q@example,1,2001-01-01"));
    QCOMPARE(expected->at(14).raw, QStringLiteral(",  , ,,,"));
}

void tst_TeamsCatalog::teamJson()
{
    auto team = TeamsCatalog(*m_connection).find(QStringLiteral("AB1"));
    SLUICE_VERIFY_RESULT(team);
    const QJsonObject json = team->toJson();
    QCOMPARE(json.value(QStringLiteral("teamId")).toString(), QStringLiteral("AB1"));
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("100% Club"));
    QVERIFY(json.value(QStringLiteral("region")).isNull());
    QVERIFY(json.value(QStringLiteral("members")).isNull());
    QCOMPARE(json.value(QStringLiteral("leadEmail")).toString(), QStringLiteral("c@example.com"));
    QCOMPARE(json.value(QStringLiteral("founded")).toString(), QStringLiteral("2001-01-01"));
    QVERIFY(!json.value(QStringLiteral("updatedAt")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_TeamsCatalog)
#include "tst_teamscatalog.moc"
