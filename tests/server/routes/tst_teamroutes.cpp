#include <QJsonArray>
#include <QTest>

#include "core/randomid.h"
#include "core/storage/databaseconnection.h"
#include "core/teams/teamsimporter.h"
#include "datagen/teamsgenerator.h"
#include "routefixture.h"
#include "server/routes/teamroutes.h"
#include "support/verifyresult.h"

using namespace sluice;
using namespace sluice::test;

class tst_TeamRoutes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyRouteNeedsTheToken();
    void listsEveryTeam();
    void sortsBothWays_data();
    void sortsBothWays();
    void searches();
    void badListParameters_data();
    void badListParameters();
    void oneTeam();
    void importErrorsAsJson();
    void importErrorsAsCsv();
    void importErrorIds();

private:
    QString errorsPath(const QString &rest = {}) const
    {
        return QStringLiteral("/api/v1/teams/imports/") + m_importId + QStringLiteral("/errors") + rest;
    }

    RouteFixture m_fixture;
    QString m_importId;
    std::vector<TeamsGenerator::BadRow> m_badRows;
    static constexpr int kTeams = 30;
};

void tst_TeamRoutes::initTestCase()
{
    QVERIFY(m_fixture.start([](const ServerContext &context) { TeamRoutes::add(context); }));
    TeamsGenerator generator(5);
    generator.setBadRows(6);
    const QString path = m_fixture.writeFile(QStringLiteral("teams.csv"), generator.generate(kTeams));
    m_badRows = generator.badRows();
    m_importId = makeRandomId();
    auto connection = DatabaseConnection::open(m_fixture.database(), QStringLiteral("teams"));
    QVERIFY(connection);
    auto report = TeamsImporter(**connection).import(path, m_importId);
    SLUICE_VERIFY_RESULT(report);
    QCOMPARE(report->rejected, qint64(m_badRows.size()));
}

void tst_TeamRoutes::everyRouteNeedsTheToken()
{
    for (const QString &path : { QStringLiteral("/api/v1/teams"), QStringLiteral("/api/v1/teams/T000"), errorsPath(),
                                 errorsPath(QStringLiteral("?format=csv")) }) {
        const auto reply = m_fixture.get(path, false);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
    }
}

void tst_TeamRoutes::listsEveryTeam()
{
    const auto reply = m_fixture.get(QStringLiteral("/api/v1/teams"));
    QCOMPARE(reply.status, 200);
    const QJsonArray teams = reply.json.value(QStringLiteral("teams")).toArray();
    QCOMPARE(teams.size(), m_fixture.sql(QStringLiteral("SELECT count(*) FROM teams")).value(0).toInt());
    QCOMPARE(teams.size(), kTeams);
    QCOMPARE(reply.json.value(QStringLiteral("total")).toInt(), kTeams);
    QCOMPARE(teams.at(0)[QStringLiteral("teamId")].toString(), QStringLiteral("T000"));  // team_id ascending by default
    QVERIFY(!teams.at(0)[QStringLiteral("name")].toString().isEmpty());
    QVERIFY(teams.at(0).toObject().contains(QStringLiteral("members")));
}

void tst_TeamRoutes::sortsBothWays_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QString>("order");
    QTest::newRow("name asc") << QStringLiteral("name") << QStringLiteral("asc");
    QTest::newRow("name desc") << QStringLiteral("name") << QStringLiteral("desc");
    QTest::newRow("members desc") << QStringLiteral("members") << QStringLiteral("desc");
    QTest::newRow("team_id desc") << QStringLiteral("team_id") << QStringLiteral("desc");
}

