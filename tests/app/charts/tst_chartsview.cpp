#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <QWheelEvent>

#include <qcustomplot.h>

#include "app/appfixture.h"
#include "app/client/apiclient.h"
#include "app/client/eventsocket.h"
#include "app/client/uploadqueue.h"
#include "app/ui/charts/chartdata.h"
#include "app/ui/charts/chartsview.h"
#include "app/ui/charts/columncombo.h"
#include "app/ui/charts/groupschart.h"
#include "app/ui/charts/histogramchart.h"
#include "app/ui/charts/measurepicker.h"
#include "app/ui/charts/timeserieschart.h"
#include "app/ui/datasetlistmodel.h"
#include "support/testserver.h"

using namespace sluice;

namespace {

constexpr qint64 kPrefixRows = 1200;
constexpr qint64 kFullRows = 5000;
constexpr quint64 kSeed = 7;

QJsonObject withState(QJsonObject detail, const QString &state)
{
    detail.insert(QStringLiteral("state"), state);
    return detail;
}

// What the server's dataset.profile event carries.
QJsonObject profileEvent(const QJsonObject &detail, const QJsonObject &profile)
{
    return QJsonObject { { QStringLiteral("id"), detail.value(QStringLiteral("id")) },
        { QStringLiteral("profile"), profile } };
}

QVector<double> barValues(const QCPBars *bars)
{
    QVector<double> values;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        values.append(it->value);
    return values;
}

bool sameNumber(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * qMax(1.0, qMax(std::abs(a), std::abs(b)));
}

QByteArray headOf(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

} // namespace

/// The Charts tab against a real server and datasets really imported from generated sales
/// files. A partial profile is the final profile of a shorter file of the same seed: the
/// generator writes prefixes, so it is exactly what the import of the longer file published
/// when it had read that many rows.
class tst_ChartsView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void histogramFillsAndUpdatesInPlace();
    void timeSeriesFollowsLiveProfiles();
    void hourSeriesComesFromTheServer();
    void readySeriesMatchesTheProfile();
    void groupBarsShowTopAndOther();
    void followLiveStopsOnZoomAndPanAndResumes();
    void tooltipsShowExactValues();
    void exportsPngAndPdf();
    void emptyStatesSayWhy();
    void colorsFollowThePalette();
    void screenshots();

private:
    QJsonObject get(const QString &path);
    QString importCsv(const QString &path, const QString &name);
    /// A view on `detail` (in `state`), shown, with `profile` drawn when given.
    std::unique_ptr<ChartsView> makeView(const QJsonObject &detail, const QJsonObject &profile = {});
    /// The time series of `view`, shown, drawing `measure` of `column` by `bucket`; null when one
    /// of the choices is refused.
    static TimeSeriesChart *showSeries(
        ChartsView &view, const QString &column, ChartBucket bucket, const ChartMeasure &measure);

    QTemporaryDir m_dir;
    test::TestServer m_server;
    ApiClient m_client;
    std::unique_ptr<EventSocket> m_events;
    std::unique_ptr<DatasetListModel> m_datasets;
    std::unique_ptr<UploadQueue> m_uploads;
    QJsonObject m_full; // detail of the 5000-row dataset (ready)
    QJsonObject m_prefixProfile; // its profile after 1200 rows
    QJsonObject m_fullProfile; // its final profile
    QJsonObject m_textOnly;
    QJsonObject m_numbersOnly;
};

