#include <charconv>
#include <cmath>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/export/datasetexporter.h"
#include "core/export/exportparameters.h"
#include "core/query/filtersql.h"
#include "core/storage/schemamigrator.h"
#include "datagen/salesgenerator.h"
#include "exporttesthelpers.h"
#include "support/verifyresult.h"

using namespace sluice;
using namespace exporttest;

namespace {

// Every column type, nulls, quotes, a line break, a leading space and a formula-like cell.
const QByteArray kFixture = QByteArrayLiteral("id,day,ts,amount,price,flag,team,note\n"
                                              "1,2016-02-28,2016-02-28T23:59:59,5,1.5,true,t1,hello\n"
                                              "2,2016-03-01,2016-03-01T00:00:00,10,2.25,false,t2,\n"
                                              "3,2016-09-30,2016-09-30T23:59:59.999,15,,true,t1,\"a, b\"\n"
                                              "4,2016-10-01,2016-10-01T00:00:00,20,4.0,false,t3,=cmd\n"
                                              "5,2016-06-15,2016-06-15T12:30:00,-3,0.1,true,t2,\"say \"\"hi\"\"\"\n"
                                              "6,,2016-07-01T00:00:00,25,1e-7,,t3,\"two\nlines\"\n"
                                              "7,2016-08-01,2016-08-01T08:00:00,30,2.5,false,t1,\" lead space\"\n");

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class tst_DatasetExporter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void writesCsvAsStored();
    void filters_data();
    void filters();
    void choosesAndSortsColumns();
    void writesEveryFormat_data();
    void writesEveryFormat();
    void roundTripsThroughTheImporter_data();
    void roundTripsThroughTheImporter();
    void neutralizesFormulas_data();
    void neutralizesFormulas();
    void bomAndDelimiter_data();
    void bomAndDelimiter();
    void emptyResultIsTheHeaderAlone();
    void singleColumnKeepsMissingValuesAsRows();
    void cancelRemovesThePartialFile();
    void bufferStaysBounded();
    void writesRealsInShortestForm();
    void sameFileWhateverTheThreads_data();
    void sameFileWhateverTheThreads();
    void reportsProgressAgainstACount();
    void failingReadersLeaveNoFile();

private:
    Result<ExportResult> exportWith(const DatasetInfo &dataset, QJsonObject parameters, const QString &path,
        qsizetype bufferBytes = DatasetExporter::kDefaultBufferBytes, const std::atomic<bool> *canceled = nullptr,
        const std::function<void(const ExportProgress &)> &progress = {}, qsizetype *peakBuffer = nullptr,
        int threads = 0);
    QByteArray exportCsv(const DatasetInfo &dataset, const QJsonObject &parameters);
    DatasetInfo fixture();
    DatasetInfo sales(qint64 rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseConfig m_database;
    std::unique_ptr<DatabaseConnection> m_connection;
};

void tst_DatasetExporter::init()
{
    m_connection.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = DatabaseConfig { m_dir->filePath(QStringLiteral("sluice.db")) };
    auto connection = DatabaseConnection::open(m_database, QStringLiteral("test"));
    QVERIFY(connection);
    QVERIFY(SchemaMigrator::migrate(**connection));
    m_connection = std::move(*connection);
}

DatasetInfo tst_DatasetExporter::fixture()
{
    auto imported = importCsv(m_database, m_dir->filePath(QStringLiteral("fixture.csv")), kFixture);
    if (!imported)
        qWarning() << imported.error().message;
    return imported.value_or(DatasetInfo {});
}

DatasetInfo tst_DatasetExporter::sales(qint64 rows)
{
    auto imported
        = importCsv(m_database, m_dir->filePath(QStringLiteral("sales.csv")), SalesGenerator(11).generate(rows));
    if (!imported)
        qWarning() << imported.error().message;
    return imported.value_or(DatasetInfo {});
}

Result<ExportResult> tst_DatasetExporter::exportWith(const DatasetInfo &dataset, QJsonObject parameters,
    const QString &path, qsizetype bufferBytes, const std::atomic<bool> *canceled,
    const std::function<void(const ExportProgress &)> &progress, qsizetype *peakBuffer, int threads)
{
    parameters.insert(QStringLiteral("datasetId"), dataset.id);
    auto parsed = ExportParameters::fromJson(parameters);
    if (!parsed)
        return tl::unexpected(parsed.error());
    auto spec = parsed->resolve(dataset);
    if (!spec)
        return tl::unexpected(spec.error());
    DatasetExporter exporter(*m_connection, *spec, bufferBytes, threads);
    auto result = exporter.run(path, QStringLiteral("inner.csv"), canceled, progress);
    if (peakBuffer)
        *peakBuffer = exporter.peakBufferBytes();
    return result;
}

QByteArray tst_DatasetExporter::exportCsv(const DatasetInfo &dataset, const QJsonObject &parameters)
{
    const QString path = m_dir->filePath(QStringLiteral("out.csv"));
    auto result = exportWith(dataset, parameters, path);
    if (!result)
        return QByteArrayLiteral("<failed: ") + result.error().message.toUtf8() + '>';
    return readFile(path);
}

void tst_DatasetExporter::writesCsvAsStored()
{
    const DatasetInfo dataset = fixture();
    QCOMPARE(dataset.rowCount, 7);
    const QByteArray csv = exportCsv(dataset, {});
    QCOMPARE(csv,
        QByteArrayLiteral("id,day,ts,amount,price,flag,team,note\r\n"
                          "1,2016-02-28,2016-02-28T23:59:59,5,1.5,true,t1,hello\r\n"
                          "2,2016-03-01,2016-03-01T00:00:00,10,2.25,false,t2,\r\n"
                          "3,2016-09-30,2016-09-30T23:59:59.999,15,,true,t1,\"a, b\"\r\n"
                          "4,2016-10-01,2016-10-01T00:00:00,20,4.0,false,t3,=cmd\r\n"
                          "5,2016-06-15,2016-06-15T12:30:00,-3,0.1,true,t2,\"say \"\"hi\"\"\"\r\n"
                          "6,,2016-07-01T00:00:00,25,1e-07,,t3,\"two\nlines\"\r\n"
                          "7,2016-08-01,2016-08-01T08:00:00,30,2.5,false,t1,\" lead space\"\r\n"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out.csv.part"))));
}

void tst_DatasetExporter::filters_data()
{
    QTest::addColumn<QByteArray>("filters");
    QTest::addColumn<QByteArray>("ids");
    QTest::newRow("date range, inclusive")
        << QByteArray(R"([{"column":"day","from":"2016-03-01","to":"2016-09-30"}])") << QByteArray("2 3 5 7");
    QTest::newRow("date from only") << QByteArray(R"([{"column":"day","from":"2016-09-30"}])") << QByteArray("3 4");
    QTest::newRow("datetime to a whole day")
        << QByteArray(R"([{"column":"ts","to":"2016-09-30"}])") << QByteArray("1 2 3 5 6 7");
    QTest::newRow("datetime instants") << QByteArray(
        R"([{"column":"ts","from":"2016-03-01T00:00:00","to":"2016-06-15T12:30:00"}])")
                                       << QByteArray("2 5");
    QTest::newRow("integer range") << QByteArray(R"([{"column":"amount","min":10,"max":20}])") << QByteArray("2 3 4");
    QTest::newRow("integer min only") << QByteArray(R"([{"column":"amount","min":25}])") << QByteArray("6 7");
    QTest::newRow("real max") << QByteArray(R"([{"column":"price","max":1.5}])") << QByteArray("1 5 6");
    QTest::newRow("text equals") << QByteArray(R"([{"column":"team","equals":"t1"}])") << QByteArray("1 3 7");
    QTest::newRow("text one of") << QByteArray(R"([{"column":"team","in":["t2","t3"]}])") << QByteArray("2 4 5 6");
    QTest::newRow("boolean equals") << QByteArray(R"([{"column":"flag","equals":true}])") << QByteArray("1 3 5");
    QTest::newRow("is null") << QByteArray(R"([{"column":"price","isNull":true}])") << QByteArray("3");
    QTest::newRow("is not null") << QByteArray(R"([{"column":"day","isNull":false}])") << QByteArray("1 2 3 4 5 7");
    QTest::newRow("several, ANDed") << QByteArray(R"([{"column":"team","equals":"t1"},{"column":"amount","min":10}])")
                                    << QByteArray("3 7");
}

void tst_DatasetExporter::filters()
{
    QFETCH(QByteArray, filters);
    QFETCH(QByteArray, ids);
    const DatasetInfo dataset = fixture();
    QJsonObject parameters { { QStringLiteral("columns"), QJsonArray { QStringLiteral("id") } },
        { QStringLiteral("filters"), QJsonDocument::fromJson(filters).array() } };
    QByteArray expected = "id\r\n" + ids.replace(' ', "\r\n") + "\r\n";
    QCOMPARE(exportCsv(dataset, parameters), expected);
}

void tst_DatasetExporter::choosesAndSortsColumns()
{
    const DatasetInfo dataset = fixture();
    QCOMPARE(exportCsv(dataset, json(R"({"columns":["team","id"],"sort":["team","-id"]})")),
        QByteArrayLiteral("team,id\r\nt1,7\r\nt1,3\r\nt1,1\r\nt2,5\r\nt2,2\r\nt3,6\r\nt3,4\r\n"));
    // Nulls last in both directions; _row breaks ties.
    QCOMPARE(exportCsv(dataset, json(R"({"columns":["id","price"],"sort":["-price"]})")),
        QByteArrayLiteral("id,price\r\n4,4.0\r\n7,2.5\r\n2,2.25\r\n1,1.5\r\n5,0.1\r\n6,1e-07\r\n3,\r\n"));
    QCOMPARE(exportCsv(dataset, json(R"({"columns":["id"],"sort":["-_row"]})")),
        QByteArrayLiteral("id\r\n7\r\n6\r\n5\r\n4\r\n3\r\n2\r\n1\r\n"));
}

void tst_DatasetExporter::writesEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("tool"); // decompresses to stdout, when installed
    QTest::addColumn<QStringList>("toolArguments");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("cat") << QStringList();
    QTest::newRow("csv.gz") << QStringLiteral("csv.gz") << QStringLiteral("gzip")
                            << QStringList { QStringLiteral("-dc") };
    QTest::newRow("csv.zst") << QStringLiteral("csv.zst") << QStringLiteral("zstd")
                             << QStringList { QStringLiteral("-dc") };
    QTest::newRow("zip") << QStringLiteral("zip") << QStringLiteral("unzip") << QStringList { QStringLiteral("-p") };
}

void tst_DatasetExporter::writesEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, tool);
    QFETCH(QStringList, toolArguments);
    const DatasetInfo dataset = sales(2000);
    const QByteArray plain = exportCsv(dataset, {});
    QVERIFY(plain.startsWith(SalesGenerator::header().trimmed()));

