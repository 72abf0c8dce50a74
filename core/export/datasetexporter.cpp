#include "core/export/datasetexporter.h"

#include <charconv>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <optional>
#include <thread>

#include <QFile>

#include <sqlite3.h>

#include "core/export/exportfile.h"
#include "core/query/filtersql.h"
#include "core/query/queryparameters.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/sqldialect.h"

namespace sluice {

namespace {

constexpr int kProgressHandlerOps = 100000; // SQLite VM steps between cancel checks in one sqlite3_step
constexpr char kLineEnd[] = "\r\n";

// Cells a spreadsheet would take as a formula (OWASP's list: = + - @, and tab and CR).
inline bool isFormulaStart(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// Finalizes a statement on every path out of a scope.
class Statement final
{
public:
    explicit Statement(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(Statement)
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement;
};

// Binds FilterSql's values (already in stored form: integers, reals, text) in order.
bool bindValues(sqlite3_stmt *statement, const QVariantList &values)
{
    int index = 1;
    for (const QVariant &value : values) {
        int status = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::Bool:
            status = sqlite3_bind_int64(statement, index, value.toBool() ? 1 : 0);
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            status = sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            status = sqlite3_bind_double(statement, index, value.toDouble());
            break;
        default:
            if (value.isNull()) {
                status = sqlite3_bind_null(statement, index);
            } else {
                const QByteArray text = value.toString().toUtf8();
                status = sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            }
            break;
        }
        if (status != SQLITE_OK)
            return false;
        ++index;
    }
    return true;
}

// Lets a cancel interrupt a single long sqlite3_step (a count or a sort), and removes itself.
class CancelHandler final
{
public:
    CancelHandler(sqlite3 *db, const std::atomic<bool> *canceled)
        : m_db(db)
    {
        if (canceled)
            sqlite3_progress_handler(
                m_db, kProgressHandlerOps,
                [](void *flag) -> int { return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0; },
                const_cast<std::atomic<bool> *>(canceled));
    }
    ~CancelHandler() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    Q_DISABLE_COPY_MOVE(CancelHandler)

private:
    sqlite3 *m_db;
};

} // namespace

// Takes full buffers from the exporter's thread and writes them (compressing and hashing) on a
// thread of its own, one at a time: the exporter fills the next buffer meanwhile. The file is
// used only by this thread from the writer's start until finish() has joined it.
class DatasetExporter::Writer final
{
public:
    explicit Writer(ExportFile &file)
        : m_file(file)
        , m_thread([this] { loop(); })
    {
    }
    ~Writer() { finish(); }
    Q_DISABLE_COPY_MOVE(Writer)

    /// Hands `buffer`'s first `used` bytes over and gives back the buffer written before (at
    /// least `size` bytes) in its place.
    void submit(std::vector<char> &buffer, qsizetype used, qsizetype size)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_hasPending; });
        std::swap(buffer, m_pending); // the caller fills the one written before next
        if (qsizetype(buffer.size()) < size)
            buffer.resize(size_t(size));
        m_pendingUsed = used;
        m_hasPending = true;
        m_changed.notify_all();
    }
    /// Waits for the last buffer to be written and ends the thread.
    void finish()
    {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_hasPending; });
            m_stopping = true;
            m_changed.notify_all();
        }
        if (m_thread.joinable())
            m_thread.join();
    }
    std::optional<Error> error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [this] { return m_hasPending || m_stopping; });
            if (!m_hasPending)
                return;
            const bool failed = m_error.has_value();
            lock.unlock();
            Result<void> written;
            if (!failed)
                written = m_file.write(m_pending.data(), m_pendingUsed);
            lock.lock();
            if (!written && !m_error)
                m_error = written.error();
            m_hasPending = false;
            m_changed.notify_all();
        }
    }

    ExportFile &m_file;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<char> m_pending; // being written, or written and waiting to be swapped back
    qsizetype m_pendingUsed = 0;
    bool m_hasPending = false;
    bool m_stopping = false;
    std::optional<Error> m_error;
    std::thread m_thread; // last: starts once everything above is made
};

