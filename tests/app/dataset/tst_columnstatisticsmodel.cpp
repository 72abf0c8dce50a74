#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include "app/ui/dataset/columnstatisticsmodel.h"

using namespace sluice;

class tst_ColumnStatisticsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void figures_data();
    void figures();
    void partialThenFinal();

private:
    static QJsonObject profile(bool final, qint64 rows, const QJsonArray &columns);
};

namespace {

// An integer column as ColumnProfile::toJson() writes it, with an estimated distinct count and
// estimated quantiles (a column too large for exact figures).
const char *const kAmountColumn = R"({
    "name": "amount", "type": "integer", "count": 250000, "nulls": 1200, "values": 248800,
    "distinct": {"value": 98765, "exact": false, "relativeError": 0.0163, "confidence": 0.99, "standardError": 0.0065},
    "topValues": {"exact": false, "maxUnderestimate": 17, "values": [{"value": 42, "count": 3120}]},
    "min": -5, "max": 1000000, "mean": 5000.25, "stddev": 12.5,
    "quantiles": {"exact": false, "rankError": 0.01, "method": "kll", "p5": 3, "p50": 50.5, "p95": 990}
})";

// A text column with exact figures throughout.
const char *const kTeamColumn = R"({
    "name": "team", "type": "text", "count": 250000, "nulls": 0, "values": 250000,
    "distinct": {"value": 50, "exact": true},
    "topValues": {"exact": true, "maxUnderestimate": 0, "values": [{"value": "T007", "count": 5210}]},
    "min": "T000", "max": "T049", "length": {"unit": "codePoints", "min": 4, "max": 4, "mean": 4}
})";

QJsonObject columnJson(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

QJsonObject tst_ColumnStatisticsModel::profile(bool final, qint64 rows, const QJsonArray &columns)
{
    return { { QStringLiteral("rows"), rows }, { QStringLiteral("final"), final },
        { QStringLiteral("columns"), columns } };
}

void tst_ColumnStatisticsModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // fixed number formats
}

void tst_ColumnStatisticsModel::figures_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("figure");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<QString>("tooltipHas"); // empty: no tooltip

    using M = ColumnStatisticsModel;
    QTest::newRow("count") << "amount" << int(M::CountColumn) << "250,000" << true << "";
    QTest::newRow("nulls") << "amount" << int(M::NullsColumn) << "1,200" << true << "";
    QTest::newRow("estimated distinct") << "amount" << int(M::DistinctColumn) << "≈ 98,765" << false << "±1.63%";
    QTest::newRow("exact distinct") << "team" << int(M::DistinctColumn) << "50" << true << "";
    QTest::newRow("integer min") << "amount" << int(M::MinColumn) << "-5" << true << "";
    QTest::newRow("integer max") << "amount" << int(M::MaxColumn) << "1,000,000" << true << "";
    QTest::newRow("text max") << "team" << int(M::MaxColumn) << "T049" << true << "";
    QTest::newRow("mean") << "amount" << int(M::MeanColumn) << "5,000.25" << true << "";
    QTest::newRow("stddev") << "amount" << int(M::StdDevColumn) << "12.5" << true << "";
    QTest::newRow("text has no mean") << "team" << int(M::MeanColumn) << "" << true << "";
    QTest::newRow("estimated median") << "amount" << int(M::P50Column) << "≈ 50.5" << false
                                      << "between percentiles 49 and 51";
    QTest::newRow("estimated p95") << "amount" << int(M::P95Column) << "≈ 990" << false
                                   << "between percentiles 94 and 96";
    QTest::newRow("estimated top value") << "amount" << int(M::TopValueColumn) << "≈ 42 (3,120×)" << false << "17";
    QTest::newRow("exact top value") << "team" << int(M::TopValueColumn) << "T007 (5,210×)" << true << "";
}

void tst_ColumnStatisticsModel::figures()
{
    QFETCH(QString, column);
    QFETCH(int, figure);
    QFETCH(QString, shown);
    QFETCH(bool, exact);
    QFETCH(QString, tooltipHas);

    ColumnStatisticsModel model;
    QVERIFY(model.setProfile(profile(true, 250000, { columnJson(kAmountColumn), columnJson(kTeamColumn) })));
    const int row = model.rowOf(column);
    QVERIFY(row >= 0);
    const QModelIndex index = model.index(row, figure);
    QCOMPARE(index.data().toString(), shown);
    QCOMPARE(index.data(ColumnStatisticsModel::ExactRole).toBool(), exact);
    const QString tooltip = index.data(Qt::ToolTipRole).toString();
    if (tooltipHas.isEmpty())
        QVERIFY2(tooltip.isEmpty(), qPrintable(tooltip));
    else
        QVERIFY2(tooltip.contains(tooltipHas), qPrintable(tooltip));
}

void tst_ColumnStatisticsModel::partialThenFinal()
{
    ColumnStatisticsModel model;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.profiledRows(), -1);

    QJsonObject early = columnJson(kTeamColumn);
    early.insert(QStringLiteral("count"), 1000);
    QVERIFY(model.setProfile(profile(false, 1000, { early })));
    QCOMPARE(resets.count(), 1); // the columns arrived
    QCOMPARE(model.index(0, ColumnStatisticsModel::CountColumn).data().toString(), QStringLiteral("1,000"));
    QVERIFY(!model.isFinal());

    // Later partial profiles of the same columns update in place: no reset, the view keeps its state.
    QVERIFY(model.setProfile(profile(false, 250000, { columnJson(kTeamColumn) })));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.index(0, ColumnStatisticsModel::CountColumn).data().toString(), QStringLiteral("250,000"));

    QVERIFY(model.setProfile(profile(true, 250000, { columnJson(kTeamColumn) })));
    QVERIFY(model.isFinal());
    // A partial profile delivered late (after the final one) is stale.
    QVERIFY(!model.setProfile(profile(false, 1000, { early })));
    QCOMPARE(model.profiledRows(), 250000);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.profiledRows(), -1);
}

QTEST_GUILESS_MAIN(tst_ColumnStatisticsModel)
#include "tst_columnstatisticsmodel.moc"