    const QString path = m_dir->filePath(QStringLiteral("packed.") + format);
    auto result = exportWith(dataset, QJsonObject { { QStringLiteral("format"), format } }, path);
    SLUICE_VERIFY_RESULT(result);
    QCOMPARE(result->rows, 2000);
    QCOMPARE(result->csvBytes, plain.size());
    QCOMPARE(result->fileSize, QFileInfo(path).size());
    QCOMPARE(result->sha256Hex, sha256Hex(path));
    QString entryName;
    QCOMPARE(unpack(path, &entryName), plain);
    if (format == u"zip")
        QCOMPARE(entryName, QStringLiteral("inner.csv"));
    else if (format != u"csv")
        QVERIFY(result->fileSize < plain.size() / 2); // really compressed

    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return; // the libarchive check above stands alone
    QProcess process;
    process.start(program, toolArguments << path);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), plain);
}

void tst_DatasetExporter::roundTripsThroughTheImporter_data()
{
    QTest::addColumn<bool>("generated");
    QTest::addColumn<QString>("format");
    QTest::newRow("fixture, csv") << false << QStringLiteral("csv");
    QTest::newRow("sales, csv") << true << QStringLiteral("csv");
    QTest::newRow("sales, csv.gz") << true << QStringLiteral("csv.gz");
    QTest::newRow("sales, zip") << true << QStringLiteral("zip");
}

