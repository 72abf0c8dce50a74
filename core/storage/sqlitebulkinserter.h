#pragma once

#include <memory>

#include <QCoreApplication>

#include "core/storage/bulkinserter.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sluice {

class DatabaseConnection;
class SqliteCheckpointer;

/// Bulk insert through SQLite's C API on the Qt driver's own connection: a prepared
/// multi-row INSERT bound straight from the batch, with no QVariant per value (Qt Sql's
/// per-row path costs several times SQLite's own; see PERFORMANCE.md). While it lives, a
/// SqliteCheckpointer copies the log into the database so that the inserting thread need not.
class SqliteBulkInserter final : public BulkInserter
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBulkInserter)
public:
    /// `quotedTable` is already a quoted identifier; the table has `_row` plus `columnCount` columns.
    [[nodiscard]] static Result<std::unique_ptr<SqliteBulkInserter>> create(const DatabaseConnection &connection,
                                                                            const QString &quotedTable,
                                                                            int columnCount);
    ~SqliteBulkInserter() override;
    Q_DISABLE_COPY_MOVE(SqliteBulkInserter)

    [[nodiscard]] Result<void> insert(const RowBatch &batch, qint64 firstRowNumber) override;
    void committed() override;

private:
    SqliteBulkInserter(sqlite3 *db, int columnCount, int rowsPerStatement);
    [[nodiscard]] Result<sqlite3_stmt *> prepare(const QString &quotedTable, int rows) const;
    [[nodiscard]] Result<void> run(sqlite3_stmt *statement, const RowBatch &batch, qsizetype firstRow, int rows,
                                   qint64 firstRowNumber);
    [[nodiscard]] Result<void> failure(const char *what) const;

    sqlite3 *m_db;
    int m_columnCount;
    int m_rowsPerStatement;
    sqlite3_stmt *m_many = nullptr;  // m_rowsPerStatement rows
    sqlite3_stmt *m_one = nullptr;   // the remainder, one row at a time
    std::unique_ptr<SqliteCheckpointer> m_checkpointer;
};

} // namespace sluice
