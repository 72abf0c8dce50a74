#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/calc/datasetprofile.h"
#include "core/storage/rowbatch.h"
#include "core/calc/calctestdata.h"

using namespace sluice;
using namespace calctest;

namespace {

const QList<ColumnSpec> kColumns {
    { QStringLiteral("id"), ColumnType::Integer },   { QStringLiteral("ts"), ColumnType::DateTime },
    { QStringLiteral("day"), ColumnType::Date },     { QStringLiteral("team"), ColumnType::Text },
    { QStringLiteral("qty"), ColumnType::Integer },  { QStringLiteral("price"), ColumnType::Real },
    { QStringLiteral("discount"), ColumnType::Real }, { QStringLiteral("paid"), ColumnType::Boolean },
};

// Rows as the import hands them over: a RowBatch, dates as their day or millisecond number.
RowBatch makeRows(Random &random, int n, int teams = 40)
{
    RowBatch rows(int(kColumns.size()));
    qint64 ts = 1'700'000'000'000;
    for (int i = 0; i < n; ++i) {
        ts += random.below(600'000);
        rows.addInteger(i);
        rows.addTemporal(ts, {});
        rows.addTemporal(ts / 86'400'000, {});
        const QByteArray team = "team-" + QByteArray::number(random.below(teams));
        if (random.below(20))
            rows.addText(team);
        else
            rows.addNull();
        rows.addInteger(1 + random.below(50));
        rows.addReal(double(random.below(100000)) / 100.0, 2);
        if (random.below(5))
            rows.addReal(double(random.below(30)) / 100.0, 2);
        else
            rows.addNull();
        rows.addInteger(random.below(2));
    }
    return rows;
}

// Equal JSON, doubles within 1e-9 relative (sums in a different order round differently).
bool close(const QJsonValue &a, const QJsonValue &b, const QString &path, QString *where)
{
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble(), y = b.toDouble();
        if (x == y || std::abs(x - y) <= 1e-9 * std::max(std::abs(x), std::abs(y)) || std::abs(x - y) < 1e-12)
            return true;
    } else if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        // Approximate top values merge within their bound, not identically (tst_topvalues checks
        // the bound); both sides must say so.
        if (path.endsWith(QStringLiteral(".topValues")) && !x.value(QStringLiteral("exact")).toBool()
            && !y.value(QStringLiteral("exact")).toBool())
            return true;
        if (x.keys() != y.keys()) {
            *where = path;
            return false;
        }
        for (const QString &key : x.keys()) {
            if (!close(x.value(key), y.value(key), path + u'.' + key, where))
                return false;
        }
        return true;
    } else if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() == y.size()) {
            for (qsizetype i = 0; i < x.size(); ++i) {
                if (!close(x[i], y[i], path + QStringLiteral("[%1]").arg(i), where))
                    return false;
            }
            return true;
        }
    } else if (a == b) {
        return true;
    }
    *where = path + QStringLiteral(": ") + QString::fromUtf8(QJsonDocument(QJsonArray { a, b }).toJson(QJsonDocument::Compact));
    return false;
}

} // namespace

class tst_DatasetProfile : public QObject
{
    Q_OBJECT
private slots:
    void rowsReachEveryCalculator();
    void mergeEqualsWhole_data();
    void mergeEqualsWhole();
    void snapshotListsLargestGroups();
    void emptyDataset();
};

void tst_DatasetProfile::rowsReachEveryCalculator()
{
    Random random(41);
    const RowBatch rows = makeRows(random, 5000);
    DatasetProfile profile(kColumns);
    profile.addRows(rows, 0, rows.rowCount());
    const QJsonObject json = profile.snapshot();
    QCOMPARE(json.value(QStringLiteral("rows")).toInteger(), 5000);
    QCOMPARE(json.value(QStringLiteral("final")).toBool(), false);
    QCOMPARE(profile.finalResult().value(QStringLiteral("final")).toBool(), true);
    const QJsonArray columns = json.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.size(), kColumns.size());
    QCOMPARE(columns[0].toObject().value(QStringLiteral("sortOrder")).toString(), QStringLiteral("ascending"));
    const QJsonArray buckets = json.value(QStringLiteral("timeBuckets")).toArray();
    QCOMPARE(buckets.size(), 2);  // ts and day
    const QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 1);  // team
    const QJsonObject team = groups[0].toObject();
    QCOMPARE(team.value(QStringLiteral("numericColumns")).toArray().size(), 4);
    // Group rows + "other" + null rows = all rows; the sum of qty over them = the column's sum.
    qint64 rowsInGroups = 0;
    double qty = 0;
    QJsonArray parts = team.value(QStringLiteral("groups")).toArray();
    parts << team.value(QStringLiteral("other")) << team.value(QStringLiteral("null"));
    for (const QJsonValue group : parts) {
        rowsInGroups += group.toObject().value(QStringLiteral("rows")).toInteger();
        qty += group.toObject().value(QStringLiteral("values")).toArray()[1].toObject().value(QStringLiteral("sum")).toDouble();
    }
    QCOMPARE(rowsInGroups, 5000);
    QCOMPARE(qty, double(columns[4].toObject().value(QStringLiteral("sum")).toInteger()));
    qint64 rowsInDays = 0;
    for (const QJsonValue day : buckets[1].toObject().value(QStringLiteral("day")).toObject().value(QStringLiteral("buckets")).toArray())
        rowsInDays += day.toObject().value(QStringLiteral("rows")).toInteger();
    QCOMPARE(rowsInDays, 5000);
}

