#include <cmath>
#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include <QJsonArray>
#include <QTest>

#include "core/calc/columnprofile.h"
#include "core/calc/calctestdata.h"

using namespace sluice;
using namespace calctest;

namespace {

QJsonValue at(const QJsonObject &json, const QString &path)
{
    QJsonValue value = json;
    for (const QString &part : path.split(u'.'))
        value = value.toObject().value(part);
    return value;
}

} // namespace

class tst_ColumnProfile : public QObject
{
    Q_OBJECT
private slots:
    void integerAgainstNaive();
    void realSpecialValues();
    void int64Extremes();
    void emptyAndAllNull_data();
    void emptyAndAllNull();
    void oneValue();
    void uniqueThenRepeatedTopValues();
    void text();
    void textBeyondDictionary();
    void fewValuesStayExact();
    void temporalAndSortOrder();
    void boolean();
    void sketchFiguresSayApproximate();
};

void tst_ColumnProfile::integerAgainstNaive()
{
    Random random(31);
    ColumnProfile profile(QStringLiteral("q"), ColumnType::Integer);
    std::vector<qint64> values;
    qint64 nulls = 0;
    for (int i = 0; i < 50000; ++i) {
        if (random.below(10) == 0) {
            profile.add(CellValue::null());
            ++nulls;
            continue;
        }
        const qint64 v = random.below(201) - 100;
        values.push_back(v);
        profile.add(CellValue::integer(v));
    }
    const QJsonObject json = profile.toJson();
    QCOMPARE(json.value(QStringLiteral("count")).toInteger(), 50000);
    QCOMPARE(json.value(QStringLiteral("nulls")).toInteger(), nulls);
    qint64 sum = 0, zeros = 0, negatives = 0;
    for (const qint64 v : values) {
        sum += v;
        zeros += v == 0;
        negatives += v < 0;
    }
    QCOMPARE(json.value(QStringLiteral("sum")).toInteger(), sum);
    QCOMPARE(json.value(QStringLiteral("zeros")).toInteger(), zeros);
    QCOMPARE(json.value(QStringLiteral("negatives")).toInteger(), negatives);
    QCOMPARE(json.value(QStringLiteral("positives")).toInteger(), qint64(values.size()) - zeros - negatives);
    QCOMPARE(json.value(QStringLiteral("min")).toInteger(), *std::min_element(values.begin(), values.end()));
    QCOMPARE(json.value(QStringLiteral("max")).toInteger(), *std::max_element(values.begin(), values.end()));
    QVERIFY(closeRelative(json.value(QStringLiteral("mean")).toDouble(), double(sum) / double(values.size())));
    QCOMPARE(at(json, QStringLiteral("distinct.value")).toInteger(), 201);
    QCOMPARE(at(json, QStringLiteral("distinct.exact")).toBool(), true);
    QCOMPARE(at(json, QStringLiteral("quantiles.exact")).toBool(), true);
    std::sort(values.begin(), values.end());
    QCOMPARE(at(json, QStringLiteral("quantiles.p50")).toDouble(), double(values[values.size() / 2]));
    const QJsonArray top = at(json, QStringLiteral("topValues.values")).toArray();
    QCOMPARE(top.size(), 10);
    const qint64 topValue = top[0].toObject().value(QStringLiteral("value")).toInteger();
    QCOMPARE(top[0].toObject().value(QStringLiteral("count")).toInteger(),
             qint64(std::count(values.begin(), values.end(), topValue)));
    qint64 binned = 0;
    for (const QJsonValue bin : at(json, QStringLiteral("histogram.bins")).toArray())
        binned += bin.toObject().value(QStringLiteral("count")).toInteger();
    QCOMPARE(binned, qint64(values.size()));
    QCOMPARE(json.value(QStringLiteral("sortOrder")).toString(), QStringLiteral("unsorted"));
}

