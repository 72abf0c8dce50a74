#include <QDate>
#include <QJsonArray>
#include <QTest>

#include "core/calc/timebuckets.h"
#include "core/calc/calctestdata.h"

using namespace sluice;
using namespace calctest;

namespace {

qint64 day(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay() - 2440588;
}

} // namespace

class tst_TimeBuckets : public QObject
{
    Q_OBJECT
private slots:
    void calendar_data();
    void calendar();
    void aggregatesAgainstNaive();
    void mergeEqualsWhole();
    void jsonNamesAndCap();
};

void tst_TimeBuckets::calendar_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("week");
    QTest::addColumn<qint64>("month");
    QTest::newRow("epoch (Thursday)") << qint64(0) << day(1969, 12, 29) << day(1970, 1, 1);
    QTest::newRow("Sunday ends the week") << day(2024, 3, 3) << day(2024, 2, 26) << day(2024, 3, 1);
    QTest::newRow("Monday starts it") << day(2024, 3, 4) << day(2024, 3, 4) << day(2024, 3, 1);
    QTest::newRow("leap day") << day(2024, 2, 29) << day(2024, 2, 26) << day(2024, 2, 1);
    QTest::newRow("week across a year") << day(2021, 1, 1) << day(2020, 12, 28) << day(2021, 1, 1);
    QTest::newRow("before 1970") << day(1969, 7, 20) << day(1969, 7, 14) << day(1969, 7, 1);
    QTest::newRow("century not leap") << day(1900, 3, 1) << day(1900, 2, 26) << day(1900, 3, 1);
}

void tst_TimeBuckets::calendar()
{
    QFETCH(qint64, value);
    QFETCH(qint64, week);
    QFETCH(qint64, month);
    QCOMPARE(TimeBuckets::weekStart(value), week);
    QCOMPARE(TimeBuckets::monthStart(value), month);
    QCOMPARE(QDate::fromJulianDay(TimeBuckets::weekStart(value) + 2440588).dayOfWeek(), 1);
    QCOMPARE(TimeBuckets::dayOf(ColumnType::DateTime, value * 86'400'000 - 1), value - 1);  // ms before midnight
    QCOMPARE(TimeBuckets::dayOf(ColumnType::DateTime, value * 86'400'000), value);
}

void tst_TimeBuckets::aggregatesAgainstNaive()
{
    Random random(4);
    TimeBuckets buckets(QStringLiteral("d"), ColumnType::Date, { QStringLiteral("a"), QStringLiteral("b") });
    std::map<qint64, std::tuple<qint64, qint64, double>> perMonth;  // rows, count of b, sum of b
    const qint64 start = day(2023, 12, 1);
    for (int i = 0; i < 20000; ++i) {
        const qint64 d = start + random.below(200);
        const double a = double(random.below(100));
        const double b = random.below(4) == 0 ? std::nan("") : random.unit() * 10;
        const NumericCell row[] = { NumericCell::of(a), NumericCell::of(b) };
        buckets.add(d, row);
        auto &[rows, count, sum] = perMonth[TimeBuckets::monthStart(d)];
        ++rows;
        if (!std::isnan(b)) {
            ++count;
            sum += b;
        }
    }
    const auto months = buckets.buckets(TimeBuckets::Granularity::Month);
    QCOMPARE(months.size(), qsizetype(perMonth.size()));
    for (const auto &bucket : months) {
        const auto &[rows, count, sum] = perMonth[bucket.startDay];
        QCOMPARE(bucket.rows, rows);
        QCOMPARE(bucket.values[1].count, count);
        QVERIFY(closeRelative(bucket.values[1].total(), sum, 1e-12));
    }
    qint64 weekRows = 0, dayRows = 0;
    for (const auto &bucket : buckets.buckets(TimeBuckets::Granularity::Week)) {
        QCOMPARE(QDate::fromJulianDay(bucket.startDay + 2440588).dayOfWeek(), 1);
        weekRows += bucket.rows;
    }
    for (const auto &bucket : buckets.buckets(TimeBuckets::Granularity::Day))
        dayRows += bucket.rows;
    QCOMPARE(weekRows, 20000);
    QCOMPARE(dayRows, 20000);
}

