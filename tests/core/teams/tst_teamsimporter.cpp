#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/databaseconnection.h"
#include "core/storage/schemamigrator.h"
#include "core/teams/teamscatalog.h"
#include "core/teams/teamsimporter.h"
#include "datagen/teamsgenerator.h"
#include "support/testfiles.h"
#include "support/verifyresult.h"

using namespace sluice;
using sluice::test::writeTestFile;

class tst_TeamsImporter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importsACleanFile();
    void reimportUpdatesAndInserts();
    void validation_data();
    void validation();
    void generatedBadRowsAreRejectedWithTheirLines();
    void readsAGzippedFile();
    void firstCsvOfAZip();
    void missingRequiredColumnIsFatal_data();
    void missingRequiredColumnIsFatal();
    void unreadableFileIsFatal();
    void damagedInputChangesNothing();
    void reportListsAtMostAThousandRejections();
    void runningAnImportAgainReplacesItsRejections();
    void reportJson();

private:
    qint64 count(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseConnection> m_connection;
};

void tst_TeamsImporter::init()
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
}


qint64 tst_TeamsImporter::count(const QString &sql)
{
    QSqlQuery query(m_connection->database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void tst_TeamsImporter::importsACleanFile()
{
    // Header names in any case and with spaces; an unknown column; dates in several forms.
    const QString path = writeTestFile(*m_dir, QStringLiteral("teams.csv"),
        " Team_ID ;NAME;Region;lead_email;Notes;members;founded\n"
        "T001;Swift Otters;\"North; East\";anna.bauer@example.com;first;12;2009-04-17\n"
        "T002; Red Kites ;;;;0;4 Mar 2016\n"
        "T003;Zoë & Co;Süd;z.o@sub.example.org;x;1234567;31/12/2001\n");
    QVERIFY(!path.isEmpty());
    TeamsImporter importer(*m_connection);
    auto report = importer.import(path, QStringLiteral("import-1"));
    SLUICE_VERIFY_RESULT(report);
    QCOMPARE(report->accepted, 3);
    QCOMPARE(report->inserted, 3);
    QCOMPARE(report->updated, 0);
    QCOMPARE(report->rejected, 0);
    QVERIFY(report->rejections.isEmpty());
    QCOMPARE(report->ignoredColumns, QStringList { QStringLiteral("Notes") });
    QCOMPARE(report->columns, TeamsImporter::columnNames());
    QCOMPARE(report->sourceName, QStringLiteral("teams.csv"));

    TeamsCatalog catalog(*m_connection);
    auto first = catalog.find(QStringLiteral("T001"));
    SLUICE_VERIFY_RESULT(first);
    QCOMPARE(first->name, QStringLiteral("Swift Otters"));
    QCOMPARE(first->region, QStringLiteral("North; East"));
    QCOMPARE(first->leadEmail, QStringLiteral("anna.bauer@example.com"));
    QCOMPARE(first->members, std::optional<qint64>(12));
    QCOMPARE(first->founded, QStringLiteral("2009-04-17"));
    QVERIFY(first->updatedAt.isValid());

    auto second = catalog.find(QStringLiteral("T002"));
    SLUICE_VERIFY_RESULT(second);
    QCOMPARE(second->name, QStringLiteral("Red Kites"));
    QVERIFY(second->region.isNull());
    QVERIFY(second->leadEmail.isNull());
    QCOMPARE(second->members, std::optional<qint64>(0));
    QCOMPARE(second->founded, QStringLiteral("2016-03-04"));

    auto third = catalog.find(QStringLiteral("T003"));
    SLUICE_VERIFY_RESULT(third);
    QCOMPARE(third->name, QStringLiteral("Zoë & Co"));
    QCOMPARE(third->region, QStringLiteral("Süd"));
    QCOMPARE(third->members, std::optional<qint64>(1234567));
    QCOMPARE(third->founded, QStringLiteral("2001-12-31"));

    // Stored with the types SQL expects, and missing values as NULL rather than empty text.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teams WHERE typeof(members) = 'integer'")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teams WHERE region IS NULL AND lead_email IS NULL")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM team_import_errors")), 0);
}

void tst_TeamsImporter::reimportUpdatesAndInserts()
{
    TeamsImporter importer(*m_connection);
    const QString first = writeTestFile(*m_dir, QStringLiteral("a.csv"),
        "team_id,name,region,lead_email,members,founded\n"
        "T1,One,North,one@example.com,1,2001-01-01\n"
        "T2,Two,South,two@example.com,2,2002-02-02\n"
        "T3,Three,East,three@example.com,3,2003-03-03\n");
    auto initial = importer.import(first, QStringLiteral("i1"));
    SLUICE_VERIFY_RESULT(initial);
    QCOMPARE(initial->inserted, 3);

    // No lead_email column this time: the stored addresses stay as they were.
    const QString second = writeTestFile(*m_dir, QStringLiteral("b.csv"),
        "team_id,name,region,members,founded\n"
        "T2,Two renamed,West,20,2002-02-20\n"
        "T4,Four,,4,\n"
        "T3,Three,East,3,2003-03-03\n"
        "T5,Five,North,,\n");
    auto again = importer.import(second, QStringLiteral("i2"));
    SLUICE_VERIFY_RESULT(again);
    QCOMPARE(again->accepted, 4);
    QCOMPARE(again->inserted, 2);
    QCOMPARE(again->updated, 2);
    QCOMPARE(again->rejected, 0);
    QVERIFY(!again->columns.contains(QStringLiteral("lead_email")));

    TeamsCatalog catalog(*m_connection);
    QCOMPARE(catalog.list()->size(), 5);
    auto two = catalog.find(QStringLiteral("T2"));
    SLUICE_VERIFY_RESULT(two);
    QCOMPARE(two->name, QStringLiteral("Two renamed"));
    QCOMPARE(two->region, QStringLiteral("West"));
    QCOMPARE(two->members, std::optional<qint64>(20));
    QCOMPARE(two->founded, QStringLiteral("2002-02-20"));
    QCOMPARE(two->leadEmail, QStringLiteral("two@example.com"));
    auto one = catalog.find(QStringLiteral("T1"));
    SLUICE_VERIFY_RESULT(one);
    QCOMPARE(one->name, QStringLiteral("One"));
    auto four = catalog.find(QStringLiteral("T4"));
    SLUICE_VERIFY_RESULT(four);
    QVERIFY(four->leadEmail.isNull());
    QVERIFY(four->founded.isNull());
    QVERIFY(four->region.isNull());
    auto five = catalog.find(QStringLiteral("T5"));
    SLUICE_VERIFY_RESULT(five);
    QCOMPARE(five->members, std::nullopt);
}

void tst_TeamsImporter::validation_data()
{
    // Each row is line 3 of a file whose line 2 is a valid team T0, so a duplicate has an original.
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("teamId");
    QTest::addColumn<QString>("reason"); // a fragment of the expected reason; empty: the row is valid

    QTest::newRow("valid") << QByteArray("T1,Name,North,a.b@example.com,3,2016-03-04") << QStringLiteral("T1")
                           << QString();
    QTest::newRow("valid, optional fields empty") << QByteArray("T1,Name,,,,") << QStringLiteral("T1") << QString();
    QTest::newRow("valid, null tokens") << QByteArray("T1,Name,NA,n/a,NA,null") << QStringLiteral("T1") << QString();
    QTest::newRow("valid, spaces around")
        << QByteArray(" T1 , Name , x , a@b.co , 7 , 2016-03-04 ") << QStringLiteral("T1") << QString();
    QTest::newRow("missing key") << QByteArray(",Name,North,a@example.com,3,2016-03-04") << QString()
                                 << QStringLiteral("team_id is empty");
    QTest::newRow("blank key") << QByteArray("  ,Name,North,a@example.com,3,2016-03-04") << QString()
                               << QStringLiteral("team_id is empty");
    QTest::newRow("duplicate key") << QByteArray("T0,Other,North,a@example.com,3,2016-03-04") << QStringLiteral("T0")
                                   << QStringLiteral("team_id \"T0\" repeats the team on line 2");
    QTest::newRow("missing name") << QByteArray("T1,,North,a@example.com,3,2016-03-04") << QStringLiteral("T1")
                                  << QStringLiteral("name is empty");
    QTest::newRow("email without @") << QByteArray("T1,Name,,anna.example.com,,") << QStringLiteral("T1")
                                     << QStringLiteral("lead_email \"anna.example.com\" is not an email address");
    QTest::newRow("email with two @") << QByteArray("T1,Name,,a@b@example.com,,") << QStringLiteral("T1")
                                      << QStringLiteral("lead_email \"a@b@example.com\"");
    QTest::newRow("email without local part") << QByteArray("T1,Name,,@example.com,,") << QStringLiteral("T1")
                                              << QStringLiteral("lead_email \"@example.com\"");
    QTest::newRow("email domain without dot") << QByteArray("T1,Name,,anna@example,,") << QStringLiteral("T1")
                                              << QStringLiteral("lead_email \"anna@example\"");
    QTest::newRow("email domain ends with dot") << QByteArray("T1,Name,,anna@example.,,") << QStringLiteral("T1")
                                                << QStringLiteral("lead_email \"anna@example.\"");
    QTest::newRow("email with a space") << QByteArray("T1,Name,,anna b@example.com,,") << QStringLiteral("T1")
                                        << QStringLiteral("lead_email \"anna b@example.com\"");
    QTest::newRow("negative members") << QByteArray("T1,Name,,,-3,") << QStringLiteral("T1")
                                      << QStringLiteral("members \"-3\" is not a whole number of 0 or more");
    QTest::newRow("non-numeric members") << QByteArray("T1,Name,,,twelve,") << QStringLiteral("T1")
                                         << QStringLiteral("members \"twelve\" is not a whole number");
    QTest::newRow("fractional members") << QByteArray("T1,Name,,,2.5,") << QStringLiteral("T1")
                                        << QStringLiteral("members \"2.5\" is not a whole number");
    QTest::newRow("impossible date") << QByteArray("T1,Name,,,,2017-02-30") << QStringLiteral("T1")
                                     << QStringLiteral("founded \"2017-02-30\" is not a date");
    QTest::newRow("not a date") << QByteArray("T1,Name,,,,last spring") << QStringLiteral("T1")
                                << QStringLiteral("founded \"last spring\" is not a date");
    QTest::newRow("date with a time") << QByteArray("T1,Name,,,,2016-03-04 10:30") << QStringLiteral("T1")
                                      << QStringLiteral("founded \"2016-03-04 10:30\" has a time of day");
    QTest::newRow("too few fields") << QByteArray("T1,Name") << QStringLiteral("T1")
                                    << QStringLiteral("The row has 2 fields; the header has 6");
    QTest::newRow("too many fields") << QByteArray("T1,Name,a,b@c.de,3,2016-01-01,extra") << QStringLiteral("T1")
                                     << QStringLiteral("The row has 7 fields; the header has 6");
    QTest::newRow("several problems") << QByteArray("T1,,,x,-1,") << QStringLiteral("T1")
                                      << QStringLiteral("name is empty: every team needs a name. lead_email \"x\"");
}

void tst_TeamsImporter::validation()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, teamId);
    QFETCH(QString, reason);

    const QString path = writeTestFile(*m_dir, QStringLiteral("teams.csv"),
        "team_id,name,region,lead_email,members,founded\n"
        "T0,Base,North,base@example.com,1,2000-01-01\n"
            + row + "\n");
    auto report = TeamsImporter(*m_connection).import(path, QStringLiteral("v"));
    SLUICE_VERIFY_RESULT(report);
    TeamsCatalog catalog(*m_connection);
    if (reason.isEmpty()) {
        QCOMPARE(report->rejected, 0);
        QCOMPARE(report->accepted, 2);
        QVERIFY(catalog.find(teamId));
        return;
    }
    QCOMPARE(report->accepted, 1);
    QCOMPARE(report->rejected, 1);
    QCOMPARE(report->rejections.size(), 1);
    const TeamImportRejection &rejection = report->rejections.first();
    QCOMPARE(rejection.line, 3);
    QCOMPARE(rejection.teamId, teamId);
    QVERIFY2(rejection.reason.contains(reason), qPrintable(rejection.reason));
    QCOMPARE(rejection.raw, QString::fromUtf8(row));

    // The rejected row is stored as reported, and the valid one landed regardless.
    auto stored = catalog.rejections(QStringLiteral("v"));
    SLUICE_VERIFY_RESULT(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().line, 3);
    QCOMPARE(stored->first().reason, rejection.reason);
    QCOMPARE(stored->first().raw, rejection.raw);
    QCOMPARE(stored->first().teamId, teamId);
    QCOMPARE(catalog.find(QStringLiteral("T0"))->name, QStringLiteral("Base"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teams")), 1);
}

void tst_TeamsImporter::generatedBadRowsAreRejectedWithTheirLines()
{
    TeamsGenerator generator(20160304);
    generator.setBadRows(36);
    const QString path = writeTestFile(*m_dir, QStringLiteral("teams.csv"), generator.generate(500));
    auto report = TeamsImporter(*m_connection).import(path, QStringLiteral("gen"));
    SLUICE_VERIFY_RESULT(report);

    const std::vector<TeamsGenerator::BadRow> &bad = generator.badRows();
    QCOMPARE(bad.size(), size_t(36));
    QCOMPARE(report->accepted, 500);
    QCOMPARE(report->inserted, 500);
    QCOMPARE(report->rejected, qint64(bad.size()));
    QCOMPARE(report->accepted + report->rejected, 536);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teams")), 500);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teams WHERE team_id LIKE 'X%'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM team_import_errors WHERE task_id = 'gen'")), 36);

    const auto fragment = [](TeamsGenerator::Defect defect) {
        switch (defect) {
        case TeamsGenerator::Defect::MissingKey:
            return QStringLiteral("team_id is empty");
        case TeamsGenerator::Defect::DuplicateKey:
            return QStringLiteral("repeats the team on line");
        case TeamsGenerator::Defect::BadEmail:
            return QStringLiteral("lead_email");
        case TeamsGenerator::Defect::NegativeMembers:
            return QStringLiteral("members \"-");
        case TeamsGenerator::Defect::NonNumericMembers:
            return QStringLiteral("members \"twelve\"");
        case TeamsGenerator::Defect::BadDate:
            return QStringLiteral("founded");
        }
        return QStringLiteral("?");
    };
    QCOMPARE(report->rejections.size(), qsizetype(bad.size()));
    for (size_t i = 0; i < bad.size(); ++i) {
        const TeamImportRejection &rejection = report->rejections.at(qsizetype(i));
        QCOMPARE(rejection.line, bad[i].line);
        QVERIFY2(rejection.reason.contains(fragment(bad[i].defect)),
            qPrintable(TeamsGenerator::defectName(bad[i].defect) + QStringLiteral(": ") + rejection.reason));
    }
    TeamsCatalog catalog(*m_connection);
    auto last = catalog.find(QStringLiteral("T499"));
    SLUICE_VERIFY_RESULT(last);
    QVERIFY(last->members.has_value());
    QVERIFY(!last->founded.isEmpty());
}