void tst_DatasetExporter::roundTripsThroughTheImporter()
{
    QFETCH(bool, generated);
    QFETCH(QString, format);
    const DatasetInfo original = generated ? sales(5000) : fixture();
    QVERIFY(!original.id.isEmpty());
    const QString path = m_dir->filePath(QStringLiteral("again.") + format);
    SLUICE_VERIFY_RESULT(exportWith(original, QJsonObject { { QStringLiteral("format"), format } }, path));
    auto again = importCsv(m_database, path);
    SLUICE_VERIFY_RESULT(again);
    QCOMPARE(again->errorCount, 0);
    QCOMPARE(again->rowCount, original.rowCount);
    QCOMPARE(again->columns.size(), original.columns.size());
    for (int i = 0; i < original.columns.size(); ++i) {
        QCOMPARE(again->columns.at(i).name, original.columns.at(i).name);
        QCOMPARE(again->columns.at(i).type, original.columns.at(i).type);
    }
    const QList<QStringList> before = tableRows(*m_connection, original);
    const QList<QStringList> after = tableRows(*m_connection, *again);
    QCOMPARE(before.size(), qsizetype(original.rowCount));
    QCOMPARE(before.first().size(), original.columns.size());
    QCOMPARE(after.size(), before.size());
    for (int row = 0; row < before.size(); ++row)
        QCOMPARE(after.at(row), before.at(row));
}

