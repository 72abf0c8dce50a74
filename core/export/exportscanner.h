#pragma once

#include <atomic>
#include <memory>

#include <QCoreApplication>

#include "core/error.h"
#include "core/export/exportpart.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sluice {

struct ExportPlan;
class ExportPipeline;
class PartDeflater;

/// Reads an export's rows block by block on a read-only SQLite connection of its own and writes
/// them as CSV into parts for the pipeline.
///
/// The CSV: UTF-8, the chosen delimiter, CRLF line ends (RFC 4180; every spreadsheet and
/// Sluice's own importer read them), fields quoted only when they hold the delimiter, a quote,
/// CR or LF, or begin or end with a space (or are an empty string, to tell it from a missing
/// value, which is an empty field). Values are written as stored, so importing the file gives
/// the same table: integers as digits, reals in the shortest form that reads back to the same
/// double (with ".0" when integral, so the column stays real), booleans as true/false, dates
/// and datetimes as their ISO text, text as is. A one-column export writes a missing value as
/// "" so the row is not a blank line. The first block begins with the header row (and the BOM).
///
/// Values go straight from SQLite (sqlite3_column_value) into the part's buffer; a full buffer
/// is submitted and the next one taken (a field larger than the buffer grows it to the field's
/// size). The connection stays in one read transaction, so a count and the rows agree. Cancel
/// (or a stop of the pipeline) is checked every kBatchRows rows and inside long SQLite steps (a
/// count, a sort).
/// Made, used and destroyed in one thread.
class ExportScanner final
{
    Q_DECLARE_TR_FUNCTIONS(ExportScanner)
public:
    static constexpr int kBatchRows = 4096;

    /// `plan`, `pipeline` and `canceled` (may be null) must outlive the scanner.
    ExportScanner(const ExportPlan &plan, ExportPipeline &pipeline, const std::atomic<bool> *canceled);
    ~ExportScanner();
    Q_DISABLE_COPY_MOVE(ExportScanner)

    /// Opens the database file at `path` (read only) and prepares the query.
    [[nodiscard]] Result<void> open(const QByteArray &path);
    /// The rows the export will write (the plan's count query).
    [[nodiscard]] Result<qint64> count();
    /// Writes block `block` into parts; `deflater` (null unless the format deflates) helps the
    /// pipeline while it waits.
    [[nodiscard]] Result<void> scan(qint64 block, PartDeflater *deflater);
    /// The largest part buffer used: the plan's bufferBytes unless one field was larger.
    qsizetype peakBufferBytes() const { return m_peakBuffer; }

private:
    [[nodiscard]] Result<void> bindFilters(sqlite3_stmt *statement) const;
    /// `message` with the dataset for %1 and SQLite's reason for %2 (or the cancel, when that was it).
    Error readError(const QString &message) const;
    bool isStopping() const;
    void submitPart(bool lastOfBlock);
    void writeRow();
    void reserve(qsizetype bytes)
    {
        if (m_used + bytes > qsizetype(m_part->csv.size()))
            makeRoom(bytes);
    }
    void makeRoom(qsizetype bytes);
    void put(char c) { m_part->csv[size_t(m_used++)] = c; }
    void appendText(const char *text, qsizetype size);
    void appendInteger(qint64 value);
    void appendReal(double value);
    void appendHeader();

    enum class ColumnKind : quint8 { Plain, Boolean, Real };

    const ExportPlan &m_plan;
    ExportPipeline &m_pipeline;
    const std::atomic<bool> *m_canceled;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_select = nullptr;
    std::vector<ColumnKind> m_kinds;
    bool m_special[256] = {}; // bytes that make a text field need quotes
    PartDeflater *m_deflater = nullptr; // during scan()
    std::unique_ptr<ExportPart> m_part; // being filled, during scan()
    qsizetype m_used = 0; // of m_part's buffer
    qint64 m_rowsInPart = 0;
    bool m_refused = false; // the pipeline took no more parts: the export has stopped
    qsizetype m_peakBuffer = 0;
};

} // namespace sluice
