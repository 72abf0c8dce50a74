#pragma once

#include <future>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QList>

#include "core/error.h"
#include "core/storage/databaseconfig.h"
#include "core/storage/sqldialect.h"

class QThread;

namespace sluice {

class BatchQueue;
class BulkInserter;
class DatabaseConnection;
class RowBatchPool;

/// The insert side of an import: on a thread of its own with its own connection, creates the
/// dataset's table, then stores every batch from the queue (rows with the bulk inserter,
/// rejected rows in the catalog) in large transactions. On a failure it aborts the queue, so
/// the parse thread stops too, and rolls back what it had not committed.
///
/// Once everything is committed it says so (waitUntilStored()) before it closes its connection:
/// that close ends with the bulk inserter's last copy of the database's log, which the import
/// need not wait for to record its results. The destructor waits for the thread.
class TableWriter final
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)
public:
    /// Stored batches go back to `spares`, if given, for the parse thread to fill again.
    TableWriter(DatabaseConfig database, QString datasetId, QString table, QList<TableColumn> columns,
                BatchQueue &queue, RowBatchPool *spares);
    ~TableWriter();
    Q_DISABLE_COPY_MOVE(TableWriter)

    void start();
    /// Waits until every batch of the drained queue is committed, or the writing failed or the
    /// queue was aborted (nothing uncommitted is kept then); the outcome. The table is no longer
    /// written to once this returns.
    [[nodiscard]] Result<void> waitUntilStored();

private:
    void run();
    /// Opens the thread's connection, creates the table and makes its bulk inserter.
    [[nodiscard]] Result<void> open(std::unique_ptr<DatabaseConnection> &connection,
                                    std::unique_ptr<BulkInserter> &inserter) const;
    [[nodiscard]] Result<void> writeAll(const DatabaseConnection &db, BulkInserter &inserter);

    DatabaseConfig m_database;
    QString m_datasetId;
    QString m_table;
    QList<TableColumn> m_columns;
    BatchQueue &m_queue;
    RowBatchPool *m_spares;
    std::unique_ptr<QThread> m_thread;
    std::optional<Error> m_error;  // written by the thread before it sets m_stored
    std::promise<void> m_stored;
    std::future<void> m_storedFuture = m_stored.get_future();
};

} // namespace sluice
