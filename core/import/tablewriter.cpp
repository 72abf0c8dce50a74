#include "core/import/tablewriter.h"

#include <QThread>

#include "core/import/batchqueue.h"
#include "core/import/rowbatchpool.h"
#include "core/storage/bulkinserter.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/datasetcatalog.h"

namespace sluice {

namespace {
// Rows per transaction: large enough that commits cost nothing measurable, small enough that
// the log, which the bulk inserter's checkpointer copies as the import goes, can be started
// afresh now and then (between transactions) during a long import.
constexpr qint64 kRowsPerTransaction = 250'000;
} // namespace

TableWriter::TableWriter(DatabaseConfig database, QString datasetId, QString table, QList<TableColumn> columns,
                         BatchQueue &queue, RowBatchPool *spares)
    : m_database(std::move(database))
    , m_datasetId(std::move(datasetId))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_queue(queue)
    , m_spares(spares)
{
}

TableWriter::~TableWriter()
{
    if (!m_thread)
        return;
    if (m_storedFuture.valid() && m_storedFuture.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        m_queue.abort();  // destroyed before it was done: it gives up, keeping nothing uncommitted
    m_thread->wait();
}

void TableWriter::start()
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("sluice-table-writer"));
    m_thread->start();
}

Result<void> TableWriter::waitUntilStored()
{
    m_storedFuture.get();
    if (m_error)
        return tl::unexpected(*m_error);
    return {};
}

void TableWriter::run()
{
    // Both outlive the announcement below: closing them is the part the import need not wait for.
    std::unique_ptr<DatabaseConnection> connection;
    std::unique_ptr<BulkInserter> inserter;  // destroyed first: it uses the connection
    auto written = open(connection, inserter).and_then([&] { return writeAll(*connection, *inserter); });
    if (!written) {
        m_error = written.error();
        m_queue.abort();
    }
    m_stored.set_value();
}

Result<void> TableWriter::open(std::unique_ptr<DatabaseConnection> &connection,
                               std::unique_ptr<BulkInserter> &inserter) const
{
    auto opened = DatabaseConnection::open(m_database, QStringLiteral("import"));
    if (!opened)
        return tl::unexpected(opened.error());
    connection = std::move(*opened);
    if (auto created = connection->execute(connection->dialect().createTable(m_table, m_columns)); !created)
        return created;
    auto made = connection->dialect().bulkInserter(*connection, m_table, int(m_columns.size()));
    if (!made)
        return tl::unexpected(made.error());
    inserter = std::move(*made);
    return {};
}

Result<void> TableWriter::writeAll(const DatabaseConnection &db, BulkInserter &inserter)
{
    const DatasetCatalog catalog(db);

    qint64 rowsInTransaction = 0;
    bool inTransaction = false;
    while (std::optional<ImportBatch> batch = m_queue.pop()) {
        if (!inTransaction) {
            if (auto begun = db.beginTransaction(); !begun)
                return begun;
            inTransaction = true;
        }
        auto stored = inserter.insert(batch->rows, batch->firstRowNumber).and_then([&] {
            return batch->rejected.isEmpty() ? Result<void>() : catalog.addErrors(m_datasetId, batch->rejected);
        });
        if (!stored) {
            db.rollback();
            return stored;
        }
        rowsInTransaction += batch->rows.rowCount() + batch->rejected.size();
        if (m_spares)
            m_spares->giveBack(std::move(batch->rows));
        if (rowsInTransaction >= kRowsPerTransaction) {
            if (auto committed = db.commit(); !committed)
                return committed;
            inserter.committed();
            inTransaction = false;
            rowsInTransaction = 0;
        }
    }
    if (m_queue.isAborted()) {  // the parse side gave up (cancel or error): keep nothing uncommitted
        if (inTransaction)
            db.rollback();
        return {};
    }
    return inTransaction ? db.commit() : Result<void>();
}

} // namespace sluice
