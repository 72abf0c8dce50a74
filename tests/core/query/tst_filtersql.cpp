#include <functional>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "support/verifyresult.h"

#include "core/query/filtersql.h"
#include "core/query/rowfilterparser.h"
#include "core/storage/sqldialect.h"
#include "queryfixture.h"

using namespace sluice;

using RowPredicate = std::function<bool(const FixtureRow &)>;
Q_DECLARE_METATYPE(RowPredicate)

namespace {

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

} // namespace

class tst_FilterSql : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesTheNaiveFilter_data();
    void matchesTheNaiveFilter();
    void datetimeRangeIncludesTheWholeLastDay();
    void bindsValuesAndQuotesNames();
    void noFiltersNoWhere();

private:
    QList<qint64> matching(const QList<RowFilter> &filters, QString *error);

    QueryFixture m_fixture;
};

void tst_FilterSql::initTestCase()
{
    QVERIFY(m_fixture.open());
    QVERIFY(m_fixture.createDataset(QueryFixture::generate(3000, 7)));
    QVERIFY(m_fixture.addTeams());
}

QList<qint64> tst_FilterSql::matching(const QList<RowFilter> &filters, QString *error)
{
    const FilterSql filter(m_fixture.connection().dialect(), filters);
    QSqlQuery query(m_fixture.connection().database());
    const QString sql = QStringLiteral("SELECT _row FROM %1%2 ORDER BY _row")
                            .arg(m_fixture.connection().dialect().quoteIdentifier(m_fixture.dataset().tableName),
                                filter.whereClause());
    QList<qint64> rows;
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return rows;
    }
    filter.bindTo(query);
    if (!query.exec()) {
        *error = query.lastError().text();
        return rows;
    }
    while (query.next())
        rows.append(query.value(0).toLongLong());
    return rows;
}