void tst_ColumnProfile::realSpecialValues()
{
    ColumnProfile profile(QStringLiteral("r"), ColumnType::Real);
    profile.addReal(-0.0, 1);
    profile.addReal(0.0, 0);
    profile.addReal(std::numeric_limits<double>::quiet_NaN());
    profile.addReal(std::numeric_limits<double>::infinity());
    profile.addReal(2.5, 3);
    profile.addReal(-1.25, 2);
    const QJsonObject json = profile.toJson();
    QCOMPARE(json.value(QStringLiteral("count")).toInteger(), 6);
    QCOMPARE(json.value(QStringLiteral("nan")).toInteger(), 1);
    QCOMPARE(json.value(QStringLiteral("infinities")).toInteger(), 1);
    QCOMPARE(json.value(QStringLiteral("zeros")).toInteger(), 2);  // −0 is a zero, not a negative
    QCOMPARE(json.value(QStringLiteral("negatives")).toInteger(), 1);
    QCOMPARE(json.value(QStringLiteral("positives")).toInteger(), 2);
    QCOMPARE(json.value(QStringLiteral("maxDecimals")).toInteger(), 3);
    QCOMPARE(at(json, QStringLiteral("distinct.value")).toInteger(), 4);  // 0, inf, 2.5, −1.25
    QCOMPARE(json.value(QStringLiteral("sum")).toDouble(), 1.25);  // infinity and NaN are not summed
    QCOMPARE(json.value(QStringLiteral("mean")).toDouble(), 1.25 / 4);
    QVERIFY(json.value(QStringLiteral("max")).isNull());  // +inf has no JSON number
    QCOMPARE(json.value(QStringLiteral("min")).toDouble(), -1.25);
    QCOMPARE(json.value(QStringLiteral("overflow")).toBool(), false);
    const QJsonObject top = at(json, QStringLiteral("topValues.values")).toArray()[0].toObject();
    QCOMPARE(top.value(QStringLiteral("value")).toDouble(), 0.0);
    QCOMPARE(top.value(QStringLiteral("count")).toInteger(), 2);

    ColumnProfile huge(QStringLiteral("h"), ColumnType::Real);
    huge.addReal(1e308);
    huge.addReal(-1e308);
    huge.addReal(1e308);
    const QJsonObject hugeJson = huge.toJson();
    QCOMPARE(hugeJson.value(QStringLiteral("overflow")).toBool(), true);
    QVERIFY(hugeJson.value(QStringLiteral("variance")).isNull());  // unavailable, not wrong
    QCOMPARE(hugeJson.value(QStringLiteral("max")).toDouble(), 1e308);
    QCOMPARE(at(hugeJson, QStringLiteral("quantiles.p50")).toDouble(), 1e308);
}

void tst_ColumnProfile::int64Extremes()
{
    ColumnProfile profile(QStringLiteral("i"), ColumnType::Integer);
    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    profile.addInteger(max);
    profile.addInteger(max);
    profile.addInteger(min);
    QJsonObject json = profile.toJson();
    QCOMPARE(json.value(QStringLiteral("sum")).toInteger(), max - 1);  // max + max + min, no overflow on the way
    profile.addInteger(max);
    json = profile.toJson();
    const QJsonObject sum = json.value(QStringLiteral("sum")).toObject();
    QCOMPARE(sum.value(QStringLiteral("exact")).toBool(), false);
    QCOMPARE(sum.value(QStringLiteral("decimal")).toString(), QStringLiteral("18446744073709551613"));  // 3 × (2^63 − 1) − 2^63
    QCOMPARE(json.value(QStringLiteral("min")).toInteger(), min);
    QCOMPARE(json.value(QStringLiteral("max")).toInteger(), max);
    QCOMPARE(at(json, QStringLiteral("quantiles.exact")).toBool(), false);  // beyond 2^53 as doubles
}

void tst_ColumnProfile::emptyAndAllNull_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("nulls");
    for (const ColumnType type : { ColumnType::Integer, ColumnType::Real, ColumnType::Boolean, ColumnType::Date,
                                   ColumnType::DateTime, ColumnType::Text }) {
        QTest::addRow("%s empty", qPrintable(columnTypeName(type))) << int(type) << 0;
        QTest::addRow("%s all null", qPrintable(columnTypeName(type))) << int(type) << 5;
    }
}

