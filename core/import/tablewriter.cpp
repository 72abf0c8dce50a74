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
    if (m_thread && m_thread->isRunning()) {
        m_queue.abort();
        m_thread->wait();
    }
}

void TableWriter::start()
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("sluice-table-writer"));
    m_thread->start();
}

Result<void> TableWriter::wait()
{
    m_thread->wait();
    if (m_error)
        return tl::unexpected(*m_error);
    return {};
}

void TableWriter::run()
{
    if (auto written = writeAll(); !written) {
        m_error = written.error();
        m_queue.abort();
    }
}

Result<void> TableWriter::writeAll()
{
    auto connection = DatabaseConnection::open(m_database, QStringLiteral("import"));
    if (!connection)
        return tl::unexpected(connection.error());
    const DatabaseConnection &db = **connection;
    const DatasetCatalog catalog(db);
    if (auto created = db.execute(db.dialect().createTable(m_table, m_columns)); !created)
        return created;
    auto inserter = db.dialect().bulkInserter(db, m_table, int(m_columns.size()));
    if (!inserter)
        return tl::unexpected(inserter.error());

    qint64 rowsInTransaction = 0;
    bool inTransaction = false;
    while (std::optional<ImportBatch> batch = m_queue.pop()) {
        if (!inTransaction) {
            if (auto begun = db.beginTransaction(); !begun)
                return begun;
            inTransaction = true;
        }
        auto stored = (*inserter)->insert(batch->rows, batch->firstRowNumber).and_then([&] {
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
            (*inserter)->committed();
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