void tst_FilterSql::matchesTheNaiveFilter_data()
{
    QTest::addColumn<QByteArray>("filters");
    QTest::addColumn<RowPredicate>("expected");

    const QDate march1(2016, 3, 1);
    const QDate sept30(2016, 9, 30);
    QTest::newRow("date range, inclusive")
        << QByteArray(R"([{"column":"day","from":"2016-03-01","to":"2016-09-30"}])")
        << RowPredicate([=](const FixtureRow &r) { return r.day && *r.day >= march1 && *r.day <= sept30; });
    QTest::newRow("date range, one day") << QByteArray(R"([{"column":"day","from":"2016-03-01","to":"2016-03-01"}])")
                                         << RowPredicate(
                                                [=](const FixtureRow &r) { return r.day && *r.day == march1; });
    QTest::newRow("date from only") << QByteArray(R"([{"column":"day","from":"2016-09-30"}])")
                                    << RowPredicate([=](const FixtureRow &r) { return r.day && *r.day >= sept30; });
    QTest::newRow("date to only") << QByteArray(R"([{"column":"day","to":"2016-03-01"}])")
                                  << RowPredicate([=](const FixtureRow &r) { return r.day && *r.day <= march1; });
    QTest::newRow("datetime, date-only bounds")
        << QByteArray(R"([{"column":"at","from":"2016-03-01","to":"2016-09-30"}])")
        << RowPredicate(
               [=](const FixtureRow &r) { return r.at && *r.at >= utc(2016, 3, 1) && *r.at < utc(2016, 10, 1); });
    QTest::newRow("datetime, instant bounds")
        << QByteArray(R"([{"column":"at","from":"2016-03-06T23:30:00","to":"2016-03-07T00:00:00"}])")
        << RowPredicate([=](const FixtureRow &r) {
               return r.at && *r.at >= utc(2016, 3, 6, 23, 30) && *r.at <= utc(2016, 3, 7);
           });
    QTest::newRow("datetime, millisecond bound")
        << QByteArray(R"([{"column":"at","to":"2016-02-29T23:59:59.999"}])")
        << RowPredicate([=](const FixtureRow &r) { return r.at && *r.at <= utc(2016, 2, 29, 23, 59, 59, 999); });
    QTest::newRow("datetime, offset bound")
        << QByteArray(R"([{"column":"at","from":"2016-10-01T02:00:00+02:00"}])")
        << RowPredicate([=](const FixtureRow &r) { return r.at && *r.at >= utc(2016, 10, 1); });
    QTest::newRow("real min and max") << QByteArray(R"([{"column":"amount","min":-10.5,"max":99.99}])")
                                      << RowPredicate([](const FixtureRow &r) {
                                             return r.amount && *r.amount >= -10.5 && *r.amount <= 99.99;
                                         });
    QTest::newRow("integer min only") << QByteArray(R"([{"column":"qty","min":40}])")
                                      << RowPredicate([](const FixtureRow &r) { return r.qty && *r.qty >= 40; });
    QTest::newRow("integer max, fractional") << QByteArray(R"([{"column":"qty","max":"2.5"}])")
                                             << RowPredicate([](const FixtureRow &r) { return r.qty && *r.qty <= 2; });
    QTest::newRow("_row range") << QByteArray(R"([{"column":"_row","min":100,"max":110}])")
                                << RowPredicate([](const FixtureRow &r) { return r.row >= 100 && r.row <= 110; });
    QTest::newRow("text equals") << QByteArray(R"([{"column":"team","equals":"t3"}])")
                                 << RowPredicate([](const FixtureRow &r) { return r.team == QStringLiteral("t3"); });
    QTest::newRow("text in") << QByteArray(R"([{"column":"team","in":["t1","t12","nobody"]}])")
                             << RowPredicate([](const FixtureRow &r) {
                                    return r.team == QStringLiteral("t1") || r.team == QStringLiteral("t12");
                                });
    QTest::newRow("empty text") << QByteArray(R"([{"column":"note","equals":""}])")
                                << RowPredicate([](const FixtureRow &r) { return r.note == QString(); });
    QTest::newRow("integer in") << QByteArray(R"([{"column":"qty","in":[0,7,"-3"]}])")
                                << RowPredicate([](const FixtureRow &r) {
                                       return r.qty && (*r.qty == 0 || *r.qty == 7 || *r.qty == -3);
                                   });
    QTest::newRow("boolean true") << QByteArray(R"([{"column":"flag","equals":true}])")
                                  << RowPredicate([](const FixtureRow &r) { return r.flag == true; });
    QTest::newRow("boolean false") << QByteArray(R"([{"column":"flag","equals":"no"}])")
                                   << RowPredicate([](const FixtureRow &r) { return r.flag == false; });
    QTest::newRow("date equals") << QByteArray(R"([{"column":"day","equals":"2016-03-01"}])")
                                 << RowPredicate([=](const FixtureRow &r) { return r.day == march1; });
    QTest::newRow("datetime equals a day") << QByteArray(R"([{"column":"at","in":["2016-03-01","2016-09-30"]}])")
                                           << RowPredicate([=](const FixtureRow &r) {
                                                  return r.at && (r.at->date() == march1 || r.at->date() == sept30);
                                              });
    QTest::newRow("datetime equals an instant")
        << QByteArray(R"([{"column":"at","equals":"2016-09-30T23:59:59.999Z"}])")
        << RowPredicate([=](const FixtureRow &r) { return r.at == utc(2016, 9, 30, 23, 59, 59, 999); });
    QTest::newRow("is null") << QByteArray(R"([{"column":"amount","isNull":true}])")
                             << RowPredicate([](const FixtureRow &r) { return !r.amount; });
    QTest::newRow("is not null") << QByteArray(R"([{"column":"team","isNull":false}])")
                                 << RowPredicate([](const FixtureRow &r) { return r.team.has_value(); });
    QTest::newRow("all together") << QByteArray(
        R"([{"column":"day","from":"2016-03-01","to":"2016-09-30"},{"column":"qty","min":10},)"
        R"({"column":"team","in":["t1","t2"]},{"column":"flag","isNull":false}])")
                                  << RowPredicate([=](const FixtureRow &r) {
                                         return r.day && *r.day >= march1 && *r.day <= sept30 && r.qty && *r.qty >= 10
                                             && (r.team == QStringLiteral("t1") || r.team == QStringLiteral("t2"))
                                             && r.flag;
                                     });
    QTest::newRow("hostile value") << QByteArray(R"([{"column":"note","equals":"'); DROP TABLE teams; --"}])")
                                   << RowPredicate([](const FixtureRow &r) {
                                          return r.note == QStringLiteral("'); DROP TABLE teams; --");
                                      });
    QTest::newRow("hostile column") << QByteArray(R"([{"column":"x\"); DROP TABLE teams; --","equals":3}])")
                                    << RowPredicate([](const FixtureRow &r) { return r.hostile == 3; });
}

