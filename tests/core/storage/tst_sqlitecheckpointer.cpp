#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include "core/storage/sqlitecheckpointer.h"

using namespace sluice;

namespace {

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        QFAIL(error);
}

} // namespace

// The import's writer hands the copying of the WAL into the database file to a checkpointer on
// a thread of its own; tested here, next to the import's other tests, on SQLite itself.
class tst_SqliteCheckpointer : public QObject
{
    Q_OBJECT
private slots:
    void copiesTheLogAndStartsItAfresh();
    void databaseWithoutFile();
};

void tst_SqliteCheckpointer::copiesTheLogAndStartsItAfresh()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.db"));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    exec(db, "PRAGMA journal_mode = WAL");
    exec(db, "PRAGMA synchronous = NORMAL");
    exec(db, "CREATE TABLE t (x)");
    constexpr int kTransactions = 30;
    constexpr int kRows = 2000;  // about 450 KB a transaction, 13 MB in all
    {
        SqliteCheckpointer checkpointer(db, 256 * 1024);  // the log is "large" from 256 KB on
        sqlite3_stmt *insert = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "INSERT INTO t VALUES (?)", -1, &insert, nullptr), SQLITE_OK);
        const QByteArray value(200, 'x');
        for (int t = 0; t < kTransactions; ++t) {
            exec(db, "BEGIN IMMEDIATE");
            for (int r = 0; r < kRows; ++r) {
                sqlite3_bind_text(insert, 1, value.constData(), int(value.size()), SQLITE_STATIC);
                QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
                sqlite3_reset(insert);
            }
            exec(db, "COMMIT");
            checkpointer.catchUp();
        }
        sqlite3_finalize(insert);
        // Copied into the database file as it went, and the log started afresh again and again:
        // it never held more than a few transactions (without, it would hold all thirty).
        QVERIFY(QFileInfo(path).size() > 10'000'000);
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() < 4'000'000);
    }
    sqlite3 *reader = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &reader), SQLITE_OK);
    sqlite3_stmt *count = nullptr;
    QCOMPARE(sqlite3_prepare_v2(reader, "SELECT count(*) FROM t", -1, &count, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(count), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int64(count, 0), qint64(kTransactions) * kRows);
    sqlite3_finalize(count);
    sqlite3_close(reader);
    sqlite3_close(db);
}

// In memory there is nothing to copy to: no thread, and catching up returns at once.
void tst_SqliteCheckpointer::databaseWithoutFile()
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
    exec(db, "CREATE TABLE t (x)");
    {
        SqliteCheckpointer checkpointer(db, 1);
        exec(db, "INSERT INTO t VALUES (1)");
        checkpointer.catchUp();
    }
    sqlite3_close(db);
}

QTEST_APPLESS_MAIN(tst_SqliteCheckpointer)
#include "tst_sqlitecheckpointer.moc"
