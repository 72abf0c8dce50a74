#include <cmath>

#include <QTest>

#include "core/calc/histogram.h"
#include "core/calc/quantilesketch.h"
#include "core/calc/calctestdata.h"

using namespace sluice;
using namespace calctest;

class tst_Histogram : public QObject
{
    Q_OBJECT
private slots:
    void niceEdges_data();
    void niceEdges();
    void countsAgainstNaive();
    void degenerate();
};

void tst_Histogram::niceEdges_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<bool>("integral");
    QTest::addColumn<double>("step");
    QTest::newRow("0..100") << 0.0 << 100.0 << false << 5.0;
    QTest::newRow("0.13..0.97") << 0.13 << 0.97 << false << 0.05;
    QTest::newRow("-3..1234") << -3.0 << 1234.0 << false << 50.0;
    QTest::newRow("integers 1..10") << 1.0 << 10.0 << true << 1.0;
    QTest::newRow("integers 0..75") << 0.0 << 75.0 << true << 5.0;
    QTest::newRow("large") << 1e6 << 7.3e6 << false << 250000.0;
}

void tst_Histogram::niceEdges()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(bool, integral);
    QFETCH(double, step);
    const auto edges = Histogram::niceEdges(min, max, integral);
    QVERIFY(edges.size() >= 2);
    QVERIFY(edges.front() <= min);
    QVERIFY(edges.back() >= max);
    QVERIFY(int(edges.size()) - 1 <= Histogram::kTargetBins + 1);
    for (size_t i = 1; i < edges.size(); ++i)
        QVERIFY(closeRelative(edges[i] - edges[i - 1], step, 1e-9));
    for (const double edge : edges)  // round: a whole multiple of the step
        QVERIFY(std::abs(edge / step - std::round(edge / step)) < 1e-9);
}

void tst_Histogram::countsAgainstNaive()
{
    Random random(8);
    QuantileSketch sketch;
    std::vector<double> values;
    double lo = 1e300, hi = -1e300;
    for (int i = 0; i < 20000; ++i) {
        const double v = std::round(random.normal() * 1000) / 100;
        values.push_back(v);
        sketch.add(v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    const Histogram histogram = Histogram::build(sketch, lo, hi, false);
    QVERIFY(histogram.isExact());
    qint64 total = 0;
    for (size_t b = 0; b < histogram.bins().size(); ++b) {
        const auto &bin = histogram.bins()[b];
        const bool last = b + 1 == histogram.bins().size();
        qint64 expected = 0;
        for (const double v : values)
            expected += v >= bin.lower && (v < bin.upper || (last && v <= bin.upper));
        QCOMPARE(bin.count, expected);
        total += bin.count;
    }
    QCOMPARE(total, qint64(values.size()));
}

void tst_Histogram::degenerate()
{
    QuantileSketch one;
    one.add(42.0);
    const Histogram single = Histogram::build(one, 42.0, 42.0, true);
    QCOMPARE(single.bins().size(), size_t(1));
    QCOMPARE(single.bins()[0].count, 1);
    QuantileSketch huge;
    huge.add(-1e308);
    huge.add(1e308);
    huge.add(0.0);
    const Histogram wide = Histogram::build(huge, -1e308, 1e308, false);
    qint64 total = 0;
    for (const auto &bin : wide.bins()) {
        QVERIFY(std::isfinite(bin.lower) && std::isfinite(bin.upper));
        total += bin.count;
    }
    QCOMPARE(total, 3);
    QVERIFY(Histogram::build(QuantileSketch(), 0, 0, false).bins().empty());
}

QTEST_APPLESS_MAIN(tst_Histogram)
#include "tst_histogram.moc"
