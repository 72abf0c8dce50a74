#include "core/storage/sqlitebulkinserter.h"

#include <algorithm>

#include <sqlite3.h>

#include "core/storage/databaseconnection.h"
#include "core/storage/rowbatch.h"
#include "core/storage/sqlitecheckpointer.h"

namespace sluice {

namespace {

constexpr int kMaxRowsPerStatement = 64;
constexpr int kMaxVariables = 32766;  // SQLite's default SQLITE_MAX_VARIABLE_NUMBER since 3.32

} // namespace

SqliteBulkInserter::SqliteBulkInserter(sqlite3 *db, int columnCount, int rowsPerStatement)
    : m_db(db)
    , m_columnCount(columnCount)
    , m_rowsPerStatement(rowsPerStatement)
{
}

SqliteBulkInserter::~SqliteBulkInserter()
{
    m_checkpointer.reset();
    sqlite3_finalize(m_many);
    sqlite3_finalize(m_one);
}

Result<std::unique_ptr<SqliteBulkInserter>> SqliteBulkInserter::create(const DatabaseConnection &connection,
                                                                       const QString &quotedTable, int columnCount)
{
    sqlite3 *db = connection.sqliteHandle();
    if (!db)
        return fail(ErrorCode::Internal, tr("The database connection is not an SQLite connection."));
    const int rows = std::clamp(kMaxVariables / (columnCount + 1), 1, kMaxRowsPerStatement);
    std::unique_ptr<SqliteBulkInserter> inserter(new SqliteBulkInserter(db, columnCount, rows));
    auto many = inserter->prepare(quotedTable, rows);
    if (!many)
        return tl::unexpected(many.error());
    inserter->m_many = *many;
    auto one = inserter->prepare(quotedTable, 1);
    if (!one)
        return tl::unexpected(one.error());
    inserter->m_one = *one;
    inserter->m_checkpointer = std::make_unique<SqliteCheckpointer>(db);
    return inserter;
}

Result<sqlite3_stmt *> SqliteBulkInserter::prepare(const QString &quotedTable, int rows) const
{
    const QString row = u'(' + QStringList(QList<QString>(m_columnCount + 1, QStringLiteral("?"))).join(u',') + u')';
    const QString sql = QStringLiteral("INSERT INTO %1 VALUES %2")
                            .arg(quotedTable, QStringList(QList<QString>(rows, row)).join(u','));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        auto error = failure("prepare");
        sqlite3_finalize(statement);
        return tl::unexpected(error.error());
    }
    return statement;
}

Result<void> SqliteBulkInserter::insert(const RowBatch &batch, qint64 firstRowNumber)
{
    Q_ASSERT(batch.columnCount() == m_columnCount);
    const qsizetype rows = batch.rowCount();
    qsizetype row = 0;
    for (; row + m_rowsPerStatement <= rows; row += m_rowsPerStatement) {
        if (auto done = run(m_many, batch, row, m_rowsPerStatement, firstRowNumber + row); !done)
            return done;
    }
    for (; row < rows; ++row) {
        if (auto done = run(m_one, batch, row, 1, firstRowNumber + row); !done)
            return done;
    }
    return {};
}

void SqliteBulkInserter::committed()
{
    m_checkpointer->catchUp();
}

Result<void> SqliteBulkInserter::run(sqlite3_stmt *statement, const RowBatch &batch, qsizetype firstRow, int rows,
                                     qint64 firstRowNumber)
{
    int parameter = 1;
    for (int r = 0; r < rows; ++r) {
        sqlite3_bind_int64(statement, parameter++, firstRowNumber + r);
        for (int c = 0; c < m_columnCount; ++c) {
            const StoredValue &value = batch.value(firstRow + r, c);
            switch (value.kind) {
            case StoredValue::Kind::Null: sqlite3_bind_null(statement, parameter); break;
            case StoredValue::Kind::Integer: sqlite3_bind_int64(statement, parameter, value.integer); break;
            case StoredValue::Kind::Real: sqlite3_bind_double(statement, parameter, value.real); break;
            case StoredValue::Kind::Text: {
                const QByteArrayView text = batch.text(value);
                // SQLITE_STATIC: the batch outlives the step below, so SQLite need not copy.
                sqlite3_bind_text64(statement, parameter, text.data(), sqlite3_uint64(text.size()), SQLITE_STATIC,
                                    SQLITE_UTF8);
                break;
            }
            }
            ++parameter;
        }
    }
    const int stepped = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (stepped != SQLITE_DONE)
        return failure("insert");
    return {};
}

Result<void> SqliteBulkInserter::failure(const char *what) const
{
    return fail(ErrorCode::Storage, tr("The database could not %1 rows: %2")
                                        .arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(m_db))));
}

} // namespace sluice
