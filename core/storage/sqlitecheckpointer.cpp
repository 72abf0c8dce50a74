#include "core/storage/sqlitecheckpointer.h"

#include <QThread>

#include <sqlite3.h>

#include "core/logging.h"

namespace sluice {

namespace {

constexpr int kIntervalMs = 200;
constexpr int kDefaultAutoCheckpointPages = 1000;  // SQLite's default, restored afterwards

int pageSizeOf(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    int pageSize = 4096;  // SQLite's default
    if (sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        pageSize = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return qMax(pageSize, 512);
}

} // namespace

SqliteCheckpointer::SqliteCheckpointer(sqlite3 *writer, qint64 largeLogBytes)
    : m_writer(writer)
    , m_largeLogPages(int(qMax<qint64>(1, largeLogBytes / pageSizeOf(writer))))
{
    const char *path = sqlite3_db_filename(writer, "main");
    if (!path || !*path)
        return;  // in memory or temporary: nothing to copy to
    m_path = QByteArray(path);
    // In place of the automatic checkpoints (which are a hook like this one).
    sqlite3_wal_hook(m_writer, &SqliteCheckpointer::committed, this);
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("sluice-checkpoint"));
    m_thread->start();
}

SqliteCheckpointer::~SqliteCheckpointer()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    sqlite3_wal_autocheckpoint(m_writer, kDefaultAutoCheckpointPages);
}

int SqliteCheckpointer::committed(void *self, sqlite3 *, const char *, int logPages)
{
    static_cast<SqliteCheckpointer *>(self)->m_logPages = logPages;
    return SQLITE_OK;
}

void SqliteCheckpointer::catchUp()
{
    if (!m_thread || m_logPages < m_largeLogPages)
        return;
    QMutexLocker lock(&m_mutex);
    // A pass running now may have begun before the last commit: wait for one begun after it.
    m_wanted = m_begun + 1;
    m_wake.wakeAll();
    while (m_done < m_wanted && !m_stopping)
        m_passDone.wait(&m_mutex);
}

void SqliteCheckpointer::run()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        qCWarning(lcStorage) << "checkpoint connection failed:" << sqlite3_errmsg(db);
        sqlite3_close(db);
        QMutexLocker lock(&m_mutex);
        m_stopping = true;  // catchUp() must not wait; the log grows until the writer copies it again
        m_passDone.wakeAll();
        return;
    }
    sqlite3_busy_timeout(db, 1000);
    // A connection knows the database is in WAL mode only once it has read it; until then a
    // checkpoint does nothing.
    sqlite3_exec(db, "PRAGMA journal_mode", nullptr, nullptr, nullptr);
    bool stopping = false;
    while (!stopping) {
        {
            QMutexLocker lock(&m_mutex);
            if (!m_stopping && m_begun >= m_wanted)
                m_wake.wait(&m_mutex, kIntervalMs);
            stopping = m_stopping;
            ++m_begun;
        }
        // PASSIVE: copies what no reader still needs, waits for nobody; busy is not an error here.
        const int result = sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (result != SQLITE_OK && result != SQLITE_BUSY)
            qCWarning(lcStorage) << "checkpoint failed:" << sqlite3_errmsg(db);
        QMutexLocker lock(&m_mutex);
        ++m_done;
        m_passDone.wakeAll();
    }
    sqlite3_close(db);
}

} // namespace sluice
