#include <algorithm>
#include <cmath>
#include <vector>

#include <QTest>

#include "core/calc/countedvalues.h"
#include "core/calc/quantilesketch.h"
#include "core/calc/calctestdata.h"

using namespace sluice;
using namespace calctest;

namespace {

double type7(const std::vector<double> &sorted, double q)
{
    const double position = q * double(sorted.size() - 1);
    const auto lower = size_t(std::floor(position));
    const size_t upper = std::min(lower + 1, sorted.size() - 1);
    const double f = position - double(lower);
    return f == 0.0 ? sorted[lower] : (1 - f) * sorted[lower] + f * sorted[upper];
}

double naiveMad(std::vector<double> sorted)
{
    const double median = type7(sorted, 0.5);
    for (double &v : sorted)
        v = std::abs(v - median);
    std::sort(sorted.begin(), sorted.end());
    return type7(sorted, 0.5);
}

// How far the value's rank range [#< v, #<= v] is from q·n, as a fraction of n.
double rankError(const std::vector<double> &sorted, double value, double q)
{
    const double n = double(sorted.size());
    const double below = double(std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin());
    const double atOrBelow = double(std::upper_bound(sorted.begin(), sorted.end(), value) - sorted.begin());
    const double target = q * n;
    if (target < below)
        return (below - target) / n;
    if (target > atOrBelow)
        return (target - atOrBelow) / n;
    return 0.0;
}

const double kQs[] = { 0.0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1.0 };

} // namespace

class tst_QuantileSketch : public QObject
{
    Q_OBJECT
private slots:
    void exactAgainstNaive_data();
    void exactAgainstNaive();
    void sketchRankError_data();
    void sketchRankError();
    void mergeEqualsWholeExact();
    void mergeSketchesKeepsBound();
    void countsBelow();
    void countedValues_data();
    void countedValues();
    void edgeCases();
};

void tst_QuantileSketch::exactAgainstNaive_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("distinctValues");
    QTest::newRow("one") << 1 << 0;
    QTest::newRow("two") << 2 << 0;
    QTest::newRow("odd, continuous") << 10001 << 0;
    QTest::newRow("even, continuous") << 10000 << 0;
    QTest::newRow("many ties") << 9999 << 7;
}

void tst_QuantileSketch::exactAgainstNaive()
{
    QFETCH(int, n);
    QFETCH(int, distinctValues);
    Random random { quint64(n) };
    QuantileSketch sketch(100000);
    std::vector<double> values;
    for (int i = 0; i < n; ++i) {
        const double v = distinctValues ? double(random.below(distinctValues)) : random.normal() * 3 + 1;
        values.push_back(v);
        sketch.add(v);
        if (i == n / 2)
            sketch.quantile(0.5);  // a snapshot midway: later values are merged into the sorted part
    }
    std::sort(values.begin(), values.end());
    QVERIFY(sketch.isExact());
    for (const double q : kQs)
        QVERIFY(closeRelative(sketch.quantile(q), type7(values, q), 1e-12));
    QVERIFY(closeRelative(sketch.medianAbsoluteDeviation(), naiveMad(values), 1e-12)
            || std::abs(sketch.medianAbsoluteDeviation() - naiveMad(values)) < 1e-12);
}

void tst_QuantileSketch::sketchRankError_data()
{
    QTest::addColumn<int>("distribution");
    QTest::newRow("uniform") << 0;
    QTest::newRow("normal") << 1;
    QTest::newRow("sorted ascending") << 2;
    QTest::newRow("heavy ties") << 3;
}

void tst_QuantileSketch::sketchRankError()
{
    QFETCH(int, distribution);
    Random random(99 + quint64(distribution));
    const int n = 2'100'000;
    QuantileSketch sketch(10000);  // a small budget: most of the stream goes through the sketch
    std::vector<double> values;
    values.reserve(n);
    for (int i = 0; i < n; ++i) {
        double v = 0;
        switch (distribution) {
        case 0: v = random.unit(); break;
        case 1: v = random.normal(); break;
        case 2: v = double(i); break;
        default: v = double(random.below(50)); break;
        }
        values.push_back(v);
        sketch.add(v);
    }
    QVERIFY(!sketch.isExact());
    QCOMPARE(sketch.count(), qint64(n));
    std::sort(values.begin(), values.end());
    double worst = 0;
    for (const double q : kQs)
        worst = std::max(worst, rankError(values, sketch.quantile(q), q));
    QVERIFY2(worst <= QuantileSketch::kRankError, qPrintable(QString::number(worst)));
    // The MAD is approximate here: check it is in the right neighbourhood (ranks of median ± MAD).
    const double median = sketch.quantile(0.5);
    const double mad = sketch.medianAbsoluteDeviation();
    const double within = double(std::upper_bound(values.begin(), values.end(), median + mad)
                                 - std::lower_bound(values.begin(), values.end(), median - mad))
        / n;
    QVERIFY2(within >= 0.5 - 0.05 || distribution == 3, qPrintable(QString::number(within)));
    if (distribution == 0)
        QVERIFY(std::abs(mad - naiveMad(values)) < 0.01);
}

void tst_QuantileSketch::mergeEqualsWholeExact()
{
    Random random(21);
    for (int round = 0; round < 10; ++round) {
        std::vector<double> values;
        const int n = 1 + int(random.below(20000));
        for (int i = 0; i < n; ++i)
            values.push_back(random.exponential());
        QuantileSketch whole(50000);
        for (const double v : values)
            whole.add(v);
        const auto cuts = splitPoints(random, qsizetype(values.size()));
        QuantileSketch merged(50000);
        for (size_t p = 0; p + 1 < cuts.size(); ++p) {
            QuantileSketch part(50000);
            for (qsizetype i = cuts[p]; i < cuts[p + 1]; ++i)
                part.add(values[size_t(i)]);
            part.quantile(0.5);  // parts that were queried (sorted) merge the same
            merged.merge(part);
        }
        QVERIFY(merged.isExact());
        QCOMPARE(merged.count(), whole.count());
        for (const double q : kQs)
            QCOMPARE(merged.quantile(q), whole.quantile(q));
        QCOMPARE(merged.medianAbsoluteDeviation(), whole.medianAbsoluteDeviation());
    }
}