void tst_ColumnProfile::emptyAndAllNull()
{
    QFETCH(int, type);
    QFETCH(int, nulls);
    ColumnProfile profile(QStringLiteral("c"), ColumnType(type));
    for (int i = 0; i < nulls; ++i)
        profile.add(CellValue::null());
    const QJsonObject json = profile.toJson();
    QCOMPARE(json.value(QStringLiteral("count")).toInteger(), nulls);
    QCOMPARE(json.value(QStringLiteral("nulls")).toInteger(), nulls);
    QCOMPARE(at(json, QStringLiteral("distinct.value")).toInteger(), 0);
    QVERIFY(json.value(QStringLiteral("min")).isNull());
    QVERIFY(json.value(QStringLiteral("max")).isNull());
    if (isNumeric(ColumnType(type))) {
        QVERIFY(json.value(QStringLiteral("mean")).isNull());
        QVERIFY(json.value(QStringLiteral("stddev")).isNull());
        QVERIFY(at(json, QStringLiteral("quantiles.p50")).isNull());
        QCOMPARE(at(json, QStringLiteral("histogram.bins")).toArray().size(), 0);
    }
}

void tst_ColumnProfile::oneValue()
{
    ColumnProfile profile(QStringLiteral("x"), ColumnType::Real);
    profile.addReal(3.25, 2);
    const QJsonObject json = profile.toJson();
    QCOMPARE(json.value(QStringLiteral("mean")).toDouble(), 3.25);
    QVERIFY(json.value(QStringLiteral("variance")).isNull());  // undefined for one value
    QCOMPARE(json.value(QStringLiteral("populationVariance")).toDouble(), 0.0);
    QCOMPARE(at(json, QStringLiteral("quantiles.p1")).toDouble(), 3.25);
    QCOMPARE(at(json, QStringLiteral("quantiles.p99")).toDouble(), 3.25);
    QCOMPARE(at(json, QStringLiteral("mad.value")).toDouble(), 0.0);
    QCOMPARE(at(json, QStringLiteral("histogram.bins")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("sortOrder")).toString(), QStringLiteral("constant"));
}

// Ascending ids skip the top-values table until a value repeats; the counts must still be exact
// while the distinct values fit in the table, and within the bound once they do not.
void tst_ColumnProfile::uniqueThenRepeatedTopValues()
{
    ProfileOptions options;
    options.topValuesCapacity = 64;
    ColumnProfile small(QStringLiteral("id"), ColumnType::Integer, options);
    for (int v = 1; v <= 60; ++v)
        small.addInteger(v);
    for (int v = 1; v <= 60; ++v)
        small.addInteger(v % 3 == 0 ? 30 : v);
    QVERIFY(small.topValues().isExact());
    const QJsonObject json = small.toJson();
    QCOMPARE(at(json, QStringLiteral("topValues.exact")).toBool(), true);
    const QJsonObject first = at(json, QStringLiteral("topValues.values")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("value")).toInteger(), 30);
    QCOMPARE(first.value(QStringLiteral("count")).toInteger(), 21);

    ColumnProfile large(QStringLiteral("id"), ColumnType::Integer, options);
    for (int v = 1; v <= 1000; ++v)
        large.addInteger(v);
    for (int i = 0; i < 500; ++i)
        large.addInteger(7);
    const TopValues &top = large.topValues();
    QVERIFY(!top.isExact());
    QVERIFY(top.maxUnderestimate() <= 2 * top.total() / top.capacity());
    const TopValues::Entry seven = top.top(1).first();
    QCOMPARE(seven.key, QByteArray::fromRawData("\x07\0\0\0\0\0\0\0", 8));
    QVERIFY(seven.count <= 501 && 501 <= seven.count + top.maxUnderestimate());
}

