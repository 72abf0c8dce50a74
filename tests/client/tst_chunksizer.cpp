#include <QTest>

#include "app/client/chunksizer.h"

using namespace sluice;

class tst_ChunkSizer : public QObject
{
    Q_OBJECT
private slots:
    void startsSmall();
    void growsTowardsOneSecondButGradually();
    void neverPassesTheServersMaximum();
    void slowLinkShrinksToTheMinimum();
    void aimsForAboutOneSecond();
    void tooLargeHalvesAndLowersTheCeiling();
    void tinyServerLimitIsHonoured();
};

void tst_ChunkSizer::startsSmall()
{
    ChunkSizer sizer;
    QCOMPARE(sizer.next(), ChunkSizer::kMinimum);
}

void tst_ChunkSizer::growsTowardsOneSecondButGradually()
{
    ChunkSizer sizer;
    sizer.recordChunk(ChunkSizer::kMinimum, 1); // absurdly fast
    QCOMPARE(sizer.next(), 4 * ChunkSizer::kMinimum);
    sizer.recordChunk(sizer.next(), 1);
    QCOMPARE(sizer.next(), 16 * ChunkSizer::kMinimum);
}

void tst_ChunkSizer::neverPassesTheServersMaximum()
{
    ChunkSizer sizer(3 * 1024 * 1024);
    for (int i = 0; i < 10; ++i)
        sizer.recordChunk(sizer.next(), 1);
    QCOMPARE(sizer.next(), 3 * 1024 * 1024);
    sizer.setMaximum(1024 * 1024);
    QCOMPARE(sizer.next(), 1024 * 1024);
}

void tst_ChunkSizer::slowLinkShrinksToTheMinimum()
{
    ChunkSizer sizer;
    for (int i = 0; i < 5; ++i)
        sizer.recordChunk(sizer.next(), 1);
    QVERIFY(sizer.next() > ChunkSizer::kMinimum);
    sizer.recordChunk(sizer.next(), 600000); // ten minutes for one chunk
    QCOMPARE(sizer.next(), ChunkSizer::kMinimum);
}

void tst_ChunkSizer::aimsForAboutOneSecond()
{
    ChunkSizer sizer;
    // 2 MiB/s: a 1 MiB chunk took half a second, so next should be about 2 MiB.
    sizer.recordChunk(1024 * 1024, 500);
    QCOMPARE(sizer.next(), 2 * 1024 * 1024);
}

void tst_ChunkSizer::tooLargeHalvesAndLowersTheCeiling()
{
    ChunkSizer sizer;
    sizer.tooLarge(8 * 1024 * 1024);
    QCOMPARE(sizer.next(), 4 * 1024 * 1024);
    QCOMPARE(sizer.maximum(), 4 * 1024 * 1024);
    sizer.recordChunk(sizer.next(), 1);
    QCOMPARE(sizer.next(), 4 * 1024 * 1024);
}

void tst_ChunkSizer::tinyServerLimitIsHonoured()
{
    ChunkSizer sizer(10000);
    QCOMPARE(sizer.next(), 10000);
}

QTEST_APPLESS_MAIN(tst_ChunkSizer)
#include "tst_chunksizer.moc"
