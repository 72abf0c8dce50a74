#include <cmath>
#include <vector>

#include <QTest>

#include "core/calc/exactsum.h"
#include "core/calc/moments.h"
#include "core/calc/calctestdata.h"

using namespace sluice;
using namespace calctest;

namespace {

struct Naive
{
    double mean, m2, m3, m4;
};

Naive naive(const std::vector<double> &values)
{
    long double sum = 0;
    for (const double v : values)
        sum += v;
    const long double mean = sum / values.size();
    long double m2 = 0, m3 = 0, m4 = 0;
    for (const double v : values) {
        const long double d = v - mean;
        m2 += d * d;
        m3 += d * d * d;
        m4 += d * d * d * d;
    }
    return Naive { double(mean), double(m2), double(m3), double(m4) };
}

} // namespace

class tst_Moments : public QObject
{
    Q_OBJECT
private slots:
    void againstNaive_data();
    void againstNaive();
    void mergeEqualsWhole();
    void smallCounts();
    void hugeValues();
    void integerSumExact();
    void realSumCompensated();
};

void tst_Moments::againstNaive_data()
{
    QTest::addColumn<int>("distribution");
    QTest::addColumn<double>("offset");
    QTest::newRow("normal") << 0 << 0.0;
    QTest::newRow("exponential (skewed)") << 1 << 0.0;
    QTest::newRow("large offset") << 1 << 1e6;
    QTest::newRow("uniform negative") << 2 << -50.0;
}

void tst_Moments::againstNaive()
{
    QFETCH(int, distribution);
    QFETCH(double, offset);
    Random random(7);
    std::vector<double> values;
    for (int i = 0; i < 200000; ++i) {
        const double x = distribution == 0 ? random.normal() : (distribution == 1 ? random.exponential() : random.unit());
        values.push_back(offset + 10.0 * x);
    }
    Moments moments;
    for (const double v : values)
        moments.add(v);
    const Naive expected = naive(values);
    const double n = double(values.size());
    QCOMPARE(moments.count(), qint64(values.size()));
    QVERIFY(closeRelative(moments.mean(), expected.mean, 1e-12));
    QVERIFY(closeRelative(moments.sampleVariance(), expected.m2 / (n - 1), 1e-9));
    QVERIFY(closeRelative(moments.populationVariance(), expected.m2 / n, 1e-9));
    QVERIFY(closeRelative(moments.sampleStdDev(), std::sqrt(expected.m2 / (n - 1)), 1e-9));
    QVERIFY(closeRelative(moments.standardErrorOfMean(), std::sqrt(expected.m2 / (n - 1)) / std::sqrt(n), 1e-9));
    const double skew = std::sqrt(n) * expected.m3 / std::pow(expected.m2, 1.5);
    const double kurt = n * expected.m4 / (expected.m2 * expected.m2) - 3.0;
    QVERIFY2(std::abs(moments.skewness() - skew) <= 1e-7 * std::max(1.0, std::abs(skew)),
             qPrintable(QStringLiteral("%1 vs %2").arg(moments.skewness()).arg(skew)));
    QVERIFY2(std::abs(moments.excessKurtosis() - kurt) <= 1e-7 * std::max(1.0, std::abs(kurt)),
             qPrintable(QStringLiteral("%1 vs %2").arg(moments.excessKurtosis()).arg(kurt)));
    QVERIFY(closeRelative(moments.coefficientOfVariation(), std::sqrt(expected.m2 / (n - 1)) / std::abs(expected.mean),
                          1e-9));
    QVERIFY(!moments.isOverflowed());
}

