#pragma once

#include <atomic>
#include <algorithm>
#include <functional>
#include <vector>

#include <QCoreApplication>

#include "core/error.h"
#include "core/export/exportspec.h"

struct sqlite3_stmt;

namespace sluice {

class DatabaseConnection;
class ExportFile;

/// What an export wrote.
struct ExportResult
{
    qint64 rows = 0; // data rows, without the header
    qint64 csvBytes = 0; // of CSV, before any compression
    qint64 fileSize = 0; // of the file
    QByteArray sha256Hex; // of the file
};

/// Where an export is; reported once per batch of rows.
struct ExportProgress
{
    qint64 rows = 0;
    qint64 rowsTotal = 0; // counted before the first row
    qint64 csvBytes = 0;
};

/// Streams a dataset's rows, filtered, in the chosen columns and order, into a CSV file.
///
/// The CSV: UTF-8, a header row of the column names, the chosen delimiter, CRLF line ends
/// (RFC 4180; every spreadsheet and Sluice's own importer read them), fields quoted only when
/// they hold the delimiter, a quote, CR or LF, or begin or end with a space (or are an empty
/// string, to tell it from a missing value, which is an empty field). Values are written as
/// stored, so importing the file gives the same table: integers as digits, reals in the
/// shortest form that reads back to the same double (with ".0" when integral, so the column
/// stays real), booleans as true/false, dates and datetimes as their ISO text, text as is.
/// A one-column export writes a missing value as "" so the row is not a blank line.
///
/// Speed and memory: rows are read with SQLite's C API (sqlite3_step/sqlite3_column_*) on
/// the connection's own handle and formatted into a buffer of bufferBytes (a field larger
/// than that grows it to the field's size, once). A full buffer goes to a writer thread of the
/// export's own, which compresses, hashes and writes it while the next one fills: two buffers
/// in all, so memory stays flat whatever the size. A sort that SQLite cannot serve from the table spills to temporary
/// files (temp_store = FILE for the export), not to memory.
///
/// The file is written as "<path>.part" and renamed to `path` when complete; cancel (checked
/// every batch, and inside long SQLite steps such as the count and a sort) or any failure
/// removes it. Runs in the thread that owns `connection`.
class DatasetExporter final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetExporter)
public:
    static constexpr qsizetype kDefaultBufferBytes = 1024 * 1024;
    static constexpr int kBatchRows = 4096; // rows between cancel checks and progress reports

    DatasetExporter(const DatabaseConnection &connection, ExportSpec spec, qsizetype bufferBytes = kDefaultBufferBytes);
    ~DatasetExporter();
    Q_DISABLE_COPY_MOVE(DatasetExporter)

    /// Writes the export to `path`; `entryName` names the CSV inside a zip. `canceled` may be null.
    [[nodiscard]] Result<ExportResult> run(const QString &path, const QString &entryName,
        const std::atomic<bool> *canceled = nullptr, const std::function<void(const ExportProgress &)> &progress = {});

    /// The most memory the row buffer held: bufferBytes unless one field was larger.
    /// The most memory one row buffer held (two are in use): bufferBytes unless one field was larger.
    qsizetype peakBufferBytes() const { return std::max(m_peakBuffer, qsizetype(m_buffer.size())); }

private:
    enum class ColumnKind : quint8 { Plain, Boolean, Real };

    QString selectSql(bool countOnly) const;
    [[nodiscard]] Result<sqlite3_stmt *> prepare(const QString &sql) const;
    [[nodiscard]] Result<qint64> countRows(const std::atomic<bool> *canceled) const;
    [[nodiscard]] Result<void> writeRows(
        const std::atomic<bool> *canceled, const std::function<void(const ExportProgress &)> &progress, qint64 total);
    void flush();
    void reserve(qsizetype bytes)
    {
        if (m_used + bytes > qsizetype(m_buffer.size()))
            makeRoom(bytes);
    }
    void makeRoom(qsizetype bytes);
    void appendText(const char *text, qsizetype size);
    void appendInteger(qint64 value);
    void appendReal(double value);
    void appendHeader();

    const DatabaseConnection &m_connection;
    ExportSpec m_spec;
    std::vector<ColumnKind> m_kinds;
    qsizetype m_bufferBytes;
    std::vector<char> m_buffer; // its size is fixed unless one field needs more
    qsizetype m_used = 0;
    class Writer;
    Writer *m_writer = nullptr; // during run()
    qint64 m_csvBytes = 0;
    qsizetype m_peakBuffer = 0;
    bool m_special[256] = {}; // bytes that make a text field need quotes
};

} // namespace sluice