DatasetExporter::DatasetExporter(const DatabaseConnection &connection, ExportSpec spec, qsizetype bufferBytes)
    : m_connection(connection)
    , m_spec(std::move(spec))
    , m_bufferBytes(std::max<qsizetype>(bufferBytes, 256))
    , m_buffer(size_t(m_bufferBytes))
{
    for (const DatasetColumn &column : std::as_const(m_spec.columns)) {
        m_kinds.push_back(column.type == ColumnType::Boolean ? ColumnKind::Boolean
                : column.type == ColumnType::Real            ? ColumnKind::Real
                                                             : ColumnKind::Plain);
    }
    for (const unsigned char c : { '"', '\r', '\n' })
        m_special[c] = true;
    m_special[static_cast<unsigned char>(m_spec.delimiter)] = true;
}

DatasetExporter::~DatasetExporter() = default;

QString DatasetExporter::selectSql(bool countOnly) const
{
    const SqlDialect &dialect = m_connection.dialect();
    QStringList selected;
    for (const DatasetColumn &column : m_spec.columns)
        selected << dialect.quoteIdentifier(column.name);
    const FilterSql filter(dialect, m_spec.filters);
    const QString from
        = QStringLiteral(" FROM ") + dialect.quoteIdentifier(m_spec.dataset.tableName) + filter.whereClause();
    if (countOnly)
        return QStringLiteral("SELECT count(*)") + from;

    const QString row = QueryParameters::rowColumnName();
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
    // An empty select list cannot happen: resolve() gives at least the dataset's columns.
    return QStringLiteral("SELECT ") + selected.join(QStringLiteral(", ")) + from + QStringLiteral(" ORDER BY ")
        + order.join(QStringLiteral(", "));
}

Result<sqlite3_stmt *> DatasetExporter::prepare(const QString &sql) const
{
    sqlite3 *db = m_connection.sqliteHandle();
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return fail(ErrorCode::Storage, tr("Could not read dataset %1: %2").arg(m_spec.dataset.id, reason));
    }
    if (!bindValues(statement, FilterSql(m_connection.dialect(), m_spec.filters).values())) {
        sqlite3_finalize(statement);
        return fail(ErrorCode::Storage,
            tr("Could not read dataset %1: %2").arg(m_spec.dataset.id, QString::fromUtf8(sqlite3_errmsg(db))));
    }
    return statement;
}

Result<qint64> DatasetExporter::countRows(const std::atomic<bool> *canceled) const
{
    auto prepared = prepare(selectSql(true));
    if (!prepared)
        return tl::unexpected(prepared.error());
    const Statement statement(*prepared);
    const int status = sqlite3_step(statement.get());
    if (status == SQLITE_ROW)
        return qint64(sqlite3_column_int64(statement.get(), 0));
    if (status == SQLITE_INTERRUPT || (canceled && canceled->load()))
        return fail(ErrorCode::Canceled, tr("The export was canceled."));
    return fail(ErrorCode::Storage,
        tr("Could not count the rows of dataset %1: %2")
            .arg(m_spec.dataset.id, QString::fromUtf8(sqlite3_errmsg(m_connection.sqliteHandle()))));
}

