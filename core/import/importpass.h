#pragma once

#include <chrono>
#include <memory>
#include <variant>
#include <vector>

#include <QCoreApplication>

#include "core/calc/datasetprofile.h"
#include "core/csv/csvdialect.h"
#include "core/import/batchqueue.h"
#include "core/import/importbatch.h"
#include "core/import/importrequest.h"
#include "core/import/rowbatchpool.h"
#include "core/import/rowconverter.h"
#include "core/storage/datasetcatalog.h"
#include "core/storage/sqldialect.h"

namespace sluice {

class InputStream;
class TableWriter;

/// One streaming pass over an input with the column types fixed: read and convert on the calling
/// thread, and hand batches to a ProfileCalculator (statistics) which hands them to a TableWriter
/// (which creates the table), each on a thread of its own. Ends with the totals, a failure, or
/// the first column whose values need a wider type than it was given.
class ImportPass final
{
    Q_DECLARE_TR_FUNCTIONS(ImportPass)
public:
    struct Widen
    {
        int column;
        ColumnType to;
    };
    using Outcome = std::variant<DatasetTotals, Error, Widen>;

    /// Records per batch handed to the insert thread; cancel is checked once per batch.
    static constexpr int kBatchRows = 8192;

    ImportPass(const ImportRequest &request, QString datasetId, QString table, QList<TableColumn> columns,
               std::vector<ColumnConversion> conversions, const CsvDialect &dialect, QString displayName);
    /// Waits for the writer's thread, which may still be closing its connection after run().
    ~ImportPass();
    Q_DISABLE_COPY_MOVE(ImportPass)

    /// Reads `input` (positioned at its start) to the end.
    Outcome run(InputStream &input);

    /// The statistics of the rows stored; complete once run() returned totals (filled by the
    /// calculator's thread during run()).
    const DatasetProfile &profile() const { return m_profile; }
    /// profile().finalResult(), built during run() beside the writer's last commit.
    const QJsonObject &finalResult() const { return m_finalResult; }

private:
    /// Converts and queues one record; a Widen or an Error when the pass must stop.
    std::optional<Outcome> take(const CsvRecord &record);
    void reject(const CsvRecord &record, int column, const QString &reason);
    /// Progress, every 250 ms or when `force`d.
    void report(const InputStream &input, bool force);
    void publish(const QJsonObject &snapshot);
    bool isCanceled() const;

    const ImportRequest &m_request;
    QString m_datasetId;
    QString m_table;
    QList<TableColumn> m_columns;
    CsvDialect m_dialect;
    QString m_displayName;  // names the input in messages
    ValueParser m_parser;
    RowConverter m_converter;
    DatasetProfile m_profile;
    QJsonObject m_finalResult;
    ImportBatch m_batch;
    // The stages' queues outlive the writer, which may still be closing when run() returns.
    BatchQueue m_parsed;
    BatchQueue m_profiled;
    RowBatchPool m_spares;
    std::unique_ptr<TableWriter> m_writer;
    qint64 m_rows = 0;
    qint64 m_rejected = 0;
    std::chrono::steady_clock::time_point m_started;
    std::chrono::steady_clock::time_point m_lastReport;
};

} // namespace sluice