void tst_Moments::mergeEqualsWhole()
{
    Random random(11);
    for (int round = 0; round < 20; ++round) {
        std::vector<double> values;
        const int n = 1 + int(random.below(5000));
        for (int i = 0; i < n; ++i)
            values.push_back(100.0 + 5.0 * random.exponential());
        Moments whole;
        for (const double v : values)
            whole.add(v);
        const auto cuts = splitPoints(random, qsizetype(values.size()));
        Moments merged;
        for (size_t p = 0; p + 1 < cuts.size(); ++p) {
            Moments part;
            for (qsizetype i = cuts[p]; i < cuts[p + 1]; ++i)
                part.add(values[size_t(i)]);
            merged.merge(part);
        }
        QCOMPARE(merged.count(), whole.count());
        QVERIFY(closeRelative(merged.mean(), whole.mean(), 1e-12));
        QVERIFY(closeRelative(merged.sampleVariance(), whole.sampleVariance(), 1e-9) || n < 2);
        if (n > 2) {
            QVERIFY2(std::abs(merged.skewness() - whole.skewness()) <= 1e-8,
                     qPrintable(QStringLiteral("%1 vs %2").arg(merged.skewness()).arg(whole.skewness())));
            QVERIFY(std::abs(merged.excessKurtosis() - whole.excessKurtosis()) <= 1e-8);
        }
    }
}

void tst_Moments::smallCounts()
{
    Moments empty;
    QCOMPARE(empty.count(), 0);
    QVERIFY(std::isnan(empty.sampleVariance()));
    QVERIFY(std::isnan(empty.populationVariance()));
    Moments one;
    one.add(-0.0);
    QCOMPARE(one.mean(), 0.0);
    QVERIFY(std::isnan(one.sampleVariance()));
    QCOMPARE(one.populationVariance(), 0.0);
    QVERIFY(std::isnan(one.skewness()));
    Moments constant;
    for (int i = 0; i < 10; ++i)
        constant.add(3.5);
    QCOMPARE(constant.sampleVariance(), 0.0);
    QVERIFY(std::isnan(constant.skewness()));
    QVERIFY(std::isnan(constant.coefficientOfVariation()) == false);
    QCOMPARE(constant.coefficientOfVariation(), 0.0);
    Moments zeroMean;
    zeroMean.add(-1.0);
    zeroMean.add(1.0);
    QVERIFY(std::isnan(zeroMean.coefficientOfVariation()));
    Moments merged;
    merged.merge(empty);
    QCOMPARE(merged.count(), 0);
    merged.merge(one);
    QCOMPARE(merged.count(), 1);
}

void tst_Moments::hugeValues()
{
    Moments same;
    for (int i = 0; i < 3; ++i)
        same.add(1e308);
    QCOMPARE(same.mean(), 1e308);
    QCOMPARE(same.sampleVariance(), 0.0);
    QVERIFY(!same.isOverflowed());
    Moments opposite;
    opposite.add(1e308);
    opposite.add(-1e308);
    QVERIFY(opposite.isOverflowed());  // reported as unavailable, never as a wrong number
}

void tst_Moments::integerSumExact()
{
    ExactSum sum;
    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    for (int i = 0; i < 4; ++i)
        sum.addInteger(max);
    QVERIFY(!sum.integerFitsInt64());
    QCOMPARE(sum.integerDecimal(), QStringLiteral("36893488147419103228"));  // 4 × (2^63 − 1)
    for (int i = 0; i < 4; ++i)
        sum.addInteger(min);
    QVERIFY(sum.integerFitsInt64());
    QCOMPARE(qint64(sum.integer()), qint64(-4));
    ExactSum negative;
    negative.addInteger(min);
    negative.addInteger(min);
    QCOMPARE(negative.integerDecimal(), QStringLiteral("-18446744073709551616"));
    ExactSum merged;
    merged.merge(negative);
    merged.merge(sum);
    QCOMPARE(merged.integerDecimal(), QStringLiteral("-18446744073709551620"));
}

void tst_Moments::realSumCompensated()
{
    ExactSum sum;
    sum.addReal(1e16);
    for (int i = 0; i < 1000; ++i)
        sum.addReal(1.0);
    sum.addReal(-1e16);
    QCOMPARE(sum.real(), 1000.0);  // a naive sum would lose every 1.0
    ExactSum a, b;
    a.addReal(1e100);
    a.addReal(1.0);
    b.addReal(-1e100);
    a.merge(b);
    QCOMPARE(a.real(), 1.0);
}

QTEST_APPLESS_MAIN(tst_Moments)
#include "tst_moments.moc"
