#include <cmath>
#include <map>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include "support/verifyresult.h"

#include "core/query/rowfilterparser.h"
#include "core/query/seriesquery.h"
#include "queryfixture.h"

using namespace sluice;

namespace {

/// The start of the bucket holding `at`, computed without SQL.
QString naiveBucket(const QDateTime &at, TimeBucket bucket)
{
    const QDate day = at.date();
    switch (bucket) {
    case TimeBucket::Hour:
        return at.toString(QStringLiteral("yyyy-MM-ddTHH:00:00"));
    case TimeBucket::Day:
        return day.toString(Qt::ISODate);
    case TimeBucket::Week:
        return day.addDays(1 - day.dayOfWeek()).toString(Qt::ISODate); // Monday is 1
    case TimeBucket::Month:
        return QDate(day.year(), day.month(), 1).toString(Qt::ISODate);
    case TimeBucket::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1).toString(Qt::ISODate);
    case TimeBucket::Year:
        return QDate(day.year(), 1, 1).toString(Qt::ISODate);
    }
    return QString();
}

struct NaiveBucket
{
    qint64 rows = 0;
    qint64 values = 0;
    double sum = 0.0;
    qint64 integerSum = 0;
    double min = 0.0;
    double max = 0.0;
};

} // namespace

class tst_SeriesQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesTheNaiveSeries_data();
    void matchesTheNaiveSeries();
    void sundayBelongsToThePreviousMonday();
    void parsesQueryParameters();
    void refusesBadRequests_data();
    void refusesBadRequests();

private:
    QueryFixture m_fixture;
};

void tst_SeriesQuery::initTestCase()
{
    QVERIFY(m_fixture.open());
    QVERIFY(m_fixture.createDataset(QueryFixture::generate(3000, 5)));
}

void tst_SeriesQuery::matchesTheNaiveSeries_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<TimeBucket>("bucket");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("of");
    QTest::addColumn<bool>("filtered");
    const QList<std::pair<QString, QString>> measures {
        { QStringLiteral("count"), QString() },
        { QStringLiteral("sum"), QStringLiteral("amount") },
        { QStringLiteral("mean"), QStringLiteral("amount") },
        { QStringLiteral("min"), QStringLiteral("amount") },
        { QStringLiteral("max"), QStringLiteral("amount") },
        { QStringLiteral("sum"), QStringLiteral("qty") },
        { QStringLiteral("mean"), QStringLiteral("qty") },
        { QStringLiteral("min"), QStringLiteral("qty") },
        { QStringLiteral("max"), QStringLiteral("qty") },
    };
    for (const QString &column : { QStringLiteral("day"), QStringLiteral("at") }) {
        for (const TimeBucket bucket : { TimeBucket::Hour, TimeBucket::Day, TimeBucket::Week, TimeBucket::Month,
                 TimeBucket::Quarter, TimeBucket::Year }) {
            if (bucket == TimeBucket::Hour && column == QStringLiteral("day"))
                continue;
            for (const auto &[measure, of] : measures) {
                for (const bool filtered : { false, true }) {
                    const QString name = QStringLiteral("%1 by %2, %3 %4%5")
                                             .arg(column, timeBucketName(bucket), measure, of,
                                                 filtered ? QStringLiteral(", filtered") : QString());
                    QTest::newRow(qPrintable(name)) << column << bucket << measure << of << filtered;
                }
            }
        }
    }
}

