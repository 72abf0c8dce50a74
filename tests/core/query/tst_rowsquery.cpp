#include <algorithm>

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include "support/verifyresult.h"

#include "core/query/rowfilterparser.h"
#include "core/query/rowsquery.h"
#include "queryfixture.h"

using namespace sluice;

class tst_RowsQuery : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void firstPageByDefault();
    void valuesAreTypedJson();
    void pagesInFileOrder_data();
    void pagesInFileOrder();
    void pagesWithGapsInRowNumbers();
    void sortsWithNullsLast_data();
    void sortsWithNullsLast();
    void filtersAndCounts();
    void selectsColumns();
    void parsesQueryParameters();
    void refusesBadRequests_data();
    void refusesBadRequests();
    void hostileNamesAreQuoted();

private:
    QList<qint64> rowNumbers(const RowsResult &result) const;

    QueryFixture m_fixture;
};

void tst_RowsQuery::init()
{
    QVERIFY(m_fixture.open());
    QVERIFY(m_fixture.createDataset(QueryFixture::generate(1500, 11)));
}

QList<qint64> tst_RowsQuery::rowNumbers(const RowsResult &result) const
{
    QList<qint64> numbers;
    for (const QJsonArray &row : result.rows)
        numbers.append(row.at(0).toInteger());
    return numbers;
}

void tst_RowsQuery::firstPageByDefault()
{
    const RowsQuery query(m_fixture.connection(), m_fixture.dataset());
    auto result = query.run(RowsRequest {});
    SLUICE_VERIFY_RESULT(result);
    QCOMPARE(result->total, 1500);
    QCOMPARE(result->rows.size(), RowsRequest::kDefaultLimit);
    QCOMPARE(rowNumbers(*result).first(), 1);
    QCOMPARE(rowNumbers(*result).last(), 100);
    QCOMPARE(result->columns.size(), m_fixture.dataset().columns.size());
    const QJsonObject json = result->toJson();
    QCOMPARE(json.value(QStringLiteral("total")).toInteger(), 1500);
    QCOMPARE(
        json.value(QStringLiteral("columns")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("_row"));
    QCOMPARE(json.value(QStringLiteral("columns")).toArray().at(1).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("date"));
    QCOMPARE(json.value(QStringLiteral("rows")).toArray().size(), 100);
}

void tst_RowsQuery::valuesAreTypedJson()
{
    // Rows built by hand so every type meets both a value and a null.
    FixtureRow full;
    full.row = 1;
    full.day = QDate(2016, 2, 29);
    full.at = QDateTime(QDate(2016, 3, 1), QTime(12, 0, 0, 5), Qt::UTC);
    full.amount = -2.5;
    full.qty = 9007199254740993LL; // beyond a double's exact integers
    full.flag = true;
    full.team = QStringLiteral("007");
    full.note = QString();
    full.hostile = 0;
    FixtureRow empty;
    empty.row = 2;
    QVERIFY(m_fixture.open());
    QVERIFY(m_fixture.createDataset({ full, empty }));
    auto result = RowsQuery(m_fixture.connection(), m_fixture.dataset()).run(RowsRequest {});
    SLUICE_VERIFY_RESULT(result);
    QCOMPARE(result->rows.size(), 2);
    const QByteArray json
        = QJsonDocument(result->toJson().value(QStringLiteral("rows")).toArray()).toJson(QJsonDocument::Compact);
    QCOMPARE(json,
        QByteArray(R"([[1,"2016-02-29","2016-03-01T12:00:00.005",-2.5,9007199254740993,true,"007","",0],)"
                   R"([2,null,null,null,null,null,null,null,null]])"));
}

void tst_RowsQuery::pagesInFileOrder_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("descending");
    QTest::newRow("second page") << qint64(100) << 100 << false;
    QTest::newRow("deep page") << qint64(1495) << 100 << false;
    QTest::newRow("last row") << qint64(1499) << 10 << false;
    QTest::newRow("past the end") << qint64(1500) << 10 << false;
    QTest::newRow("far past the end") << qint64(1) << 0 << false;
    QTest::newRow("descending first page") << qint64(0) << 7 << true;
    QTest::newRow("descending deep page") << qint64(1497) << 7 << true;
    QTest::newRow("descending past the end") << qint64(5000) << 7 << true;
    QTest::newRow("largest page") << qint64(3) << RowsRequest::kMaxLimit << false;
}

