// The full import (parse + types + insert + every calculation) on generated "sales" files,
// next to the sqlite3 shell's untyped `.import` of the same file measured in the same run;
// and the calculations alone (parse + convert + statistics on their own thread as in an import,
// up to the final result; no database) next to parse + convert alone. Prints figures; never pass/fail.
// Usage: bench_import [--sizes 100MB,1GB] [--runs 3] [--dir DIR]
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>

#include "bench/benchharness.h"
#include "bench/freshimport.h"
#include "core/calc/datasetprofile.h"
#include "core/csv/csvfilereader.h"
#include "core/csv/csvsniffer.h"
#include "core/csv/typeinference.h"
#include "core/import/batchqueue.h"
#include "core/import/datasetimporter.h"
#include "core/import/importpass.h"
#include "core/import/profilecalculator.h"
#include "core/import/rowbatchpool.h"
#include "core/import/rowconverter.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/rowbatch.h"
#include "core/storage/schemamigrator.h"

using namespace sluice;
using namespace sluice::bench;

namespace {

// Imports `path` into a fresh database at `databasePath` (a child process, once per size).
int importFile(const QString &path, const QString &databasePath)
{
    auto imported = importIntoFreshDatabase(path, databasePath);
    if (!imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
        return 1;
    }
    std::printf("%lld\n", *imported);
    return 0;
}

// Parse, type and convert every record; with `calculate`, feed the statistics too.
int convertFile(const QString &path, bool calculate)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    auto sniffed = CsvSniffer().sniff(file);
    if (!sniffed)
        return 1;
    ValueFormat format;
    format.decimalSeparator = sniffed->dialect.decimalSeparator;
    format.thousandsSeparator = sniffed->dialect.thousandsSeparator;
    std::vector<ColumnConversion> conversions;
    QList<ColumnSpec> specs;
    {
        CsvFileReader sampler(file, sniffed->dialect, path);
        if (!sampler.open())
            return 1;
        TypeInference inference(format);
        CsvRecord record;
        while (!inference.isDecided() && *sampler.next(record))
            inference.observe(record);
        inference.decide();
        for (int c = 0; c < sniffed->columnCount; ++c) {
            conversions.push_back(ColumnConversion { inference.column(c).type, inference.column(c).dateOrder });
            specs << ColumnSpec { sniffed->columnNames.value(c), inference.column(c).type };
        }
    }
    file.seek(0);
    CsvFileReader reader(file, sniffed->dialect, path);
    if (!reader.open())
        return 1;
    RowConverter converter(conversions, format);
    DatasetProfile profile(specs);
    // As ImportPass: batches of 8192 rows; with `calculate` a ProfileCalculator takes them on a
    // thread of its own (and ends with the final result), without, they are done with at once;
    // either way they are reused.
    BatchQueue queue(2);
    RowBatchPool spares(int(conversions.size()), 4);
    ProfileCalculator calculator(profile, queue, nullptr, &spares, false);
    if (calculate)
        calculator.start();
    ImportBatch batch { RowBatch(int(conversions.size())), 1, {} };
    CsvRecord record;
    qint64 rows = 0;
    while (*reader.next(record)) {
        if (record.fieldCount() != converter.columnCount() || converter.convert(record, batch.rows))
            continue;
        if (++rows % ImportPass::kBatchRows == 0) {
            if (calculate)
                queue.push(std::move(batch));
            else
                spares.giveBack(std::move(batch.rows));
            batch = ImportBatch { spares.take(), rows + 1, {} };
        }
    }
    if (calculate) {
        queue.push(std::move(batch));
        queue.close();
        calculator.wait();
    }
    std::printf("%lld\n", rows);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sluice.*.debug=false\nsluice.*.info=false"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.value(0) == u"child") {
        const QString mode = arguments.value(1);
        if (mode == u"import")
            return importFile(arguments.value(2), arguments.value(3));
        return convertFile(arguments.value(2), mode == u"calculate");
    }

    const BenchOptions options = parseOptions(arguments);
    const QStringList &sizes = options.sizes;
    const int runs = options.runs;
    const QString &directory = options.directory;
    const QString self = QCoreApplication::applicationFilePath();
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QString db = QDir(directory).filePath(QStringLiteral("import.db"));
    auto removeDatabase = [&] {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(db + suffix);
    };

    std::printf("Import, median of %d rounds (time, throughput, peak RSS, ratio)\n", runs);
    for (const QString &size : std::as_const(sizes)) {
        const QString path = salesFile(directory, parseSize(size));
        const qint64 bytes = QFileInfo(path).size();
        QByteArray rowsText;
        {
            QFile out(QDir(directory).filePath(QStringLiteral("rows.txt")));
            runMeasured(self, { QStringLiteral("child"), QStringLiteral("convert"), path }, out.fileName());
            out.open(QIODevice::ReadOnly);
            rowsText = out.readAll().trimmed();
        }
        const qint64 rows = rowsText.toLongLong();
        std::printf("\nsales %s: %lld bytes, %lld rows\n", qPrintable(size), bytes, rows);

        // Every round runs the import, parse alone, parse with the calculations and the shell in
        // turn, so that the host's slow and fast spells fall on each of them alike.
        // Both start without a database, removed before the clock starts (unlinking the last
        // round's, 100 MB+ on a filesystem mounted with discard, takes a tenth of a second).
        auto import = [&] {
            removeDatabase();
            return runMeasured(self, { QStringLiteral("child"), QStringLiteral("import"), path, db });
        };
        auto shellImport = [&] {
            removeDatabase();
            return runMeasured(sqlite, { db, QStringLiteral(".import --csv %1 t").arg(path) });
        };
        auto convertOnly = [&] {
            return runMeasured(self, { QStringLiteral("child"), QStringLiteral("convert"), path });
        };
        auto calculate = [&] {
            return runMeasured(self, { QStringLiteral("child"), QStringLiteral("calculate"), path });
        };
        enum Variant : qsizetype { Import, Convert, Calculate, Shell };
        QList<std::function<Measurement()>> variants { import, convertOnly, calculate };
        if (!sqlite.isEmpty())
            variants << shellImport;
        const Rounds rounds(runs, variants);
        removeDatabase();

        if (!sqlite.isEmpty()) {
            const Summary &shell = rounds.median(Shell);
            printRow(QStringLiteral("sqlite3 shell .import (untyped)"), shell, bytes, rows);
            printRow(QStringLiteral("sluice import (typed, all stats)"), rounds.median(Import), bytes, rows, &shell,
                     QStringLiteral("the shell's time"));
            const Rounds::Ratio speed = rounds.ratio(Shell, Import);
            std::printf("  %-34s %.2fx as fast as the sqlite3 shell's .import (rounds: %.2fx-%.2fx)\n",
                        "full import:", speed.median, speed.lowest, speed.highest);
        } else {
            printRow(QStringLiteral("sluice import (typed, all stats)"), rounds.median(Import), bytes, rows);
        }
        const Summary &convert = rounds.median(Convert);
        printRow(QStringLiteral("parse + types + convert"), convert, bytes, rows);
        printRow(QStringLiteral("... + all calculations"), rounds.median(Calculate), bytes, rows, &convert,
                 QStringLiteral("parse + convert"));
        const Rounds::Ratio added = rounds.ratio(Calculate, Convert);
        std::printf("  %-34s %+.0f%% to parse + convert (rounds: %+.0f%% to %+.0f%%)\n", "calculations add:",
                    (added.median - 1) * 100, (added.lowest - 1) * 100, (added.highest - 1) * 100);
        std::fflush(stdout);
    }
    return 0;
}