QJsonObject tst_ChartsView::get(const QString &path)
{
    QJsonObject answer;
    bool done = false;
    m_client.getJson(path, this, [&](const Result<QJsonObject> &result) {
        answer = result ? *result : QJsonObject { { QStringLiteral("failed"), result.error().message } };
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        return { { QStringLiteral("failed"), QStringLiteral("no answer to %1").arg(path) } };
    return answer;
}

QString tst_ChartsView::importCsv(const QString &path, const QString &name)
{
    m_uploads->addFile(path, UploadKind::Dataset, name);
    const auto readyId = [this, &name] {
        for (int row = 0; row < m_datasets->rowCount(); ++row) {
            const QModelIndex index = m_datasets->index(row);
            if (index.data(DatasetListModel::NameRole).toString() == name
                && index.data(DatasetListModel::StateRole).toString() == u"ready")
                return index.data(DatasetListModel::IdRole).toString();
        }
        return QString();
    };
    return QTest::qWaitFor([&] { return !readyId().isEmpty(); }, 120000) ? readyId() : QString();
}

void tst_ChartsView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
    m_client.setServer(m_server.url(), m_server.token());
    m_events = std::make_unique<EventSocket>(&m_client);
    m_datasets = std::make_unique<DatasetListModel>(&m_client);
    connect(m_events.get(), &EventSocket::eventReceived, m_datasets.get(), &DatasetListModel::applyEvent);
    connect(m_events.get(), &EventSocket::resynchronizationNeeded, m_datasets.get(), &DatasetListModel::refresh);
    m_events->subscribe({ QStringLiteral("datasets") });
    m_events->open();
    m_uploads = std::make_unique<UploadQueue>(&m_client, m_dir.filePath(QStringLiteral("uploads.json")));

    const QString prefix = importCsv(
        test::writeSalesCsv(m_dir, QStringLiteral("prefix.csv"), kPrefixRows, kSeed), QStringLiteral("prefix"));
    const QString full
        = importCsv(test::writeSalesCsv(m_dir, QStringLiteral("full.csv"), kFullRows, kSeed), QStringLiteral("sales"));
    const QString textOnly
        = importCsv(test::writeTextFile(m_dir, QStringLiteral("words.csv"), "name,city\nAda,Paris\nBo,Rome\nCy,Oslo\n"),
            QStringLiteral("words"));
    const QString numbersOnly
        = importCsv(test::writeTextFile(m_dir, QStringLiteral("numbers.csv"), "a,b\n1,2.5\n3,4.5\n5,6.5\n"),
            QStringLiteral("numbers"));
    QVERIFY(!prefix.isEmpty() && !full.isEmpty() && !textOnly.isEmpty() && !numbersOnly.isEmpty());

    m_full = get(QStringLiteral("/api/v1/datasets/") + full);
    m_prefixProfile = get(QStringLiteral("/api/v1/datasets/%1/profile").arg(prefix));
    m_fullProfile = get(QStringLiteral("/api/v1/datasets/%1/profile").arg(full));
    m_textOnly = get(QStringLiteral("/api/v1/datasets/") + textOnly);
    m_numbersOnly = get(QStringLiteral("/api/v1/datasets/") + numbersOnly);
    QCOMPARE(m_prefixProfile.value(QStringLiteral("rows")).toInteger(), kPrefixRows);
    QCOMPARE(m_fullProfile.value(QStringLiteral("rows")).toInteger(), kFullRows);
    QCOMPARE(m_full.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
}

std::unique_ptr<ChartsView> tst_ChartsView::makeView(const QJsonObject &detail, const QJsonObject &profile)
{
    auto view = std::make_unique<ChartsView>(&m_client);
    view->resize(960, 600);
    view->setDataset(detail);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    if (!profile.isEmpty()) {
        QSignalSpy applied(view.get(), &ChartsView::profileApplied);
        view->applyProfile(profile);
        if (!applied.wait(10000))
            return nullptr;
    }
    return view;
}

TimeSeriesChart *tst_ChartsView::showSeries(
    ChartsView &view, const QString &column, ChartBucket bucket, const ChartMeasure &measure)
{
    view.showChart(ChartsView::Chart::TimeSeries);
    TimeSeriesChart *chart = view.timeSeriesChart();
    const bool chosen = chart->columnCombo()->setColumn(column) && chart->setBucket(bucket)
        && chart->measurePicker()->setMeasure(measure);
    return chosen ? chart : nullptr;
}

void tst_ChartsView::histogramFillsAndUpdatesInPlace()
{
    auto view = makeView(withState(m_full, QStringLiteral("importing")), m_prefixProfile);
    QVERIFY(view);
    HistogramChart *chart = view->histogramChart();
    QVERIFY(chart->columnCombo()->setColumn(QStringLiteral("quantity")));
    QVERIFY(chart->isShowingChart());
    QCPBars *bars = chart->bars();
    QCustomPlot *plot = chart->plot();

    for (const QJsonObject &profile : { m_prefixProfile, m_fullProfile }) {
        if (profile != m_prefixProfile) {
            QSignalSpy applied(view.get(), &ChartsView::profileApplied);
            view->applyProfile(profileEvent(m_full, profile)); // as the event carries it
            QVERIFY(applied.wait(10000));
        }
        const QJsonArray bins = ChartData::columnProfile(profile, QStringLiteral("quantity"))
                                    .value(QStringLiteral("histogram"))
                                    .toObject()
                                    .value(QStringLiteral("bins"))
                                    .toArray();
        QVERIFY(bins.size() > 5);
        QCOMPARE(bars->data()->size(), int(bins.size()));
        qint64 total = 0;
        auto it = bars->data()->constBegin();
        for (const QJsonValue &entry : bins) {
            const QJsonObject bin = entry.toObject();
            const double lower = bin.value(QStringLiteral("lower")).toDouble();
            const double upper = bin.value(QStringLiteral("upper")).toDouble();
            QCOMPARE(it->key, (lower + upper) / 2);
            QCOMPARE(it->value, bin.value(QStringLiteral("count")).toDouble());
            total += bin.value(QStringLiteral("count")).toInteger();
            ++it;
        }
        QCOMPARE(total, profile.value(QStringLiteral("rows")).toInteger()); // quantity is never empty
        // Updated in place: the same plot and plottable, no new widgets.
        QCOMPARE(chart->bars(), bars);
        QCOMPARE(chart->plot(), plot);
        QCOMPARE(plot->plottableCount(), 1);
    }
}

void tst_ChartsView::timeSeriesFollowsLiveProfiles()
{
    auto view = makeView(withState(m_full, QStringLiteral("importing")), m_prefixProfile);
    QVERIFY(view);
    TimeSeriesChart *chart = showSeries(
        *view, QStringLiteral("date"), ChartBucket::Day, { ChartMeasure::Kind::Sum, QStringLiteral("quantity") });
    QVERIFY(chart);
    QCPGraph *graph = chart->graph();

    const auto check = [&](const QJsonObject &profile, const QString &granularity, bool rows) {
        QJsonArray buckets;
        for (const QJsonValue &entry : profile.value(QStringLiteral("timeBuckets")).toArray()) {
            if (entry.toObject().value(QStringLiteral("column")).toString() == u"date")
                buckets = entry.toObject().value(granularity).toObject().value(QStringLiteral("buckets")).toArray();
        }
        QVERIFY(!buckets.isEmpty());
        QVERIFY(!chart->isFromServer());
        QCOMPARE(graph->data()->size(), int(buckets.size()));
        const int quantity = int(profile.value(QStringLiteral("timeBuckets"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("numericColumns"))
                                     .toVariant()
                                     .toStringList()
                                     .indexOf(QStringLiteral("quantity")));
        auto it = graph->data()->constBegin();
        qint64 total = 0;
        for (const QJsonValue &entry : buckets) {
            const QJsonObject bucket = entry.toObject();
            const QDateTime start(
                QDate::fromString(bucket.value(QStringLiteral("start")).toString(), Qt::ISODate), QTime(0, 0), Qt::UTC);
            QCOMPARE(it->key, double(start.toSecsSinceEpoch()));
            const double expected = rows ? bucket.value(QStringLiteral("rows")).toDouble()
                                         : bucket.value(QStringLiteral("values"))
                                               .toArray()
                                               .at(quantity)
                                               .toObject()
                                               .value(QStringLiteral("sum"))
                                               .toDouble();
            QVERIFY2(sameNumber(it->value, expected), qPrintable(QString::number(it->value)));
            total += bucket.value(QStringLiteral("rows")).toInteger();
            ++it;
        }
        QCOMPARE(total, profile.value(QStringLiteral("rows")).toInteger());
    };
    check(m_prefixProfile, QStringLiteral("day"), false);
    if (QTest::currentTestFailed())
        return;

    // The next live profile updates the same graph.
    QSignalSpy applied(view.get(), &ChartsView::profileApplied);
    view->applyProfile(m_fullProfile);
    QVERIFY(applied.wait(10000));
    QCOMPARE(chart->graph(), graph);
    check(m_fullProfile, QStringLiteral("day"), false);
    if (QTest::currentTestFailed())
        return;

    // Weeks and months of rows, from the same profile.
    chart->measurePicker()->setMeasure({ ChartMeasure::Kind::Rows, QString() });
    QVERIFY(chart->setBucket(ChartBucket::Week));
    check(m_fullProfile, QStringLiteral("week"), true);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(chart->setBucket(ChartBucket::Month));
    check(m_fullProfile, QStringLiteral("month"), true);

    // A burst of profiles is drawn once, the latest.
    applied.clear();
    view->applyProfile(m_prefixProfile);
    view->applyProfile(m_prefixProfile);
    view->applyProfile(m_fullProfile);
    QVERIFY(applied.wait(10000));
    QTest::qWait(300);
    QCOMPARE(applied.size(), 1);
    check(m_fullProfile, QStringLiteral("month"), true);
}

void tst_ChartsView::hourSeriesComesFromTheServer()
{
    const QString id = m_full.value(QStringLiteral("id")).toString();
    // While importing (profiles have no hours) and once ready.
    for (const QString &state : { QStringLiteral("importing"), QStringLiteral("ready") }) {
        auto view = makeView(withState(m_full, state), m_fullProfile);
        QVERIFY(view);
        view->showChart(ChartsView::Chart::TimeSeries);
        TimeSeriesChart *chart = view->timeSeriesChart();
        QVERIFY(chart->columnCombo()->setColumn(QStringLiteral("date")));
        QVERIFY(!chart->setBucket(ChartBucket::Hour)); // a date column has no hours
        QVERIFY(chart->columnCombo()->setColumn(QStringLiteral("ts")));
        QVERIFY(chart->setBucket(ChartBucket::Hour));
        QVERIFY(chart->measurePicker()->setMeasure({ ChartMeasure::Kind::Mean, QStringLiteral("unit_price") }));

        QUrlQuery query;
        query.addQueryItem(QStringLiteral("column"), QStringLiteral("ts"));
        query.addQueryItem(QStringLiteral("bucket"), QStringLiteral("hour"));
        query.addQueryItem(QStringLiteral("measure"), QStringLiteral("mean"));
        query.addQueryItem(QStringLiteral("of"), QStringLiteral("unit_price"));
        const QJsonArray points
            = get(QStringLiteral("/api/v1/datasets/%1/series?%2").arg(id, query.toString(QUrl::FullyEncoded)))
                  .value(QStringLiteral("points"))
                  .toArray();
        QVERIFY(points.size() > 1000); // 5000 rows over two years: mostly one per hour

        QTRY_VERIFY_WITH_TIMEOUT(chart->isFromServer() && chart->graph()->data()->size() == points.size(), 30000);
        QVERIFY(chart->isShowingChart());
        auto it = chart->graph()->data()->constBegin();
        for (const QJsonValue &entry : points) {
            const QJsonObject point = entry.toObject();
            QDateTime start = QDateTime::fromString(point.value(QStringLiteral("bucket")).toString(), Qt::ISODate);
            start.setTimeZone(QTimeZone::utc());
            QCOMPARE(it->key, double(start.toSecsSinceEpoch()));
            QCOMPARE(it->value, point.value(QStringLiteral("value")).toDouble());
            ++it;
        }
    }
}

void tst_ChartsView::readySeriesMatchesTheProfile()
{
    // Once ready, days come from the server, and they agree with the import's own buckets.
    auto view = makeView(m_full, m_fullProfile);
    QVERIFY(view);
    TimeSeriesChart *chart = showSeries(
        *view, QStringLiteral("date"), ChartBucket::Day, { ChartMeasure::Kind::Sum, QStringLiteral("discount") });
    QVERIFY(chart);
    const QList<TimePoint> expected = ChartData::profileSeries(m_fullProfile, QStringLiteral("date"), ChartBucket::Day,
        { ChartMeasure::Kind::Sum, QStringLiteral("discount") });
    QVERIFY(expected.size() > 300);
    QTRY_VERIFY_WITH_TIMEOUT(chart->isFromServer() && chart->points().size() == expected.size(), 30000);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(chart->points().at(i).start, expected.at(i).start);
        QCOMPARE(chart->points().at(i).rows, expected.at(i).rows);
        QVERIFY(sameNumber(chart->points().at(i).value, expected.at(i).value)
            || (std::isnan(chart->points().at(i).value) && std::isnan(expected.at(i).value)));
    }
}

void tst_ChartsView::groupBarsShowTopAndOther()
{
    constexpr int kTop = 5;
    // Live: from the profile's group aggregates.
    auto view = makeView(withState(m_full, QStringLiteral("importing")), m_prefixProfile);
    QVERIFY(view);
    view->showChart(ChartsView::Chart::Groups);
    GroupsChart *chart = view->groupsChart();
    QVERIFY(chart->columnCombo()->setColumn(QStringLiteral("team")));
    chart->topSpin()->setValue(kTop);
    QVERIFY(chart->measurePicker()->setMeasure({ ChartMeasure::Kind::Rows, QString() }));
    QVERIFY(!chart->isFromServer());
    QCOMPARE(chart->bars().size(), kTop + 1);
    QVERIFY(chart->bars().last().isOther);
    QCOMPARE(chart->groupBars()->data()->size(), kTop);
    QCOMPARE(chart->otherBars()->data()->size(), 1);
    const QVector<double> live = barValues(chart->groupBars());
    QVERIFY(std::is_sorted(live.rbegin(), live.rend()));
    double listed = 0;
    for (double value : live)
        listed += value;
    QCOMPARE(barValues(chart->otherBars()).first(), double(kPrefixRows) - listed);

    // Ready: from the server, exactly its top 5, and "other" from the totals.
    view->setDataset(m_full);
    QSignalSpy applied(view.get(), &ChartsView::profileApplied);
    view->applyProfile(m_fullProfile);
    QVERIFY(applied.wait(10000));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("column"), QStringLiteral("team"));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("-value"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(kTop));
    const QJsonObject answer
        = get(QStringLiteral("/api/v1/datasets/%1/groups?%2")
                  .arg(m_full.value(QStringLiteral("id")).toString(), query.toString(QUrl::FullyEncoded)));
    const QJsonArray groups = answer.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), kTop);
    QTRY_VERIFY_WITH_TIMEOUT(chart->isFromServer() && chart->bars().size() == kTop + 1, 30000);
    qint64 listedRows = 0;
    for (int i = 0; i < kTop; ++i) {
        const QJsonObject group = groups.at(i).toObject();
        QCOMPARE(chart->bars().at(i).label, group.value(QStringLiteral("key")).toString());
        QCOMPARE(chart->bars().at(i).value, group.value(QStringLiteral("value")).toDouble());
        listedRows += group.value(QStringLiteral("rows")).toInteger();
    }
    QCOMPARE(chart->bars().last().value, double(kFullRows - listedRows));

    // Sums and means of a column with missing values (discount is empty in about a fifth of
    // the rows): the server's bars and "other" agree with the profile's exact groups.
    for (const ChartMeasure::Kind kind : { ChartMeasure::Kind::Sum, ChartMeasure::Kind::Mean }) {
        const ChartMeasure measure { kind, QStringLiteral("discount") };
        const QList<GroupBar> expected = ChartData::profileGroups(m_fullProfile, QStringLiteral("team"), measure, kTop);
        QCOMPARE(expected.size(), kTop + 1);
        QVERIFY(chart->measurePicker()->setMeasure(measure));
        QTRY_VERIFY_WITH_TIMEOUT(chart->isFromServer() && chart->bars().size() == kTop + 1 && chart->isShowingChart()
                && chart->plot()->yAxis->label() == measure.label(),
            30000);
        for (int i = 0; i <= kTop; ++i) {
            QCOMPARE(chart->bars().at(i).label, expected.at(i).label);
            QVERIFY2(sameNumber(chart->bars().at(i).value, expected.at(i).value),
                qPrintable(QStringLiteral("%1: %2 vs %3")
                               .arg(expected.at(i).label)
                               .arg(chart->bars().at(i).value, 0, 'g', 17)
                               .arg(expected.at(i).value, 0, 'g', 17)));
        }
    }
    QCOMPARE(chart->plot()->plottableCount(), 2); // the groups' and the other bar's, updated in place
}

