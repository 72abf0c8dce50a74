// Redraw rate of the live charts (app/ui/charts): a partial profile, taken halfway through the
// real import of a generated sales file, is drawn again and again by each chart of the Charts
// tab, as it is when dataset.profile events arrive during an import. Per chart: the time of one
// update (the profile read into the plot's data, in place), of one replot (layout and paint),
// of both, and the redraws per second that allows; next to the reference every client pays per
// event anyway, measured in the same run: parsing the event's JSON text. Medians of several
// runs. Prints figures; never pass/fail.
// Usage: bench_charts [--sizes 100MB] [--runs 5] [--dir DIR]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <qcustomplot.h>

#include "app/client/apiclient.h"
#include "app/ui/charts/chartpage.h"
#include "app/ui/charts/chartsview.h"
#include "app/ui/charts/columncombo.h"
#include "app/ui/charts/groupschart.h"
#include "app/ui/charts/histogramchart.h"
#include "app/ui/charts/measurepicker.h"
#include "app/ui/charts/timeserieschart.h"
#include "bench/benchharness.h"
#include "core/import/datasetimporter.h"
#include "core/import/importsink.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/schemamigrator.h"

using namespace sluice;
using namespace sluice::bench;

namespace {

constexpr int kIterations = 100; // redraws per measured run

// Keeps the first snapshot published once half of the file has been read, then stops the import.
class HalfwaySnapshot final : public ImportSink
{
public:
    void progressed(const ImportProgress &progress) override { m_fraction = progress.fraction(); }
    void partialResults(const QString &, const QJsonObject &snapshot) override
    {
        if (m_snapshot.isEmpty() && m_fraction >= 0.5) {
            m_snapshot = snapshot;
            m_enough = true;
        }
    }
    const QJsonObject &snapshot() const { return m_snapshot; }
    const std::atomic<bool> *enough() const { return &m_enough; }

private:
    double m_fraction = 0.0;
    QJsonObject m_snapshot;
    std::atomic<bool> m_enough = false;
};

// The halfway profile of `source` as its dataset.profile event's JSON text. The import runs
// every time (to its middle), so the profile is always the current code's.
QByteArray halfwayProfile(const QString &source, const QString &database)
{
    QFile::remove(database);
    {
        auto connection = DatabaseConnection::open(DatabaseConfig { database }, QStringLiteral("bench-charts"));
        if (!connection || !SchemaMigrator::migrate(**connection))
            return {};
    }
    std::fprintf(stderr, "importing half of %s for a live profile\n", qPrintable(source));
    HalfwaySnapshot sink;
    ImportRequest request;
    request.database = DatabaseConfig { database };
    request.sourcePath = source;
    request.sourceName = QFileInfo(source).fileName();
    request.sink = &sink;
    request.canceled = sink.enough();
    const auto imported = DatasetImporter(request).run(); // canceled on purpose once the snapshot is in
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(database + suffix);
    if (sink.snapshot().isEmpty()) {
        std::fprintf(stderr, "no halfway profile: %s\n",
            imported ? "the import published none" : qPrintable(imported.error().message));
        return {};
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("id"), QStringLiteral("bench") },
                             { QStringLiteral("profile"), sink.snapshot() } })
        .toJson(QJsonDocument::Compact);
}

// What GET /api/v1/datasets/{id} says of an importing dataset with the profile's columns.
QJsonObject importingDetail(const QJsonObject &profile)
{
    QJsonArray schema;
    for (const QJsonValue &column : profile.value(QStringLiteral("columns")).toArray()) {
        schema.append(QJsonObject { { QStringLiteral("name"), column.toObject().value(QStringLiteral("name")) },
            { QStringLiteral("type"), column.toObject().value(QStringLiteral("type")) } });
    }
    return { { QStringLiteral("id"), QStringLiteral("bench") }, { QStringLiteral("name"), QStringLiteral("sales") },
        { QStringLiteral("state"), QStringLiteral("importing") }, { QStringLiteral("schema"), schema } };
}

// Milliseconds per call of `work`, over kIterations calls.
template <typename Work> double millisecondsEach(Work &&work)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kIterations; ++i)
        work();
    const double each = double(timer.nsecsElapsed()) / 1e6 / kIterations;
    QCoreApplication::processEvents(); // the queued replots the updates asked for, unmeasured
    return each;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

