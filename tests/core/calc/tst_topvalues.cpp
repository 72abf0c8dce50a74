#include <algorithm>
#include <cstring>
#include <map>

#include <QTest>

#include "core/calc/hashing.h"
#include "core/calc/topvalues.h"
#include "core/calc/calctestdata.h"

using namespace sluice;
using namespace calctest;

namespace {

void addKey(TopValues &top, qint64 value)
{
    const QByteArray key = QByteArray::number(value);
    top.add(hashBytes(key.constData(), key.size()), key);
}

// Zipf-like: small values are frequent, the tail is long.
qint64 skewed(Random &random, qint64 tail)
{
    return random.unit() < 0.5 ? random.below(20) : random.below(tail);
}

} // namespace

class tst_TopValues : public QObject
{
    Q_OBJECT
private slots:
    void exactWhileSmall();
    void boundHoldsBeyondCapacity();
    void mergeEqualsWholeWhileExact();
    void mergeKeepsBound();
    void equalHashesStayApart();
    void equalHashesStayApartAtEveryLength();
    void unseenKeysMatchAdd_data();
    void unseenKeysMatchAdd();
    void unseenKeysMerge();
};

void tst_TopValues::exactWhileSmall()
{
    Random random(1);
    TopValues top(64);
    std::map<qint64, qint64> truth;
    for (int i = 0; i < 10000; ++i) {
        const qint64 v = random.below(60);
        ++truth[v];
        addKey(top, v);
    }
    QVERIFY(top.isExact());
    QCOMPARE(top.maxUnderestimate(), 0);
    const auto entries = top.top(60);
    QCOMPARE(entries.size(), qsizetype(truth.size()));
    for (const auto &entry : entries)
        QCOMPARE(entry.count, truth[entry.key.toLongLong()]);
    for (int i = 1; i < entries.size(); ++i)
        QVERIFY(entries[i - 1].count >= entries[i].count);
}

void tst_TopValues::boundHoldsBeyondCapacity()
{
    Random random(2);
    TopValues top(256);
    std::map<qint64, qint64> truth;
    const int n = 300000;
    for (int i = 0; i < n; ++i) {
        const qint64 v = skewed(random, 100000);
        ++truth[v];
        addKey(top, v);
    }
    QVERIFY(!top.isExact());
    QVERIFY(top.maxUnderestimate() <= 2 * n / top.capacity());
    for (const auto &entry : top.top(1000)) {
        const qint64 real = truth[entry.key.toLongLong()];
        QVERIFY(entry.count <= real);
        QVERIFY(real <= entry.count + top.maxUnderestimate());
    }
    // The 10 truly most frequent values (well above the bound) are the 10 reported.
    std::vector<std::pair<qint64, qint64>> byCount(truth.begin(), truth.end());
    std::sort(byCount.begin(), byCount.end(), [](auto a, auto b) { return a.second > b.second; });
    QList<qint64> expected;
    for (int i = 0; i < 10; ++i)
        expected.append(byCount[size_t(i)].first);
    QList<qint64> reported;
    for (const auto &entry : top.top(10))
        reported.append(entry.key.toLongLong());
    std::sort(expected.begin(), expected.end());
    std::sort(reported.begin(), reported.end());
    QCOMPARE(reported, expected);
}

void tst_TopValues::mergeEqualsWholeWhileExact()
{
    Random random(3);
    std::vector<qint64> values;
    for (int i = 0; i < 20000; ++i)
        values.push_back(random.below(500));
    TopValues whole;
    for (const qint64 v : values)
        addKey(whole, v);
    const auto cuts = splitPoints(random, qsizetype(values.size()));
    TopValues merged;
    for (size_t p = 0; p + 1 < cuts.size(); ++p) {
        TopValues part;
        for (qsizetype i = cuts[p]; i < cuts[p + 1]; ++i)
            addKey(part, values[size_t(i)]);
        merged.merge(part);
    }
    QVERIFY(merged.isExact());
    QCOMPARE(merged.total(), whole.total());
    const auto a = merged.top(500);
    const auto b = whole.top(500);
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].key, b[i].key);
        QCOMPARE(a[i].count, b[i].count);
    }
}