void tst_ChartsView::followLiveStopsOnZoomAndPanAndResumes()
{
    auto view = makeView(withState(m_full, QStringLiteral("importing")), m_prefixProfile);
    QVERIFY(view);
    HistogramChart *chart = view->histogramChart();
    QVERIFY(chart->columnCombo()->setColumn(QStringLiteral("unit_price")));
    QCustomPlot *plot = chart->plot();
    plot->replot();
    QVERIFY(chart->isFollowingLive());
    QVERIFY(!view->followLiveButton()->isVisible());

    // The mouse wheel zooms: the chart stops following and the button appears.
    const QPoint centre = plot->axisRect()->rect().center();
    QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    QVERIFY(!chart->isFollowingLive());
    QVERIFY(view->followLiveButton()->isVisible());
    QCOMPARE(view->followLiveButton()->text(), QStringLiteral("Follow live"));
    const QCPRange zoomed = plot->xAxis->range();

    // New data: drawn, but the view stays where the user put it.
    QSignalSpy applied(view.get(), &ChartsView::profileApplied);
    view->applyProfile(m_fullProfile);
    QVERIFY(applied.wait(10000));
    QCOMPARE(plot->xAxis->range().lower, zoomed.lower);
    QCOMPARE(plot->xAxis->range().upper, zoomed.upper);
    QCOMPARE(chart->bins().size(), ChartData::histogram(m_fullProfile, QStringLiteral("unit_price")).size());

    // The button returns to following: all the data in view.
    QTest::mouseClick(view->followLiveButton(), Qt::LeftButton);
    QVERIFY(chart->isFollowingLive());
    QVERIFY(!view->followLiveButton()->isVisible());
    QVERIFY(plot->xAxis->range().lower <= chart->bins().first().lower);
    QVERIFY(plot->xAxis->range().upper >= chart->bins().last().upper);

    // Dragging pans: it stops following too.
    plot->replot();
    QMouseEvent press(
        QEvent::MouseButtonPress, centre, plot->mapToGlobal(centre), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(plot, &press);
    const QPoint moved = centre + QPoint(80, 0);
    QMouseEvent move(QEvent::MouseMove, moved, plot->mapToGlobal(moved), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QMouseEvent release(
        QEvent::MouseButtonRelease, moved, plot->mapToGlobal(moved), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(plot, &release);
    QVERIFY(!chart->isFollowingLive());
    QVERIFY(view->followLiveButton()->isVisible());

    // Once the import is over the button says what it does then.
    view->setDataset(m_full);
    QCOMPARE(view->followLiveButton()->text(), QStringLiteral("Reset view"));
}

void tst_ChartsView::tooltipsShowExactValues()
{
    auto view = makeView(withState(m_full, QStringLiteral("importing")), m_fullProfile);
    QVERIFY(view);
    TimeSeriesChart *chart = showSeries(
        *view, QStringLiteral("date"), ChartBucket::Month, { ChartMeasure::Kind::Sum, QStringLiteral("unit_price") });
    QVERIFY(chart);
    chart->plot()->replot();
    QVERIFY(chart->points().size() >= 12);
    const TimePoint &point = chart->points().at(3);
    const double x = chart->plot()->xAxis->coordToPixel(double(point.start.toSecsSinceEpoch()));
    const double y = chart->plot()->yAxis->coordToPixel(point.value);
    const QString text = chart->toolTipAt(QPointF(x + 2, y));
    QVERIFY2(text.contains(QLocale().toString(point.value, 'g', 15)), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(point.start.date(), QStringLiteral("MMMM yyyy"))), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(point.rows)), qPrintable(text));
    QVERIFY(chart->toolTipAt(QPointF(-100, -100)).isEmpty());

    view->showChart(ChartsView::Chart::Groups);
    GroupsChart *groups = view->groupsChart();
    QVERIFY(groups->columnCombo()->setColumn(QStringLiteral("region")));
    groups->plot()->replot();
    const double barX = groups->plot()->xAxis->coordToPixel(1.0);
    const QString barText = groups->toolTipAt(QPointF(barX, 10));
    QVERIFY2(barText.startsWith(groups->bars().first().label), qPrintable(barText));
    QVERIFY2(barText.contains(QLocale().toString(groups->bars().first().rows)), qPrintable(barText));
}

void tst_ChartsView::exportsPngAndPdf()
{
    auto view = makeView(m_full, m_fullProfile);
    QVERIFY(view);
    QVERIFY(view->exportButton()->isEnabled());
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY(view->exportChart(png).has_value());
    QVERIFY(view->exportChart(pdf).has_value());
    QCOMPARE(headOf(png, 8), QByteArray("\x89PNG\r\n\x1a\n"));
    QCOMPARE(headOf(pdf, 5), QByteArray("%PDF-"));
    QVERIFY(QFileInfo(png).size() > 1000);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QImage image(png);
    QVERIFY(image.width() >= view->histogramChart()->plot()->width());

    const auto wrong = view->exportChart(m_dir.filePath(QStringLiteral("chart.gif")));
    QVERIFY(!wrong.has_value());
    QVERIFY(wrong.error().message.contains(QStringLiteral("chart.gif")));
    const auto unwritable = view->exportChart(QStringLiteral("/nonexistent-dir/chart.png"));
    QVERIFY(!unwritable.has_value());
    QVERIFY(unwritable.error().message.contains(QStringLiteral("/nonexistent-dir/chart.png")));

    // Through the save dialog, as a person does it: the PDF filter gives a .pdf file.
    view->showChart(ChartsView::Chart::Groups);
    QTRY_VERIFY_WITH_TIMEOUT(view->groupsChart()->isShowingChart(), 30000);
    QSignalSpy exported(view.get(), &ChartsView::chartExported);
    view->requestExport();
    auto *dialog = view->findChild<QFileDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->selectedFiles().value(0).endsWith(QStringLiteral("sales-groups.png")));
    dialog->selectNameFilter(dialog->nameFilters().value(1));
    emit dialog->filterSelected(dialog->nameFilters().value(1));
    dialog->selectFile(m_dir.filePath(QStringLiteral("from-dialog")));
    static_cast<QDialog *>(dialog)->accept(); // what its Save button does
    QTRY_COMPARE(exported.size(), 1);
    const QString saved = exported.first().first().toString();
    QVERIFY2(saved.endsWith(QStringLiteral("from-dialog.pdf")), qPrintable(saved));
    QCOMPARE(headOf(saved, 5), QByteArray("%PDF-"));
    QVERIFY(view->lastError().isEmpty());
}