void tst_RowsQuery::pagesInFileOrder()
{
    QFETCH(qint64, offset);
    QFETCH(int, limit);
    QFETCH(bool, descending);
    RowsRequest request;
    request.offset = offset;
    request.limit = limit;
    if (descending)
        request.sort = { SortKey { QStringLiteral("_row"), true } };
    auto result = RowsQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
    SLUICE_VERIFY_RESULT(result);
    QList<qint64> want;
    for (qint64 i = offset; i < qMin<qint64>(offset + limit, 1500); ++i)
        want.append(descending ? 1500 - i : i + 1);
    QCOMPARE(rowNumbers(*result), want);
    QCOMPARE(result->total, 1500);
}

void tst_RowsQuery::pagesWithGapsInRowNumbers()
{
    // Row numbers 1..1000 without every seventh: the seek by _row must not be used.
    QList<FixtureRow> rows;
    for (const FixtureRow &row : QueryFixture::generate(1000, 3)) {
        if (row.row % 7 != 0)
            rows.append(row);
    }
    QVERIFY(m_fixture.open());
    QVERIFY(m_fixture.createDataset(rows));
    for (const bool descending : { false, true }) {
        RowsRequest request;
        request.offset = 800;
        request.limit = 20;
        request.sort = { SortKey { QStringLiteral("_row"), descending } };
        auto result = RowsQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
        SLUICE_VERIFY_RESULT(result);
        QCOMPARE(result->total, rows.size());
        QList<qint64> want;
        for (qsizetype i = 800; i < qMin<qsizetype>(820, rows.size()); ++i)
            want.append(descending ? rows.at(rows.size() - 1 - i).row : rows.at(i).row);
        QCOMPARE(rowNumbers(*result), want);
    }
}

void tst_RowsQuery::sortsWithNullsLast_data()
{
    QTest::addColumn<bool>("descending");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("ascending") << false << qint64(0);
    QTest::newRow("ascending, last page with nulls") << false << qint64(1400);
    QTest::newRow("descending") << true << qint64(0);
    QTest::newRow("descending, last page with nulls") << true << qint64(1400);
}

void tst_RowsQuery::sortsWithNullsLast()
{
    QFETCH(bool, descending);
    QFETCH(qint64, offset);
    // By team ascending, then amount in the given direction: nulls last in both, ties by _row.
    QList<FixtureRow> rows = m_fixture.rows();
    std::stable_sort(rows.begin(), rows.end(), [descending](const FixtureRow &a, const FixtureRow &b) {
        if (a.team != b.team) {
            if (!a.team || !b.team)
                return bool(a.team);
            return *a.team < *b.team;
        }
        if (a.amount != b.amount) {
            if (!a.amount || !b.amount)
                return bool(a.amount);
            return descending ? *a.amount > *b.amount : *a.amount < *b.amount;
        }
        return false;
    });
    RowsRequest request;
    request.offset = offset;
    request.limit = 200;
    request.sort = { SortKey { QStringLiteral("team"), false }, SortKey { QStringLiteral("amount"), descending } };
    auto result = RowsQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
    SLUICE_VERIFY_RESULT(result);
    QList<qint64> want;
    for (qsizetype i = offset; i < qMin<qsizetype>(offset + 200, rows.size()); ++i)
        want.append(rows.at(i).row);
    QCOMPARE(rowNumbers(*result), want);
    if (offset > 0) {
        QVERIFY(result->rows.last().at(6).isNull()); // the null teams come last
    }
}

void tst_RowsQuery::filtersAndCounts()
{
    auto filters = RowFilterParser::fromJson(
        QJsonDocument::fromJson(
            R"([{"column":"day","from":"2016-03-01","to":"2016-09-30"},{"column":"flag","equals":true}])")
            .array(),
        m_fixture.dataset());
    SLUICE_VERIFY_RESULT(filters);
    QList<qint64> want;
    for (const FixtureRow &row : m_fixture.rows()) {
        if (row.day && *row.day >= QDate(2016, 3, 1) && *row.day <= QDate(2016, 9, 30) && row.flag == true)
            want.append(row.row);
    }
    QVERIFY(want.size() > 60);
    RowsRequest request;
    request.filters = *filters;
    request.offset = 30;
    request.limit = 30;
    auto result = RowsQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
    SLUICE_VERIFY_RESULT(result);
    QCOMPARE(result->total, want.size());
    QCOMPARE(rowNumbers(*result), want.mid(30, 30));

    request.limit = 0; // the count alone
    auto countOnly = RowsQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
    SLUICE_VERIFY_RESULT(countOnly);
    QCOMPARE(countOnly->total, want.size());
    QVERIFY(countOnly->rows.isEmpty());
}

