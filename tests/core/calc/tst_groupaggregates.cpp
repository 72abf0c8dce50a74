#include <map>

#include <QJsonArray>
#include <QTest>

#include "core/calc/groupaggregates.h"
#include "core/calc/hashing.h"
#include "core/calc/calctestdata.h"

using namespace sluice;
using namespace calctest;

namespace {

void addRow(GroupAggregates &groups, const QByteArray &key, double x)
{
    const NumericCell cell = NumericCell::of(x);
    groups.add(key, hashBytes(key.constData(), key.size()), std::span<const NumericCell>(&cell, 1));
}

QByteArray keyOf(qint64 i)
{
    return "k" + QByteArray::number(i);
}

} // namespace

class tst_GroupAggregates : public QObject
{
    Q_OBJECT
private slots:
    void exactAgainstNaive();
    void beyondLimit();
    void mergeEqualsWhole();
    void mergeOfOverflowedMarksIncomplete();
};

void tst_GroupAggregates::exactAgainstNaive()
{
    Random random(12);
    GroupAggregates groups(QStringLiteral("team"), { QStringLiteral("x") });
    std::map<QByteArray, std::tuple<qint64, double, double, double>> truth;  // rows, sum, min, max
    for (int i = 0; i < 50000; ++i) {
        const QByteArray key = keyOf(random.below(300));
        const double x = double(random.below(1000)) - 500;
        addRow(groups, key, x);
        auto &[rows, sum, lo, hi] = truth.try_emplace(key, 0, 0.0, 1e300, -1e300).first->second;
        ++rows;
        sum += x;
        lo = std::min(lo, x);
        hi = std::max(hi, x);
    }
    groups.addNull(std::vector<NumericCell> { NumericCell::of(7.0) });
    QVERIFY(groups.isExact());
    GroupAggregates::Group other;
    const auto listed = groups.groups(&other);
    QCOMPARE(listed.size(), qsizetype(truth.size()));
    QCOMPARE(other.rows, 0);
    for (const auto &group : listed) {
        const auto &[rows, sum, lo, hi] = truth[group.value];
        QCOMPARE(group.rows, rows);
        QVERIFY(group.complete);
        QCOMPARE(group.values[0].total(), sum);
        QCOMPARE(group.values[0].min, lo);
        QCOMPARE(group.values[0].max, hi);
        QCOMPARE(group.values[0].total() / double(group.values[0].count), sum / double(rows));
    }
    const QJsonObject json = groups.toJson();
    QCOMPARE(json.value(QStringLiteral("null")).toObject().value(QStringLiteral("rows")).toInteger(), 1);
    QCOMPARE(json.value(QStringLiteral("exact")).toBool(), true);
}

void tst_GroupAggregates::beyondLimit()
{
    Random random(13);
    ProfileOptions options;
    options.groupLimit = 1000;
    options.groupTrackingCapacity = 2000;
    GroupAggregates groups(QStringLiteral("product"), { QStringLiteral("x") }, options);
    std::map<QByteArray, qint64> truth;
    qint64 rowsTotal = 0;
    double sumTotal = 0;
    for (int i = 0; i < 100000; ++i) {
        // 200 frequent values, then a long tail of 5000.
        const QByteArray key = keyOf(random.below(2) ? random.below(200) : 200 + random.below(5000));
        addRow(groups, key, 1.5);
        ++truth[key];
        ++rowsTotal;
        sumTotal += 1.5;
    }
    QVERIFY(!groups.isExact());
    GroupAggregates::Group other;
    const auto listed = groups.groups(&other);
    QCOMPARE(listed.size(), 1000);
    qint64 rows = other.rows;
    double sum = other.values[0].total();
    for (const auto &group : listed) {
        QVERIFY(group.complete);  // one stream: tracked groups are whole
        QCOMPARE(group.rows, truth[group.value]);
        rows += group.rows;
        sum += group.values[0].total();
    }
    QCOMPARE(rows, rowsTotal);  // every row exactly once, listed or in "other"
    QCOMPARE(sum, sumTotal);
    for (qint64 i = 0; i < 200; ++i) {  // the frequent values are all listed
        const QByteArray key = keyOf(i);
        QVERIFY(std::any_of(listed.begin(), listed.end(), [&](const auto &g) { return g.value == key; }));
    }
}

void tst_GroupAggregates::mergeEqualsWhole()
{
    Random random(14);
    std::vector<std::pair<QByteArray, double>> rows;
    for (int i = 0; i < 40000; ++i)
        rows.emplace_back(keyOf(random.below(800)), random.normal());
    const QStringList numeric { QStringLiteral("x") };
    GroupAggregates whole(QStringLiteral("g"), numeric);
    for (const auto &[key, x] : rows)
        addRow(whole, key, x);
    const auto cuts = splitPoints(random, qsizetype(rows.size()));
    GroupAggregates merged(QStringLiteral("g"), numeric);
    for (size_t p = 0; p + 1 < cuts.size(); ++p) {
        GroupAggregates part(QStringLiteral("g"), numeric);
        for (qsizetype i = cuts[p]; i < cuts[p + 1]; ++i)
            addRow(part, rows[size_t(i)].first, rows[size_t(i)].second);
        merged.merge(part);
    }
    QVERIFY(merged.isExact());
    const auto a = merged.groups();
    const auto b = whole.groups();
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].value, b[i].value);
        QCOMPARE(a[i].rows, b[i].rows);
        QVERIFY(std::abs(a[i].values[0].total() - b[i].values[0].total()) < 1e-9);
        QCOMPARE(a[i].values[0].min, b[i].values[0].min);
        QCOMPARE(a[i].values[0].max, b[i].values[0].max);
    }
}

void tst_GroupAggregates::mergeOfOverflowedMarksIncomplete()
{
    ProfileOptions options;
    options.groupLimit = 2;
    options.groupTrackingCapacity = 2;
    const QStringList numeric { QStringLiteral("x") };
    GroupAggregates first(QStringLiteral("g"), numeric, options);
    addRow(first, "a", 1);
    addRow(first, "b", 1);
    addRow(first, "c", 1);  // turned away: into "other"
    GroupAggregates second(QStringLiteral("g"), numeric, options);
    addRow(second, "c", 1);
    addRow(second, "c", 1);
    addRow(second, "c", 1);
    first.merge(second);
    GroupAggregates::Group other;
    const auto listed = first.groups(&other);
    qint64 total = other.rows;
    for (const auto &group : listed) {
        total += group.rows;
        if (group.value == "c")
            QVERIFY(!group.complete);  // one of its rows is in the first part's "other"
    }
    QCOMPARE(total, 6);
    QVERIFY(!first.isExact());
}

QTEST_APPLESS_MAIN(tst_GroupAggregates)
#include "tst_groupaggregates.moc"
