// Throughput of the calculators (core/calc) on rows shaped like the "sales" sample: how much the
// statistics add to an import. Prints figures; never pass/fail. Usage: bench_calc [rows]
#include <chrono>
#include <cstdio>
#include <ctime>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>

#include "core/calc/datasetprofile.h"
#include "core/storage/rowbatch.h"

using namespace sluice;

namespace {

using Clock = std::chrono::steady_clock;

struct Random
{
    quint64 state = 0x853c49e6748fea9bull;
    quint64 next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    int below(int n) { return int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
};

QList<QByteArray> names(const char *prefix, int count)
{
    QList<QByteArray> list;
    for (int i = 0; i < count; ++i)
        list.append(QByteArray(prefix) + QByteArray::number(i * 7919 % 10007));
    return list;
}

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

// This thread's CPU time: on a shared machine it says what the statistics cost better than the
// wall clock, which counts the time other processes had the core.
double cpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 totalRows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10'000'000;
    const QList<ColumnSpec> columns {
        { QStringLiteral("id"), ColumnType::Integer },       { QStringLiteral("ts"), ColumnType::DateTime },
        { QStringLiteral("date"), ColumnType::Date },        { QStringLiteral("team"), ColumnType::Text },
        { QStringLiteral("region"), ColumnType::Text },      { QStringLiteral("product"), ColumnType::Text },
        { QStringLiteral("quantity"), ColumnType::Integer }, { QStringLiteral("unit_price"), ColumnType::Real },
        { QStringLiteral("discount"), ColumnType::Real },    { QStringLiteral("note"), ColumnType::Text },
    };
    const QList<QByteArray> teams = names("team-", 50);
    const QList<QByteArray> regions = { "north", "south", "east", "west", "central", "overseas" };
    const QList<QByteArray> products = names("product-", 200);
    const QList<QByteArray> notes = names("note about the order, reference ", 5000);

    DatasetProfile profile(columns);
    // As an import: batches of 8192 rows, the statistics taking each block of 256 as it is made.
    constexpr int kBatch = 8192;
    RowBatch batch(int(columns.size()));
    Random random;
    qint64 ts = 1'700'000'000'000;
    Clock::duration feeding {};
    double feedingCpu = 0;
    Clock::duration snapshots {};
    int snapshotCount = 0;
    qint64 done = 0;
    while (done < totalRows) {
        const int rows = int(qMin<qint64>(kBatch, totalRows - done));
        batch.clear();
        for (int r = 0; r < rows; ++r) {
            ts += random.below(2000);
            batch.addInteger(done + r + 1);
            batch.addTemporal(ts, {});
            batch.addTemporal(ts / 86'400'000, {});
            batch.addText(teams[random.below(int(teams.size()))]);
            batch.addText(regions[random.below(int(regions.size()))]);
            batch.addText(products[random.below(int(products.size()))]);
            batch.addInteger(1 + random.below(100));
            batch.addReal(double(50 + random.below(50000)) / 100.0, 2);
            if (random.below(5) == 0)
                batch.addNull();
            else
                batch.addReal(double(random.below(31)) / 100.0, 2);
            if (random.below(10) < 7)
                batch.addNull();
            else
                batch.addText(notes[random.below(int(notes.size()))]);
            if ((r + 1) % DatasetProfile::kBlockRows == 0 || r + 1 == rows) {
                const qsizetype first = r / DatasetProfile::kBlockRows * DatasetProfile::kBlockRows;
                const auto start = Clock::now();
                const double cpuStart = cpuSeconds();
                profile.addRows(batch, first, r + 1 - first);
                feedingCpu += cpuSeconds() - cpuStart;
                feeding += Clock::now() - start;
            }
        }
        done += rows;
        // A snapshot every ~1M rows stands in for the 250 ms publishing timer.
        if (done % (128 * kBatch) == 0 || done == totalRows) {
            const auto snapStart = Clock::now();
            const QByteArray json = QJsonDocument(profile.snapshot()).toJson(QJsonDocument::Compact);
            snapshots += Clock::now() - snapStart;
            ++snapshotCount;
            if (done == totalRows) {
                std::printf("final snapshot: %lld bytes of JSON; final result: %lld bytes\n", qlonglong(json.size()),
                            qlonglong(QJsonDocument(profile.finalResult()).toJson(QJsonDocument::Compact).size()));
            }
        }
    }
    const double feedSeconds = seconds(feeding);
    std::printf("rows: %lld, columns: %lld\n", qlonglong(totalRows), qlonglong(columns.size()));
    std::printf("addRows: %.1f ns/row, %.2f M rows/s (%.2f s); CPU time %.1f ns/row\n",
                feedSeconds * 1e9 / double(totalRows), double(totalRows) / feedSeconds / 1e6, feedSeconds,
                feedingCpu * 1e9 / double(totalRows));
    std::printf("snapshot (build + serialise): %.1f ms average over %d\n", seconds(snapshots) * 1e3 / snapshotCount,
                snapshotCount);

    // Merging two halves, as two import threads would.
    const auto mergeStart = Clock::now();
    DatasetProfile other(columns);
    other.merge(profile);
    profile.merge(other);
    std::printf("merge of two full profiles: %.1f ms\n", seconds(Clock::now() - mergeStart) * 1e3);
    return 0;
}