void tst_SeriesQuery::matchesTheNaiveSeries()
{
    QFETCH(QString, column);
    QFETCH(TimeBucket, bucket);
    QFETCH(QString, measure);
    QFETCH(QString, of);
    QFETCH(bool, filtered);

    auto parsedMeasure = Measure::parse(measure, of, m_fixture.dataset());
    SLUICE_VERIFY_RESULT(parsedMeasure);
    SeriesRequest request { column, bucket, *parsedMeasure, {} };
    if (filtered) {
        auto filters = RowFilterParser::fromJson(
            QJsonDocument::fromJson(R"([{"column":"team","in":["t1","t2","t3"]},{"column":"qty","min":0}])").array(),
            m_fixture.dataset());
        SLUICE_VERIFY_RESULT(filters);
        request.filters = *filters;
    }
    auto result = SeriesQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
    SLUICE_VERIFY_RESULT(result);

    std::map<QString, NaiveBucket> naive;
    qint64 undated = 0;
    for (const FixtureRow &row : m_fixture.rows()) {
        if (filtered
            && !(row.team
                && (*row.team == QStringLiteral("t1") || *row.team == QStringLiteral("t2")
                    || *row.team == QStringLiteral("t3"))
                && row.qty && *row.qty >= 0))
            continue;
        std::optional<QDateTime> at = row.at;
        if (column == QStringLiteral("day"))
            at = row.day ? std::optional<QDateTime>(QDateTime(*row.day, QTime(0, 0), Qt::UTC)) : std::nullopt;
        if (!at) {
            ++undated;
            continue;
        }
        NaiveBucket &b = naive[naiveBucket(*at, bucket)];
        ++b.rows;
        std::optional<double> value;
        if (of == QStringLiteral("amount") && row.amount)
            value = *row.amount;
        if (of == QStringLiteral("qty") && row.qty) {
            value = double(*row.qty);
            b.integerSum += *row.qty;
        }
        if (value) {
            b.min = b.values == 0 ? *value : std::min(b.min, *value);
            b.max = b.values == 0 ? *value : std::max(b.max, *value);
            b.sum += *value;
            ++b.values;
        }
    }

    QCOMPARE(result->undated, undated);
    QVERIFY(undated > 0);
    QCOMPARE(result->points.size(), qsizetype(naive.size()));
    qsizetype i = 0;
    for (const auto &[start, b] : naive) {
        const SeriesPoint &point = result->points.at(i++);
        QCOMPARE(point.bucket, start);
        QCOMPARE(point.rows, b.rows);
        if (measure == QStringLiteral("count")) {
            QCOMPARE(point.value.toInteger(-1), b.rows);
            continue;
        }
        if (b.values == 0) {
            QVERIFY2(point.value.isNull(), qPrintable(start));
            continue;
        }
        double want = 0.0;
        if (measure == QStringLiteral("sum"))
            want = b.sum;
        else if (measure == QStringLiteral("mean"))
            want = b.sum / double(b.values);
        else if (measure == QStringLiteral("min"))
            want = b.min;
        else
            want = b.max;
        if (of == QStringLiteral("qty") && measure != QStringLiteral("mean")) {
            // Integer sums, minima and maxima are exact integers.
            QCOMPARE(point.value.toInteger(std::numeric_limits<qint64>::min()),
                measure == QStringLiteral("sum") ? b.integerSum : qint64(want));
        } else {
            QVERIFY2(std::abs(point.value.toDouble() - want) <= 1e-9 * std::max(1.0, std::abs(want)),
                qPrintable(QStringLiteral("%1: %2 != %3").arg(start).arg(point.value.toDouble()).arg(want)));
        }
    }
    const QJsonObject json = result->toJson();
    QCOMPARE(json.value(QStringLiteral("points")).toArray().size(), qsizetype(naive.size()));
    QCOMPARE(json.value(QStringLiteral("bucket")).toString(), timeBucketName(bucket));
}