void tst_ColumnProfile::text()
{
    ColumnProfile profile(QStringLiteral("t"), ColumnType::Text);
    const QList<QByteArray> words { "pear", "Äpfel", "apple", "", "zebra", "apple", "日本" };
    for (const QByteArray &w : words)
        profile.add(CellValue::string(w));
    profile.add(CellValue::null());
    const QJsonObject json = profile.toJson();
    QCOMPARE(json.value(QStringLiteral("min")).toString(), QString());
    QCOMPARE(json.value(QStringLiteral("max")).toString(), QStringLiteral("日本"));  // byte order = code point order
    QCOMPARE(at(json, QStringLiteral("length.unit")).toString(), QStringLiteral("codePoints"));
    QCOMPARE(at(json, QStringLiteral("length.min")).toInteger(), 0);
    QCOMPARE(at(json, QStringLiteral("length.max")).toInteger(), 5);
    QCOMPARE(at(json, QStringLiteral("length.mean")).toDouble(), (4 + 5 + 5 + 0 + 5 + 5 + 2) / 7.0);
    QCOMPARE(at(json, QStringLiteral("distinct.value")).toInteger(), 6);
    const QJsonObject top = at(json, QStringLiteral("topValues.values")).toArray()[0].toObject();
    QCOMPARE(top.value(QStringLiteral("value")).toString(), QStringLiteral("apple"));
    QCOMPARE(top.value(QStringLiteral("count")).toInteger(), 2);
}

// More distinct texts than the dictionary holds: the figures must still be those of every value,
// exact where they say so and within their bound where not, alone and merged from parts.
void tst_ColumnProfile::textBeyondDictionary()
{
    ProfileOptions options;
    options.topValuesCapacity = 16;
    options.groupTrackingCapacity = 32;  // a text column's dictionary holds the larger of the two
    Random random(17);
    std::vector<QByteArray> values;
    std::map<QByteArray, qint64> truth;
    qint64 totalLength = 0;
    for (int i = 0; i < 3000; ++i) {
        const qint64 k = random.unit() < 0.5 ? random.below(8) : random.below(400);
        const QByteArray value = QByteArray(int(k % 7), 'x') + "\xc3\xa9" + QByteArray::number(k);  // é: 2 bytes
        values.push_back(value);
        ++truth[value];
        totalLength += QString::fromUtf8(value).size();
    }
    const auto shortest = std::min_element(truth.begin(), truth.end(), [](const auto &a, const auto &b) {
        return QString::fromUtf8(a.first).size() < QString::fromUtf8(b.first).size();
    });
    const auto longest = std::max_element(truth.begin(), truth.end(), [](const auto &a, const auto &b) {
        return QString::fromUtf8(a.first).size() < QString::fromUtf8(b.first).size();
    });

    ColumnProfile whole(QStringLiteral("t"), ColumnType::Text, options);
    for (const QByteArray &value : values)
        whole.addText(value);
    const auto cuts = splitPoints(random, qsizetype(values.size()));
    ColumnProfile merged(QStringLiteral("t"), ColumnType::Text, options);
    for (size_t p = 0; p + 1 < cuts.size(); ++p) {
        ColumnProfile part(QStringLiteral("t"), ColumnType::Text, options);
        for (qsizetype i = cuts[p]; i < cuts[p + 1]; ++i)
            part.addText(values[size_t(i)]);
        merged.merge(part);
    }
    for (const ColumnProfile *profile : { &whole, &merged }) {
        const QJsonObject json = profile->toJson();
        QCOMPARE(json.value(QStringLiteral("min")).toString(), QString::fromUtf8(truth.begin()->first));
        QCOMPARE(json.value(QStringLiteral("max")).toString(), QString::fromUtf8(truth.rbegin()->first));
        QCOMPARE(at(json, QStringLiteral("length.min")).toInteger(), QString::fromUtf8(shortest->first).size());
        QCOMPARE(at(json, QStringLiteral("length.max")).toInteger(), QString::fromUtf8(longest->first).size());
        QVERIFY(closeRelative(at(json, QStringLiteral("length.mean")).toDouble(), double(totalLength) / 3000));
        QCOMPARE(at(json, QStringLiteral("distinct.value")).toInteger(), qint64(truth.size()));
        QCOMPARE(at(json, QStringLiteral("distinct.exact")).toBool(), true);
        const TopValues top = profile->topValues();
        QCOMPARE(top.total(), 3000);
        QVERIFY(!top.isExact());
        QVERIFY(top.maxUnderestimate() <= 2 * 3000 / options.topValuesCapacity);
        for (const TopValues::Entry &entry : top.top(options.topValuesCapacity)) {
            const qint64 real = truth[entry.key];
            QVERIFY(entry.count <= real && real <= entry.count + top.maxUnderestimate());
        }
        // Values missing from the table occurred at most maxUnderestimate() times.
        const auto listed = top.top(options.topValuesCapacity);
        for (const auto &[value, count] : truth) {
            if (std::none_of(listed.begin(), listed.end(), [&](const auto &e) { return e.key == value; }))
                QVERIFY(count <= top.maxUnderestimate());
        }
    }
}

