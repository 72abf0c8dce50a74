#include <algorithm>
#include <cmath>
#include <map>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include "support/verifyresult.h"

#include "core/query/groupquery.h"
#include "core/query/rowfilterparser.h"
#include "queryfixture.h"

using namespace sluice;

namespace {

struct NaiveGroup
{
    QString key;
    bool null = false; // the group of empty cells (a plain flag: GCC 12 misreads std::optional in std::sort)
    qint64 rows = 0;
    qint64 values = 0;
    double sum = 0.0;
    double value = 0.0; // the measure, once computed
};

} // namespace

class tst_GroupQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesThroughAllGroups_data();
    void pagesThroughAllGroups();
    void joinsTeamNames();
    void integerKeysMatchTeamIds();
    void booleanKeys();
    void hostileColumnIsQuoted();
    void parsesQueryParameters();
    void refusesBadRequests_data();
    void refusesBadRequests();

private:
    QueryFixture m_fixture;
};

void tst_GroupQuery::initTestCase()
{
    QVERIFY(m_fixture.open());
    QVERIFY(m_fixture.createDataset(QueryFixture::generate(2500, 9)));
    QVERIFY(m_fixture.addTeams());
}

void tst_GroupQuery::pagesThroughAllGroups_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<bool>("filtered");
    const int byValue = int(GroupRequest::Order::Value);
    const int byKey = int(GroupRequest::Order::Key);
    QTest::newRow("count, largest first") << QStringLiteral("count") << byValue << true << false;
    QTest::newRow("count, smallest first, filtered") << QStringLiteral("count") << byValue << false << true;
    QTest::newRow("sum, largest first") << QStringLiteral("sum") << byValue << true << false;
    QTest::newRow("mean, by key") << QStringLiteral("mean") << byKey << false << false;
    QTest::newRow("min, by key descending") << QStringLiteral("min") << byKey << true << false;
    QTest::newRow("max, smallest first, filtered") << QStringLiteral("max") << byValue << false << true;
}

void tst_GroupQuery::pagesThroughAllGroups()
{
    QFETCH(QString, measure);
    QFETCH(int, order);
    QFETCH(bool, descending);
    QFETCH(bool, filtered);

    // Naive: group the amounts by team.
    std::map<std::optional<QString>, NaiveGroup> groups;
    for (const FixtureRow &row : m_fixture.rows()) {
        if (filtered && !(row.day && *row.day >= QDate(2016, 3, 1) && *row.day <= QDate(2016, 9, 30)))
            continue;
        NaiveGroup &group = groups[row.team];
        group.key = row.team.value_or(QString());
        group.null = !row.team;
        ++group.rows;
        if (row.amount) {
            group.value = group.values == 0        ? *row.amount
                : measure == QStringLiteral("min") ? std::min(group.value, *row.amount)
                : measure == QStringLiteral("max") ? std::max(group.value, *row.amount)
                                                   : 0.0;
            group.sum += *row.amount;
            ++group.values;
        }
    }
    QList<NaiveGroup> want;
    for (auto &[key, group] : groups) {
        if (measure == QStringLiteral("count"))
            group.value = double(group.rows);
        else if (measure == QStringLiteral("sum"))
            group.value = group.sum;
        else if (measure == QStringLiteral("mean"))
            group.value = group.sum / double(group.values);
        want.append(group);
    }
    auto keyLess = [](const NaiveGroup &a, const NaiveGroup &b) { // nulls last
        if (a.null || b.null)
            return !a.null && b.null;
        return a.key < b.key;
    };
    std::sort(want.begin(), want.end(), [&](const NaiveGroup &a, const NaiveGroup &b) {
        if (order == int(GroupRequest::Order::Key)) {
            if (a.null || b.null)
                return !a.null && b.null;
            return descending ? a.key > b.key : a.key < b.key;
        }
        if (a.value != b.value)
            return descending ? a.value > b.value : a.value < b.value;
        return keyLess(a, b);
    });

    auto parsedMeasure = Measure::parse(measure, QStringLiteral("amount"), m_fixture.dataset());
    SLUICE_VERIFY_RESULT(parsedMeasure);
    GroupRequest request;
    request.column = QStringLiteral("team");
    request.measure = *parsedMeasure;
    request.order = GroupRequest::Order(order);
    request.descending = descending;
    request.limit = 4;
    if (filtered) {
        auto filters = RowFilterParser::fromJson(
            QJsonDocument::fromJson(R"([{"column":"day","from":"2016-03-01","to":"2016-09-30"}])").array(),
            m_fixture.dataset());
        SLUICE_VERIFY_RESULT(filters);
        request.filters = *filters;
    }
    QList<Group> got;
    for (request.offset = 0; request.offset < 40; request.offset += request.limit) {
        auto page = GroupQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
        SLUICE_VERIFY_RESULT(page);
        QCOMPARE(page->total, want.size());
        QVERIFY(page->groups.size() <= request.limit);
        got.append(page->groups);
    }
    QCOMPARE(want.size(), 14); // t1..t12, "42" and the empty cells
    QCOMPARE(got.size(), want.size());
    for (qsizetype i = 0; i < want.size(); ++i) {
        const Group &group = got.at(i);
        const NaiveGroup &expected = want.at(i);
        QCOMPARE(group.key, expected.null ? QJsonValue() : QJsonValue(expected.key));
        QCOMPARE(group.rows, expected.rows);
        QVERIFY2(std::abs(group.value.toDouble() - expected.value) <= 1e-9 * std::max(1.0, std::abs(expected.value)),
            qPrintable(QStringLiteral("%1 != %2").arg(group.value.toDouble()).arg(expected.value)));
    }
}