void tst_FilterSql::matchesTheNaiveFilter()
{
    QFETCH(QByteArray, filters);
    QFETCH(RowPredicate, expected);
    auto parsed = RowFilterParser::fromJson(QJsonDocument::fromJson(filters).array(), m_fixture.dataset());
    SLUICE_VERIFY_RESULT(parsed);
    QVERIFY(!parsed->isEmpty());
    QList<qint64> want;
    for (const FixtureRow &row : m_fixture.rows()) {
        if (expected(row))
            want.append(row.row);
    }
    QVERIFY(!want.isEmpty()); // a filter that matches nothing would prove little
    QVERIFY(want.size() < m_fixture.rows().size());
    QString error;
    const QList<qint64> got = matching(*parsed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(got, want);
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM teams")).toInt(), 9);
}

void tst_FilterSql::datetimeRangeIncludesTheWholeLastDay()
{
    // The fixture's first rows hold the instants around the seed use case's edges.
    auto parsed = RowFilterParser::fromJson(
        QJsonDocument::fromJson(R"([{"column":"at","from":"2016-03-01","to":"2016-09-30"}])").array(),
        m_fixture.dataset());
    SLUICE_VERIFY_RESULT(parsed);
    QString error;
    const QList<qint64> got = matching(*parsed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(got.contains(1)); // 2016-03-01T00:00:00
    QVERIFY(!got.contains(2)); // 2016-02-29T23:59:59.999
    QVERIFY(got.contains(3)); // 2016-09-30T23:59:59.999
    QVERIFY(!got.contains(4)); // 2016-10-01T00:00:00
}

void tst_FilterSql::bindsValuesAndQuotesNames()
{
    const RowFilter filter { QueryFixture::hostileColumn(), ColumnType::Text, FilterKind::OneOf, QVariant(), QVariant(),
        QVariantList { QStringLiteral("1' OR '1'='1") } };
    const FilterSql sql(m_fixture.connection().dialect(), { filter });
    QCOMPARE(sql.condition(), QStringLiteral("\"x\"\"); DROP TABLE teams; --\" IN (?)"));
    QCOMPARE(sql.values(), (QVariantList { QStringLiteral("1' OR '1'='1") }));
    QString error;
    QVERIFY(matching({ filter }, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const RowFilter range { QStringLiteral("at"), ColumnType::DateTime, FilterKind::Range, QVariant(QDate(2016, 3, 1)),
        QVariant(QDateTime(QDate(2016, 9, 30), QTime(12, 0), Qt::UTC)), QVariantList() };
    const FilterSql rangeSql(m_fixture.connection().dialect(), { range });
    QCOMPARE(rangeSql.condition(), QStringLiteral("(\"at\" >= ? AND \"at\" < ?)"));
    QCOMPARE(
        rangeSql.values(), (QVariantList { QStringLiteral("2016-03-01"), QStringLiteral("2016-09-30T12:00:00.001") }));
    QCOMPARE(rangeSql.whereClause(QStringLiteral("_row > ?")),
        QStringLiteral(" WHERE (\"at\" >= ? AND \"at\" < ?) AND _row > ?"));
}

void tst_FilterSql::noFiltersNoWhere()
{
    const FilterSql sql(m_fixture.connection().dialect(), {});
    QVERIFY(sql.condition().isEmpty());
    QVERIFY(sql.whereClause().isEmpty());
    QCOMPARE(sql.whereClause(QStringLiteral("_row > ?")), QStringLiteral(" WHERE _row > ?"));
    QVERIFY(sql.values().isEmpty());
}

QTEST_GUILESS_MAIN(tst_FilterSql)
#include "tst_filtersql.moc"