void tst_DatasetProfile::mergeEqualsWhole_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("rows");
    QTest::newRow("small") << quint64(1) << 50;
    QTest::newRow("medium") << quint64(2) << 20000;
    QTest::newRow("one row") << quint64(3) << 1;
}

void tst_DatasetProfile::mergeEqualsWhole()
{
    QFETCH(quint64, seed);
    QFETCH(int, rows);
    Random random(seed);
    const RowBatch data = makeRows(random, rows);
    DatasetProfile whole(kColumns);
    whole.addRows(data, 0, data.rowCount());
    const auto cuts = splitPoints(random, data.rowCount());
    DatasetProfile merged(kColumns);
    for (size_t p = 0; p + 1 < cuts.size(); ++p) {
        DatasetProfile part(kColumns);
        part.addRows(data, cuts[p], cuts[p + 1] - cuts[p]);
        merged.merge(part);
    }
    QString where;
    QVERIFY2(close(merged.finalResult(), whole.finalResult(), QStringLiteral("$"), &where), qPrintable(where));
}

// The live snapshot carries a few groups per text column (it is published several times a
// second); the final result carries them all. Both add up to every row.
void tst_DatasetProfile::snapshotListsLargestGroups()
{
    Random random(5);
    const RowBatch rows = makeRows(random, 20000, 300);
    ProfileOptions options;
    options.snapshotGroups = 7;
    DatasetProfile profile(kColumns, options);
    profile.addRows(rows, 0, rows.rowCount());
    const auto team = [](const QJsonObject &json) {
        return json.value(QStringLiteral("groups")).toArray()[0].toObject();
    };
    const auto rowsOf = [](const QJsonObject &groups) {
        qint64 total = groups.value(QStringLiteral("other")).toObject().value(QStringLiteral("rows")).toInteger()
            + groups.value(QStringLiteral("null")).toObject().value(QStringLiteral("rows")).toInteger();
        for (const QJsonValue group : groups.value(QStringLiteral("groups")).toArray())
            total += group.toObject().value(QStringLiteral("rows")).toInteger();
        return total;
    };
    const QJsonObject live = team(profile.snapshot());
    QCOMPARE(live.value(QStringLiteral("truncated")).toBool(), true);
    QCOMPARE(live.value(QStringLiteral("groups")).toArray().size(), 7);
    QCOMPARE(live.value(QStringLiteral("trackedGroups")).toInteger(), 300);
    QCOMPARE(rowsOf(live), 20000);
    const QJsonObject final = team(profile.finalResult());
    QCOMPARE(final.value(QStringLiteral("truncated")).toBool(), false);
    QCOMPARE(final.value(QStringLiteral("groups")).toArray().size(), 300);
    QCOMPARE(rowsOf(final), 20000);
    // The same groups lead both, with the same figures.
    const QJsonArray liveGroups = live.value(QStringLiteral("groups")).toArray();
    const QJsonArray finalGroups = final.value(QStringLiteral("groups")).toArray();
    for (qsizetype i = 0; i < liveGroups.size(); ++i)
        QCOMPARE(liveGroups[i], finalGroups[i]);
    QVERIFY(!profile.snapshot().value(QStringLiteral("timeBuckets")).toArray().isEmpty());
}

void tst_DatasetProfile::emptyDataset()
{
    const DatasetProfile profile(kColumns);
    const QJsonObject json = profile.snapshot();
    QCOMPARE(json.value(QStringLiteral("rows")).toInteger(), 0);
    for (const QJsonValue column : json.value(QStringLiteral("columns")).toArray())
        QCOMPARE(column.toObject().value(QStringLiteral("count")).toInteger(), 0);
    DatasetProfile noColumns({});
    noColumns.addRows(RowBatch(0), 0, 0);
    QCOMPARE(noColumns.snapshot().value(QStringLiteral("rows")).toInteger(), 0);
}

QTEST_APPLESS_MAIN(tst_DatasetProfile)
#include "tst_datasetprofile.moc"