void tst_DatasetExporter::neutralizesFormulas_data()
{
    QTest::addColumn<bool>("neutralize");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("on") << true
                        << QByteArray("text,n\r\n'=1+2,-5\r\n'+x,1\r\n'-x,2\r\n'@x,3\r\nplain,4\r\n\"'=a,b\",5\r\n");
    QTest::newRow("off") << false
                         << QByteArray("text,n\r\n=1+2,-5\r\n+x,1\r\n-x,2\r\n@x,3\r\nplain,4\r\n\"=a,b\",5\r\n");
}

void tst_DatasetExporter::neutralizesFormulas()
{
    QFETCH(bool, neutralize);
    QFETCH(QByteArray, expected);
    auto dataset = importCsv(m_database, m_dir->filePath(QStringLiteral("formulas.csv")),
        QByteArrayLiteral("text,n\n=1+2,-5\n+x,1\n-x,2\n@x,3\nplain,4\n\"=a,b\",5\n"));
    SLUICE_VERIFY_RESULT(dataset);
    QCOMPARE(exportCsv(*dataset, QJsonObject { { QStringLiteral("neutralizeFormulas"), neutralize } }), expected);
}

void tst_DatasetExporter::bomAndDelimiter_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("comma with BOM") << true << QStringLiteral(",")
                                    << QByteArray("\xEF\xBB\xBFteam,note\r\nt1,hello\r\nt1,\"a, b\"\r\n");
    QTest::newRow("semicolon") << false << QStringLiteral(";") << QByteArray("team;note\r\nt1;hello\r\nt1;a, b\r\n");
    QTest::newRow("tab") << false << QStringLiteral("\t") << QByteArray("team\tnote\r\nt1\thello\r\nt1\ta, b\r\n");
    QTest::newRow("pipe") << false << QStringLiteral("|") << QByteArray("team|note\r\nt1|hello\r\nt1|a, b\r\n");
}

void tst_DatasetExporter::bomAndDelimiter()
{
    QFETCH(bool, bom);
    QFETCH(QString, delimiter);
    QFETCH(QByteArray, expected);
    const DatasetInfo dataset = fixture();
    QJsonObject parameters = json(R"({"columns":["team","note"],"filters":[{"column":"id","in":[1,3]}]})");
    parameters.insert(QStringLiteral("bom"), bom);
    parameters.insert(QStringLiteral("delimiter"), delimiter);
    QCOMPARE(exportCsv(dataset, parameters), expected);
}

void tst_DatasetExporter::emptyResultIsTheHeaderAlone()
{
    const DatasetInfo dataset = fixture();
    const QString path = m_dir->filePath(QStringLiteral("empty.csv.gz"));
    auto result
        = exportWith(dataset, json(R"({"format":"csv.gz","filters":[{"column":"team","equals":"nobody"}]})"), path);
    SLUICE_VERIFY_RESULT(result);
    QCOMPARE(result->rows, 0);
    QCOMPARE(unpack(path), QByteArrayLiteral("id,day,ts,amount,price,flag,team,note\r\n"));
}

