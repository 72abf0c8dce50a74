// Responsiveness of the desktop app's window (issue #8): a real MainWindow with the embedded
// server in this process, as main() builds them, on the offscreen platform (widgets paint into
// backing stores, so layouts, paints and chart replots all happen). A 1 ms timer on the GUI
// thread records the longest gap between two turns of its event loop (TurnGapMeter), and the
// thread's own CPU time within one gap: the rest of a gap is waiting for one of the cores that
// the server's import threads (and any other process) keep busy.
//  1. Import: a generated sales file is dropped on the window, uploaded by the client and
//     imported by the server, while the dataset page (selected in the sidebar as soon as the
//     dataset appears) follows the import on the Charts tab, the chart shown turning from the
//     histogram to the time series to the grouped bars every 2 s as a user looking at each;
//     then the same with the Overview tab (the live statistics table). Also counted: the
//     dataset.profile events received, the charts' replots (QCustomPlot::afterReplot) and the
//     time from the drop to the final profile drawn.
//  2. Scrolling: a dataset of 10 million rows (imported once into a data directory cached in
//     --dir, before its server starts), Data tab: the scroll bar dragged from top to bottom in
//     200 steps 16 ms apart, PageDown held for 100 presses 33 ms apart (key repeat), Ctrl+Home
//     and Ctrl+End. Each: the longest gap from the first step until the visible rows are
//     loaded, and the time from the last step until then (no "…" rows left).
// Prints medians of the runs, each run's figure, and the 50 ms target next to the gaps; never
// pass/fail.
// Usage: bench_gui [--size 1GB] [--rows 10000000] [--runs 3] [--dir DIR] [--only import|scroll]
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMimeData>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <qcustomplot.h>

#include "app/client/apiclient.h"
#include "app/client/connectionmonitor.h"
#include "app/client/eventsocket.h"
#include "app/client/tusuploader.h"
#include "app/client/uploadqueue.h"
#include "app/client/uploadstore.h"
#include "app/embeddedserver.h"
#include "app/ui/charts/chartpage.h"
#include "app/ui/charts/chartsview.h"
#include "app/ui/charts/groupschart.h"
#include "app/ui/charts/histogramchart.h"
#include "app/ui/charts/timeserieschart.h"
#include "app/ui/dataset/datasetdataview.h"
#include "app/ui/dataset/datasetoverview.h"
#include "app/ui/dataset/datasetpage.h"
#include "app/ui/dataset/datasetrowsmodel.h"
#include "app/ui/dataset/pagedtableview.h"
#include "app/ui/datasetlistmodel.h"
#include "app/ui/datasetspanel.h"
#include "app/ui/mainwindow.h"
#include "bench/benchharness.h"
#include "bench/freshimport.h"
#include "bench/rununtil.h"
#include "bench/samples.h"
#include "bench/loopbackinstance.h"
#include "bench/turngapmeter.h"
#include "core/config/localinstance.h"
#include "datagen/salesgenerator.h"

using namespace sluice;
using namespace sluice::bench;

namespace {

constexpr int kImportTimeoutMs = 20 * 60 * 1000;
constexpr int kScrollTimeoutMs = 2 * 60 * 1000;
constexpr int kChartTurnMs = 2000; // how long each chart is shown while the import runs
constexpr int kDragSteps = 200;
constexpr int kDragStepMs = 16; // a drag's mouse moves at 60 Hz
constexpr int kPageDownPresses = 100;
constexpr int kKeyRepeatMs = 33; // a held key's repeat rate
constexpr int kSettleMs = 200; // after the end of a move, for the queued replots and paints
constexpr double kTargetGapMs = 50;

// The desktop app as runDesktop() builds it on data directory `dataDirectory` (made when
// missing): client, connection monitor, event socket, upload queue, the window (shown) and the
// embedded server on any free loopback port. Up once the monitor and the event socket are
// connected; destroyed in main()'s order (server, window, queue...).
class GuiSession final
{
public:
    explicit GuiSession(const QString &dataDirectory)
    {
        m_local = openLoopbackInstance(dataDirectory, "bench_gui");
        if (!m_local)
            return;
        m_uploads = std::make_unique<UploadQueue>(&m_client, UploadStore::defaultFileName(dataDirectory));
        m_window = std::make_unique<MainWindow>(
            &m_client, &m_monitor, m_uploads.get(), &m_events, m_local->dataDirectory().settingsPath());
        m_server = std::make_unique<EmbeddedServer>(*m_local, &m_client);
        QObject::connect(m_server.get(), &EmbeddedServer::startFailed, m_server.get(), [this](const QString &why) {
            std::fprintf(stderr, "bench_gui: the server did not start: %s\n", qPrintable(why));
            m_failed = true;
        });
        m_server->start();
        m_window->show();
        m_up = runUntil(
                   [this] {
                       return m_failed
                           || (m_monitor.state() == ConnectionMonitor::State::Connected
                               && m_events.state() == EventSocket::State::Connected);
                   },
                   60000)
            && !m_failed;
        if (!m_up)
            std::fprintf(stderr, "bench_gui: the window did not connect to its server\n");
    }
    ~GuiSession()
    {
        m_server.reset();
        m_window.reset();
        m_uploads.reset();
    }
    Q_DISABLE_COPY_MOVE(GuiSession)

