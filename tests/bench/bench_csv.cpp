// Throughput of the CSV engine: parse only, parse + type inference, and compressed inputs, on
// generated "sales" files, next to `cat FILE > /dev/null` and the sqlite3 shell's `.import` of
// the same file measured in the same run. Prints figures; never pass/fail.
// Usage: bench_csv [--sizes 100MB,1GB] [--runs 3] [--dir DIR]
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>

#include "bench/benchharness.h"
#include "core/archive/inputopener.h"
#include "core/csv/csvfilereader.h"
#include "core/csv/csvsniffer.h"
#include "core/csv/typeinference.h"

using namespace sluice;
using namespace sluice::bench;

namespace {

// Reads every record of `path` (through the same unpacking an import uses); with `types`,
// every value also goes through type inference. Returns the number of records, -1 on error.
qint64 readAll(const QString &path, bool types)
{
    auto inputs = InputOpener::open(path);
    if (!inputs)
        return -1;
    auto input = (*inputs)->nextInput();
    if (!input || !*input)
        return -1;
    auto sniffed = CsvSniffer().sniff(**input);
    if (!sniffed)
        return -1;
    CsvFileReader reader(**input, sniffed->dialect, path);
    if (!reader.open())
        return -1;
    TypeInference inference(ValueFormat { sniffed->dialect.decimalSeparator, sniffed->dialect.thousandsSeparator });
    CsvRecord record;
    while (true) {
        auto more = reader.next(record);
        if (!more) {
            std::fprintf(stderr, "%s\n", qPrintable(more.error().message));
            return -1;
        }
        if (!*more)
            break;
        if (types)
            inference.observe(record);
    }
    return reader.recordCount();
}

int runChild(const QStringList &arguments)
{
    const bool types = arguments.value(0) == u"types";
    const qint64 records = readAll(arguments.value(1), types);
    std::printf("%lld\n", records);
    return records < 0 ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sluice.*.debug=false\nsluice.*.info=false"));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.value(0) == u"child")
        return runChild(arguments.mid(1));

    const BenchOptions options = parseOptions(arguments);
    const QStringList &sizes = options.sizes;
    const int runs = options.runs;
    const QString &directory = options.directory;
    const QString self = QCoreApplication::applicationFilePath();
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));

    std::printf("CSV engine, median of %d runs (time, throughput, peak RSS, ratio)\n", runs);
    for (const QString &size : std::as_const(sizes)) {
        const QString path = salesFile(directory, parseSize(size));
        const qint64 bytes = QFileInfo(path).size();
        const qint64 rows = readAll(path, false);
        std::printf("\nsales %s: %lld bytes, %lld rows\n", qPrintable(size), bytes, rows);

        const Summary cat = medianOf(runs, [&] { return runMeasured(QStringLiteral("cat"), { path }); });
        printRow(QStringLiteral("cat FILE > /dev/null"), cat, bytes, rows);
        Summary import;
        if (!sqlite.isEmpty()) {
            const QString db = QDir(directory).filePath(QStringLiteral("import.db"));
            import = medianOf(runs, [&] {
                QFile::remove(db);
                return runMeasured(sqlite, { db, QStringLiteral(".import --csv %1 t").arg(path) });
            });
            QFile::remove(db);
            printRow(QStringLiteral("sqlite3 shell .import (untyped)"), import, bytes, rows);
        }
        const Summary parse = medianOf(runs, [&] {
            return runMeasured(self, { QStringLiteral("child"), QStringLiteral("parse"), path });
        });
        printRow(QStringLiteral("sluice parse"), parse, bytes, rows, &cat, QStringLiteral("cat"));
        const Summary types = medianOf(runs, [&] {
            return runMeasured(self, { QStringLiteral("child"), QStringLiteral("types"), path });
        });
        printRow(QStringLiteral("sluice parse + types"), types, bytes, rows, &cat, QStringLiteral("cat"));
        if (import.seconds > 0)
            std::printf("  %-34s %.1fx faster than the sqlite3 shell's .import\n", "parse + types:",
                        import.seconds / types.seconds);
        for (const QString &program : { QStringLiteral("gzip"), QStringLiteral("zstd") }) {
            const QString packed = compressedCopy(path, program);
            const Summary unpack = medianOf(runs, [&] {
                return runMeasured(program, { QStringLiteral("-dc"), packed });
            });
            printRow(QStringLiteral("%1 -dc > /dev/null").arg(program), unpack, bytes, rows);
            const Summary compressed = medianOf(runs, [&] {
                return runMeasured(self, { QStringLiteral("child"), QStringLiteral("types"), packed });
            });
            printRow(QStringLiteral("sluice parse + types, %1").arg(program), compressed, bytes, rows, &unpack,
                     QStringLiteral("%1 -dc").arg(program));
        }
    }
    return 0;
}