// A column of few distinct numbers keeps every value in its dictionary with a count: quantiles,
// MAD and histogram stay exact past the exact-quantile budget. A column that outgrows the
// dictionary hands its counts to the sketch: approximate then, within the bound. Alone and merged.
void tst_ColumnProfile::fewValuesStayExact()
{
    ProfileOptions options;
    options.exactQuantileBudget = 1000;
    options.topValuesCapacity = 64;
    Random random(23);
    std::vector<qint64> values;
    for (int i = 0; i < 20000; ++i)
        values.push_back(random.below(40) * 3 - 50);
    const auto profileOf = [&](qsizetype first, qsizetype last) {
        ColumnProfile profile(QStringLiteral("q"), ColumnType::Integer, options);
        for (qsizetype i = first; i < last; i += 100)
            profile.addIntegers(
                std::span<const qint64>(values).subspan(size_t(i), size_t(qMin<qsizetype>(100, last - i))));
        return profile;
    };
    ColumnProfile merged(QStringLiteral("q"), ColumnType::Integer, options);
    merged.merge(profileOf(0, 7000));
    merged.merge(profileOf(7000, 20000));
    std::vector<qint64> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    for (const ColumnProfile &profile : { profileOf(0, 20000), merged }) {
        const QJsonObject json = profile.toJson();
        QCOMPARE(at(json, QStringLiteral("quantiles.exact")).toBool(), true);
        QCOMPARE(at(json, QStringLiteral("quantiles.p50")).toDouble(), double(sorted[sorted.size() / 2]));
        QCOMPARE(at(json, QStringLiteral("quantiles.p1")).toDouble(), double(sorted[size_t(0.01 * 19999)]));
        QCOMPARE(at(json, QStringLiteral("mad.exact")).toBool(), true);
        QCOMPARE(at(json, QStringLiteral("histogram.exact")).toBool(), true);
        qint64 binned = 0;
        for (const QJsonValue bin : at(json, QStringLiteral("histogram.bins")).toArray())
            binned += bin.toObject().value(QStringLiteral("count")).toInteger();
        QCOMPARE(binned, 20000);
    }

    // Past the dictionary (64 distinct values) and the budget: the sketch, within its bound.
    for (int i = 0; i < 3000; ++i)
        values.push_back(1000 + i);
    ColumnProfile grown = profileOf(0, qsizetype(values.size()));
    ColumnProfile grownMerged(QStringLiteral("q"), ColumnType::Integer, options);
    grownMerged.merge(profileOf(0, 20000));  // still within its dictionary
    grownMerged.merge(profileOf(20000, qsizetype(values.size())));  // overflows it in the merge
    sorted = values;
    std::sort(sorted.begin(), sorted.end());
    for (const ColumnProfile *profile : { &grown, &grownMerged }) {
        const QJsonObject json = profile->toJson();
        QCOMPARE(at(json, QStringLiteral("quantiles.exact")).toBool(), false);
        const double p50 = at(json, QStringLiteral("quantiles.p50")).toDouble();
        const auto rank = double(std::lower_bound(sorted.begin(), sorted.end(), qint64(p50)) - sorted.begin());
        const auto rankAtOrBelow = double(std::upper_bound(sorted.begin(), sorted.end(), qint64(p50)) - sorted.begin());
        const double target = 0.5 * double(sorted.size());
        const double slack = 0.01 * double(sorted.size());  // the sketch's rank error
        QVERIFY(rank - slack <= target && target <= rankAtOrBelow + slack);
        QCOMPARE(at(json, QStringLiteral("distinct.value")).toInteger(), 40 + 3000);
        QCOMPARE(json.value(QStringLiteral("count")).toInteger(), qint64(values.size()));
    }
}