void tst_GroupQuery::joinsTeamNames()
{
    GroupRequest request;
    request.column = QStringLiteral("team");
    request.order = GroupRequest::Order::Key;
    request.descending = false;
    auto result = GroupQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
    SLUICE_VERIFY_RESULT(result);
    QCOMPARE(result->groups.size(), 14);
    for (const Group &group : result->groups) {
        const QString key = group.key.toString();
        bool known = false;
        const int number = key.mid(1).toInt(&known);
        if (key == QStringLiteral("42"))
            QCOMPARE(group.teamName, QStringLiteral("Answers"));
        else if (key.startsWith(u't') && known && number <= 8)
            QCOMPARE(group.teamName, QStringLiteral("Team %1").arg(number));
        else
            QVERIFY2(group.teamName.isNull(), qPrintable(key));
    }
    const QJsonArray json = result->toJson().value(QStringLiteral("groups")).toArray();
    QCOMPARE(json.first().toObject().value(QStringLiteral("teamName")).toString(), QStringLiteral("Answers"));
    QVERIFY(json.last().toObject().value(QStringLiteral("key")).isNull()); // the empty cells, last
    QVERIFY(!json.last().toObject().contains(QStringLiteral("teamName")));
}

void tst_GroupQuery::integerKeysMatchTeamIds()
{
    GroupRequest request;
    request.column = QStringLiteral("qty");
    request.order = GroupRequest::Order::Key;
    request.descending = true;
    request.limit = 10;
    auto result = GroupQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
    SLUICE_VERIFY_RESULT(result);
    QCOMPARE(result->total, 52); // -5..45 and null
    QCOMPARE(result->groups.first().key, QJsonValue(qint64(45)));
    const auto answer = std::find_if(result->groups.cbegin(), result->groups.cend(),
        [](const Group &group) { return group.key == QJsonValue(qint64(42)); });
    QVERIFY(answer != result->groups.cend());
    QCOMPARE(answer->teamName, QStringLiteral("Answers"));
    QCOMPARE(answer->rows, std::count_if(m_fixture.rows().cbegin(), m_fixture.rows().cend(), [](const FixtureRow &row) {
        return row.qty == 42;
    }));
}

void tst_GroupQuery::booleanKeys()
{
    GroupRequest request;
    request.column = QStringLiteral("flag");
    request.order = GroupRequest::Order::Key;
    request.descending = false;
    auto result = GroupQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
    SLUICE_VERIFY_RESULT(result);
    QCOMPARE(result->groups.size(), 3);
    QCOMPARE(result->groups.at(0).key, QJsonValue(false));
    QCOMPARE(result->groups.at(1).key, QJsonValue(true));
    QVERIFY(result->groups.at(2).key.isNull());
    qint64 trues = 0;
    for (const FixtureRow &row : m_fixture.rows())
        trues += row.flag == true ? 1 : 0;
    QCOMPARE(result->groups.at(1).rows, trues);
}

void tst_GroupQuery::hostileColumnIsQuoted()
{
    auto measure = Measure::parse(QStringLiteral("sum"), QueryFixture::hostileColumn(), m_fixture.dataset());
    SLUICE_VERIFY_RESULT(measure);
    GroupRequest request;
    request.column = QueryFixture::hostileColumn();
    request.measure = *measure;
    request.order = GroupRequest::Order::Key;
    request.descending = false;
    auto result = GroupQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
    SLUICE_VERIFY_RESULT(result);
    QCOMPARE(result->total, 6); // 0..4 and null
    QCOMPARE(result->groups.at(3).value.toInteger(), 3 * result->groups.at(3).rows);
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM teams")).toInt(), 9);
}

void tst_GroupQuery::parsesQueryParameters()
{
    auto request = GroupQuery::parse(
        QUrlQuery(QStringLiteral("column=team&measure=max&of=qty&sort=key&offset=4&limit=2&eq.flag=true")),
        m_fixture.dataset());
    SLUICE_VERIFY_RESULT(request);
    QCOMPARE(request->column, QStringLiteral("team"));
    QCOMPARE(request->measure.kind, MeasureKind::Max);
    QCOMPARE(request->order, GroupRequest::Order::Key);
    QVERIFY(!request->descending);
    QCOMPARE(request->offset, 4);
    QCOMPARE(request->limit, 2);
    QCOMPARE(request->filters.size(), 1);
    auto defaults = GroupQuery::parse(QUrlQuery(QStringLiteral("column=team")), m_fixture.dataset());
    SLUICE_VERIFY_RESULT(defaults);
    QCOMPARE(defaults->order, GroupRequest::Order::Value);
    QVERIFY(defaults->descending);
    QCOMPARE(defaults->limit, GroupRequest::kDefaultLimit);
}

void tst_GroupQuery::refusesBadRequests_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("no column") << QString() << QStringLiteral("column must name the column to group by");
    QTest::newRow("unknown column") << QStringLiteral("column=nope") << QStringLiteral("unknown column \"nope\"");
    QTest::newRow("bad sort") << QStringLiteral("column=team&sort=rows")
                              << QStringLiteral("sort must be value, -value, key or -key, not \"rows\"");
    QTest::newRow("mean of a date") << QStringLiteral("column=team&measure=mean&of=day")
                                    << QStringLiteral("mean needs an integer or real column; \"day\" is date");
    QTest::newRow("limit too large") << QStringLiteral("column=team&limit=20000")
                                     << QStringLiteral("limit must be an integer from 0 to 10000");
}

void tst_GroupQuery::refusesBadRequests()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    auto result
        = GroupQuery::parse(QUrlQuery(query), m_fixture.dataset()).and_then([this](const GroupRequest &request) {
              return GroupQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
          });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QCOMPARE(result.error().message, message);
}

QTEST_GUILESS_MAIN(tst_GroupQuery)
#include "tst_groupquery.moc"