struct ChartCase
{
    const char *name;
    ChartsView::Chart chart;
    std::function<void(ChartsView &)> choose;
};

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sluice.*.debug=false\nsluice.*.info=false"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    BenchOptions options = parseOptions(arguments);
    if (!arguments.contains(QStringLiteral("--sizes")))
        options.sizes = { QStringLiteral("100MB") }; // the profile's shape hardly grows with the file
    options.runs = arguments.contains(QStringLiteral("--runs")) ? options.runs : 5;

    const QList<ChartCase> cases {
        { "histogram of unit_price", ChartsView::Chart::Histogram,
            [](ChartsView &view) { view.histogramChart()->columnCombo()->setColumn(QStringLiteral("unit_price")); } },
        { "sum of quantity by day", ChartsView::Chart::TimeSeries,
            [](ChartsView &view) {
                view.timeSeriesChart()->columnCombo()->setColumn(QStringLiteral("date"));
                view.timeSeriesChart()->setBucket(ChartBucket::Day);
                view.timeSeriesChart()->measurePicker()->setMeasure(
                    { ChartMeasure::Kind::Sum, QStringLiteral("quantity") });
            } },
        { "sum of quantity by team, top 10", ChartsView::Chart::Groups,
            [](ChartsView &view) {
                view.groupsChart()->columnCombo()->setColumn(QStringLiteral("team"));
                view.groupsChart()->measurePicker()->setMeasure(
                    { ChartMeasure::Kind::Sum, QStringLiteral("quantity") });
            } },
    };

    for (const QString &size : std::as_const(options.sizes)) {
        const qint64 bytes = parseSize(size);
        const QString source = salesFile(options.directory, bytes);
        const QByteArray text
            = halfwayProfile(source, QDir(options.directory).filePath(QStringLiteral("charts-%1.db").arg(bytes)));
        if (text.isEmpty())
            return 1;
        const QJsonObject event = QJsonDocument::fromJson(text).object();
        const QJsonObject profile = event.value(QStringLiteral("profile")).toObject();

        ApiClient client; // unused: an importing dataset's days and groups come from the profile
        ChartsView view(&client);
        view.resize(1200, 700);
        view.setDataset(importingDetail(profile));
        view.show();
        std::printf("Chart redraws, sales %s at half its import (%lld rows): a %.0f KB profile event,\n"
                    "median of %d runs of %d redraws; window 1200x700, offscreen\n",
            qPrintable(size), profile.value(QStringLiteral("rows")).toInteger(), double(text.size()) / 1024,
            options.runs, kIterations);
        std::printf("%-34s %12s %10s %10s %15s %10s %16s\n", "chart", "parse (ref)", "update", "replot",
            "update+replot", "redraws/s", "update+replot/ref");
        for (const ChartCase &chartCase : cases) {
            view.showChart(chartCase.chart);
            chartCase.choose(view);
            ChartPage *page = view.currentPage();
            QCustomPlot *plot = page->plot();
            page->setProfile(profile);
            plot->replot(QCustomPlot::rpImmediateRefresh);
            if (!page->isShowingChart()) {
                std::fprintf(stderr, "%s: nothing drawn (%s)\n", chartCase.name, qPrintable(page->messageTitle()));
                return 1;
            }
            QList<double> parse, update, replot, both;
            for (int run = 0; run < options.runs; ++run) {
                qsizetype keys = 0; // keeps the parse from being optimised away
                parse << millisecondsEach([&] { keys += QJsonDocument::fromJson(text).object().size(); });
                update << millisecondsEach([&] { page->setProfile(profile); });
                replot << millisecondsEach([&] { plot->replot(QCustomPlot::rpImmediateRefresh); });
                both << millisecondsEach([&] {
                    page->setProfile(profile);
                    plot->replot(QCustomPlot::rpImmediateRefresh);
                });
                if (keys == 0)
                    return 1;
            }
            const double redraw = median(both);
            std::printf("%-34s %9.3f ms %7.3f ms %7.3f ms %12.3f ms %10.0f %15.1fx\n", chartCase.name, median(parse),
                median(update), median(replot), redraw, 1000.0 / redraw, redraw / median(parse));
        }
        std::printf("\n");
    }
    return 0;
}
