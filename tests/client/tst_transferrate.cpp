#include <QTest>

#include "app/client/transferrate.h"

using namespace sluice;

class tst_TransferRate : public QObject
{
    Q_OBJECT
private slots:
    void unknownUntilTwoSamples();
    void steadyTransferGivesItsRate();
    void briefStallMovesEtaOnlyALittle();
    void sampleFrequencyDoesNotChangeTheEstimate();
    void restartKeepsTheRateButNotTheBaseline();
    void etaOfNothingLeftIsZero();
};

void tst_TransferRate::unknownUntilTwoSamples()
{
    TransferRate rate;
    QVERIFY(!rate.hasRate());
    QCOMPARE(rate.secondsLeft(1000), -1);
    rate.addSample(0, 0);
    QVERIFY(!rate.hasRate());
    QCOMPARE(rate.secondsLeft(1000), -1);
    rate.addSample(1000, 1000);
    QVERIFY(rate.hasRate());
    QCOMPARE(rate.bytesPerSecond(), 1000.0);
}

void tst_TransferRate::steadyTransferGivesItsRate()
{
    TransferRate rate;
    for (qint64 t = 0; t <= 10000; t += 250)
        rate.addSample(t * 4000 / 1000, t); // 4000 bytes per second
    QCOMPARE(rate.bytesPerSecond(), 4000.0);
    QCOMPARE(rate.secondsLeft(40000), 10);
}

void tst_TransferRate::briefStallMovesEtaOnlyALittle()
{
    TransferRate rate(3000);
    qint64 bytes = 0;
    qint64 t = 0;
    for (; t <= 20000; t += 250) {
        rate.addSample(bytes, t);
        bytes += 250; // 1000 bytes/s
    }
    const qint64 before = rate.secondsLeft(100000);
    QCOMPARE(before, 100);
    // Half a second with nothing sent (between two chunks): the raw rate drops to zero,
    // which an unsmoothed ETA would show as "unknown"; the smoothed one moves by under 20%.
    rate.addSample(bytes - 250, t + 250); // the last sample's bytes, 500 ms after it
    const qint64 after = rate.secondsLeft(100000);
    QVERIFY2(after > before && after < before * 12 / 10, qPrintable(QString::number(after)));
}

void tst_TransferRate::sampleFrequencyDoesNotChangeTheEstimate()
{
    // From a steady 1000 B/s to a steady 3000 B/s: sampled every 100 ms or every 500 ms,
    // the estimate after the same elapsed time is the same (the weight follows time).
    TransferRate often(2000);
    TransferRate rarely(2000);
    often.addSample(0, 0);
    often.addSample(1000, 1000);
    rarely.addSample(0, 0);
    rarely.addSample(1000, 1000);
    for (qint64 t = 1100; t <= 3000; t += 100)
        often.addSample(1000 + (t - 1000) * 3, t);
    for (qint64 t = 1500; t <= 3000; t += 500)
        rarely.addSample(1000 + (t - 1000) * 3, t);
    QVERIFY(often.bytesPerSecond() > 1000 && often.bytesPerSecond() < 3000);
    QVERIFY2(qAbs(often.bytesPerSecond() - rarely.bytesPerSecond()) < 1.0,
        qPrintable(QStringLiteral("%1 vs %2").arg(often.bytesPerSecond()).arg(rarely.bytesPerSecond())));
}

void tst_TransferRate::restartKeepsTheRateButNotTheBaseline()
{
    TransferRate rate;
    rate.addSample(0, 0);
    rate.addSample(2000, 1000);
    QCOMPARE(rate.bytesPerSecond(), 2000.0);
    rate.restart();
    // After a pause of a minute: the first sample is a new baseline, not a minute of zero speed.
    rate.addSample(2000, 61000);
    QCOMPARE(rate.bytesPerSecond(), 2000.0);
    rate.clear();
    QVERIFY(!rate.hasRate());
}

void tst_TransferRate::etaOfNothingLeftIsZero()
{
    TransferRate rate;
    QCOMPARE(rate.secondsLeft(0), 0);
}

QTEST_APPLESS_MAIN(tst_TransferRate)
#include "tst_transferrate.moc"