Result<ExportResult> DatasetExporter::run(const QString &path, const QString &entryName,
    const std::atomic<bool> *canceled, const std::function<void(const ExportProgress &)> &progress)
{
    sqlite3 *db = m_connection.sqliteHandle();
    if (!db)
        return fail(ErrorCode::Unsupported, tr("Exports need the SQLite database."));
    if (m_spec.columns.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The export has no columns."));
    const CancelHandler cancelHandler(db, canceled);

    // A sort SQLite cannot serve from the table goes through its sorter: let it spill to
    // temporary files rather than memory (the connection keeps temp_store = MEMORY otherwise).
    const bool sorted = !m_spec.sort.isEmpty() && m_spec.sort.first().column != QueryParameters::rowColumnName();
    if (sorted)
        sqlite3_exec(db, "PRAGMA temp_store = FILE", nullptr, nullptr, nullptr);
    // One read transaction: the count and the rows see the same snapshot.
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    struct Restore
    {
        sqlite3 *db;
        bool sorted;
        ~Restore()
        {
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            if (sorted)
                sqlite3_exec(db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);
        }
    } restore { db, sorted };

    auto total = countRows(canceled);
    if (!total)
        return tl::unexpected(total.error());

    const QString partPath = path + QStringLiteral(".part");
    ExportFile file; // removes the partial file on every early return
    if (auto opened = file.open(partPath, m_spec.format, entryName); !opened)
        return tl::unexpected(opened.error());
    m_used = 0;
    m_csvBytes = 0;
    Result<void> written;
    {
        Writer writer(file);
        m_writer = &writer;
        written = writeRows(canceled, progress, *total);
        writer.finish();
        if (written) {
            if (auto failed = writer.error())
                written = tl::unexpected(*failed);
        }
        m_writer = nullptr;
    }
    if (!written)
        return tl::unexpected(written.error());

    ExportResult result;
    result.rows = *total;
    result.csvBytes = m_csvBytes;
    auto finished = file.finish();
    if (!finished)
        return tl::unexpected(finished.error());
    result.fileSize = finished->size;
    result.sha256Hex = finished->sha256Hex;
    QFile::remove(path);
    if (!QFile::rename(partPath, path)) {
        QFile::remove(partPath);
        return fail(ErrorCode::Io, tr("Could not move the finished export to %1.").arg(path));
    }
    return result;
}

Result<void> DatasetExporter::writeRows(
    const std::atomic<bool> *canceled, const std::function<void(const ExportProgress &)> &progress, qint64 total)
{
    if (m_spec.bom) {
        reserve(3);
        std::memcpy(m_buffer.data() + m_used, "\xEF\xBB\xBF", 3);
        m_used += 3;
    }
    appendHeader();

    auto prepared = prepare(selectSql(false));
    if (!prepared)
        return tl::unexpected(prepared.error());
    const Statement statement(*prepared);
    sqlite3_stmt *const stmt = statement.get();
    const int columnCount = int(m_kinds.size());
    const ColumnKind *const kinds = m_kinds.data();
    const char delimiter = m_spec.delimiter;
    const bool singleColumn = columnCount == 1;

    qint64 rows = 0;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int column = 0; column < columnCount; ++column) {
            if (column > 0) {
                reserve(1);
                m_buffer[size_t(m_used++)] = delimiter;
            }
            switch (sqlite3_column_type(stmt, column)) {
            case SQLITE_NULL:
                if (singleColumn) { // a lone empty field would be a blank line, which readers skip
                    reserve(2);
                    m_buffer[size_t(m_used++)] = '"';
                    m_buffer[size_t(m_used++)] = '"';
                }
                break;
            case SQLITE_INTEGER: {
                const qint64 value = sqlite3_column_int64(stmt, column);
                if (kinds[column] == ColumnKind::Boolean) {
                    reserve(5);
                    const char *text = value != 0 ? "true" : "false";
                    const qsizetype size = value != 0 ? 4 : 5;
                    std::memcpy(m_buffer.data() + m_used, text, size_t(size));
                    m_used += size;
                } else if (kinds[column] == ColumnKind::Real) {
                    appendReal(double(value));
                } else {
                    appendInteger(value);
                }
                break;
            }
            case SQLITE_FLOAT:
                appendReal(sqlite3_column_double(stmt, column));
                break;
            case SQLITE_TEXT: {
                const char *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
                appendText(text, sqlite3_column_bytes(stmt, column));
                break;
            }
            default: { // a BLOB: the importer never stores one; write its bytes as text
                const char *bytes = static_cast<const char *>(sqlite3_column_blob(stmt, column));
                appendText(bytes, sqlite3_column_bytes(stmt, column));
                break;
            }
            }
        }
        reserve(2);
        m_buffer[size_t(m_used++)] = kLineEnd[0];
        m_buffer[size_t(m_used++)] = kLineEnd[1];
        if (++rows % kBatchRows == 0) {
            if (auto failed = m_writer->error())
                return tl::unexpected(*failed);
            if (canceled && canceled->load(std::memory_order_relaxed))
                return fail(ErrorCode::Canceled, tr("The export was canceled."));
            if (progress)
                progress(ExportProgress { rows, total, m_csvBytes + m_used });
        }
    }
    if (status != SQLITE_DONE) {
        if (status == SQLITE_INTERRUPT || (canceled && canceled->load()))
            return fail(ErrorCode::Canceled, tr("The export was canceled."));
        return fail(ErrorCode::Storage,
            tr("Could not read dataset %1: %2")
                .arg(m_spec.dataset.id, QString::fromUtf8(sqlite3_errmsg(m_connection.sqliteHandle()))));
    }
    flush();
    if (rows != total) // the snapshot makes this impossible; a mismatch would be a bug worth hearing of
        return fail(ErrorCode::Internal, tr("The export wrote %1 rows where %2 were counted.").arg(rows).arg(total));
    if (progress)
        progress(ExportProgress { rows, total, m_csvBytes });
    return {};
}

