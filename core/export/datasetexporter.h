#pragma once

#include <atomic>
#include <functional>

#include <QCoreApplication>

#include "core/error.h"
#include "core/export/exportspec.h"

namespace sluice {

class DatabaseConnection;
class ExportFile;
class ExportPipeline;
class FilterSql;
struct ExportPlan;

/// What an export wrote.
struct ExportResult
{
    qint64 rows = 0; // data rows, without the header
    qint64 csvBytes = 0; // of CSV, before any compression
    qint64 fileSize = 0; // of the file
    QByteArray sha256Hex; // of the file
};

/// Where an export is; reported after each part written (about bufferBytes of CSV, or a block).
struct ExportProgress
{
    qint64 rows = 0;
    qint64 rowsTotal = -1; // -1 until known: a filtered export counts its rows as it begins
    qint64 csvBytes = 0;
    double fraction = -1; // rows/rowsTotal once the total is known, before that the share of the table read; -1: unknown
};

/// Streams a dataset's rows, filtered, in the chosen columns and order, into a CSV file, plain or
/// compressed (ExportScanner says how values are written; ExportFile how files are packed).
///
/// Speed: in file order (the default) the table is read in blocks of kBlockRows rows by
/// `threads` threads side by side, each on a read-only connection of its own; the CSV is cut
/// into parts that an ExportPipeline hands, in order, to this thread, which writes and hashes
/// them. Gzip and zip parts are deflated by the same threads (independent pieces of one
/// deflate stream, as pigz makes them); zstd uses libzstd's own threads. An export in another
/// order is read by one thread (SQLite sorts it first, spilling to temporary files, not
/// memory). Progress is rows against a total: the dataset's row count without filters, else a
/// count of the matching rows taken as the export begins, by one more reader on a connection of
/// its own while the others read (until it is in, progress is the share of the table read).
///
/// Memory stays flat: a bounded number of parts of bufferBytes each are in flight (a field larger
/// than that grows one part to its size).
///
/// The file is written as "<path>.part" and renamed to `path` when complete; cancel (checked by
/// this thread at least every 100 ms and by the readers every few thousand rows and inside long
/// SQLite steps) or any failure removes it. Runs in the thread that owns `connection`, which
/// must be on a database file (the readers open it again).
class DatasetExporter final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetExporter)
public:
    static constexpr qsizetype kDefaultBufferBytes = 1024 * 1024;
    /// _row values per block: about 1.8 MB of CSV for typical rows, so the pipeline stays short
    /// and a deflate stream rarely restarts without its window.
    static constexpr qint64 kBlockRows = 16384;

    /// `threads` 0: one per processor core.
    DatasetExporter(const DatabaseConnection &connection, ExportSpec spec, qsizetype bufferBytes = kDefaultBufferBytes,
        int threads = 0);
    ~DatasetExporter();
    Q_DISABLE_COPY_MOVE(DatasetExporter)

    /// Writes the export to `path`; `entryName` names the CSV inside a zip. `canceled` may be null.
    [[nodiscard]] Result<ExportResult> run(const QString &path, const QString &entryName,
        const std::atomic<bool> *canceled = nullptr, const std::function<void(const ExportProgress &)> &progress = {});

    /// The most memory one part buffer held: bufferBytes unless one field was larger.
    qsizetype peakBufferBytes() const { return m_peakBuffer; }

private:
    [[nodiscard]] Result<ExportPlan> plan() const;
    [[nodiscard]] Result<std::pair<qint64, qint64>> rowRange() const;
    /// One reading thread's work: blocks, and deflating, until none is left or the export stops.
    void readBlocks(ExportPipeline &pipeline, const ExportPlan &plan, const QByteArray &databasePath,
        const std::atomic<bool> *canceled, bool counts, qsizetype *peakBuffer);
    /// The count of the rows an export with `filter` writes.
    QByteArray countSql(const FilterSql &filter) const;
    /// This thread's work: parts from `pipeline` into `file`, in order, adding them up in `done`.
    [[nodiscard]] Result<void> writeParts(ExportPipeline &pipeline, const ExportPlan &plan, ExportFile &file,
        const std::atomic<bool> *canceled, const std::function<void(const ExportProgress &)> &progress,
        ExportProgress &done);

    const DatabaseConnection &m_connection;
    ExportSpec m_spec;
    qsizetype m_bufferBytes;
    int m_threads;
    std::atomic<qint64> m_counted { -1 }; // a filtered export's row count, once taken
    qsizetype m_peakBuffer = 0;
};

} // namespace sluice