void tst_ChartsView::emptyStatesSayWhy()
{
    {
        auto view = makeView(m_textOnly);
        QVERIFY(view);
        QCOMPARE(view->histogramChart()->messageTitle(), QStringLiteral("No numeric column"));
        view->showChart(ChartsView::Chart::TimeSeries);
        QCOMPARE(view->timeSeriesChart()->messageTitle(), QStringLiteral("No date column"));
        QVERIFY(!view->exportButton()->isEnabled());
        QVERIFY(!view->exportChart(m_dir.filePath(QStringLiteral("none.png"))).has_value());
        // Rows can still be counted by a text column.
        view->showChart(ChartsView::Chart::Groups);
        QTRY_VERIFY_WITH_TIMEOUT(view->groupsChart()->isShowingChart(), 30000);
        QCOMPARE(view->groupsChart()->bars().size(), 3);
        QVERIFY(!view->groupsChart()->measurePicker()->setMeasure({ ChartMeasure::Kind::Sum, QStringLiteral("a") }));
    }
    {
        auto view = makeView(m_numbersOnly);
        QVERIFY(view);
        view->showChart(ChartsView::Chart::Groups);
        QCOMPARE(view->groupsChart()->messageTitle(), QStringLiteral("No text column"));
    }
    {
        // Importing, before the first profile.
        auto view = makeView(withState(m_full, QStringLiteral("importing")));
        QVERIFY(view);
        QCOMPARE(view->histogramChart()->messageTitle(), QStringLiteral("No data yet"));
        view->showChart(ChartsView::Chart::Groups);
        QCOMPARE(view->groupsChart()->messageTitle(), QStringLiteral("No data yet"));
    }
    {
        QJsonObject failed = withState(m_full, QStringLiteral("failed"));
        failed.insert(QStringLiteral("error"), QStringLiteral("The file is empty."));
        auto view = makeView(failed);
        QVERIFY(view);
        QCOMPARE(view->histogramChart()->messageTitle(), QStringLiteral("No rows"));
        view->setDataset({}); // none chosen
        QCOMPARE(view->histogramChart()->messageTitle(), QStringLiteral("No dataset"));
    }
}