void DatasetExporter::flush()
{
    if (m_used == 0)
        return;
    m_peakBuffer = std::max(m_peakBuffer, qsizetype(m_buffer.size()));
    m_writer->submit(m_buffer, m_used, m_bufferBytes);
    m_csvBytes += m_used;
    m_used = 0;
}

void DatasetExporter::makeRoom(qsizetype bytes)
{
    flush();
    if (bytes > qsizetype(m_buffer.size()))
        m_buffer.resize(size_t(bytes)); // one field larger than the buffer: grow to it, once
}

void DatasetExporter::appendText(const char *text, qsizetype size)
{
    const bool formula = m_spec.neutralizeFormulas && size > 0 && isFormulaStart(text[0]);
    bool quote = size == 0 || text[0] == ' ' || text[size - 1] == ' ';
    for (qsizetype i = 0; i < size && !quote; ++i)
        quote = m_special[static_cast<unsigned char>(text[i])];
    if (!quote && !formula) {
        reserve(size);
        std::memcpy(m_buffer.data() + m_used, text, size_t(size));
        m_used += size;
        return;
    }
    reserve(2 * size + 3);
    char *out = m_buffer.data() + m_used;
    char *const start = out;
    if (quote)
        *out++ = '"';
    if (formula)
        *out++ = '\'';
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i] == '"')
            *out++ = '"';
        *out++ = text[i];
    }
    if (quote)
        *out++ = '"';
    m_used += out - start;
}

void DatasetExporter::appendInteger(qint64 value)
{
    reserve(24);
    char *out = m_buffer.data() + m_used;
    const auto [end, error] = std::to_chars(out, out + 24, value);
    Q_UNUSED(error);
    m_used += end - out;
}

void DatasetExporter::appendReal(double value)
{
    reserve(40);
    char *out = m_buffer.data() + m_used;
    // Shortest text that reads back as the same double.
    const auto [end, error] = std::to_chars(out, out + 36, value);
    Q_UNUSED(error);
    char *last = end;
    if (std::find_if(out, end, [](char c) { return c == '.' || c == 'e' || c == 'n' || c == 'i'; }) == end) {
        *last++ = '.'; // integral: keep it a real when read back
        *last++ = '0';
    }
    m_used += last - out;
}

void DatasetExporter::appendHeader()
{
    for (int column = 0; column < m_spec.columns.size(); ++column) {
        if (column > 0) {
            reserve(1);
            m_buffer[size_t(m_used++)] = m_spec.delimiter;
        }
        const QByteArray name = m_spec.columns.at(column).name.toUtf8();
        appendText(name.constData(), name.size());
    }
    reserve(2);
    m_buffer[size_t(m_used++)] = kLineEnd[0];
    m_buffer[size_t(m_used++)] = kLineEnd[1];
}

} // namespace sluice
