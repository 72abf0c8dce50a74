#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "app/ui/charts/chartdata.h"

using namespace sluice;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// A profile of a text column "shop" and numeric columns "amount" and "qty", as a live snapshot
// writes it: the listed groups were cut to the largest by rows, the rest folded into "other".
const char *const kProfile = R"({
  "rows": 100,
  "columns": [
    {"name": "amount", "type": "real", "count": 100, "nulls": 10, "values": 90, "sum": 1000.0,
     "histogram": {"exact": true, "bins": [{"lower": 0, "upper": 10, "count": 60},
                                           {"lower": 10, "upper": 20, "count": 30}]}}
  ],
  "timeBuckets": [
    {"column": "day", "numericColumns": ["amount", "qty"],
     "day": {"buckets": [
        {"start": "2016-01-01", "rows": 3, "values": [{"count": 2, "sum": 5.0, "mean": 2.5}, {"count": 3, "sum": 3, "mean": 1}]},
        {"start": "2016-01-02", "rows": 1, "values": [{"count": 0, "sum": 0.0, "mean": null}, {"count": 1, "sum": 7, "mean": 7}]}
     ]},
     "week": {"buckets": [{"start": "2015-12-28", "isoWeek": "2015-W53", "rows": 4,
                           "values": [{"count": 2, "sum": 5.0, "mean": 2.5}, {"count": 4, "sum": 10, "mean": 2.5}]}]},
     "month": {"buckets": []}}
  ],
  "groups": [
    {"column": "shop", "numericColumns": ["amount", "qty"], "truncated": true,
     "groups": [
        {"value": "a", "rows": 40, "values": [{"count": 40, "sum": 100.0, "mean": 2.5}, {"count": 40, "sum": 40, "mean": 1}]},
        {"value": "b", "rows": 30, "values": [{"count": 20, "sum": 600.0, "mean": 30.0}, {"count": 30, "sum": 30, "mean": 1}]},
        {"value": "c", "rows": 10, "values": [{"count": 10, "sum": 50.0, "mean": 5.0}, {"count": 10, "sum": 10, "mean": 1}]}
     ],
     "other": {"rows": 15, "values": [{"count": 15, "sum": 150.0, "mean": 10.0}, {"count": 15, "sum": 15, "mean": 1}]},
     "null": {"rows": 5, "values": [{"count": 5, "sum": 100.0, "mean": 20.0}, {"count": 5, "sum": 5, "mean": 1}]}}
  ]
})";

} // namespace

/// The pure part of the charts: profiles and server answers into bins, points and bars.
class tst_ChartData : public QObject
{
    Q_OBJECT
private slots:
    void histogramBins();
    void profileSeries();
    void serverSeries();
    void profileGroups_data();
    void profileGroups();
    void serverGroups_data();
    void serverGroups();
};

void tst_ChartData::histogramBins()
{
    const QList<HistogramBin> bins = ChartData::histogram(json(kProfile), QStringLiteral("amount"));
    QCOMPARE(bins.size(), 2);
    QCOMPARE(bins.at(1).lower, 10.0);
    QCOMPARE(bins.at(1).upper, 20.0);
    QCOMPARE(bins.at(1).count, 30);
    QVERIFY(ChartData::histogram(json(kProfile), QStringLiteral("nothing")).isEmpty());
}

void tst_ChartData::profileSeries()
{
    const QJsonObject profile = json(kProfile);
    const QList<TimePoint> sums = ChartData::profileSeries(
        profile, QStringLiteral("day"), ChartBucket::Day, { ChartMeasure::Kind::Sum, QStringLiteral("amount") });
    QCOMPARE(sums.size(), 2);
    QCOMPARE(sums.at(0).start, QDateTime(QDate(2016, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(sums.at(0).value, 5.0);
    QCOMPARE(sums.at(0).rows, 3);
    QVERIFY(std::isnan(sums.at(1).value)); // no amounts that day: a gap, not a zero
    const QList<TimePoint> means = ChartData::profileSeries(
        profile, QStringLiteral("day"), ChartBucket::Week, { ChartMeasure::Kind::Mean, QStringLiteral("qty") });
    QCOMPARE(means.size(), 1);
    QCOMPARE(means.at(0).value, 2.5);
    QCOMPARE(means.at(0).start.date(), QDate(2015, 12, 28));
    // A profile has no hours, and an unknown column has no points.
    QVERIFY(ChartData::profileSeries(profile, QStringLiteral("day"), ChartBucket::Hour, {}).isEmpty());
    QVERIFY(ChartData::profileSeries(profile, QStringLiteral("when"), ChartBucket::Day, {}).isEmpty());
}

void tst_ChartData::serverSeries()
{
    const QList<TimePoint> points = ChartData::serverSeries(json(R"({"points": [
        {"bucket": "2016-03-04T13:00:00", "value": 12, "rows": 2},
        {"bucket": "2016-03-04T14:00:00", "value": null, "rows": 1}]})"));
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).start, QDateTime(QDate(2016, 3, 4), QTime(13, 0), Qt::UTC));
    QCOMPARE(points.at(0).value, 12.0);
    QVERIFY(std::isnan(points.at(1).value));
}