void tst_TopValues::mergeKeepsBound()
{
    Random random(4);
    std::vector<qint64> values;
    for (int i = 0; i < 200000; ++i)
        values.push_back(skewed(random, 50000));
    std::map<qint64, qint64> truth;
    for (const qint64 v : values)
        ++truth[v];
    const auto cuts = splitPoints(random, qsizetype(values.size()));
    TopValues merged(256);
    for (size_t p = 0; p + 1 < cuts.size(); ++p) {
        TopValues part(256);
        for (qsizetype i = cuts[p]; i < cuts[p + 1]; ++i)
            addKey(part, values[size_t(i)]);
        merged.merge(part);
    }
    QCOMPARE(merged.total(), qint64(values.size()));
    QVERIFY(merged.maxUnderestimate() <= 2 * qint64(values.size()) / 256);
    for (const auto &entry : merged.top(256)) {
        const qint64 real = truth[entry.key.toLongLong()];
        QVERIFY(entry.count <= real && real <= entry.count + merged.maxUnderestimate());
    }
}

void tst_TopValues::equalHashesStayApart()
{
    TopValues top;
    top.add(42, "one");
    top.add(42, "two");
    top.add(42, "two");
    const auto entries = top.top(10);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].key, QByteArray("two"));
    QCOMPARE(entries[0].count, 2);
    QCOMPARE(entries[1].count, 1);
}

// The inline byte comparison has a case per length range: one differing byte anywhere must count.
void tst_TopValues::equalHashesStayApartAtEveryLength()
{
    for (int length = 1; length <= 40; ++length) {
        TopValues top;
        const QByteArray base(length, 'a');
        top.add(7, base);
        for (int at = 0; at < length; ++at) {
            QByteArray other = base;
            other[at] = 'b';
            top.add(7, other);
        }
        top.add(7, base);
        QCOMPARE(top.top(1).first().key, base);
        QCOMPARE(top.top(1).first().count, 2);
        QCOMPARE(top.top(100).size(), qsizetype(length) + 1);
    }
}

namespace {

void addNumber(TopValues &top, quint64 bits)
{
    char key[8];
    std::memcpy(key, &bits, 8);
    top.add(hashInteger(bits), QByteArrayView(key, 8));
}

void compareTables(const TopValues &a, const TopValues &b)
{
    QCOMPARE(a.total(), b.total());
    QCOMPARE(a.isExact(), b.isExact());
    QCOMPARE(a.maxUnderestimate(), b.maxUnderestimate());
    const auto x = a.top(a.capacity());
    const auto y = b.top(b.capacity());
    QCOMPARE(x.size(), y.size());
    for (int i = 0; i < x.size(); ++i) {
        QCOMPARE(x[i].key, y[i].key);
        QCOMPARE(x[i].count, y[i].count);
    }
}

} // namespace

void tst_TopValues::unseenKeysMatchAdd_data()
{
    QTest::addColumn<int>("unique");
    QTest::addColumn<int>("repeats");
    QTest::newRow("empty") << 0 << 0;
    QTest::newRow("below capacity, then repeats") << 63 << 500;
    QTest::newRow("at capacity, then repeats") << 64 << 500;
    QTest::newRow("one past capacity") << 65 << 0;
    QTest::newRow("many purges, then repeats") << 64 * 37 + 5 << 3000;
    QTest::newRow("many purges, exact multiple") << 64 * 40 << 3000;
}

// A unique column (ids) skips the table until a repeat comes; the result must be add()'s.
void tst_TopValues::unseenKeysMatchAdd()
{
    QFETCH(int, unique);
    QFETCH(int, repeats);
    TopValues fast(64);
    TopValues reference(64);
    for (quint64 v = 1; v <= quint64(unique); ++v) {
        fast.addUnseen(hashInteger(v), v);
        addNumber(reference, v);
    }
    compareTables(fast, reference);
    Random random(7);
    const bool fits = unique <= fast.capacity();
    for (int i = 0; i < repeats; ++i) {
        // Old keys only while they fit (the table must stay exact); beyond, some new ones too.
        const auto v = quint64(1 + random.below(qMax(unique, 1) + (fits ? 0 : 20)));
        addNumber(fast, v);
        addNumber(reference, v);
    }
    compareTables(fast, reference);
    if (fits)
        QVERIFY(fast.isExact());
}

void tst_TopValues::unseenKeysMerge()
{
    TopValues a(64);
    TopValues b(64);
    TopValues referenceA(64);
    TopValues referenceB(64);
    for (quint64 v = 1; v <= 200; ++v) {
        a.addUnseen(hashInteger(v), v);
        addNumber(referenceA, v);
        b.addUnseen(hashInteger(v + 1000), v + 1000);
        addNumber(referenceB, v + 1000);
    }
    a.merge(b);
    referenceA.merge(referenceB);
    compareTables(a, referenceA);
    QCOMPARE(a.total(), 400);
}

QTEST_APPLESS_MAIN(tst_TopValues)
#include "tst_topvalues.moc"
