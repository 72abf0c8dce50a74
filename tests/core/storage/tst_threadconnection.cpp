#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/storage/databaseconnection.h"
#include "core/storage/threadconnection.h"
#include "support/verifyresult.h"

using namespace sluice;

class tst_ThreadConnection : public QObject
{
    Q_OBJECT
private slots:
    void oneConnectionPerThreadAndDatabase();
    void closedBeforeTheThreadIsWaitedFor();
};

namespace {

QStringList poolConnections()
{
    QStringList names = QSqlDatabase::connectionNames();
    names.removeIf([](const QString &name) { return !name.contains(QStringLiteral("pool")); });
    return names;
}

} // namespace

void tst_ThreadConnection::oneConnectionPerThreadAndDatabase()
{
    QTemporaryDir dir;
    const DatabaseConfig first { dir.filePath(QStringLiteral("a.db")) };
    const DatabaseConfig second { dir.filePath(QStringLiteral("b.db")) };
    DatabaseConnection *a = nullptr;
    DatabaseConnection *again = nullptr;
    DatabaseConnection *b = nullptr;
    DatabaseConnection *elsewhere = nullptr;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        a = ThreadConnection::get(first).value_or(nullptr);
        again = ThreadConnection::get(first).value_or(nullptr);
        b = ThreadConnection::get(second).value_or(nullptr);
        std::unique_ptr<QThread> other(QThread::create([&] { elsewhere = ThreadConnection::get(first).value_or(nullptr); }));
        other->start();
        other->wait();
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY(a && b && elsewhere);
    QCOMPARE(again, a);
    QVERIFY(b != a && elsewhere != a);
}

void tst_ThreadConnection::closedBeforeTheThreadIsWaitedFor()
{
    // At shutdown the process may exit as soon as its threads are waited for: their connections
    // must be closed by then, not by a destructor that runs after (it crashed the server).
    QTemporaryDir dir;
    const DatabaseConfig config { dir.filePath(QStringLiteral("t.db")) };
    for (int i = 0; i < 20; ++i) {
        bool queried = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto connection = ThreadConnection::get(config);
            if (!connection)
                return;
            QSqlQuery query((*connection)->database());
            queried = query.exec(QStringLiteral("SELECT 1"));
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(queried);
        QCOMPARE(poolConnections(), QStringList());
    }
}

QTEST_GUILESS_MAIN(tst_ThreadConnection)
#include "tst_threadconnection.moc"