void tst_TeamsImporter::readsAGzippedFile()
{
    TeamsGenerator generator(7);
    generator.setBadRows(5);
    const QString path = writeTestFile(*m_dir, QStringLiteral("teams.csv"), generator.generate(200));
    QCOMPARE(QProcess::execute(QStringLiteral("gzip"), { QStringLiteral("-f"), path }), 0);
    const QString gzipped = path + QStringLiteral(".gz");
    QVERIFY(QFile::exists(gzipped));
    QVERIFY(!QFile::exists(path));

    auto report = TeamsImporter(*m_connection).import(gzipped, QStringLiteral("gz"));
    SLUICE_VERIFY_RESULT(report);
    QCOMPARE(report->accepted, 200);
    QCOMPARE(report->rejected, 5);
    QCOMPARE(report->sourceName, QStringLiteral("teams.csv.gz"));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(report->rejections.at(i).line, generator.badRows()[size_t(i)].line);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teams")), 200);
}

void tst_TeamsImporter::firstCsvOfAZip()
{
    QVERIFY(!writeTestFile(*m_dir, QStringLiteral("readme.md"), "not a table\n").isEmpty());
    QVERIFY(!writeTestFile(*m_dir, QStringLiteral("a.csv"), "team_id,name\nA1,From a\n").isEmpty());
    QVERIFY(!writeTestFile(*m_dir, QStringLiteral("b.csv"), "team_id,name\nB1,From b\n").isEmpty());
    QProcess zip;
    zip.setWorkingDirectory(m_dir->path());
    zip.start(QStringLiteral("zip"),
        { QStringLiteral("-q"), QStringLiteral("teams.zip"), QStringLiteral("readme.md"), QStringLiteral("a.csv"),
            QStringLiteral("b.csv") });
    QVERIFY(zip.waitForFinished(60000));
    QCOMPARE(zip.exitCode(), 0);

    auto report
        = TeamsImporter(*m_connection).import(m_dir->filePath(QStringLiteral("teams.zip")), QStringLiteral("z"));
    SLUICE_VERIFY_RESULT(report);
    QCOMPARE(report->accepted, 1);
    QCOMPARE(report->columns, (QStringList { QStringLiteral("team_id"), QStringLiteral("name") }));
    TeamsCatalog catalog(*m_connection);
    QVERIFY(catalog.find(QStringLiteral("A1")));
    QCOMPARE(catalog.find(QStringLiteral("B1")).error().code, ErrorCode::NotFound);
}

