#include "core/export/datasetexporter.h"

#include <algorithm>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include <QFile>
#include <QThread>

#include <sqlite3.h>

#include "core/export/exportfile.h"
#include "core/export/exportpipeline.h"
#include "core/export/exportplan.h"
#include "core/export/exportscanner.h"
#include "core/export/partdeflater.h"
#include "core/query/filtersql.h"
#include "core/query/queryparameters.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/sqldialect.h"

namespace sluice {

namespace {

// How long the writing thread waits for a part before it looks at the cancel flag again.
constexpr std::chrono::milliseconds kCancelPoll(100);

// Parts in flight per reading thread: one being written, one being filled, one waiting.
constexpr int kPartsPerThread = 3;

// Joins the reading threads on the way out of run()'s block (after the pipeline has finished
// or been stopped, so none of them waits for ever).
class ThreadsJoiner final
{
public:
    explicit ThreadsJoiner(std::vector<std::thread> &threads)
        : m_threads(threads)
    {
    }
    ~ThreadsJoiner()
    {
        for (std::thread &thread : m_threads)
            thread.join();
    }
    Q_DISABLE_COPY_MOVE(ThreadsJoiner)

private:
    std::vector<std::thread> &m_threads;
};

} // namespace

DatasetExporter::DatasetExporter(
    const DatabaseConnection &connection, ExportSpec spec, qsizetype bufferBytes, int threads)
    : m_connection(connection)
    , m_spec(std::move(spec))
    , m_bufferBytes(std::max<qsizetype>(bufferBytes, 256))
    , m_threads(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()))
{
}

DatasetExporter::~DatasetExporter() = default;

Result<std::pair<qint64, qint64>> DatasetExporter::rowRange() const
{
    sqlite3 *db = m_connection.sqliteHandle();
    // Two subqueries: SQLite reads min() or max() of the rowid from one end of the b-tree only when
    // each stands alone; together in one select they would scan the table.
    const QByteArray sql
        = QStringLiteral("SELECT (SELECT min(%1) FROM %2), (SELECT max(%1) FROM %2)")
              .arg(QueryParameters::rowColumnName(), m_connection.dialect().quoteIdentifier(m_spec.dataset.tableName))
              .toUtf8();
    sqlite3_stmt *statement = nullptr;
    std::optional<std::pair<qint64, qint64>> range;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        // An empty table has no bounds: one empty block.
        range = sqlite3_column_type(statement, 0) == SQLITE_NULL
            ? std::pair<qint64, qint64> { 1, 0 }
            : std::pair { qint64(sqlite3_column_int64(statement, 0)), qint64(sqlite3_column_int64(statement, 1)) };
    }
    const QString reason = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (!range)
        return fail(ErrorCode::Storage, tr("Could not read dataset %1: %2").arg(m_spec.dataset.id, reason));
    return *range;
}

