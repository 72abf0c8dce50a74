#pragma once

#include <memory>

#include <QByteArray>
#include <QMutex>
#include <QWaitCondition>

class QThread;
struct sqlite3;

namespace sluice {

/// Copies a WAL database's committed pages into the database file from a thread of its own, a
/// few times a second, while a bulk load writes: PASSIVE checkpoints on a connection of its own,
/// which never wait for the writer or for readers. The writer's connection turns its automatic
/// checkpoints off meanwhile, so it neither copies the log nor waits for the copy's fsync (with
/// synchronous=NORMAL those are the only syncs, and in a large import they stall the writer for
/// about half a second per 100 MB). Does nothing for a database without a file.
///
/// The log is started afresh only when a write transaction begins after everything in it was
/// copied, which never happens by itself when transactions follow each other at once: the writer
/// calls catchUp() between transactions, which once the log is large (as the writer's commits
/// report it) waits for one copy of the last transaction (instead of one copy and sync per
/// transaction).
///
/// Threads: made, asked and destroyed on the writer's thread, which owns `writer`; the copying
/// runs on the checkpointer's thread. Destroying it stops the thread, copies what is left and
/// turns the writer's automatic checkpoints back on.
class SqliteCheckpointer final
{
public:
    /// The log is "large" from 128 MB on.
    static constexpr qint64 kLargeLogBytes = 128 * 1024 * 1024;

    explicit SqliteCheckpointer(sqlite3 *writer, qint64 largeLogBytes = kLargeLogBytes);
    ~SqliteCheckpointer();
    Q_DISABLE_COPY_MOVE(SqliteCheckpointer)

    /// Between transactions: if the log has grown large, waits until a checkpoint begun now has
    /// copied it, so that the next transaction starts it afresh.
    void catchUp();

private:
    /// sqlite3_wal_hook(): after each of the writer's commits, on its thread.
    static int committed(void *self, sqlite3 *db, const char *database, int logPages);
    void run();

    sqlite3 *m_writer;
    int m_largeLogPages = 0;  // largeLogBytes in the database's pages
    int m_logPages = 0;  // the log's length at the writer's last commit (writer's thread only)
    QByteArray m_path;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_wake;  // the thread waits on it between passes
    QWaitCondition m_passDone;
    // Guarded by m_mutex: passes are numbered from 1 as they begin.
    bool m_stopping = false;
    qint64 m_begun = 0;
    qint64 m_done = 0;
    qint64 m_wanted = 0;  // catchUp() waits for this pass, which began after its request
};

} // namespace sluice