    bool isUp() const { return m_up; }
    MainWindow &window() const { return *m_window; }
    UploadQueue &uploads() const { return *m_uploads; }
    EventSocket &events() { return m_events; }

private:
    // In main()'s order: each one outlives those declared after it.
    std::unique_ptr<LocalInstance> m_local;
    ApiClient m_client;
    ConnectionMonitor m_monitor { &m_client };
    EventSocket m_events { &m_client };
    std::unique_ptr<UploadQueue> m_uploads;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<EmbeddedServer> m_server;
    bool m_failed = false;
    bool m_up = false;
};

// Drags `path` onto the window and drops it, as from a file manager: the window accepts the
// drag (the drop overlay shows), then its dropEvent() queues the file. Qt delivers the drop to
// the widget that accepted the drag.
bool dropFile(MainWindow &window, const QString &path)
{
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPointF centre(window.rect().center());
    QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    return enter.isAccepted() && drop.isAccepted();
}

enum class Tab { Charts, Overview };

struct ImportRun
{
    double totalSeconds = 0; // the drop to the final profile drawn
    double uploadSeconds = 0; // the drop to the upload's Done (hashing + transfer)
    double followSeconds = 0; // the dataset page shown to dataset.ready
    double longestGapMs = 0; // of the GUI thread's event loop, the whole time
    double longestBusyMs = 0; // its own CPU time within one gap
    double longestGapAtSeconds = 0; // when that gap ended, from the drop
    double followGapMs = 0; // the same while the page followed the import
    double followBusyMs = 0;
    int profileEvents = 0;
    int profilesDrawn = 0; // ChartsView::profileApplied (coalesced)
    int replots = 0; // of the three charts' plots
    qint64 profileBytes = 0; // the last dataset.profile event's data as compact JSON
};

// One import of `path` through the window into a fresh data directory under `directory`.
std::optional<ImportRun> importRun(const QString &directory, const QString &path, Tab tab)
{
    QTemporaryDir dir(QDir(directory).filePath(QStringLiteral("gui-import-XXXXXX")));
    std::optional<ImportRun> result;
    {
        GuiSession session(dir.filePath(QStringLiteral("data")));
        if (!session.isUp())
            return std::nullopt;
        MainWindow &window = session.window();
        DatasetPage *page = window.datasetPage();
        ChartsView *charts = page->chartsView();
        page->tabs()->setCurrentWidget(tab == Tab::Charts ? static_cast<QWidget *>(charts) : page->overview());

        ImportRun run;
        QElapsedTimer clock;
        TurnGapMeter gaps;
        TurnGapMeter followGaps;
        QString datasetId;
        QJsonObject lastProfile;
        qint64 followedAt = -1;
        qint64 readyAt = -1;
        qint64 finalAt = -1;
        qint64 uploadDoneAt = -1;
        bool finalApplied = false; // the ready dataset's profile reached the page
        bool failed = false;
        QTimer chartTurns;
        // The context of every connection below, declared last: it goes first, so nothing the
        // session does while it shuts down reaches the state above.
        QObject listener;

        chartTurns.setInterval(kChartTurnMs);
        QObject::connect(&chartTurns, &QTimer::timeout, &listener,
            [charts] { charts->showChart(ChartsView::Chart((int(charts->currentChart()) + 1) % 3)); });
        for (ChartPage *chart : { static_cast<ChartPage *>(charts->histogramChart()),
                 static_cast<ChartPage *>(charts->timeSeriesChart()), static_cast<ChartPage *>(charts->groupsChart()) })
            QObject::connect(chart->plot(), &QCustomPlot::afterReplot, &listener, [&run] { ++run.replots; });
        QObject::connect(charts, &ChartsView::profileApplied, &listener, [&] {
            ++run.profilesDrawn;
            if (finalApplied && finalAt < 0)
                finalAt = clock.nsecsElapsed();
        });
        QObject::connect(page, &DatasetPage::profileApplied, &listener, [&] {
            if (readyAt >= 0 && page->detail().value(QStringLiteral("state")).toString() == u"ready")
                finalApplied = true;
        });
        QObject::connect(&session.events(), &EventSocket::eventReceived, &listener, [&](const Event &event) {
            if (datasetId.isEmpty() && event.topic == u"datasets" && event.type == u"dataset.progress") {
                // The dataset appears in the sidebar: the user selects it.
                datasetId = event.data.value(QStringLiteral("id")).toString();
                followedAt = clock.nsecsElapsed();
                followGaps.start();
                window.showDataset(datasetId);
                if (tab == Tab::Charts)
                    chartTurns.start();
            } else if (!datasetId.isEmpty() && event.topic == QStringLiteral("dataset:") + datasetId) {
                if (event.type == u"dataset.profile") {
                    ++run.profileEvents;
                    lastProfile = event.data;
                } else if (event.type == u"dataset.ready" && readyAt < 0) {
                    readyAt = clock.nsecsElapsed();
                    followGaps.stop();
                    chartTurns.stop();
                }
            } else if (event.topic == u"tasks" && event.type == u"task.state") {
                const QString state = event.data.value(QStringLiteral("state")).toString();
                if (state == u"failed" || state == u"canceled") {
                    std::fprintf(stderr, "bench_gui: the import went %s: %s\n", qPrintable(state),
                        qPrintable(event.data.value(QStringLiteral("message")).toString()));
                    failed = true;
                }
            }
        });
        QObject::connect(&session.uploads(), &UploadQueue::uploadAdded, &listener, [&](TusUploader *upload) {
            QObject::connect(upload, &TusUploader::stateChanged, &listener, [&, upload](TusUploader::State state) {
                if (state == TusUploader::State::Done && uploadDoneAt < 0) {
                    uploadDoneAt = clock.nsecsElapsed();
                } else if (state == TusUploader::State::Failed || state == TusUploader::State::Canceled) {
                    std::fprintf(stderr, "bench_gui: the upload went %s: %s\n",
                        qPrintable(TusUploader::stateName(state)), qPrintable(upload->note()));
                    failed = true;
                }
            });
        });

        clock.start();
        gaps.start();
        if (!dropFile(window, path)) {
            std::fprintf(stderr, "bench_gui: the window did not take the dropped file\n");
            return std::nullopt;
        }
        runUntil([&] { return failed || finalAt >= 0; }, kImportTimeoutMs);
        runUntil([] { return false; }, kSettleMs); // the final replot is queued: measured too
        gaps.stop();
        followGaps.stop();
        if (failed || finalAt < 0 || uploadDoneAt < 0 || followedAt < 0) {
            std::fprintf(stderr, "bench_gui: the import did not finish (%s)\n",
                failed ? "failed" : "timed out or no final profile");
        } else {
            run.totalSeconds = double(finalAt) / 1e9;
            run.uploadSeconds = double(uploadDoneAt) / 1e9;
            run.followSeconds = double(readyAt - followedAt) / 1e9;
            run.longestGapMs = gaps.longestGapMs();
            run.longestBusyMs = gaps.longestBusyMs();
            run.longestGapAtSeconds = gaps.longestGapEndMs() / 1e3;
            run.followGapMs = followGaps.longestGapMs();
            run.followBusyMs = followGaps.longestBusyMs();
            run.profileBytes = QJsonDocument(lastProfile).toJson(QJsonDocument::Compact).size();
            result = run;
        }
    }
    // The server's last SQLite connections close on their pool threads just after it stops.
    for (int attempt = 0; attempt < 50 && !QDir(dir.path()).removeRecursively(); ++attempt)
        QThread::msleep(100);
    return result;
}

void printGap(const char *what, const std::vector<double> &gaps, const std::vector<double> &busy)
{
    std::printf("    %-40s %7.1f ms  (target < %.0f ms; runs: %s ms); own CPU in one gap at most %.1f ms (runs: %s)\n",
        what, median(gaps), kTargetGapMs, qPrintable(joined(gaps, 1)), median(busy), qPrintable(joined(busy, 1)));
}

int benchImport(const BenchOptions &options, qint64 bytes)
{
    const QString path = salesFile(options.directory, bytes);
    if (path.isEmpty())
        return 1;
    std::printf("Import of a sales file of %lld bytes: dropped on the window, uploaded, imported while the dataset "
                "page follows it\n(median of %d runs)\n",
        QFileInfo(path).size(), options.runs);
    std::fflush(stdout);
    for (const Tab tab : { Tab::Charts, Tab::Overview }) {
        std::vector<double> gaps, busy, gapAt, followGaps, followBusy, total, upload, follow, events, drawn, replots,
            replotRate, profileKiB;
        for (int i = 0; i < options.runs; ++i) {
            const std::optional<ImportRun> run = importRun(options.directory, path, tab);
            if (!run)
                return 1;
            gaps.push_back(run->longestGapMs);
            busy.push_back(run->longestBusyMs);
            gapAt.push_back(run->longestGapAtSeconds);
            followGaps.push_back(run->followGapMs);
            followBusy.push_back(run->followBusyMs);
            total.push_back(run->totalSeconds);
            upload.push_back(run->uploadSeconds);
            follow.push_back(run->followSeconds);
            events.push_back(run->profileEvents);
            drawn.push_back(run->profilesDrawn);
            replots.push_back(run->replots);
            replotRate.push_back(run->replots / run->followSeconds);
            profileKiB.push_back(double(run->profileBytes) / 1024);
        }
        std::printf("  %s\n",
            tab == Tab::Charts ? "Charts tab (histogram, time series, grouped bars in turn, 2 s each):"
                               : "Overview tab (live statistics table):");
        printGap("longest GUI gap, drop to final profile", gaps, busy);
        std::printf("    %-40s %7.1f s   (runs: %s s)\n", "  it ended at", median(gapAt), qPrintable(joined(gapAt, 1)));
        printGap("longest GUI gap while following import", followGaps, followBusy);
        std::printf("    %-40s %7.0f     (runs: %s); last one %.0f KiB of JSON\n", "dataset.profile events received",
            median(events), qPrintable(joined(events, 0)), median(profileKiB));
        std::printf("    %-40s %7.0f     (runs: %s)\n", "profiles drawn by the charts (coalesced)", median(drawn),
            qPrintable(joined(drawn, 0)));
        if (tab == Tab::Charts)
            std::printf("    %-40s %7.0f     %.2f per second while following (runs: %s)\n", "chart replots",
                median(replots), median(replotRate), qPrintable(joined(replots, 0)));
        std::printf("    %-40s %7.1f s   (runs: %s s); upload %.1f s, following the import %.1f s\n",
            "total: drop to final profile drawn", median(total), qPrintable(joined(total, 1)), median(upload),
            median(follow));
        std::fflush(stdout);
    }
    return 0;
}

// A data directory whose database holds one dataset of `rows` generated sales rows, made once
// in `directory` and reused; empty on failure.
QString scrollDataDirectory(const QString &directory, qint64 rows)
{
    const QString dataDirectory = QDir(directory).filePath(QStringLiteral("gui-scroll-%1").arg(rows));
    const QString marker = QDir(dataDirectory).filePath(QStringLiteral("bench-imported"));
    if (QFileInfo::exists(marker))
        return dataDirectory;
    const QString csv = QDir(directory).filePath(QStringLiteral("sales-rows-%1.csv").arg(rows));
    if (!QFileInfo::exists(csv)) {
        std::fprintf(stderr, "generating %s\n", qPrintable(csv));
        QFile file(csv + QStringLiteral(".part"));
        if (!file.open(QIODevice::WriteOnly) || SalesGenerator(42).writeRows(file, rows) < 0 || !file.flush()
            || !file.rename(csv)) {
            std::fprintf(stderr, "bench_gui: cannot write %s\n", qPrintable(csv));
            return {};
        }
    }
    // Made and locked as the server finds it.
    const std::unique_ptr<LocalInstance> local = openLoopbackInstance(dataDirectory, "bench_gui");
    if (!local)
        return {};
    std::fprintf(stderr, "importing %s into %s\n", qPrintable(csv), qPrintable(dataDirectory));
    const auto imported = importIntoFreshDatabase(csv, local->dataDirectory().databasePath());
    if (!imported) {
        std::fprintf(
            stderr, "bench_gui: the import of %s failed: %s\n", qPrintable(csv), qPrintable(imported.error().message));
        return {};
    }
    QFile done(marker);
    if (!done.open(QIODevice::WriteOnly))
        return {};
    return dataDirectory;
}

struct ScrollMove
{
    double longestGapMs = 0; // from the first step until the visible rows are loaded
    double longestBusyMs = 0;
    double fillMs = 0; // from the last step until the visible rows are loaded
    double seconds = 0; // the first step to the last
    qint64 lastRowShown = 0; // 1-based
    qint64 tableRows = 0;
};

bool visibleRowsLoaded(const PagedTableView &view)
{
    const auto [first, last] = view.visibleRows();
    if (last < first)
        return false;
    for (qint64 row = first; row <= last; ++row) {
        if (!view.pagedModel()->isRowLoaded(row))
            return false;
    }
    return true;
}

// Runs `steps` calls of `step` (given 1..steps) `intervalMs` apart with the event loop turning
// in between, then waits until the rows shown are loaded and painted.
std::optional<ScrollMove> measureMove(
    const PagedTableView &view, int steps, int intervalMs, const std::function<void(int)> &step)
{
    ScrollMove move;
    QElapsedTimer clock;
    TurnGapMeter gaps;
    qint64 lastStepAt = -1;
    qint64 filledAt = -1;
    int done = 0;
    QTimer stepper;
    stepper.setTimerType(Qt::PreciseTimer);
    stepper.setInterval(intervalMs);
    const auto checkFilled = [&] {
        if (lastStepAt >= 0 && filledAt < 0 && visibleRowsLoaded(view))
            filledAt = clock.nsecsElapsed();
    };
    QObject::connect(&stepper, &QTimer::timeout, &stepper, [&] {
        step(++done);
        if (done == steps) {
            stepper.stop();
            lastStepAt = clock.nsecsElapsed();
            checkFilled();
        }
    });
    const QMetaObject::Connection loaded
        = QObject::connect(view.pagedModel(), &PagedTableModel::pageLoaded, &stepper, checkFilled);
    clock.start();
    gaps.start();
    step(++done);
    if (done < steps)
        stepper.start();
    else
        lastStepAt = clock.nsecsElapsed();
    checkFilled();
    const bool filled = runUntil(
        [&] {
            checkFilled(); // a page already cached fills the rows without a pageLoaded()
            return filledAt >= 0;
        },
        kScrollTimeoutMs);
    runUntil([] { return false; }, kSettleMs); // the rows loaded are painted within the measurement
    gaps.stop();
    QObject::disconnect(loaded);
    if (!filled) {
        std::fprintf(stderr, "bench_gui: the rows shown were not loaded in time\n");
        return std::nullopt;
    }
    move.longestGapMs = gaps.longestGapMs();
    move.longestBusyMs = gaps.longestBusyMs();
    move.fillMs = double(filledAt - lastStepAt) / 1e6;
    move.seconds = double(lastStepAt) / 1e9;
    move.lastRowShown = view.visibleRows().second + 1;
    move.tableRows = view.pagedModel()->total();
    return move;
}

// A key press and release on the table, handled at once (in the turn of the loop that sends
// them), so the rows it shows can be checked right after.
void pressKey(QTableView *table, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QCoreApplication::sendEvent(table, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QCoreApplication::sendEvent(table, &release);
}

enum class Move { Drag, PageDown, CtrlHome, CtrlEnd };
constexpr Move kMoves[] = { Move::Drag, Move::PageDown, Move::CtrlHome, Move::CtrlEnd };

const char *moveName(Move move)
{
    switch (move) {
    case Move::Drag:
        return "scroll bar dragged top to bottom, 200 steps";
    case Move::PageDown:
        return "PageDown held, 100 presses";
    case Move::CtrlHome:
        return "Ctrl+Home";
    case Move::CtrlEnd:
        return "Ctrl+End";
    }
    return "";
}

// One run of every move, in kMoves order, on the window's Data tab showing the one dataset.
std::optional<std::vector<ScrollMove>> scrollRun(const QString &dataDirectory)
{
    GuiSession session(dataDirectory);
    if (!session.isUp())
        return std::nullopt;
    MainWindow &window = session.window();
    DatasetListModel *list = window.datasetsPanel()->model();
    if (!runUntil([list] { return list->rowCount() > 0; }, 30000))
        return std::nullopt;
    const QString id = list->index(0, 0).data(DatasetListModel::IdRole).toString();
    DatasetPage *page = window.datasetPage();
    page->tabs()->setCurrentWidget(page->dataView());
    window.showDataset(id);
    PagedTableView *view = page->dataView()->view();
    if (!runUntil([&] { return view->pagedModel()->total() > 0 && visibleRowsLoaded(*view); }, 60000)) {
        std::fprintf(stderr, "bench_gui: the Data tab did not show the rows\n");
        return std::nullopt;
    }
    QScrollBar *bar = view->scrollBar();
    QTableView *table = view->table();
    table->setFocus();
    std::vector<ScrollMove> moves;
    for (const Move kind : kMoves) {
        std::optional<ScrollMove> move;
        switch (kind) {
        case Move::Drag:
            move = measureMove(*view, kDragSteps, kDragStepMs, [bar](int step) {
                bar->setSliderDown(true);
                bar->setSliderPosition(int(qint64(bar->maximum()) * step / kDragSteps));
                if (step == kDragSteps)
                    bar->setSliderDown(false);
            });
            view->scrollToRow(0); // PageDown starts from the top, loaded
            if (!runUntil([view] { return visibleRowsLoaded(*view); }, kScrollTimeoutMs))
                return std::nullopt;
            break;
        case Move::PageDown:
            move = measureMove(
                *view, kPageDownPresses, kKeyRepeatMs, [table](int) { pressKey(table, Qt::Key_PageDown); });
            break;
        case Move::CtrlHome:
            move = measureMove(*view, 1, 0, [table](int) { pressKey(table, Qt::Key_Home, Qt::ControlModifier); });
            break;
        case Move::CtrlEnd:
            move = measureMove(*view, 1, 0, [table](int) { pressKey(table, Qt::Key_End, Qt::ControlModifier); });
            break;
        }
        if (!move)
            return std::nullopt;
        moves.push_back(*move);
    }
    return moves;
}

int benchScroll(const BenchOptions &options, qint64 rows)
{
    const QString dataDirectory = scrollDataDirectory(options.directory, rows);
    if (dataDirectory.isEmpty())
        return 1;
    std::vector<std::vector<ScrollMove>> runs;
    for (int i = 0; i < options.runs; ++i) {
        auto run = scrollRun(dataDirectory);
        if (!run)
            return 1;
        runs.push_back(*run);
    }
    std::printf("Scrolling the Data tab of a dataset of %lld rows (median of %d runs; gap: from the first step until "
                "the rows shown are loaded)\n",
        rows, options.runs);
    for (size_t index = 0; index < std::size(kMoves); ++index) {
        std::vector<double> gaps, busy, fill, seconds, lastRow;
        for (const std::vector<ScrollMove> &run : runs) {
            gaps.push_back(run[index].longestGapMs);
            busy.push_back(run[index].longestBusyMs);
            fill.push_back(run[index].fillMs);
            seconds.push_back(run[index].seconds);
            lastRow.push_back(double(run[index].lastRowShown));
        }
        std::printf("  %s (%.2f s of steps):\n", moveName(kMoves[index]), median(seconds));
        printGap("longest GUI gap", gaps, busy);
        std::printf("    %-40s %7.1f ms  (runs: %s ms); last row shown %.0f of %lld\n",
            "last step until the rows shown loaded", median(fill), qPrintable(joined(fill, 1)), median(lastRow),
            runs.front()[index].tableRows);
    }
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const BenchOptions options = parseOptions(arguments); // --runs and --dir
    const auto option = [&arguments](const QString &name, const QString &fallback) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
    };
    const qint64 bytes = parseSize(option(QStringLiteral("--size"), QStringLiteral("1GB")));
    const qint64 rows = option(QStringLiteral("--rows"), QStringLiteral("10000000")).toLongLong();
    const QString only = option(QStringLiteral("--only"), QString());
    if (bytes <= 0 || rows <= 0 || !(only.isEmpty() || only == u"import" || only == u"scroll")) {
        std::fprintf(
            stderr, "Usage: bench_gui [--size 1GB] [--rows 10000000] [--runs 3] [--dir DIR] [--only import|scroll]\n");
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("sluice.*.debug=false\nsluice.*.info=false"));
    std::printf("Desktop window (MainWindow + embedded server in this process, platform %s), %d cores\n",
        qPrintable(QGuiApplication::platformName()), QThread::idealThreadCount());
    if (only != u"scroll" && benchImport(options, bytes) != 0)
        return 1;
    if (only != u"import" && benchScroll(options, rows) != 0)
        return 1;
    return 0;
}
