#include <QTest>

#include "app/client/backoff.h"

using namespace sluice;
using namespace std::chrono_literals;

class tst_Backoff : public QObject
{
    Q_OBJECT
private slots:
    void uploadScheduleEnds();
    void reconnectScheduleRepeatsItsLastStep();
    void resetStartsOver();
};

void tst_Backoff::uploadScheduleEnds()
{
    Backoff backoff = Backoff::forUploads();
    QList<Backoff::Delay> waits;
    while (auto delay = backoff.next())
        waits.append(*delay);
    QCOMPARE(waits, (QList<Backoff::Delay> { 500ms, 1000ms, 3000ms, 5000ms, 10000ms }));
    QVERIFY(!backoff.next().has_value()); // stays used up
    QCOMPARE(backoff.attempts(), 5);
}

void tst_Backoff::reconnectScheduleRepeatsItsLastStep()
{
    Backoff backoff = Backoff::forReconnects();
    QList<Backoff::Delay> waits;
    for (int i = 0; i < 8; ++i)
        waits.append(backoff.next().value());
    QCOMPARE(waits, (QList<Backoff::Delay> { 500ms, 1000ms, 2000ms, 5000ms, 10000ms, 10000ms, 10000ms, 10000ms }));
}

void tst_Backoff::resetStartsOver()
{
    Backoff backoff = Backoff::forUploads();
    QCOMPARE(backoff.next().value(), 500ms);
    QCOMPARE(backoff.next().value(), 1000ms);
    backoff.reset();
    QCOMPARE(backoff.attempts(), 0);
    QCOMPARE(backoff.next().value(), 500ms);
}

QTEST_APPLESS_MAIN(tst_Backoff)
#include "tst_backoff.moc"
