#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/calc/datasetprofile.h"
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

struct Row
{
    std::vector<CellValue> cells;
    QByteArray team;
};

std::vector<Row> makeRows(Random &random, int n)
{
    std::vector<Row> rows(static_cast<size_t>(n));
    qint64 ts = 1'700'000'000'000;
    for (int i = 0; i < n; ++i) {
        Row &row = rows[size_t(i)];
        ts += random.below(600'000);
        row.team = "team-" + QByteArray::number(random.below(40));
        row.cells = { CellValue::integer(i), CellValue::dateTime(ts), CellValue::date(ts / 86'400'000),
                      random.below(20) ? CellValue::string({}) : CellValue::null(),
                      CellValue::integer(1 + random.below(50)),
                      CellValue::real(double(random.below(100000)) / 100.0, 2),
                      random.below(5) ? CellValue::real(double(random.below(30)) / 100.0, 2) : CellValue::null(),
                      CellValue::boolean(random.below(2)) };
    }
    for (Row &row : rows) {  // views into the rows' own strings, once they no longer move
        if (!row.cells[3].isNull)
            row.cells[3] = CellValue::string(row.team);
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
    void emptyDataset();
};

void tst_DatasetProfile::rowsReachEveryCalculator()
{
    Random random(41);
    const auto rows = makeRows(random, 5000);
    DatasetProfile profile(kColumns);
    for (const Row &row : rows)
        profile.addRow(row.cells);
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
    // Group rows + null rows = all rows; the sum of qty over groups = the column's sum.
    qint64 rowsInGroups = team.value(QStringLiteral("null")).toObject().value(QStringLiteral("rows")).toInteger();
    double qty = team.value(QStringLiteral("null")).toObject().value(QStringLiteral("values")).toArray()[1]
                     .toObject().value(QStringLiteral("sum")).toDouble();
    for (const QJsonValue group : team.value(QStringLiteral("groups")).toArray()) {
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
    const auto data = makeRows(random, rows);
    DatasetProfile whole(kColumns);
    for (const Row &row : data)
        whole.addRow(row.cells);
    const auto cuts = splitPoints(random, qsizetype(data.size()));
    DatasetProfile merged(kColumns);
    for (size_t p = 0; p + 1 < cuts.size(); ++p) {
        DatasetProfile part(kColumns);
        for (qsizetype i = cuts[p]; i < cuts[p + 1]; ++i)
            part.addRow(data[size_t(i)].cells);
        merged.merge(part);
    }
    QString where;
    QVERIFY2(close(merged.finalResult(), whole.finalResult(), QStringLiteral("$"), &where), qPrintable(where));
}

void tst_DatasetProfile::emptyDataset()
{
    const DatasetProfile profile(kColumns);
    const QJsonObject json = profile.snapshot();
    QCOMPARE(json.value(QStringLiteral("rows")).toInteger(), 0);
    for (const QJsonValue column : json.value(QStringLiteral("columns")).toArray())
        QCOMPARE(column.toObject().value(QStringLiteral("count")).toInteger(), 0);
    DatasetProfile noColumns({});
    noColumns.addRow({});
    QCOMPARE(noColumns.snapshot().value(QStringLiteral("rows")).toInteger(), 1);
}

QTEST_APPLESS_MAIN(tst_DatasetProfile)
#include "tst_datasetprofile.moc"