void tst_TeamsImporter::missingRequiredColumnIsFatal_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("fragments");
    QTest::newRow("no name") << QByteArray("team_id,region,members\nT9,North,3\n")
                             << QStringList { QStringLiteral("required column missing: name"),
                                    QStringLiteral("\"team_id\", \"region\", \"members\"") };
    QTest::newRow("no team_id") << QByteArray("id,name\nT9,Nine\n")
                                << QStringList { QStringLiteral("required column missing: team_id"),
                                       QStringLiteral("\"id\", \"name\"") };
    QTest::newRow("neither") << QByteArray("a;b;c\n1;2;3\n")
                             << QStringList { QStringLiteral("required columns missing: team_id, name"),
                                    QStringLiteral("\"a\", \"b\", \"c\"") };
}

void tst_TeamsImporter::missingRequiredColumnIsFatal()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, fragments);
    TeamsImporter importer(*m_connection);
    auto seeded
        = importer.import(writeTestFile(*m_dir, QStringLiteral("seed.csv"), "team_id,name\nT1,One\n"), QStringLiteral("seed"));
    SLUICE_VERIFY_RESULT(seeded);

    auto report = importer.import(writeTestFile(*m_dir, QStringLiteral("bad.csv"), content), QStringLiteral("bad"));
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::InvalidInput);
    for (const QString &fragment : fragments)
        QVERIFY2(report.error().message.contains(fragment), qPrintable(report.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teams")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teams WHERE team_id = 'T1' AND name = 'One'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM team_import_errors")), 0);
}

