#include <thread>

#include <QTest>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

#include "core/tasks/backgroundpriority.h"

using namespace sluice;

class tst_BackgroundPriority : public QObject
{
    Q_OBJECT
private slots:
    void lowersOnlyTheCallingThreadAndWhatItStarts();
};

namespace {

#ifdef Q_OS_LINUX
int niceness()
{
    return ::getpriority(PRIO_PROCESS, id_t(::gettid()));
}
#endif

} // namespace

void tst_BackgroundPriority::lowersOnlyTheCallingThreadAndWhatItStarts()
{
#ifdef Q_OS_LINUX
    const int before = niceness();
    int lowered = -100;
    int started = -100;
    bool applied = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        applied = BackgroundPriority::applyToCurrentThread();
        lowered = niceness();
        std::thread child([&] { started = niceness(); }); // an import's or export's own threads
        child.join();
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY(applied);
    QCOMPARE(lowered, BackgroundPriority::kNiceness);
    QCOMPARE(started, BackgroundPriority::kNiceness);
    QCOMPARE(niceness(), before); // the caller's (the GUI's) thread is untouched
#else
    QThread::Priority lowered = QThread::InheritPriority;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QVERIFY(BackgroundPriority::applyToCurrentThread());
        lowered = QThread::currentThread()->priority();
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QCOMPARE(lowered, QThread::LowPriority);
#endif
}

QTEST_GUILESS_MAIN(tst_BackgroundPriority)
#include "tst_backgroundpriority.moc"