void tst_TimeBuckets::mergeEqualsWhole()
{
    Random random(6);
    std::vector<std::pair<qint64, NumericCell>> rows;
    for (int i = 0; i < 30000; ++i)
        rows.emplace_back(1'700'000'000'000 + random.below(400LL * 86'400'000), NumericCell::of(random.normal()));
    const QStringList numeric { QStringLiteral("x") };
    TimeBuckets whole(QStringLiteral("ts"), ColumnType::DateTime, numeric);
    for (const auto &[ts, x] : rows)
        whole.add(ts, std::span<const NumericCell>(&x, 1));
    const auto cuts = splitPoints(random, qsizetype(rows.size()));
    TimeBuckets merged(QStringLiteral("ts"), ColumnType::DateTime, numeric);
    for (size_t p = 0; p + 1 < cuts.size(); ++p) {
        TimeBuckets part(QStringLiteral("ts"), ColumnType::DateTime, numeric);
        for (qsizetype i = cuts[p]; i < cuts[p + 1]; ++i)
            part.add(rows[size_t(i)].first, std::span<const NumericCell>(&rows[size_t(i)].second, 1));
        merged.merge(part);
    }
    for (const auto granularity : { TimeBuckets::Granularity::Day, TimeBuckets::Granularity::Week,
                                    TimeBuckets::Granularity::Month }) {
        const auto a = merged.buckets(granularity);
        const auto b = whole.buckets(granularity);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].startDay, b[i].startDay);
            QCOMPARE(a[i].rows, b[i].rows);
            QCOMPARE(a[i].values[0].count, b[i].values[0].count);
            QVERIFY(std::abs(a[i].values[0].total() - b[i].values[0].total()) < 1e-9);
            QCOMPARE(a[i].values[0].min, b[i].values[0].min);
            QCOMPARE(a[i].values[0].max, b[i].values[0].max);
        }
    }
}

void tst_TimeBuckets::jsonNamesAndCap()
{
    ProfileOptions options;
    options.maxTimeBuckets = 2;
    TimeBuckets buckets(QStringLiteral("d"), ColumnType::Date, {}, options);
    buckets.add(day(2024, 2, 29), {});
    buckets.add(day(2024, 12, 30), {});  // ISO week 1 of 2025
    buckets.add(day(2024, 12, 31), {});  // a third day: outside the cap
    buckets.addNulls(1);
    const QJsonObject json = buckets.toJson();
    QCOMPARE(json.value(QStringLiteral("nullRows")).toInteger(), 1);
    const QJsonObject days = json.value(QStringLiteral("day")).toObject();
    QCOMPARE(days.value(QStringLiteral("outsideRows")).toInteger(), 1);
    QCOMPARE(days.value(QStringLiteral("truncated")).toBool(), true);
    const QJsonArray weeks = json.value(QStringLiteral("week")).toObject().value(QStringLiteral("buckets")).toArray();
    QCOMPARE(weeks.size(), 2);
    QCOMPARE(weeks[0].toObject().value(QStringLiteral("isoWeek")).toString(), QStringLiteral("2024-W09"));
    QCOMPARE(weeks[1].toObject().value(QStringLiteral("isoWeek")).toString(), QStringLiteral("2025-W01"));
    QCOMPARE(weeks[1].toObject().value(QStringLiteral("rows")).toInteger(), 2);
    const QJsonArray months = json.value(QStringLiteral("month")).toObject().value(QStringLiteral("buckets")).toArray();
    QCOMPARE(months[0].toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2024-02"));
    QCOMPARE(months[0].toObject().value(QStringLiteral("start")).toString(), QStringLiteral("2024-02-01"));
}

QTEST_APPLESS_MAIN(tst_TimeBuckets)
#include "tst_timebuckets.moc"