void tst_TeamRoutes::sortsBothWays()
{
    QFETCH(QString, sort);
    QFETCH(QString, order);
    const auto reply = m_fixture.get(QStringLiteral("/api/v1/teams?sort=%1&order=%2").arg(sort, order));
    QCOMPARE(reply.status, 200);
    const QJsonArray teams = reply.json.value(QStringLiteral("teams")).toArray();
    QCOMPARE(teams.size(), kTeams);
    const QString key = sort == QStringLiteral("team_id") ? QStringLiteral("teamId") : sort;
    for (qsizetype i = 1; i < teams.size(); ++i) {
        const QJsonValue a = teams.at(i - 1)[key];
        const QJsonValue b = teams.at(i)[key];
        if (a.isNull() || b.isNull())
            continue;
        const int compared = a.isDouble() ? (a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble() ? 1 : 0)
                                          : a.toString().compare(b.toString(), Qt::CaseInsensitive);
        QVERIFY2(order == QStringLiteral("asc") ? compared <= 0 : compared >= 0,
                 qPrintable(a.toVariant().toString() + u' ' + b.toVariant().toString()));
    }
    QCOMPARE(reply.json.value(QStringLiteral("order")).toString(), order);
}

void tst_TeamRoutes::searches()
{
    const auto reply = m_fixture.get(QStringLiteral("/api/v1/teams?search=t01"));
    QCOMPARE(reply.status, 200);
    const QJsonArray teams = reply.json.value(QStringLiteral("teams")).toArray();
    const int expected = m_fixture.sql(QStringLiteral("SELECT count(*) FROM teams WHERE team_id LIKE '%t01%' OR name LIKE "
                                                      "'%t01%' OR region LIKE '%t01%'"))
                             .value(0)
                             .toInt();
    QVERIFY(expected >= 10);  // T010..T019
    QVERIFY(expected < kTeams);
    QCOMPARE(teams.size(), expected);
    for (const QJsonValue &team : teams) {
        const QString text = team[QStringLiteral("teamId")].toString() + u'|' + team[QStringLiteral("name")].toString()
            + u'|' + team[QStringLiteral("region")].toString();
        QVERIFY2(text.contains(QStringLiteral("t01"), Qt::CaseInsensitive), qPrintable(text));
    }
    const auto none = m_fixture.get(QStringLiteral("/api/v1/teams?search=%25%5F"));  // LIKE wildcards taken literally
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json.value(QStringLiteral("teams")).toArray().size(), 0);
}

void tst_TeamRoutes::badListParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("sort") << QStringLiteral("sort=shoe_size");
    QTest::newRow("order") << QStringLiteral("order=up");
    QTest::newRow("unknown") << QStringLiteral("limit=3");
    QTest::newRow("twice") << QStringLiteral("sort=name&sort=region");
    QTest::newRow("long search") << QStringLiteral("search=") + QString(201, u's');
}

void tst_TeamRoutes::badListParameters()
{
    QFETCH(QString, query);
    const auto reply = m_fixture.get(QStringLiteral("/api/v1/teams?") + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_input"));
}

void tst_TeamRoutes::oneTeam()
{
    const auto team = m_fixture.get(QStringLiteral("/api/v1/teams/T003"));
    QCOMPARE(team.status, 200);
    QCOMPARE(team.json.value(QStringLiteral("teamId")).toString(), QStringLiteral("T003"));
    QCOMPARE(team.json.value(QStringLiteral("name")).toString(),
             m_fixture.sql(QStringLiteral("SELECT name FROM teams WHERE team_id = 'T003'")).value(0).toString());
    QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/teams/T999")).status, 404);
    QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/teams/") + QString(101, u'T')).status, 400);
    QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/teams/%09")).status, 400);
    QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/teams/T003?x=1")).status, 400);
}

void tst_TeamRoutes::importErrorsAsJson()
{
    const auto reply = m_fixture.get(errorsPath());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("importId")).toString(), m_importId);
    QCOMPARE(reply.json.value(QStringLiteral("total")).toInteger(), qint64(m_badRows.size()));
    const QJsonArray errors = reply.json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), qsizetype(m_badRows.size()));
    for (qsizetype i = 0; i < errors.size(); ++i) {
        QCOMPARE(errors.at(i)[QStringLiteral("line")].toInteger(), m_badRows.at(size_t(i)).line);
        QVERIFY(!errors.at(i)[QStringLiteral("reason")].toString().isEmpty());
    }
    const auto page = m_fixture.get(errorsPath(QStringLiteral("?offset=2&limit=3")));
    QCOMPARE(page.status, 200);
    const QJsonArray paged = page.json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(paged.size(), 3);
    QCOMPARE(paged.at(0)[QStringLiteral("line")].toInteger(), m_badRows.at(2).line);
    const auto past = m_fixture.get(errorsPath(QStringLiteral("?offset=9223372036854775807&limit=10000")));
    QCOMPARE(past.status, 200);
    QCOMPARE(past.json.value(QStringLiteral("errors")).toArray().size(), 0);
    QCOMPARE(m_fixture.get(errorsPath(QStringLiteral("?limit=10001"))).status, 400);
    QCOMPARE(m_fixture.get(errorsPath(QStringLiteral("?format=tsv"))).status, 400);
}