void tst_ChartsView::colorsFollowThePalette()
{
    auto view = makeView(withState(m_full, QStringLiteral("importing")), m_fullProfile);
    QVERIFY(view);
    QPalette dark = view->palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    view->setPalette(dark);
    QCustomPlot *plot = view->histogramChart()->plot();
    QCOMPARE(plot->toPixmap(200, 200).toImage().pixelColor(1, 1), dark.color(QPalette::Base));
    QCOMPARE(plot->xAxis->tickLabelColor(), dark.color(QPalette::Text));
    QCOMPARE(view->histogramChart()->bars()->pen().color(), dark.color(QPalette::Highlight));
    plot->replot();
    test::saveScreenshot(*view, QStringLiteral("chart-histogram-dark.png"));
}

void tst_ChartsView::screenshots()
{
    auto view = makeView(m_full, m_fullProfile);
    QVERIFY(view);
    QVERIFY(view->histogramChart()->columnCombo()->setColumn(QStringLiteral("unit_price")));
    view->histogramChart()->plot()->replot();
    test::saveScreenshot(*view, QStringLiteral("chart-histogram.png"));

    TimeSeriesChart *series = showSeries(
        *view, QStringLiteral("date"), ChartBucket::Week, { ChartMeasure::Kind::Sum, QStringLiteral("quantity") });
    QVERIFY(series);
    QTRY_VERIFY_WITH_TIMEOUT(series->isFromServer() && series->isShowingChart(), 30000);
    series->plot()->replot();
    test::saveScreenshot(*view, QStringLiteral("chart-timeseries.png"));

    view->showChart(ChartsView::Chart::Groups);
    GroupsChart *groups = view->groupsChart();
    QVERIFY(groups->columnCombo()->setColumn(QStringLiteral("region"))); // 12 regions: 8 bars and "Other"
    groups->topSpin()->setValue(8);
    QVERIFY(groups->measurePicker()->setMeasure({ ChartMeasure::Kind::Mean, QStringLiteral("unit_price") }));
    QTRY_VERIFY_WITH_TIMEOUT(groups->isFromServer() && groups->isShowingChart(), 30000);
    groups->plot()->replot();
    test::saveScreenshot(*view, QStringLiteral("chart-groups.png"));
    QCOMPARE(groups->bars().size(), 9);
}

QTEST_MAIN(tst_ChartsView)
#include "tst_chartsview.moc"
