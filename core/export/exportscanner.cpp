#include "core/export/exportscanner.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include <sqlite3.h>

#include "core/export/exportpipeline.h"
#include "core/export/exportplan.h"
#include "core/export/partdeflater.h"

namespace sluice {

namespace {

constexpr int kProgressHandlerOps = 100000; // SQLite VM steps between cancel checks in one sqlite3_step
constexpr int kBusyTimeoutMs = 5000;

// Cells a spreadsheet would take as a formula (OWASP's list: = + - @, and tab and CR).
inline bool isFormulaStart(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

int decimalDigits(quint64 value)
{
    int digits = 1;
    while (value >= 10) {
        value /= 10;
        ++digits;
    }
    return digits;
}

// The text std::to_chars gives `value` (the shortest that reads back the same, fixed notation
// unless scientific is shorter), written at `out`, for the common case of a real with at most
// two decimals; null when the value is not such a case and to_chars must do it. Several times
// faster than to_chars, which took a tenth of an export's time. Why it matches: x / 100 is
// correctly rounded to `value`, as reading the decimal text is; below 2^46 a double's spacing is
// under 0.02, so no decimal with fewer digits rounds to it; and the length comparison is
// to_chars' own choice between fixed and scientific (ties go to fixed).
char *writeTwoDecimalReal(char *out, double value)
{
    constexpr double kLimit = 70368744177664.0; // 2^46
    if (!(std::fabs(value) < kLimit) || value == 0) // also NaN; and -0.0, which prints as "-0"
        return nullptr;
    const qint64 hundredths = std::llround(value * 100);
    if (double(hundredths) / 100 != value)
        return nullptr;
    const bool negative = hundredths < 0;
    quint64 digits = negative ? quint64(-hundredths) : quint64(hundredths);
    int decimals = 2;
    while (decimals > 0 && digits % 10 == 0) {
        digits /= 10;
        --decimals;
    }
    const quint64 scale = decimals == 2 ? 100 : decimals == 1 ? 10 : 1;
    const quint64 integral = digits / scale;
    quint64 significant = digits;
    while (significant >= 10 && significant % 10 == 0)
        significant /= 10;
    const int significantDigits = decimalDigits(significant);
    const int fixedLength = decimalDigits(integral) + (decimals > 0 ? decimals + 1 : 0);
    const int scientificLength = significantDigits + (significantDigits > 1 ? 1 : 0) + 4; // "e+NN"
    if (scientificLength < fixedLength)
        return nullptr;
    if (negative)
        *out++ = '-';
    out = std::to_chars(out, out + 24, integral).ptr;
    if (decimals > 0) {
        *out++ = '.';
        const quint64 fraction = digits % scale;
        if (decimals == 2 && fraction < 10)
            *out++ = '0';
        out = std::to_chars(out, out + 2, fraction).ptr;
    }
    return out;
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

} // namespace

ExportScanner::ExportScanner(const ExportPlan &plan, ExportPipeline &pipeline, const std::atomic<bool> *canceled)
    : m_plan(plan)
    , m_pipeline(pipeline)
    , m_canceled(canceled)
{
    for (const DatasetColumn &column : std::as_const(m_plan.spec.columns)) {
        m_kinds.push_back(column.type == ColumnType::Boolean ? ColumnKind::Boolean
                : column.type == ColumnType::Real            ? ColumnKind::Real
                                                             : ColumnKind::Plain);
    }
    for (const unsigned char c : { '"', '\r', '\n' })
        m_special[c] = true;
    m_special[static_cast<unsigned char>(m_plan.spec.delimiter)] = true;
}

ExportScanner::~ExportScanner()
{
    sqlite3_finalize(m_select);
    if (m_db)
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(m_db);
}

Result<void> ExportScanner::open(const QByteArray &path)
{
    // Read only and without SQLite's per-call locking: this thread is the connection's only user.
    const int opened = sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (opened != SQLITE_OK)
        return tl::unexpected(readError(tr("Could not open the database to export dataset %1: %2")));
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    sqlite3_progress_handler(
        m_db, kProgressHandlerOps,
        [](void *scanner) -> int { return static_cast<const ExportScanner *>(scanner)->isStopping() ? 1 : 0; }, this);
    // One read transaction: every block, and the count, see the same snapshot.
    if (sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return tl::unexpected(readError(tr("Could not read dataset %1: %2")));
    if (sqlite3_prepare_v2(m_db, m_plan.selectSql.constData(), int(m_plan.selectSql.size()), &m_select, nullptr)
        != SQLITE_OK)
        return tl::unexpected(readError(tr("Could not read dataset %1: %2")));
    return bindFilters(m_select);
}

Result<void> ExportScanner::bindFilters(sqlite3_stmt *statement) const
{
    int index = 1;
    for (const QVariant &value : m_plan.values) {
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
            return tl::unexpected(readError(tr("Could not read dataset %1: %2")));
        ++index;
    }
    return {};
}

Error ExportScanner::readError(const QString &message) const
{
    if (isStopping()) // SQLite's "interrupted" is our own doing
        return Error { ErrorCode::Canceled, tr("The export was canceled.") };
    const QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("out of memory");
    return Error { ErrorCode::Storage, message.arg(m_plan.spec.dataset.id, reason) };
}

bool ExportScanner::isStopping() const
{
    return (m_canceled && m_canceled->load(std::memory_order_relaxed)) || m_refused || m_pipeline.isStopped();
}

Result<qint64> ExportScanner::count()
{
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(m_db, m_plan.countSql.constData(), int(m_plan.countSql.size()), &prepared, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(prepared);
        return tl::unexpected(readError(tr("Could not count the rows of dataset %1: %2")));
    }
    const Statement statement(prepared);
    if (auto bound = bindFilters(statement.get()); !bound)
        return tl::unexpected(bound.error());
    if (sqlite3_step(statement.get()) == SQLITE_ROW)
        return qint64(sqlite3_column_int64(statement.get(), 0));
    return tl::unexpected(readError(tr("Could not count the rows of dataset %1: %2")));
}

Result<void> ExportScanner::scan(qint64 block, PartDeflater *deflater)
{
    m_deflater = deflater;
    m_part = m_pipeline.newPart(m_plan.bufferBytes);
    m_part->block = block;
    m_used = 0;
    m_rowsInPart = 0;
    if (block == 0) {
        if (m_plan.spec.bom) {
            reserve(3);
            std::memcpy(m_part->csv.data() + m_used, "\xEF\xBB\xBF", 3);
            m_used += 3;
        }
        appendHeader();
    }

    sqlite3_reset(m_select);
    if (m_plan.inBlocks()) {
        // Blocks are numbered in output order: downwards from firstRow when descending.
        const qint64 low = m_plan.descending ? m_plan.firstRow - (block + 1) * m_plan.blockRows + 1
                                             : m_plan.firstRow + block * m_plan.blockRows;
        const qint64 high = low + m_plan.blockRows - 1;
        const int first = int(m_plan.values.size()) + 1;
        if (sqlite3_bind_int64(m_select, first, low) != SQLITE_OK
            || sqlite3_bind_int64(m_select, first + 1, high) != SQLITE_OK)
            return tl::unexpected(readError(tr("Could not read dataset %1: %2")));
    }
    int status = SQLITE_ROW;
    qint64 rows = 0;
    while ((status = sqlite3_step(m_select)) == SQLITE_ROW) {
        writeRow();
        if (++rows % kBatchRows == 0 && isStopping())
            break;
    }
    if (isStopping())
        return tl::unexpected(Error { ErrorCode::Canceled, tr("The export was canceled.") });
    if (status != SQLITE_DONE)
        return tl::unexpected(readError(tr("Could not read dataset %1: %2")));
    submitPart(true);
    if (m_refused)
        return tl::unexpected(Error { ErrorCode::Canceled, tr("The export was canceled.") });
    return {};
}

void ExportScanner::writeRow()
{
    const int columnCount = int(m_kinds.size());
    const ColumnKind *const kinds = m_kinds.data();
    const char delimiter = m_plan.spec.delimiter;
    for (int column = 0; column < columnCount; ++column) {
        if (column > 0) {
            reserve(1);
            put(delimiter);
        }
        // One sqlite3_column_value() and then the value's own accessors: each sqlite3_column_*()
        // call checks the statement and its error state again.
        sqlite3_value *const value = sqlite3_column_value(m_select, column);
        switch (sqlite3_value_type(value)) {
        case SQLITE_NULL:
            if (columnCount == 1) { // a lone empty field would be a blank line, which readers skip
                reserve(2);
                put('"');
                put('"');
            }
            break;
        case SQLITE_INTEGER: {
            const qint64 integer = sqlite3_value_int64(value);
            if (kinds[column] == ColumnKind::Boolean) {
                reserve(5);
                const char *text = integer != 0 ? "true" : "false";
                const qsizetype size = integer != 0 ? 4 : 5;
                std::memcpy(m_part->csv.data() + m_used, text, size_t(size));
                m_used += size;
            } else if (kinds[column] == ColumnKind::Real) {
                appendReal(double(integer));
            } else {
                appendInteger(integer);
            }
            break;
        }
        case SQLITE_FLOAT:
            appendReal(sqlite3_value_double(value));
            break;
        case SQLITE_TEXT: {
            const char *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
            appendText(text, sqlite3_value_bytes(value));
            break;
        }
        default: { // a BLOB: the importer never stores one; write its bytes as text
            const char *bytes = static_cast<const char *>(sqlite3_value_blob(value));
            appendText(bytes, sqlite3_value_bytes(value));
            break;
        }
        }
    }
    reserve(2);
    put('\r');
    put('\n');
    ++m_rowsInPart;
}

void ExportScanner::submitPart(bool lastOfBlock)
{
    m_peakBuffer = std::max(m_peakBuffer, qsizetype(m_part->csv.size()));
    std::unique_ptr<ExportPart> next;
    if (!lastOfBlock) {
        next = m_pipeline.newPart(m_plan.bufferBytes);
        next->block = m_part->block;
        next->index = m_part->index + 1;
        if (m_deflater) { // the next part may refer back into this one
            const qsizetype tail = std::min(m_used, PartDeflater::kWindowBytes);
            next->dictionary.assign(m_part->csv.data() + m_used - tail, m_part->csv.data() + m_used);
        }
    }
    m_part->csvSize = m_used;
    m_part->rows = m_rowsInPart;
    m_part->lastOfBlock = lastOfBlock;
    if (!m_pipeline.submit(std::move(m_part), m_deflater))
        m_refused = true;
    m_part = std::move(next);
    m_used = 0;
    m_rowsInPart = 0;
}

void ExportScanner::makeRoom(qsizetype bytes)
{
    submitPart(false);
    if (bytes > qsizetype(m_part->csv.size()))
        m_part->csv.resize(size_t(bytes)); // one field larger than the buffer: grow to it
}

void ExportScanner::appendText(const char *text, qsizetype size)
{
    const bool formula = m_plan.spec.neutralizeFormulas && size > 0 && isFormulaStart(text[0]);
    bool quote = size == 0 || text[0] == ' ' || text[size - 1] == ' ';
    for (qsizetype i = 0; i < size && !quote; ++i)
        quote = m_special[static_cast<unsigned char>(text[i])];
    if (!quote && !formula) {
        reserve(size);
        std::memcpy(m_part->csv.data() + m_used, text, size_t(size));
        m_used += size;
        return;
    }
    reserve(2 * size + 3);
    char *out = m_part->csv.data() + m_used;
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

void ExportScanner::appendInteger(qint64 value)
{
    reserve(24);
    char *out = m_part->csv.data() + m_used;
    const auto [end, error] = std::to_chars(out, out + 24, value);
    Q_UNUSED(error);
    m_used += end - out;
}

void ExportScanner::appendReal(double value)
{
    reserve(40);
    char *out = m_part->csv.data() + m_used;
    if (char *end = writeTwoDecimalReal(out, value)) {
        if (std::find(out, end, '.') == end) {
            *end++ = '.'; // integral: keep it a real when read back
            *end++ = '0';
        }
        m_used += end - out;
        return;
    }
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

void ExportScanner::appendHeader()
{
    for (int column = 0; column < m_plan.spec.columns.size(); ++column) {
        if (column > 0) {
            reserve(1);
            put(m_plan.spec.delimiter);
        }
        const QByteArray name = m_plan.spec.columns.at(column).name.toUtf8();
        appendText(name.constData(), name.size());
    }
    reserve(2);
    put('\r');
    put('\n');
}

} // namespace sluice