void tst_DatasetExporter::singleColumnKeepsMissingValuesAsRows()
{
    const DatasetInfo dataset = fixture();
    const QString path = m_dir->filePath(QStringLiteral("prices.csv"));
    SLUICE_VERIFY_RESULT(exportWith(dataset, json(R"({"columns":["price"]})"), path));
    QCOMPARE(readFile(path), QByteArrayLiteral("price\r\n1.5\r\n2.25\r\n\"\"\r\n4.0\r\n0.1\r\n1e-07\r\n2.5\r\n"));
    auto again = importCsv(m_database, path);
    SLUICE_VERIFY_RESULT(again);
    QCOMPARE(again->rowCount, 7);
    QCOMPARE(again->columns.first().nullCount, 1);
}

void tst_DatasetExporter::cancelRemovesThePartialFile()
{
    const DatasetInfo dataset = sales(30000);
    const QString path = m_dir->filePath(QStringLiteral("canceled.csv.zst"));
    std::atomic<bool> canceled { false };
    qint64 rowsAtCancel = 0;
    bool partialSeen = false;
    auto result = exportWith(
        dataset, json(R"({"format":"csv.zst"})"), path, 64 * 1024, &canceled, [&](const ExportProgress &progress) {
            if (!canceled) {
                partialSeen = QFile::exists(path + QStringLiteral(".part"));
                rowsAtCancel = progress.rows;
                canceled = true;
            }
        });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Canceled);
    QVERIFY(partialSeen);
    QVERIFY(rowsAtCancel > 0 && rowsAtCancel < 30000);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    // Canceled before the first row: nothing either.
    std::atomic<bool> early { true };
    auto none = exportWith(dataset, {}, path, 64 * 1024, &early);
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::Canceled);
    QVERIFY(!QFile::exists(path) && !QFile::exists(path + QStringLiteral(".part")));
}

void tst_DatasetExporter::bufferStaysBounded()
{
    const qsizetype buffer = 64 * 1024;
    const DatasetInfo dataset = sales(40000);
    const QString path = m_dir->filePath(QStringLiteral("large.csv"));
    qsizetype peak = 0;
    qint64 reports = 0;
    auto result = exportWith(
        dataset, {}, path, buffer, nullptr,
        [&](const ExportProgress &progress) {
            ++reports;
            QVERIFY(progress.rowsTotal == 40000 && progress.rows <= 40000);
        },
        &peak);
    SLUICE_VERIFY_RESULT(result);
    QVERIFY2(result->csvBytes > 40 * buffer, "the export must be much larger than the buffer");
    QCOMPARE(peak, buffer); // never grew: rows stream through it
    QVERIFY(reports >= result->csvBytes / buffer); // one per part written at least

    // A field larger than the buffer grows it to that field's size, and no further.
    const QByteArray big(200 * 1024, 'x');
    auto wide = importCsv(m_database, m_dir->filePath(QStringLiteral("wide.csv")), "id,text\n1," + big + "\n2,small\n");
    SLUICE_VERIFY_RESULT(wide);
    SLUICE_VERIFY_RESULT(exportWith(*wide, {}, path, buffer, nullptr, {}, &peak));
    QVERIFY(peak >= big.size());
    QVERIFY(peak < big.size() + buffer);
    QCOMPARE(readFile(path), "id,text\r\n1," + big + "\r\n2,small\r\n");
}