void tst_TeamsImporter::unreadableFileIsFatal()
{
    auto report = TeamsImporter(*m_connection).import(m_dir->filePath(QStringLiteral("nope.csv")), QStringLiteral("n"));
    QVERIFY(!report);
    auto empty = TeamsImporter(*m_connection)
                     .import(writeTestFile(*m_dir, QStringLiteral("empty.csv"), QByteArray()), QStringLiteral("e"));
    QVERIFY(!empty);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teams")), 0);
}

void tst_TeamsImporter::damagedInputChangesNothing()
{
    // Valid rows first, then the compressed stream breaks off: the rows read before the damage
    // must not land, and no rejected rows are recorded either.
    TeamsGenerator generator(11);
    const QString path = writeTestFile(*m_dir, QStringLiteral("teams.csv"), generator.generate(30000));
    QCOMPARE(QProcess::execute(QStringLiteral("gzip"), { QStringLiteral("-f"), path }), 0);
    QFile gzipped(path + QStringLiteral(".gz"));
    QVERIFY(gzipped.open(QIODevice::ReadWrite));
    QVERIFY(gzipped.size() > 4096);
    QVERIFY(gzipped.resize(gzipped.size() / 2));
    gzipped.close();

    auto report = TeamsImporter(*m_connection).import(gzipped.fileName(), QStringLiteral("d"));
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(QStringLiteral("teams.csv.gz")), qPrintable(report.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM teams")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM team_import_errors")), 0);
}