void tst_ChartData::profileGroups_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("top");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<double>>("values");
    // Rows: a 40, b 30, c 10, (empty) 5; other = what is not drawn + the snapshot's other (15).
    QTest::newRow("rows, top 2") << int(ChartMeasure::Kind::Rows) << 2 << QStringList { u"a"_s, u"b"_s, u"Other"_s }
                                 << QList<double> { 40, 30, 30 };
    QTest::newRow("rows, all") << int(ChartMeasure::Kind::Rows) << 10
                               << QStringList { u"a"_s, u"b"_s, u"c"_s, u"(empty)"_s, u"Other"_s }
                               << QList<double> { 40, 30, 10, 5, 15 };
    // Sums: b 600, a 100, (empty) 100 (ties: the empty group last), c 50; other 50 + 150.
    QTest::newRow("sum, top 3") << int(ChartMeasure::Kind::Sum) << 3
                                << QStringList { u"b"_s, u"a"_s, u"(empty)"_s, u"Other"_s }
                                << QList<double> { 600, 100, 100, 200 };
    // Means: b 30, (empty) 20, c 5, a 2.5; other = (100 + 150) / (40 + 15).
    QTest::newRow("mean, top 3") << int(ChartMeasure::Kind::Mean) << 3
                                 << QStringList { u"b"_s, u"(empty)"_s, u"c"_s, u"Other"_s }
                                 << QList<double> { 30, 20, 5, 250.0 / 55.0 };
}

void tst_ChartData::profileGroups()
{
    QFETCH(int, kind);
    QFETCH(int, top);
    QFETCH(QStringList, labels);
    QFETCH(QList<double>, values);
    const ChartMeasure measure { ChartMeasure::Kind(kind),
        kind == int(ChartMeasure::Kind::Rows) ? QString() : QStringLiteral("amount") };
    const QList<GroupBar> bars = ChartData::profileGroups(json(kProfile), QStringLiteral("shop"), measure, top);
    QStringList gotLabels;
    QList<double> gotValues;
    for (const GroupBar &bar : bars) {
        gotLabels << bar.label;
        gotValues << bar.value;
    }
    QCOMPARE(gotLabels, labels);
    QCOMPARE(gotValues, values);
    QVERIFY(bars.last().isOther);
    qint64 rows = 0;
    for (const GroupBar &bar : bars)
        rows += bar.rows;
    QCOMPARE(rows, 100); // every row counted once
}

void tst_ChartData::serverGroups_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("missingKnown");
    QTest::addColumn<double>("other"); // NaN: no "other" bar
    const double none = std::numeric_limits<double>::quiet_NaN();
    // Listed: b (30 rows, 10 of them without amount) and a (40 rows); totals: 100 rows, sum 1000
    // of 90 amounts. Rows: 100 - 70. Sums: 1000 - 600 - 100. Means: (1000 - 30·20 - 2.5·40) / (90 - 20 - 40).
    QTest::newRow("rows") << int(ChartMeasure::Kind::Rows) << qint64(4) << true << 30.0;
    QTest::newRow("sum") << int(ChartMeasure::Kind::Sum) << qint64(4) << true << 300.0;
    QTest::newRow("mean") << int(ChartMeasure::Kind::Mean) << qint64(4) << true << 300.0 / 30.0;
    QTest::newRow("mean, missing values unknown") << int(ChartMeasure::Kind::Mean) << qint64(4) << false << none;
    QTest::newRow("every group listed") << int(ChartMeasure::Kind::Rows) << qint64(2) << true << none;
}

void tst_ChartData::serverGroups()
{
    QFETCH(int, kind);
    QFETCH(qint64, total);
    QFETCH(bool, missingKnown);
    QFETCH(double, other);
    const ChartMeasure measure { ChartMeasure::Kind(kind),
        kind == int(ChartMeasure::Kind::Rows) ? QString() : QStringLiteral("amount") };
    const double bValue
        = kind == int(ChartMeasure::Kind::Rows) ? 30 : (kind == int(ChartMeasure::Kind::Sum) ? 600 : 30);
    const double aValue
        = kind == int(ChartMeasure::Kind::Rows) ? 40 : (kind == int(ChartMeasure::Kind::Sum) ? 100 : 2.5);
    const QJsonObject answer {
        { QStringLiteral("total"), total },
        { QStringLiteral("groups"),
            QJsonArray {
                QJsonObject { { QStringLiteral("key"), QStringLiteral("b") }, { QStringLiteral("value"), bValue },
                    { QStringLiteral("rows"), 30 }, { QStringLiteral("teamName"), QStringLiteral("Bees") } },
                QJsonObject { { QStringLiteral("key"), QStringLiteral("a") }, { QStringLiteral("value"), aValue },
                    { QStringLiteral("rows"), 40 } } } },
    };
    GroupTotals totals = ChartData::totalsOf(json(kProfile), QStringLiteral("amount"));
    QCOMPARE(totals.rows, 100);
    QCOMPARE(totals.sum, 1000.0);
    QCOMPARE(totals.values, 90);
    QCOMPARE(totals.nulls, 10);
    totals.missingByGroup.insert(QStringLiteral("b"), 10);
    totals.missingKnown = missingKnown;

    const QList<GroupBar> bars = ChartData::serverGroups(answer, measure, totals);
    QCOMPARE(bars.first().label, QStringLiteral("b"));
    QCOMPARE(bars.first().detail, QStringLiteral("Bees"));
    QCOMPARE(bars.at(1).value, aValue);
    if (std::isnan(other)) {
        QCOMPARE(bars.size(), 2);
        return;
    }
    QCOMPARE(bars.size(), 3);
    QVERIFY(bars.last().isOther);
    QCOMPARE(bars.last().value, other);
    QCOMPARE(bars.last().rows, 30);
}

QTEST_APPLESS_MAIN(tst_ChartData)
#include "tst_chartdata.moc"
