#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <vector>

#include <QTest>

#include "core/calc/calctestdata.h"
#include "core/calc/radixsorter.h"

using namespace sluice;
using namespace calctest;

namespace {

// What the sorter must give: std::sort's order, with -0.0 before +0.0 among equal zeros.
std::vector<double> expectedOrder(std::vector<double> values)
{
    std::sort(values.begin(), values.end(), [](double a, double b) {
        return a < b || (a == 0.0 && b == 0.0 && std::signbit(a) && !std::signbit(b));
    });
    return values;
}

// Bit for bit, so that -0.0 and +0.0 are told apart.
bool sameBits(const std::vector<double> &a, const std::vector<double> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](double x, double y) { return std::bit_cast<quint64>(x) == std::bit_cast<quint64>(y); });
}

std::vector<double> generated(const QByteArray &shape, qsizetype n, quint64 seed)
{
    Random random(seed);
    std::vector<double> values;
    values.reserve(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        if (shape == "normal")
            values.push_back(random.normal() * 1e3);
        else if (shape == "small integers")
            values.push_back(double(random.below(100)));
        else if (shape == "prices")
            values.push_back(double(random.below(100000)) / 100.0);
        else if (shape == "same value")
            values.push_back(42.5);
        else if (shape == "descending")
            values.push_back(double(n - i));
        else if (shape == "wide range")  // every exponent, both signs
            values.push_back(std::ldexp(random.unit(), int(random.below(2000)) - 1000) * (random.below(2) ? -1 : 1));
        else if (shape == "specials") {
            const double specials[] = { 0.0, -0.0, std::numeric_limits<double>::infinity(),
                                        -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::denorm_min(),
                                        -std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::max(),
                                        std::numeric_limits<double>::lowest(), 1.0, -1.0 };
            values.push_back(specials[random.below(std::size(specials))]);
        }
    }
    return values;
}

} // namespace

class tst_RadixSorter : public QObject
{
    Q_OBJECT
private slots:
    void sortsAsStdSort_data();
    void sortsAsStdSort();
    void reusesItsBuffersAcrossSizes();
};

void tst_RadixSorter::sortsAsStdSort_data()
{
    QTest::addColumn<QByteArray>("shape");
    QTest::addColumn<qsizetype>("n");
    for (const char *shape : { "normal", "small integers", "prices", "same value", "descending", "wide range", "specials" }) {
        for (const qsizetype n : { qsizetype(0), qsizetype(1), qsizetype(511), qsizetype(512), qsizetype(8192),
                                   qsizetype(300'001) }) {
            QTest::addRow("%s, %lld", shape, qlonglong(n)) << QByteArray(shape) << n;
        }
    }
}

void tst_RadixSorter::sortsAsStdSort()
{
    QFETCH(QByteArray, shape);
    QFETCH(qsizetype, n);
    std::vector<double> values = generated(shape, n, 7);
    const std::vector<double> expected = expectedOrder(values);
    RadixSorter sorter;
    sorter.sort(values);
    if (n < 512) {  // std::sort's part: only the values' order is promised
        QVERIFY(std::equal(values.begin(), values.end(), expected.begin(), expected.end()));
        return;
    }
    QVERIFY(sameBits(values, expected));
}

void tst_RadixSorter::reusesItsBuffersAcrossSizes()
{
    // A sorter reused for a shorter span after a longer one must not bring back old values.
    RadixSorter sorter;
    std::vector<double> large = generated("normal", 20'000, 1);
    sorter.sort(large);
    QVERIFY(std::is_sorted(large.begin(), large.end()));
    std::vector<double> small = generated("prices", 1000, 2);
    const std::vector<double> expected = expectedOrder(small);
    sorter.sort(std::span<double>(small).subspan(0, 1000));
    QVERIFY(sameBits(small, expected));
    const RadixSorter copy = sorter;  // copies start empty and still sort
    RadixSorter other = copy;
    std::vector<double> again = generated("wide range", 5000, 3);
    const std::vector<double> expectedAgain = expectedOrder(again);
    other.sort(again);
    QVERIFY(sameBits(again, expectedAgain));
}

QTEST_APPLESS_MAIN(tst_RadixSorter)
#include "tst_radixsorter.moc"
