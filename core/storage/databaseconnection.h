#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/error.h"
#include "core/storage/databaseconfig.h"

struct sqlite3;

namespace sluice {

class SqlDialect;

/// One thread's connection to the Sluice database (Qt Sql connections are per thread).
/// Create, use and destroy it in the same thread. Opening applies the tuning for bulk
/// loads and concurrent readers (WAL, synchronous NORMAL, a large page cache).
class DatabaseConnection final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConnection)
public:
    /// `purpose` names the connection in logs and errors, e.g. "import" or "api".
    [[nodiscard]] static Result<std::unique_ptr<DatabaseConnection>> open(const DatabaseConfig &config,
                                                                          const QString &purpose);
    ~DatabaseConnection();
    Q_DISABLE_COPY_MOVE(DatabaseConnection)

    /// A handle to this connection; never keep it beyond this object's life.
    QSqlDatabase database() const;
    const SqlDialect &dialect() const { return *m_dialect; }
    /// SQLite's own handle, for the bulk-load path that bypasses Qt's per-value overhead.
    sqlite3 *sqliteHandle() const;

    /// Runs one statement with no result rows; the error names the statement's purpose.
    [[nodiscard]] Result<void> execute(const QString &sql) const;

    [[nodiscard]] Result<void> beginTransaction() const;
    [[nodiscard]] Result<void> commit() const;
    void rollback() const;

    /// Runs `work` in one transaction: committed when it succeeds, rolled back when it fails.
    [[nodiscard]] Result<void> inTransaction(const std::function<Result<void>()> &work) const;

private:
    DatabaseConnection(QString name, std::unique_ptr<SqlDialect> dialect);

    QString m_name;
    std::unique_ptr<SqlDialect> m_dialect;
};

} // namespace sluice