void tst_TeamsImporter::reportListsAtMostAThousandRejections()
{
    TeamsGenerator generator(3);
    generator.setBadRows(1010);
    const QString path = writeTestFile(*m_dir, QStringLiteral("teams.csv"), generator.generate(10));
    auto report = TeamsImporter(*m_connection).import(path, QStringLiteral("many"));
    SLUICE_VERIFY_RESULT(report);
    QCOMPARE(report->rejected, 1010);
    QCOMPARE(report->rejections.size(), TeamsImportReport::kMaxListedRejections);
    QVERIFY(report->rejectionsTruncated());
    QCOMPARE(report->rejections.last().line, generator.badRows()[999].line);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM team_import_errors WHERE task_id = 'many'")), 1010);
    QCOMPARE(report->toJson().value(QStringLiteral("rejections")).toArray().size(), 1000);
}

void tst_TeamsImporter::runningAnImportAgainReplacesItsRejections()
{
    const QString path = writeTestFile(*m_dir, QStringLiteral("teams.csv"), "team_id,name\nT1,One\n,No id\n");
    TeamsImporter importer(*m_connection);
    const auto first = importer.import(path, QStringLiteral("task-a"));
    SLUICE_VERIFY_RESULT(first);
    auto again = importer.import(path, QStringLiteral("task-a"));
    SLUICE_VERIFY_RESULT(again);
    QCOMPARE(again->updated, 1);
    QCOMPARE(again->rejected, 1);
    const auto other = importer.import(path, QStringLiteral("task-b"));
    SLUICE_VERIFY_RESULT(other);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM team_import_errors WHERE task_id = 'task-a'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM team_import_errors WHERE task_id = 'task-b'")), 1);
}