void tst_ColumnProfile::temporalAndSortOrder()
{
    ColumnProfile first(QStringLiteral("ts"), ColumnType::DateTime);
    ColumnProfile second(QStringLiteral("ts"), ColumnType::DateTime);
    for (qint64 i = 0; i < 10; ++i)
        first.addTemporal(i * 1000);
    for (qint64 i = 10; i < 20; ++i)
        second.addTemporal(i * 1000);
    QCOMPARE(first.toJson().value(QStringLiteral("sortOrder")).toString(), QStringLiteral("ascending"));
    ColumnProfile ordered = first;
    ordered.merge(second);
    QCOMPARE(ordered.toJson().value(QStringLiteral("sortOrder")).toString(), QStringLiteral("ascending"));
    ColumnProfile reversed = second;
    reversed.merge(first);  // B then A: not in order
    QCOMPARE(reversed.toJson().value(QStringLiteral("sortOrder")).toString(), QStringLiteral("unsorted"));
    QCOMPARE(ordered.toJson().value(QStringLiteral("min")).toString(), QStringLiteral("1970-01-01T00:00:00.000Z"));

    ColumnProfile dates(QStringLiteral("d"), ColumnType::Date);
    dates.addTemporal(19782);  // 2024-02-29
    dates.addTemporal(19000);
    const QJsonObject json = dates.toJson();
    QCOMPARE(json.value(QStringLiteral("max")).toString(), QStringLiteral("2024-02-29"));
    QCOMPARE(json.value(QStringLiteral("sortOrder")).toString(), QStringLiteral("descending"));
}

void tst_ColumnProfile::boolean()
{
    ColumnProfile profile(QStringLiteral("b"), ColumnType::Boolean);
    profile.add(CellValue::boolean(true));
    profile.add(CellValue::boolean(false));
    profile.add(CellValue::boolean(true));
    profile.add(CellValue::null());
    const QJsonObject json = profile.toJson();
    QCOMPARE(json.value(QStringLiteral("trueCount")).toInteger(), 2);
    QCOMPARE(json.value(QStringLiteral("falseCount")).toInteger(), 1);
    QCOMPARE(at(json, QStringLiteral("distinct.value")).toInteger(), 2);
    QCOMPARE(json.value(QStringLiteral("min")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("max")).toBool(), true);
}

void tst_ColumnProfile::sketchFiguresSayApproximate()
{
    ProfileOptions options;
    options.exactQuantileBudget = 1000;
    options.topValuesCapacity = 64;
    ColumnProfile profile(QStringLiteral("id"), ColumnType::Integer, options);
    for (qint64 i = 0; i < 20000; ++i)
        profile.addInteger(i);
    const QJsonObject json = profile.toJson();
    QCOMPARE(at(json, QStringLiteral("distinct.exact")).toBool(), false);
    QVERIFY(at(json, QStringLiteral("distinct.relativeError")).toDouble() > 0);
    QVERIFY(std::abs(at(json, QStringLiteral("distinct.value")).toDouble() - 20000) <= 400);
    QCOMPARE(at(json, QStringLiteral("quantiles.exact")).toBool(), false);
    QCOMPARE(at(json, QStringLiteral("quantiles.rankError")).toDouble(), 0.01);
    QVERIFY(std::abs(at(json, QStringLiteral("quantiles.p50")).toDouble() - 10000) <= 200);
    QCOMPARE(at(json, QStringLiteral("mad.exact")).toBool(), false);
    QCOMPARE(at(json, QStringLiteral("histogram.exact")).toBool(), false);
    QCOMPARE(at(json, QStringLiteral("topValues.exact")).toBool(), false);
    QVERIFY(at(json, QStringLiteral("topValues.maxUnderestimate")).toInteger() > 0);
    QCOMPARE(json.value(QStringLiteral("sum")).toInteger(), 19999LL * 20000 / 2);  // sums stay exact
    QCOMPARE(json.value(QStringLiteral("sortOrder")).toString(), QStringLiteral("ascending"));
}

QTEST_APPLESS_MAIN(tst_ColumnProfile)
#include "tst_columnprofile.moc"