void tst_QuantileSketch::mergeSketchesKeepsBound()
{
    Random random(22);
    const int n = 2'000'000;
    std::vector<double> values;
    values.reserve(n);
    for (int i = 0; i < n; ++i)
        values.push_back(random.normal() * 10 + (i % 3 == 0 ? 50 : 0));
    const auto cuts = splitPoints(random, qsizetype(values.size()));
    QuantileSketch merged(5000);
    for (size_t p = 0; p + 1 < cuts.size(); ++p) {
        QuantileSketch part(5000);
        for (qsizetype i = cuts[p]; i < cuts[p + 1]; ++i)
            part.add(values[size_t(i)]);
        merged.merge(part);
    }
    QCOMPARE(merged.count(), qint64(n));
    std::sort(values.begin(), values.end());
    for (const double q : kQs)
        QVERIFY(rankError(values, merged.quantile(q), q) <= QuantileSketch::kRankError);
}

void tst_QuantileSketch::countsBelow()
{
    QuantileSketch exact;
    for (int i = 0; i < 100; ++i)
        exact.add(double(i % 10));
    const std::vector<double> edges { -1.0, 0.0, 0.5, 5.0, 9.0, 10.0 };
    const std::vector<qint64> expected { 0, 0, 10, 50, 90, 100 };
    QCOMPARE(exact.countsBelow(edges), expected);

    QuantileSketch sketch(1000);
    const int n = 500000;
    for (int i = 0; i < n; ++i)
        sketch.add(double((qint64(i) * 7919) % n));
    const std::vector<double> probes { 0.0, 100000.0, 250000.0, 499999.0, 1e9 };
    const auto counts = sketch.countsBelow(probes);
    for (size_t i = 0; i < probes.size(); ++i) {
        const double truth = std::min(probes[i], double(n));
        QVERIFY(std::abs(double(counts[i]) - truth) <= QuantileSketch::kRankError * n);
    }
}

void tst_QuantileSketch::countedValues_data()
{
    QTest::addColumn<qsizetype>("budget");
    QTest::newRow("exact") << qsizetype(1'000'000);
    QTest::newRow("sketch") << qsizetype(1000);
}

// Values given with their counts (a number column's dictionary): CountedValues answers exactly
// what the exact mode answers for the same values, and addCounted() adds them to a sketch as
// adding them one by one would (exactly, or within the sketch's bound).
void tst_QuantileSketch::countedValues()
{
    QFETCH(qsizetype, budget);
    Random random(9);
    std::vector<std::pair<double, qint64>> counted;
    std::vector<double> all;
    for (int v = 0; v < 60; ++v) {
        const double value = double(random.below(1000)) / 8.0 - 40.0;
        const qint64 count = 1 + random.below(v % 7 == 0 ? 3000 : 40);
        counted.emplace_back(value, count);
        all.insert(all.end(), size_t(count), value);
    }
    std::sort(all.begin(), all.end());
    const CountedValues values(counted);
    QuantileSketch sketch(budget);
    for (const auto &[value, count] : counted)
        sketch.addCounted(value, count);
    QCOMPARE(values.count(), qint64(all.size()));
    QCOMPARE(sketch.count(), qint64(all.size()));
    QCOMPARE(sketch.isExact(), budget >= qsizetype(all.size()));
    for (const double q : kQs) {
        QCOMPARE(values.quantile(q), type7(all, q));
        if (sketch.isExact())
            QCOMPARE(sketch.quantile(q), type7(all, q));
        else
            QVERIFY(rankError(all, sketch.quantile(q), q) <= QuantileSketch::kRankError);
    }
    QCOMPARE(values.medianAbsoluteDeviation(), naiveMad(all));
    const double edges[] = { -100.0, -40.0, 0.0, 12.5, 1000.0 };
    const std::vector<qint64> below = values.countsBelow(edges);
    for (size_t i = 0; i < std::size(edges); ++i)
        QCOMPARE(below[i], qint64(std::lower_bound(all.begin(), all.end(), edges[i]) - all.begin()));
    QVERIFY(std::isnan(CountedValues({}).quantile(0.5)));
    QVERIFY(std::isnan(CountedValues({}).medianAbsoluteDeviation()));
}

void tst_QuantileSketch::edgeCases()
{
    QuantileSketch empty;
    QVERIFY(std::isnan(empty.quantile(0.5)));
    QVERIFY(std::isnan(empty.medianAbsoluteDeviation()));
    QuantileSketch huge;
    huge.add(1e308);
    huge.add(-1e308);
    huge.add(1e308);
    QCOMPARE(huge.quantile(0.5), 1e308);
    QCOMPARE(huge.quantile(0.25), 0.0);  // interpolation without overflow: (−1e308 + 1e308) / 2
    QVERIFY(std::isfinite(huge.quantile(0.1)));
    QuantileSketch zeroBudget(0);
    zeroBudget.add(1.0);
    QVERIFY(!zeroBudget.isExact());
    QCOMPARE(zeroBudget.quantile(0.5), 1.0);
}

QTEST_APPLESS_MAIN(tst_QuantileSketch)
#include "tst_quantilesketch.moc"