void tst_TeamsImporter::reportJson()
{
    const QString path = writeTestFile(*m_dir, QStringLiteral("teams.csv"), "team_id,name,colour\nT1,One,red\n,Nobody,blue\n");
    auto report = TeamsImporter(*m_connection).import(path, QStringLiteral("j"));
    SLUICE_VERIFY_RESULT(report);
    const QJsonObject json = report->toJson();
    QCOMPARE(json.value(QStringLiteral("importId")).toString(), QStringLiteral("j"));
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("teams.csv"));
    QCOMPARE(json.value(QStringLiteral("accepted")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("inserted")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("updated")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("rejected")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("rejectionsTruncated")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("ignoredColumns")).toArray(), QJsonArray { QStringLiteral("colour") });
    QCOMPARE(json.value(QStringLiteral("columns")).toArray(),
        (QJsonArray { QStringLiteral("team_id"), QStringLiteral("name") }));
    const QJsonObject rejection = json.value(QStringLiteral("rejections")).toArray().at(0).toObject();
    QCOMPARE(rejection.value(QStringLiteral("line")).toInt(), 3);
    QVERIFY(rejection.value(QStringLiteral("teamId")).isNull());
    QVERIFY(rejection.value(QStringLiteral("reason")).toString().contains(QStringLiteral("team_id is empty")));
    QCOMPARE(rejection.value(QStringLiteral("raw")).toString(), QStringLiteral(",Nobody,blue"));
}

QTEST_GUILESS_MAIN(tst_TeamsImporter)
#include "tst_teamsimporter.moc"
