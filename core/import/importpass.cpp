#include "core/import/importpass.h"

#include "core/archive/inputstream.h"
#include "core/csv/csvfilereader.h"
#include "core/import/batchqueue.h"
#include "core/import/columntypes.h"
#include "core/import/importsink.h"
#include "core/import/profilecalculator.h"
#include "core/import/rowbatchpool.h"
#include "core/import/tablewriter.h"

namespace sluice {

namespace {

constexpr int kQueuedBatches = 2;  // per queue; bounds memory: a few batches in flight at most
constexpr auto kReportInterval = std::chrono::milliseconds(250);

QList<ColumnSpec> specsOf(const QList<TableColumn> &columns)
{
    QList<ColumnSpec> specs;
    for (const TableColumn &column : columns)
        specs << ColumnSpec { column.name, column.type };
    return specs;
}

ValueFormat formatOf(const CsvDialect &dialect)
{
    ValueFormat format;
    format.decimalSeparator = dialect.decimalSeparator;
    format.thousandsSeparator = dialect.thousandsSeparator;
    return format;
}

} // namespace

ImportPass::ImportPass(const ImportRequest &request, QString datasetId, QString table, QList<TableColumn> columns,
                       std::vector<ColumnConversion> conversions, const CsvDialect &dialect, QString displayName)
    : m_request(request)
    , m_datasetId(std::move(datasetId))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_dialect(dialect)
    , m_displayName(std::move(displayName))
    , m_parser(formatOf(dialect))
    , m_converter(std::move(conversions), formatOf(dialect))
    , m_profile(specsOf(m_columns), request.profileOptions)
    , m_batch { RowBatch(int(m_columns.size())), 1, {} }
    , m_parsed(kQueuedBatches)
    , m_profiled(kQueuedBatches)
    , m_spares(int(m_columns.size()), 2 * kQueuedBatches)
{
}

ImportPass::~ImportPass() = default;

bool ImportPass::isCanceled() const
{
    return m_request.canceled && m_request.canceled->load(std::memory_order_relaxed);
}

ImportPass::Outcome ImportPass::run(InputStream &input)
{
    // Parse (this thread) -> statistics -> insert, each stage on its own thread.
    m_writer = std::make_unique<TableWriter>(m_request.database, m_datasetId, m_table, m_columns, m_profiled, &m_spares);
    ProfileCalculator calculator(m_profile, m_parsed, &m_profiled, nullptr, m_request.sink != nullptr);
    m_writer->start();
    calculator.start();
    m_started = std::chrono::steady_clock::now();
    m_lastReport = m_started - kReportInterval;  // the first batch is reported at once

    // Stops the other stages without keeping anything uncommitted; the caller drops the table.
    auto stop = [&](Outcome outcome) -> Outcome {
        m_parsed.abort();
        m_profiled.abort();
        calculator.wait();
        (void)m_writer->waitUntilStored();
        return outcome;
    };

    CsvFileReader reader(input, m_dialect, m_displayName, m_request.csvLimits);
    if (auto opened = reader.open(); !opened)
        return stop(opened.error());
    CsvRecord record;
    while (true) {
        auto more = reader.next(record);
        if (!more)
            return stop(more.error());
        if (!*more)
            break;
        if (auto stopped = take(record))
            return stop(*stopped);
        if (m_batch.rows.rowCount() + m_batch.rejected.size() >= kBatchRows) {
            if (isCanceled())
                return stop(Error { ErrorCode::Canceled, tr("The import was canceled.") });
            const qsizetype textBytes = m_batch.rows.textBytes();
            if (!m_parsed.push(std::move(m_batch)))
                break;  // the writer failed: its error is returned below
            m_batch = ImportBatch { m_spares.take(), m_rows + 1, {} };
            // Room for a batch like the last one, so a new one is not copied while it grows.
            m_batch.rows.reserve(kBatchRows, textBytes + textBytes / 8);
            report(input, false);
            if (std::optional<QJsonObject> snapshot = calculator.takeSnapshot())
                publish(*snapshot);
        }
    }
    if (auto status = input.status(); !status)
        return stop(status.error());
    if (!m_batch.rows.isEmpty() || !m_batch.rejected.isEmpty())
        m_parsed.push(std::move(m_batch));
    m_parsed.close();
    calculator.wait();  // the final result is built while the writer commits
    if (auto written = m_writer->waitUntilStored(); !written)
        return written.error();
    m_finalResult = calculator.finalResult();
    report(input, true);
    if (std::optional<QJsonObject> closing = calculator.takeSnapshot())
        publish(*closing);
    return DatasetTotals { m_rows + m_rejected, m_rows, m_rejected };
}

std::optional<ImportPass::Outcome> ImportPass::take(const CsvRecord &record)
{
    if (record.fieldCount() != m_converter.columnCount()) {
        reject(record, -1, tr("%1 fields where the header has %2.").arg(record.fieldCount()).arg(m_converter.columnCount()));
        return std::nullopt;
    }
    for (const CsvRecordIssue &issue : record.issues()) {
        if (issue.kind == CsvRecordIssue::Kind::InvalidUtf8) {
            reject(record, issue.column, tr("The field is not valid text in the file's encoding."));
            return std::nullopt;
        }
    }
    if (auto rejection = m_converter.convert(record, m_batch.rows)) {
        const ColumnType current = m_columns.at(rejection->column).type;
        const ColumnType wider = widerOf(current, naturalTypeOf(m_parser, record.field(rejection->column),
                                                                m_converter.conversion(rejection->column).dateOrder));
        if (wider != current)
            return Widen { rejection->column, wider };
        reject(record, rejection->column, rejection->reason);
        return std::nullopt;
    }
    ++m_rows;
    return std::nullopt;
}

void ImportPass::reject(const CsvRecord &record, int column, const QString &reason)
{
    ++m_rejected;
    m_batch.rejected << RowError { record.lineNumber(), record.byteOffset(),
                                   column >= 0 && column < m_columns.size() ? m_columns.at(column).name : QString(),
                                   reason, record.rawText().toByteArray() };
}

void ImportPass::report(const InputStream &input, bool force)
{
    if (!m_request.sink)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - m_lastReport < kReportInterval)
        return;
    m_lastReport = now;
    const double elapsed = std::chrono::duration<double>(now - m_started).count();
    ImportProgress progress;
    progress.datasetId = m_datasetId;
    progress.bytesRead = input.compressedBytesConsumed();
    progress.bytesTotal = input.sourceSize();
    progress.rows = m_rows;
    progress.rejected = m_rejected;
    progress.rowsPerSecond = elapsed > 0 ? double(m_rows) / elapsed : 0;
    const double fraction = progress.fraction();
    progress.etaSeconds = fraction > 0.01 && !force ? elapsed * (1 - fraction) / fraction : (force ? 0 : -1);
    m_request.sink->progressed(progress);
}

void ImportPass::publish(const QJsonObject &snapshot)
{
    if (m_request.sink)
        m_request.sink->partialResults(m_datasetId, snapshot);
}

} // namespace sluice