void tst_DatasetExporter::writesRealsInShortestForm()
{
    // Reals written as std::to_chars writes them (shortest, fixed unless scientific is shorter),
    // with ".0" when integral: the exporter has a faster path for the usual few decimals.
    QByteArray csv = "id,value\n";
    const char *const fixed[] = { "0.5", "-0.5", "0.05", "719.39", "999.99", "0.1", "1e-07", "0.001", "0.0001", "4.0",
        "100000.0", "1200000.0", "12000000.0", "120000.5", "-3.0", "123456789012.34", "70368744177663.98",
        "70368744177664.5", "1e+20", "2.675", "0.30000000000000004", "-0.0", "0.0" };
    int id = 0;
    for (const char *value : fixed)
        csv += QByteArray::number(++id) + ',' + value + '\n';
    quint64 state = 7; // a fixed pseudo-random sequence: values with 0 to 4 decimals, all magnitudes
    for (int i = 0; i < 3000; ++i) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        const int decimals = int(state >> 60) % 5;
        const qint64 units = qint64(state >> 20) % 100000000 - 50000000;
        const int shift = int(state >> 8) % 9;
        const double value = double(units) * std::pow(10.0, shift - 4) / std::pow(10.0, decimals);
        csv += QByteArray::number(++id) + ',' + QByteArray::number(value, 'g', 17) + '\n';
    }
    auto dataset = importCsv(m_database, m_dir->filePath(QStringLiteral("reals.csv")), csv);
    SLUICE_VERIFY_RESULT(dataset);
    QCOMPARE(dataset->columns.at(1).type, ColumnType::Real);

    const QList<QByteArray> lines = exportCsv(*dataset, {}).split('\n');
    QSqlQuery query(m_connection->database());
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM \"%1\" ORDER BY _row").arg(dataset->tableName)));
    int line = 1;
    while (query.next()) {
        const QByteArray written = lines.value(line++).chopped(1).split(',').value(1);
        if (query.value(0).isNull()) {
            QVERIFY(written.isEmpty());
            continue;
        }
        const double value = query.value(0).toDouble();
        char expected[64];
        char *end = std::to_chars(expected, expected + 60, value).ptr;
        if (QByteArrayView(expected, end - expected).indexOf('.') < 0
            && QByteArrayView(expected, end - expected).indexOf('e') < 0) {
            *end++ = '.';
            *end++ = '0';
        }
        QCOMPARE(written, QByteArray(expected, end - expected));
    }
    QCOMPARE(line, id + 1);
}

void tst_DatasetExporter::sameFileWhateverTheThreads_data()
{
    QTest::addColumn<QByteArray>("parameters");
    QTest::addColumn<QString>("order"); // the rows' order, as SQL
    QTest::newRow("csv") << QByteArray(R"({"format":"csv"})") << QStringLiteral("_row");
    QTest::newRow("csv.gz, filtered") << QByteArray(
        R"({"format":"csv.gz","filters":[{"column":"quantity","min":20,"max":60}]})")
                                      << QStringLiteral("_row");
    QTest::newRow("zip, last row first") << QByteArray(R"({"format":"zip","sort":["-_row"]})")
                                         << QStringLiteral("_row DESC");
    QTest::newRow("csv.zst, filtered, last row first")
        << QByteArray(R"({"format":"csv.zst","sort":["-_row"],"filters":[{"column":"team","in":["T001","T002"]}]})")
        << QStringLiteral("_row DESC");
    QTest::newRow("csv.gz, sorted by a column")
        << QByteArray(R"({"format":"csv.gz","sort":["-unit_price"],"filters":[{"column":"quantity","max":50}]})")
        << QStringLiteral("unit_price DESC, _row");
}

void tst_DatasetExporter::sameFileWhateverTheThreads()
{
    // Several blocks (kBlockRows each) cut into many small parts: the threads read and deflate
    // them in any order, and the file must not show it.
    QFETCH(QByteArray, parameters);
    QFETCH(QString, order);
    const qint64 rows = 2 * DatasetExporter::kBlockRows + 5000;
    const DatasetInfo dataset = sales(rows);
    QCOMPARE(dataset.rowCount, rows);
    const QJsonObject json = QJsonDocument::fromJson(parameters).object();
    const QString path = m_dir->filePath(QStringLiteral("threads.") + json.value(QStringLiteral("format")).toString());

    QByteArray first;
    for (const int threads : { 1, 2, 5 }) {
        auto result = exportWith(dataset, json, path, 8 * 1024, nullptr, {}, nullptr, threads);
        SLUICE_VERIFY_RESULT(result);
        QCOMPARE(result->sha256Hex, sha256Hex(path));
        const QByteArray csv = unpack(path);
        QCOMPARE(csv.size(), result->csvBytes);
        if (threads == 1)
            first = csv;
        else
            QCOMPARE(csv, first);
    }

    // The ids, in the file and as SQLite selects them, with the same filter and order.
    QJsonObject withDataset = json;
    withDataset.insert(QStringLiteral("datasetId"), dataset.id);
    auto parsed = ExportParameters::fromJson(withDataset);
    SLUICE_VERIFY_RESULT(parsed);
    auto spec = parsed->resolve(dataset);
    SLUICE_VERIFY_RESULT(spec);
    const FilterSql where(m_connection->dialect(), spec->filters);
    QSqlQuery query(m_connection->database());
    QVERIFY(query.prepare(QStringLiteral("SELECT id FROM \"%1\"").arg(dataset.tableName) + where.whereClause()
        + QStringLiteral(" ORDER BY ") + order));
    where.bindTo(query);
    QVERIFY(query.exec());
    QByteArray ids = "id\r\n";
    while (query.next())
        ids += query.value(0).toByteArray() + "\r\n";
    QByteArray written; // each record's first field (notes may hold quoted line breaks)
    bool quoted = false;
    bool atStart = true;
    for (qsizetype i = 0; i < first.size(); ++i) {
        const char c = first.at(i);
        if (atStart)
            written += first.mid(i, first.indexOf(',', i) - i) + "\r\n";
        atStart = !quoted && c == '\n';
        if (c == '"')
            quoted = !quoted;
    }
    QVERIFY(ids.count('\n') > 100);
    QCOMPARE(written, ids);
}