void tst_SeriesQuery::sundayBelongsToThePreviousMonday()
{
    QueryFixture fixture;
    QVERIFY(fixture.open());
    QList<FixtureRow> rows;
    const QList<QDate> days { QDate(2016, 2, 28), QDate(2016, 2, 29), QDate(2016, 3, 6), QDate(2016, 3, 7),
        QDate(2016, 12, 31), QDate(2017, 1, 1), QDate(2017, 1, 2) };
    for (qsizetype i = 0; i < days.size(); ++i) {
        FixtureRow row;
        row.row = i + 1;
        row.day = days.at(i);
        row.at = QDateTime(days.at(i), QTime(23, 59, 59, 999), Qt::UTC);
        row.qty = i + 1;
        rows.append(row);
    }
    QVERIFY(fixture.createDataset(rows));
    for (const QString &column : { QStringLiteral("day"), QStringLiteral("at") }) {
        auto measure = Measure::parse(QStringLiteral("sum"), QStringLiteral("qty"), fixture.dataset());
        SLUICE_VERIFY_RESULT(measure);
        auto result = SeriesQuery(fixture.connection(), fixture.dataset())
                          .run(SeriesRequest { column, TimeBucket::Week, *measure, {} });
        SLUICE_VERIFY_RESULT(result);
        QCOMPARE(QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact),
            QStringLiteral(R"({"bucket":"week","column":"%1","measure":{"column":"qty","kind":"sum"},)"
                           R"("points":[{"bucket":"2016-02-22","rows":1,"value":1},)"
                           R"({"bucket":"2016-02-29","rows":2,"value":5},)"
                           R"({"bucket":"2016-03-07","rows":1,"value":4},)"
                           R"({"bucket":"2016-12-26","rows":2,"value":11},)"
                           R"({"bucket":"2017-01-02","rows":1,"value":7}],"undated":0})")
                .arg(column)
                .toUtf8());
    }
}

void tst_SeriesQuery::parsesQueryParameters()
{
    auto request = SeriesQuery::parse(
        QUrlQuery(QStringLiteral("column=at&bucket=quarter&measure=mean&of=amount&from.day=2016-03-01")),
        m_fixture.dataset());
    SLUICE_VERIFY_RESULT(request);
    QCOMPARE(request->column, QStringLiteral("at"));
    QCOMPARE(request->bucket, TimeBucket::Quarter);
    QCOMPARE(request->measure.kind, MeasureKind::Mean);
    QCOMPARE(request->measure.column, QStringLiteral("amount"));
    QCOMPARE(request->filters.size(), 1);
    auto defaults = SeriesQuery::parse(QUrlQuery(QStringLiteral("column=day")), m_fixture.dataset());
    SLUICE_VERIFY_RESULT(defaults);
    QCOMPARE(defaults->bucket, TimeBucket::Day);
    QCOMPARE(defaults->measure.kind, MeasureKind::Count);
}

void tst_SeriesQuery::refusesBadRequests_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("no column") << QStringLiteral("bucket=day")
                               << QStringLiteral("column must name the date or datetime column of the series");
    QTest::newRow("unknown column") << QStringLiteral("column=nope") << QStringLiteral("unknown column \"nope\"");
    QTest::newRow("text column") << QStringLiteral("column=team")
                                 << QStringLiteral("a series needs a date or datetime column; \"team\" is text");
    QTest::newRow("hour on a date") << QStringLiteral("column=day&bucket=hour")
                                    << QStringLiteral("hour buckets need a datetime column; \"day\" is a date column");
    QTest::newRow("bad bucket") << QStringLiteral("column=day&bucket=fortnight")
                                << QStringLiteral(
                                       "bucket must be hour, day, week, month, quarter or year, not \"fortnight\"");
    QTest::newRow("bad measure") << QStringLiteral("column=day&measure=median&of=qty")
                                 << QStringLiteral("measure must be count, sum, mean, min or max, not \"median\"");
    QTest::newRow("sum of text") << QStringLiteral("column=day&measure=sum&of=team")
                                 << QStringLiteral("sum needs an integer or real column; \"team\" is text");
    QTest::newRow("sum of nothing") << QStringLiteral("column=day&measure=sum")
                                    << QStringLiteral("sum needs a column to measure");
}

void tst_SeriesQuery::refusesBadRequests()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    auto result
        = SeriesQuery::parse(QUrlQuery(query), m_fixture.dataset()).and_then([this](const SeriesRequest &request) {
              return SeriesQuery(m_fixture.connection(), m_fixture.dataset()).run(request);
          });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QCOMPARE(result.error().message, message);
}

QTEST_GUILESS_MAIN(tst_SeriesQuery)
#include "tst_seriesquery.moc"