Result<ExportPlan> DatasetExporter::plan() const
{
    const SqlDialect &dialect = m_connection.dialect();
    const QString row = QueryParameters::rowColumnName();
    ExportPlan plan;
    plan.spec = m_spec;
    plan.bufferBytes = m_bufferBytes;
    QStringList selected;
    for (const DatasetColumn &column : m_spec.columns)
        selected << dialect.quoteIdentifier(column.name);
    const FilterSql filter(dialect, m_spec.filters);
    plan.values = filter.values();
    const QString select = QStringLiteral("SELECT ") + selected.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + dialect.quoteIdentifier(m_spec.dataset.tableName);

    // File order: _row first (then nothing after it matters: it is unique), or no sort at all.
    const bool fileOrder = m_spec.sort.isEmpty() || m_spec.sort.first().column == row;
    if (fileOrder) {
        plan.descending = !m_spec.sort.isEmpty() && m_spec.sort.first().descending;
        auto range = rowRange();
        if (!range)
            return tl::unexpected(range.error());
        const auto [low, high] = *range;
        plan.blockRows = kBlockRows;
        plan.blocks = std::max<qint64>(1, (high - low + kBlockRows) / kBlockRows);
        plan.firstRow = plan.descending ? high : low;
        plan.selectSql = (select + filter.whereClause(row + QStringLiteral(" BETWEEN ? AND ?"))
            + QStringLiteral(" ORDER BY ") + row + (plan.descending ? QStringLiteral(" DESC") : QString()))
                             .toUtf8();
        if (!m_spec.filters.isEmpty()) // without filters the dataset's row count is the total
            plan.countSql = countSql(filter);
        return plan;
    }

    QStringList order;
    bool byRow = false;
    for (const SortKey &key : m_spec.sort) {
        const QString direction = key.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
        if (key.column == row) {
            order << row + direction; // never null, and unique: nothing after it matters
            byRow = true;
            break;
        }
        order << dialect.quoteIdentifier(key.column) + direction + QStringLiteral(" NULLS LAST");
    }
    if (!byRow)
        order << row + QStringLiteral(" ASC");
    plan.selectSql
        = (select + filter.whereClause() + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "))).toUtf8();
    plan.countSql = countSql(filter);
    return plan;
}

QByteArray DatasetExporter::countSql(const FilterSql &filter) const
{
    return (QStringLiteral("SELECT count(*) FROM ") + m_connection.dialect().quoteIdentifier(m_spec.dataset.tableName)
        + filter.whereClause())
        .toUtf8();
}

void DatasetExporter::readBlocks(ExportPipeline &pipeline, const ExportPlan &plan, const QByteArray &databasePath,
    const std::atomic<bool> *canceled, bool counts, qsizetype *peakBuffer)
{
    std::optional<PartDeflater> deflater;
    if (ExportFile::deflates(m_spec.format))
        deflater.emplace();
    PartDeflater *const helper = deflater ? &*deflater : nullptr;
    std::optional<ExportScanner> scanner; // opened to count, or with the first block this thread reads
    auto openScanner = [&]() -> bool {
        scanner.emplace(plan, pipeline, canceled);
        if (auto opened = scanner->open(databasePath); !opened) {
            pipeline.fail(opened.error());
            return false;
        }
        return true;
    };
    // The count comes before this thread claims a block, so the others read on meanwhile.
    if (counts) {
        if (!openScanner())
            return;
        auto counted = scanner->count();
        if (!counted) {
            pipeline.fail(counted.error());
            return;
        }
        m_counted = *counted;
    }
    for (;;) {
        if (helper && !pipeline.deflateWaiting(*helper, false))
            break;
        const std::optional<qint64> block = pipeline.claimBlock();
        if (!block)
            break;
        if (!scanner && !openScanner())
            break;
        if (auto scanned = scanner->scan(*block, helper); !scanned) {
            pipeline.fail(scanned.error());
            break;
        }
    }
    if (helper) // parts other threads are still making need deflating too
        pipeline.deflateWaiting(*helper, true);
    if (scanner)
        *peakBuffer = scanner->peakBufferBytes();
}

Result<ExportResult> DatasetExporter::run(const QString &path, const QString &entryName,
    const std::atomic<bool> *canceled, const std::function<void(const ExportProgress &)> &progress)
{
    sqlite3 *db = m_connection.sqliteHandle();
    if (!db)
        return fail(ErrorCode::Unsupported, tr("Exports need the SQLite database."));
    if (m_spec.columns.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The export has no columns."));
    const char *databaseFile = sqlite3_db_filename(db, "main");
    if (!databaseFile || !*databaseFile)
        return fail(ErrorCode::Unsupported, tr("Exports need the database in a file."));
    const QByteArray databasePath(databaseFile);
    if (canceled && canceled->load())
        return fail(ErrorCode::Canceled, tr("The export was canceled."));
    auto planned = plan();
    if (!planned)
        return tl::unexpected(planned.error());
    const ExportPlan &plan = *planned;
    m_counted = -1;
    m_peakBuffer = 0;

    const QString partPath = path + QStringLiteral(".part");
    ExportFile file; // removes the partial file on every early return
    if (auto opened = file.open(partPath, m_spec.format, entryName, m_threads); !opened)
        return tl::unexpected(opened.error());

    // Deflating keeps every thread busy even when only one can read (a sorted export).
    const bool deflates = ExportFile::deflates(m_spec.format);
    // One more reader than blocks when counting: it counts while the others read.
    const bool counts = !plan.countSql.isEmpty();
    const int readers = deflates ? m_threads : int(std::min<qint64>(m_threads, plan.blocks + (counts ? 1 : 0)));
    ExportPipeline pipeline(plan.blocks, kPartsPerThread * readers, deflates);
    std::vector<qsizetype> peaks(size_t(readers), 0);
    ExportProgress done;
    {
        std::vector<std::thread> threads;
        const ThreadsJoiner joiner(threads);
        try {
            for (int i = 0; i < readers; ++i)
                threads.emplace_back(
                    [&, i] { readBlocks(pipeline, plan, databasePath, canceled, counts && i == 0, &peaks[size_t(i)]); });
        } catch (const std::system_error &) { // out of threads: those started stop at once
            pipeline.fail(Error { ErrorCode::Internal, tr("Could not start the threads of the export.") });
        }
        if (auto written = writeParts(pipeline, plan, file, canceled, progress, done); !written)
            pipeline.fail(written.error()); // the readers stop; the joiner waits for them
    }
    if (auto failed = pipeline.error())
        return tl::unexpected(*failed);
    m_peakBuffer = *std::max_element(peaks.begin(), peaks.end());
    const qint64 counted = m_counted.load();
    if (counted >= 0 && done.rows != counted) // one snapshot makes this impossible; a mismatch is a bug
        return fail(
            ErrorCode::Internal, tr("The export wrote %1 rows where %2 were counted.").arg(done.rows).arg(counted));

    auto finished = file.finish();
    if (!finished)
        return tl::unexpected(finished.error());
    QFile::remove(path);
    if (!QFile::rename(partPath, path)) {
        QFile::remove(partPath);
        return fail(ErrorCode::Io, tr("Could not move the finished export to %1.").arg(path));
    }
    if (progress) {
        done.rowsTotal = done.rows;
        done.fraction = 1;
        progress(done);
    }
    return ExportResult { done.rows, done.csvBytes, finished->size, finished->sha256Hex };
}

Result<void> DatasetExporter::writeParts(ExportPipeline &pipeline, const ExportPlan &plan, ExportFile &file,
    const std::atomic<bool> *canceled, const std::function<void(const ExportProgress &)> &progress,
    ExportProgress &done)
{
    qint64 blocksDone = 0;
    while (!pipeline.isComplete()) {
        if (canceled && canceled->load())
            return fail(ErrorCode::Canceled, tr("The export was canceled."));
        std::unique_ptr<ExportPart> part = pipeline.nextPart(kCancelPoll);
        if (!part) {
            if (pipeline.isStopped())
                return {}; // with the reader's error
            continue;
        }
        if (auto written = file.write(*part); !written)
            return written;
        done.rows += part->rows;
        done.csvBytes += part->csvSize;
        blocksDone += part->lastOfBlock ? 1 : 0;
        pipeline.recycle(std::move(part));
        if (progress) {
            // Rows against the count once it is in; until then, in file order, the share of the
            // table read. Never backwards, though the two measures differ a little.
            done.rowsTotal = plan.countSql.isEmpty() ? m_spec.dataset.rowCount : m_counted.load();
            if (done.rowsTotal > 0)
                done.fraction = std::max(done.fraction, double(done.rows) / double(done.rowsTotal));
            else if (plan.inBlocks())
                done.fraction = std::max(done.fraction, double(blocksDone) / double(plan.blocks));
            progress(done);
        }
    }
    return {};
}

} // namespace sluice