void tst_DatasetExporter::reportsProgressAgainstACount()
{
    // A filtered export counts its matching rows on one reader while the others read: until the
    // count is in, progress is the share of the table read; then it is rows against the count.
    // Either way it never goes backwards and the total, once known, stays.
    const DatasetInfo dataset = sales(2 * DatasetExporter::kBlockRows + 5000);
    const QString path = m_dir->filePath(QStringLiteral("progress.csv"));
    const QJsonObject filtered = json(R"({"filters":[{"column":"quantity","max":50}]})");
    QList<ExportProgress> reports;
    auto result = exportWith(dataset, filtered, path, 16 * 1024, nullptr,
        [&](const ExportProgress &progress) { reports << progress; });
    SLUICE_VERIFY_RESULT(result);
    QVERIFY(result->rows > 0 && result->rows < dataset.rowCount);
    QVERIFY(reports.size() > 10);
    double fraction = 0;
    bool counted = false;
    for (const ExportProgress &progress : std::as_const(reports)) {
        QVERIFY(progress.rowsTotal == -1 || progress.rowsTotal == result->rows);
        QVERIFY(!counted || progress.rowsTotal == result->rows);
        counted = progress.rowsTotal >= 0;
        QVERIFY(progress.fraction >= fraction && progress.fraction <= 1);
        QVERIFY(progress.rows <= result->rows);
        fraction = progress.fraction;
    }
    QVERIFY(reports.at(reports.size() / 2).fraction > 0 && reports.at(reports.size() / 2).fraction < 1);
    QCOMPARE(reports.last().rows, result->rows);
    QCOMPARE(reports.last().rowsTotal, result->rows);
    QCOMPARE(reports.last().fraction, 1.0);

    // On one thread the count comes before any row: every report is rows against it.
    for (const QJsonObject &parameters :
        { filtered, json(R"({"sort":["team"],"filters":[{"column":"quantity","max":50}]})") }) {
        reports.clear();
        result = exportWith(dataset, parameters, path, 16 * 1024, nullptr,
            [&](const ExportProgress &progress) { reports << progress; }, nullptr, 1);
        SLUICE_VERIFY_RESULT(result);
        QVERIFY(reports.size() > 10);
        for (const ExportProgress &progress : std::as_const(reports)) {
            QCOMPARE(progress.rowsTotal, result->rows);
            QCOMPARE(progress.fraction, double(progress.rows) / double(result->rows));
        }
    }
}

void tst_DatasetExporter::failingReadersLeaveNoFile()
{
    // The reading threads open the database file again; without it they fail, and so does the
    // export, leaving nothing behind.
    const DatasetInfo dataset = sales(1000);
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(m_database.sqlitePath + suffix);
    const QString path = m_dir->filePath(QStringLiteral("never.csv.gz"));
    auto result = exportWith(dataset, json(R"({"format":"csv.gz"})"), path);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Storage);
    QVERIFY2(result.error().message.contains(dataset.id), qPrintable(result.error().message));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

QTEST_GUILESS_MAIN(tst_DatasetExporter)
#include "tst_datasetexporter.moc"