void tst_TeamRoutes::importErrorsAsCsv()
{
    for (const bool byAccept : { false, true }) {
        const auto reply = byAccept ? m_fixture.send("GET", errorsPath(), {}, { { "Accept", "text/csv, */*;q=0.1" } })
                                    : m_fixture.get(errorsPath(QStringLiteral("?format=csv")));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("text/csv"));
        QVERIFY(reply.header("Content-Disposition").startsWith("attachment;"));
        const QList<QByteArray> lines = reply.body.split('\n');
        QCOMPARE(lines.first(), QByteArray("line,team_id,reason,raw\r"));
        QVERIFY(reply.body.endsWith("\r\n"));
        // Each rejected row starts a record with its line number.
        for (const TeamsGenerator::BadRow &bad : m_badRows)
            QVERIFY2(reply.body.contains("\r\n" + QByteArray::number(bad.line) + ','), reply.body.constData());
    }
    // format=json wins over Accept.
    const auto json = m_fixture.send("GET", errorsPath(QStringLiteral("?format=json")), {}, { { "Accept", "text/csv" } });
    QCOMPARE(json.header("Content-Type"), QByteArray("application/json"));
}

void tst_TeamRoutes::importErrorIds()
{
    const auto unknown = m_fixture.get(QStringLiteral("/api/v1/teams/imports/%1/errors").arg(makeRandomId()));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));
    const auto malformed = m_fixture.get(QStringLiteral("/api/v1/teams/imports/not-an-import/errors"));
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.errorCode(), QStringLiteral("invalid_input"));
    // A teams-import task with no rejected rows is known: an empty list.
    const QString clean = makeRandomId();
    m_fixture.sql(QStringLiteral("INSERT INTO tasks (id, type, parameters, state, created_at) VALUES (?, 'teams-import', "
                                 "'{}', 'succeeded', '2024-01-01T00:00:00.000Z')"),
                  { clean });
    const auto empty = m_fixture.get(QStringLiteral("/api/v1/teams/imports/%1/errors").arg(clean));
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json.value(QStringLiteral("total")).toInteger(), 0);
    // So is the import of an uploaded file, known by the upload's id its task was given.
    const QString uploadId = makeRandomId();
    m_fixture.sql(QStringLiteral("INSERT INTO tasks (id, type, parameters, state, created_at) VALUES (?, 'teams-import', "
                                 "?, 'succeeded', '2024-01-01T00:00:00.000Z')"),
                  { makeRandomId(), QStringLiteral("{\"importId\": \"%1\"}").arg(uploadId) });
    const auto uploaded = m_fixture.get(QStringLiteral("/api/v1/teams/imports/%1/errors").arg(uploadId));
    QCOMPARE(uploaded.status, 200);
    QCOMPARE(uploaded.json.value(QStringLiteral("importId")).toString(), uploadId);
    QCOMPARE(uploaded.json.value(QStringLiteral("total")).toInteger(), 0);
    // An export task's id is not a teams import.
    const QString exportId = makeRandomId();
    m_fixture.sql(QStringLiteral("INSERT INTO tasks (id, type, parameters, state, created_at) VALUES (?, 'export', "
                                 "'{}', 'succeeded', '2024-01-01T00:00:00.000Z')"),
                  { exportId });
    QCOMPARE(m_fixture.get(QStringLiteral("/api/v1/teams/imports/%1/errors").arg(exportId)).status, 404);
}

QTEST_GUILESS_MAIN(tst_TeamRoutes)
#include "tst_teamroutes.moc"
