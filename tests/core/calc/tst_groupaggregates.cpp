#include <map>

#include <QJsonArray>
#include <QTest>

#include "core/calc/groupaggregates.h"
#include "core/calc/hashing.h"
#include "core/calc/valuedictionary.h"
#include "core/calc/calctestdata.h"

using namespace sluice;
using namespace calctest;

namespace {

// A text column's group-by as DatasetProfile keeps it: the column's dictionary names the groups.
struct Column
{
    explicit Column(const ProfileOptions &options = {})
        : values(options.groupTrackingCapacity)
        , groups(QStringLiteral("g"), { QStringLiteral("x") }, options)
    {
    }

    void addRow(const QByteArray &key, double x)
    {
        bool isNew = false;
        const int id = values.addText(hashBytes(key.constData(), key.size()), key, &isNew);
        const NumericCell cell = NumericCell::of(x);
        groups.addBlock(std::span<const int>(&id, 1), std::span<const NumericCell>(&cell, 1));
    }

    void merge(const Column &next) { groups.merge(next.groups, values.merge(next.values)); }

    QList<GroupAggregates::Group> list(GroupAggregates::Group *other = nullptr) const
    {
        return groups.groups(values, groups.limit(), other);
    }

    ValueDictionary values;
    GroupAggregates groups;
};

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
    void truncatedListing();
};

void tst_GroupAggregates::exactAgainstNaive()
{
    Random random(12);
    Column column;
    std::map<QByteArray, std::tuple<qint64, double, double, double>> truth;  // rows, sum, min, max
    for (int i = 0; i < 50000; ++i) {
        const QByteArray key = keyOf(random.below(300));
        const double x = double(random.below(1000)) - 500;
        column.addRow(key, x);
        auto &[rows, sum, lo, hi] = truth.try_emplace(key, 0, 0.0, 1e300, -1e300).first->second;
        ++rows;
        sum += x;
        lo = std::min(lo, x);
        hi = std::max(hi, x);
    }
    const int null = GroupAggregates::kNull;
    const NumericCell seven = NumericCell::of(7.0);
    column.groups.addBlock(std::span<const int>(&null, 1), std::span<const NumericCell>(&seven, 1));
    QVERIFY(column.groups.isExact());
    GroupAggregates::Group other;
    const auto listed = column.list(&other);
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
    const QJsonObject json = column.groups.toJson(column.values, column.groups.limit());
    QCOMPARE(json.value(QStringLiteral("null")).toObject().value(QStringLiteral("rows")).toInteger(), 1);
    QCOMPARE(json.value(QStringLiteral("exact")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("truncated")).toBool(), false);
}

void tst_GroupAggregates::beyondLimit()
{
    Random random(13);
    ProfileOptions options;
    options.groupLimit = 1000;
    options.groupTrackingCapacity = 2000;
    Column column(options);
    std::map<QByteArray, qint64> truth;
    qint64 rowsTotal = 0;
    double sumTotal = 0;
    for (int i = 0; i < 100000; ++i) {
        // 200 frequent values, then a long tail of 5000.
        const QByteArray key = keyOf(random.below(2) ? random.below(200) : 200 + random.below(5000));
        column.addRow(key, 1.5);
        ++truth[key];
        ++rowsTotal;
        sumTotal += 1.5;
    }
    QVERIFY(!column.groups.isExact());
    GroupAggregates::Group other;
    const auto listed = column.list(&other);
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
    Column whole;
    for (const auto &[key, x] : rows)
        whole.addRow(key, x);
    const auto cuts = splitPoints(random, qsizetype(rows.size()));
    Column merged;
    for (size_t p = 0; p + 1 < cuts.size(); ++p) {
        Column part;
        for (qsizetype i = cuts[p]; i < cuts[p + 1]; ++i)
            part.addRow(rows[size_t(i)].first, rows[size_t(i)].second);
        merged.merge(part);
    }
    QVERIFY(merged.groups.isExact());
    const auto a = merged.list();
    const auto b = whole.list();
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
    Column first(options);
    first.addRow("a", 1);
    first.addRow("b", 1);
    first.addRow("c", 1);  // turned away: into "other"
    Column second(options);
    second.addRow("c", 1);
    second.addRow("c", 1);
    second.addRow("c", 1);
    first.merge(second);
    GroupAggregates::Group other;
    const auto listed = first.list(&other);
    qint64 total = other.rows;
    for (const auto &group : listed) {
        total += group.rows;
        if (group.value == "c")
            QVERIFY(!group.complete);  // one of its rows is in the first part's "other"
    }
    QCOMPARE(total, 6);
    QVERIFY(!first.groups.isExact());

    // A part that found room for a value the first part never saw: complete if the first part
    // never turned a value away, incomplete if the merged-in part did and the group missed it.
    options.groupTrackingCapacity = 3;
    Column roomy(options);
    roomy.addRow("a", 1);
    Column later(options);
    later.addRow("b", 1);
    later.addRow("c", 1);
    later.addRow("d", 1);
    later.addRow("e", 1);  // turned away by `later`: its "other"
    roomy.merge(later);  // room for "b" and "c" only: "d" joins "other"
    const auto merged = roomy.list(&other);
    QCOMPARE(merged.size(), 2);  // the limit: "c" (ties go by value) is listed in "other"
    QCOMPARE(merged[0].value, QByteArray("a"));
    QVERIFY(!merged[0].complete);  // "a" may have rows in later's "other"
    QCOMPARE(merged[1].value, QByteArray("b"));
    QVERIFY(merged[1].complete);
    QCOMPARE(other.rows, 3);  // "c", "d" and "e"
}

// A live snapshot lists the largest groups only and says so; the rows still add up.
void tst_GroupAggregates::truncatedListing()
{
    Column column;
    for (int i = 0; i < 30; ++i) {
        for (int r = 0; r <= i; ++r)
            column.addRow(keyOf(i), 2.0);
    }
    const QJsonObject snapshot = column.groups.toJson(column.values, 5);
    QCOMPARE(snapshot.value(QStringLiteral("truncated")).toBool(), true);
    QCOMPARE(snapshot.value(QStringLiteral("trackedGroups")).toInteger(), 30);
    const QJsonArray listed = snapshot.value(QStringLiteral("groups")).toArray();
    QCOMPARE(listed.size(), 5);
    QCOMPARE(listed[0].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("k29"));
    QCOMPARE(listed[0].toObject().value(QStringLiteral("rows")).toInteger(), 30);
    qint64 rows = snapshot.value(QStringLiteral("other")).toObject().value(QStringLiteral("rows")).toInteger();
    for (const QJsonValue group : listed)
        rows += group.toObject().value(QStringLiteral("rows")).toInteger();
    QCOMPARE(rows, 30 * 31 / 2);
    const QJsonObject full = column.groups.toJson(column.values, column.groups.limit());
    QCOMPARE(full.value(QStringLiteral("truncated")).toBool(), false);
    QCOMPARE(full.value(QStringLiteral("groups")).toArray().size(), 30);
    QCOMPARE(full.value(QStringLiteral("other")).toObject().value(QStringLiteral("rows")).toInteger(), 0);
}

QTEST_APPLESS_MAIN(tst_GroupAggregates)
#include "tst_groupaggregates.moc"
