#pragma once

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
class RowBatchPool;

/// The insert side of an import: on a thread of its own with its own connection, creates the
/// dataset's table, then stores every batch from the queue (rows with the bulk inserter,
/// rejected rows in the catalog) in large transactions. On a failure it aborts the queue, so
/// the parse thread stops too, and rolls back what it had not committed.
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
    /// Waits until the queue is drained (or aborted) and the thread ended; the outcome.
    [[nodiscard]] Result<void> wait();

private:
    void run();
    [[nodiscard]] Result<void> writeAll();

    DatabaseConfig m_database;
    QString m_datasetId;
    QString m_table;
    QList<TableColumn> m_columns;
    BatchQueue &m_queue;
    RowBatchPool *m_spares;
    std::unique_ptr<QThread> m_thread;
    std::optional<Error> m_error;  // written by the thread, read after it ended
};

} // namespace sluice
