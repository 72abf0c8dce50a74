// Export of the date range 2016-03-01..2016-09-30 from an imported generated sales dataset to
// CSV (and gzip, zstd, zip), next to the sqlite3 shell's `.mode csv` export of the same query to
// /dev/null, measured in the same run, in rounds. The exporter uses one thread per core (the
// count is printed). The dataset is imported once per size with the real DatasetImporter into a
// cached database. Prints figures; never pass/fail.
// Usage: bench_export [--sizes 100MB,1GB] [--runs 3] [--dir DIR]
#include <cstdio>
#include <functional>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include "bench/benchharness.h"
#include "bench/freshimport.h"
#include "core/export/datasetexporter.h"
#include "core/export/exportparameters.h"
#include "core/import/datasetimporter.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/datasetcatalog.h"
#include "core/storage/schemamigrator.h"

using namespace sluice;
using namespace sluice::bench;

namespace {

const QString kFrom = QStringLiteral("2016-03-01");
const QString kTo = QStringLiteral("2016-09-30");

// Imports `path` into a fresh database at `databasePath` (a child process, once per size).
int importFile(const QString &path, const QString &databasePath)
{
    auto imported = importIntoFreshDatabase(path, databasePath);
    if (!imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
        return 1;
    }
    return 0;
}

// Exports the date range in `format` to `out`; prints "rows csvBytes".
int exportRange(const QString &databasePath, const QString &format, const QString &out)
{
    auto connection = DatabaseConnection::open(DatabaseConfig { databasePath }, QStringLiteral("bench"));
    if (!connection)
        return 1;
    auto datasets = DatasetCatalog(**connection).list();
    if (!datasets || datasets->isEmpty())
        return 1;
    const QJsonObject json {
        { QStringLiteral("datasetId"), datasets->first().id },
        { QStringLiteral("format"), format },
        { QStringLiteral("filters"),
            QJsonArray { QJsonObject { { QStringLiteral("column"), QStringLiteral("date") },
                { QStringLiteral("from"), kFrom }, { QStringLiteral("to"), kTo } } } },
    };
    auto parameters = ExportParameters::fromJson(json);
    if (!parameters)
        return 1;
    auto spec = parameters->resolve(datasets->first());
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(spec.error().message));
        return 1;
    }
    auto result = DatasetExporter(**connection, *spec).run(out, QStringLiteral("sales.csv"));
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().message));
        return 1;
    }
    std::printf("%lld %lld\n", result->rows, result->csvBytes);
    return 0;
}

// The shell's query: the same columns, the same range (date is stored as ISO text).
QString shellQuery(const QString &databasePath)
{
    auto connection = DatabaseConnection::open(DatabaseConfig { databasePath }, QStringLiteral("bench-query"));
    if (!connection)
        return {};
    auto datasets = DatasetCatalog(**connection).list();
    if (!datasets || datasets->isEmpty())
        return {};
    QStringList columns;
    for (const DatasetColumn &column : datasets->first().columns)
        columns << u'"' + column.name + u'"';
    return QStringLiteral("SELECT %1 FROM \"%2\" WHERE date BETWEEN '%3' AND '%4'")
        .arg(columns.join(QStringLiteral(", ")), datasets->first().tableName, kFrom, kTo);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sluice.*.debug=false\nsluice.*.info=false"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.value(0) == u"child") {
        if (arguments.value(1) == u"import")
            return importFile(arguments.value(2), arguments.value(3));
        return exportRange(arguments.value(2), arguments.value(3), arguments.value(4));
    }

    const BenchOptions options = parseOptions(arguments);
    const QStringList &sizes = options.sizes;
    const int runs = options.runs;
    const QString &directory = options.directory;
    const QString self = QCoreApplication::applicationFilePath();
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QDir dir(directory);

    std::printf("Export of %s..%s, median of %d runs (time, CSV throughput, rows, peak RSS, ratio); %d threads\n",
        qPrintable(kFrom), qPrintable(kTo), runs, QThread::idealThreadCount());
    for (const QString &size : std::as_const(sizes)) {
        const QString source = salesFile(directory, parseSize(size));
        const QString db = dir.filePath(QStringLiteral("export-%1.db").arg(QFileInfo(source).size()));
        const QString imported = db + QStringLiteral(".done"); // written after a complete import
        if (!QFile::exists(imported)) {
            std::fprintf(stderr, "importing %s once\n", qPrintable(source));
            if (!runMeasured(self, { QStringLiteral("child"), QStringLiteral("import"), source, db }).ok)
                return 1;
            QFile(imported).open(QIODevice::WriteOnly);
        }
        // One unmeasured export for the row and byte counts (and a warm page cache for both tools).
        const QString out = dir.filePath(QStringLiteral("export-out.csv"));
        const QString counts = dir.filePath(QStringLiteral("export-counts.txt"));
        runMeasured(
            self, { QStringLiteral("child"), QStringLiteral("export"), db, QStringLiteral("csv"), out }, counts);
        QFile countFile(counts);
        countFile.open(QIODevice::ReadOnly);
        const QList<QByteArray> figures = countFile.readAll().trimmed().split(' ');
        const qint64 rows = figures.value(0).toLongLong();
        const qint64 csvBytes = figures.value(1).toLongLong();
        std::printf("\nsales %s: %lld bytes imported; the range is %lld rows, %lld bytes of CSV\n", qPrintable(size),
            QFileInfo(source).size(), rows, csvBytes);

        // Rounds of every variant in turn, so a change in the machine's load touches them all alike;
        // the ratio is the median of each round's own ratio.
        const QStringList formats { QStringLiteral("csv"), QStringLiteral("csv.gz"), QStringLiteral("csv.zst"),
            QStringLiteral("zip") };
        const QString query = shellQuery(db);
        std::vector<qint64> fileSizes(size_t(formats.size()), 0);
        QList<std::function<Measurement()>> variants;
        for (qsizetype i = 0; i < formats.size(); ++i) {
            variants << [&, i] {
                const QString target = dir.filePath(QStringLiteral("export-out.") + formats.at(i));
                const Measurement measured = runMeasured(
                    self, { QStringLiteral("child"), QStringLiteral("export"), db, formats.at(i), target });
                fileSizes[size_t(i)] = QFileInfo(target).size();
                QFile::remove(target);
                return measured;
            };
        }
        const qsizetype shellVariant = formats.size();
        if (!sqlite.isEmpty()) {
            variants << [&] {
                return runMeasured(sqlite, { db, QStringLiteral(".mode csv"), QStringLiteral(".headers on"),
                                             QStringLiteral(".once /dev/null"), query });
            };
        }
        const Rounds rounds(runs, variants);
        Summary shell;
        if (!sqlite.isEmpty()) {
            shell = rounds.median(shellVariant);
            printRow(QStringLiteral("sqlite3 shell .mode csv > /dev/null"), shell, csvBytes, rows);
        }
        for (qsizetype i = 0; i < formats.size(); ++i) {
            printRow(QStringLiteral("sluice export to ") + formats.at(i) + QStringLiteral(" (file)"), rounds.median(i),
                csvBytes, rows, &shell, QStringLiteral("the shell's time"));
            if (!sqlite.isEmpty()) {
                std::printf("  %-34s %.2fx the sqlite3 shell's speed (%s: %lld bytes)\n", "",
                    rounds.ratio(shellVariant, i).median, qPrintable(formats.at(i)), fileSizes[size_t(i)]);
            }
        }
    }
    return 0;
}