void tst_RowsQuery::selectsColumns()
{
    RowsRequest request;
    request.columns = { QStringLiteral("qty"), QStringLiteral("day") };
    request.limit = 5;
    auto result = RowsQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
    SLUICE_VERIFY_RESULT(result);
    QCOMPARE(result->columns.size(), 2);
    QCOMPARE(result->columns.at(0).name, QStringLiteral("qty"));
    for (qsizetype i = 0; i < result->rows.size(); ++i) {
        const FixtureRow &row = m_fixture.rows().at(i);
        const QJsonArray &values = result->rows.at(i);
        QCOMPARE(values.size(), 3);
        QCOMPARE(values.at(1), row.qty ? QJsonValue(*row.qty) : QJsonValue());
        QCOMPARE(values.at(2), row.day ? QJsonValue(row.day->toString(Qt::ISODate)) : QJsonValue());
    }
}

void tst_RowsQuery::parsesQueryParameters()
{
    const QUrlQuery query(QStringLiteral("offset=10&limit=5&sort=-amount&sort=%2Bqty&columns=amount&min.qty=10"));
    auto request = RowsQuery::parse(query, m_fixture.dataset());
    SLUICE_VERIFY_RESULT(request);
    QCOMPARE(request->offset, 10);
    QCOMPARE(request->limit, 5);
    QCOMPARE(request->sort.size(), 2);
    QCOMPARE(request->sort.at(0).column, QStringLiteral("amount"));
    QVERIFY(request->sort.at(0).descending);
    QCOMPARE(request->sort.at(1).column, QStringLiteral("qty"));
    QVERIFY(!request->sort.at(1).descending);
    QCOMPARE(request->columns, QStringList { QStringLiteral("amount") });
    QCOMPARE(request->filters.size(), 1);
    auto defaults = RowsQuery::parse(QUrlQuery(), m_fixture.dataset());
    SLUICE_VERIFY_RESULT(defaults);
    QCOMPARE(defaults->offset, 0);
    QCOMPARE(defaults->limit, RowsRequest::kDefaultLimit);
    QVERIFY(defaults->sort.isEmpty());
}

void tst_RowsQuery::refusesBadRequests_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("limit too large") << QStringLiteral("limit=10001")
                                     << QStringLiteral("limit must be an integer from 0 to 10000");
    QTest::newRow("negative offset") << QStringLiteral("offset=-1")
                                     << QStringLiteral("offset must be an integer from 0 to 9223372036854775807");
    QTest::newRow("limit not a number") << QStringLiteral("limit=ten")
                                        << QStringLiteral("limit must be an integer from 0 to 10000");
    QTest::newRow("unknown sort column") << QStringLiteral("sort=-nope") << QStringLiteral("unknown column \"nope\"");
    QTest::newRow("unknown column") << QStringLiteral("columns=nope") << QStringLiteral("unknown column \"nope\"");
    QTest::newRow("bad filter") << QStringLiteral("from.day=soon")
                                << QStringLiteral("from must be a date (YYYY-MM-DD)");
}

void tst_RowsQuery::refusesBadRequests()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    auto result = RowsQuery::parse(QUrlQuery(query), m_fixture.dataset()).and_then([this](const RowsRequest &request) {
        return RowsQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
    });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QCOMPARE(result.error().message, message);
}

void tst_RowsQuery::hostileNamesAreQuoted()
{
    RowsRequest request;
    request.sort = { SortKey { QueryFixture::hostileColumn(), true } };
    request.columns = { QueryFixture::hostileColumn() };
    request.limit = 3;
    auto result = RowsQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
    SLUICE_VERIFY_RESULT(result);
    QCOMPARE(result->rows.size(), 3);
    QCOMPARE(result->rows.first().at(1).toInteger(), 4); // the largest value first
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'teams'")).toInt(), 1);

    DatasetInfo hostileTable = m_fixture.dataset();
    hostileTable.tableName = QStringLiteral("ds_fixture\"; DROP TABLE teams; --");
    auto missing = RowsQuery(m_fixture.connection(), hostileTable).run(RowsRequest {});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Storage);
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'teams'")).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_RowsQuery)
#include "tst_rowsquery.moc"
