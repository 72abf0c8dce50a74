#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/import/datasetimporter.h"
#include "core/import/importrecovery.h"
#include "core/import/importsink.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/datasetcatalog.h"
#include "core/storage/schemamigrator.h"
#include "datagen/salesgenerator.h"
#include "support/testfiles.h"
#include "support/verifyresult.h"

using namespace sluice;
using sluice::test::writeTestFile;

namespace {

// Records what an import reports, and cancels it on request once rows are flowing.
class RecordingSink final : public ImportSink
{
public:
    void progressed(const ImportProgress &progress) override
    {
        progresses << progress;
        if (cancelAfterRows >= 0 && progress.rows >= cancelAfterRows)
            cancel.store(true);
    }
    void partialResults(const QString &, const QJsonObject &snapshot) override { snapshots << snapshot; }

    QList<ImportProgress> progresses;
    QList<QJsonObject> snapshots;
    qint64 cancelAfterRows = -1;
    std::atomic<bool> cancel { false };
};

} // namespace

class tst_DatasetImporter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importsSalesWithTypesAndStatistics();
    void rejectedRowsAreKeptAndCountsAddUp();
    void widensAColumnWithoutAlteringValues_data();
    void widensAColumnWithoutAlteringValues();
    void readsCompressedAndMultiFileSources();
    void reportsProgressAndPartialResults();
    void cancelLeavesNoTableAndNoReadyDataset();
    void badInputIsAClearErrorAndChangesNothing();
    void interruptedImportIsRedoneOnce();
    void taskRerunKeepsFinishedDatasets();

private:
    ImportRequest request(const QString &path);
    QVariantList column(const QString &sql);
    bool tableExists(const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseConfig m_database;
};

void tst_DatasetImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = DatabaseConfig { m_dir->filePath(QStringLiteral("sluice.db")) };
    auto connection = DatabaseConnection::open(m_database, QStringLiteral("test"));
    QVERIFY(connection);
    QVERIFY(SchemaMigrator::migrate(**connection));
}


ImportRequest tst_DatasetImporter::request(const QString &path)
{
    ImportRequest request;
    request.database = m_database;
    request.sourcePath = path;
    request.sourceName = QFileInfo(path).fileName();
    return request;
}

QVariantList tst_DatasetImporter::column(const QString &sql)
{
    auto connection = DatabaseConnection::open(m_database, QStringLiteral("check"));
    if (!connection)
        return {};
    QVariantList values;
    {
        QSqlQuery query((*connection)->database());
        if (!query.exec(sql))
            return { QStringLiteral("query failed: ") + sql };
        while (query.next())
            values << query.value(0);
    }
    return values;
}

bool tst_DatasetImporter::tableExists(const QString &table)
{
    return column(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(table)).value(0).toInt() == 1;
}

void tst_DatasetImporter::importsSalesWithTypesAndStatistics()
{
    const qint64 rows = 5000;
    const QString path = writeTestFile(*m_dir, QStringLiteral("sales.csv"), SalesGenerator(7).generate(rows));
    auto imported = DatasetImporter(request(path)).run();
    SLUICE_VERIFY_RESULT(imported);
    QCOMPARE(imported->size(), 1);
    const DatasetInfo dataset = imported->first();
    QCOMPARE(dataset.state, DatasetState::Ready);
    QCOMPARE(dataset.name, QStringLiteral("sales"));
    QCOMPARE(dataset.rowCount, rows);
    QCOMPARE(dataset.errorCount, 0);
    QCOMPARE(dataset.recordCount, rows);
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(dataset.tableName)).value(0).toLongLong(), rows);

    QStringList types;
    for (const DatasetColumn &c : dataset.columns)
        types << c.name + u':' + columnTypeName(c.type);
    QCOMPARE(types, (QStringList { QStringLiteral("id:integer"), QStringLiteral("ts:datetime"), QStringLiteral("date:date"),
                                   QStringLiteral("team:text"), QStringLiteral("region:text"),
                                   QStringLiteral("product:text"), QStringLiteral("quantity:integer"),
                                   QStringLiteral("unit_price:real"), QStringLiteral("discount:real"),
                                   QStringLiteral("note:text") }));
    QVERIFY(dataset.columns.at(8).nullable);  // discount has empty fields
    QVERIFY(dataset.columns.at(8).nullCount > 0);
    QVERIFY(!dataset.columns.at(0).nullable);

    // Values are stored typed and exactly: compare with the file, row by row, for a few columns.
    const QList<QByteArray> lines = SalesGenerator(7).generate(3).split('\n');
    const QList<QByteArray> first = lines.at(1).split(',');
    QCOMPARE(column(QStringLiteral("SELECT typeof(id) || ' ' || id FROM \"%1\" WHERE _row = 1").arg(dataset.tableName)),
             (QVariantList { QStringLiteral("integer 1") }));
    QCOMPARE(column(QStringLiteral("SELECT ts FROM \"%1\" WHERE _row = 1").arg(dataset.tableName)).value(0).toString(),
             QString::fromLatin1(first.at(1)));
    QCOMPARE(column(QStringLiteral("SELECT date FROM \"%1\" WHERE _row = 1").arg(dataset.tableName)).value(0).toString(),
             QString::fromLatin1(first.at(2)));
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE discount IS NULL").arg(dataset.tableName))
                 .value(0)
                 .toLongLong(),
             dataset.columns.at(8).nullCount);

    auto connection = DatabaseConnection::open(m_database, QStringLiteral("check"));
    QVERIFY(connection);
    auto statistics = DatasetCatalog(**connection).statistics(dataset.id);
    SLUICE_VERIFY_RESULT(statistics);
    QCOMPARE(statistics->value(QStringLiteral("rows")).toInteger(), rows);
    QCOMPARE(statistics->value(QStringLiteral("final")).toBool(), true);
    QCOMPARE(statistics->value(QStringLiteral("columns")).toArray().size(), 10);
}

void tst_DatasetImporter::rejectedRowsAreKeptAndCountsAddUp()
{
    // Valid UTF-8 for the whole sniffing sample, so the file is read as UTF-8; a broken byte
    // sequence far below is then a bad row, not a reason to read the file as Windows-1252.
    QByteArray content = "a,b\n1,x\n2\n3,y,extra\n\n4,\"z\nz\"\n";
    for (int i = 0; i < 30000; ++i)
        content += "5,padding padding padding\n";
    const qint64 brokenLine = 8 + 30000;
    content += "6,\xff\xfe\n7,w\n";
    auto imported = DatasetImporter(request(writeTestFile(*m_dir, QStringLiteral("ragged.csv"), content))).run();
    SLUICE_VERIFY_RESULT(imported);
    const DatasetInfo dataset = imported->first();
    QCOMPARE(dataset.rowCount, 3 + 30000);
    QCOMPARE(dataset.errorCount, 3);
    QCOMPARE(dataset.recordCount, dataset.rowCount + dataset.errorCount);
    QCOMPARE(column(QStringLiteral("SELECT line FROM dataset_errors ORDER BY line")),
             (QVariantList { 3, 4, brokenLine }));
    const QVariantList reasons = column(QStringLiteral("SELECT reason FROM dataset_errors ORDER BY line"));
    QVERIFY2(reasons.value(0).toString().contains(QStringLiteral("1 fields")), qPrintable(reasons.value(0).toString()));
    QVERIFY(reasons.value(1).toString().contains(QStringLiteral("3 fields")));
    QCOMPARE(column(QStringLiteral("SELECT raw FROM dataset_errors WHERE line = 4")).value(0).toString(),
             QStringLiteral("3,y,extra"));
    QCOMPARE(column(QStringLiteral("SELECT column_name FROM dataset_errors WHERE line = %1").arg(brokenLine)).value(0).toString(),
             QStringLiteral("b"));
    QCOMPARE(column(QStringLiteral("SELECT b FROM \"%1\" WHERE _row IN (1, 2, %2) ORDER BY _row")
                        .arg(dataset.tableName)
                        .arg(dataset.rowCount)),
             (QVariantList { QStringLiteral("x"), QStringLiteral("z\nz"), QStringLiteral("w") }));
}

void tst_DatasetImporter::widensAColumnWithoutAlteringValues_data()
{
    QTest::addColumn<QByteArray>("late");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("stored");
    QTest::newRow("integer to real") << QByteArray("2.5") << QStringLiteral("real") << QStringLiteral("2.5");
    QTest::newRow("integer to text") << QByteArray("A-12") << QStringLiteral("text") << QStringLiteral("A-12");
    QTest::newRow("leading zeros") << QByteArray("0042") << QStringLiteral("text") << QStringLiteral("0042");
}

void tst_DatasetImporter::widensAColumnWithoutAlteringValues()
{
    QFETCH(QByteArray, late);
    QFETCH(QString, type);
    QFETCH(QString, stored);
    QByteArray content = "code,n\n";
    for (int i = 1; i <= 3000; ++i)  // well past the type sample
        content += QByteArray::number(i) + ',' + QByteArray::number(i) + '\n';
    content += late + ",3001\n";
    auto imported = DatasetImporter(request(writeTestFile(*m_dir, QStringLiteral("late.csv"), content))).run();
    SLUICE_VERIFY_RESULT(imported);
    const DatasetInfo dataset = imported->first();
    QCOMPARE(columnTypeName(dataset.columns.at(0).type), type);
    QCOMPARE(dataset.columns.at(1).type, ColumnType::Integer);
    QCOMPARE(dataset.rowCount, 3001);
    QCOMPARE(dataset.errorCount, 0);
    QCOMPARE(column(QStringLiteral("SELECT code FROM \"%1\" WHERE _row = 3001").arg(dataset.tableName)).value(0).toString(),
             stored);
    QCOMPARE(column(QStringLiteral("SELECT code FROM \"%1\" WHERE _row = 17").arg(dataset.tableName)).value(0).toString(),
             QStringLiteral("17"));
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM datasets")).value(0).toInt(), 1);  // one dataset, redone in place
}

void tst_DatasetImporter::readsCompressedAndMultiFileSources()
{
    writeTestFile(*m_dir, QStringLiteral("a.csv"), "x,y\n1,2\n3,4\n");
    writeTestFile(*m_dir, QStringLiteral("b.csv"), "name\nann\nbob\ncy\n");
    writeTestFile(*m_dir, QStringLiteral("readme.md"), "not data");
    QProcess zip;
    zip.setWorkingDirectory(m_dir->path());
    zip.start(QStringLiteral("zip"), { QStringLiteral("-q"), QStringLiteral("both.zip"), QStringLiteral("a.csv"),
                                       QStringLiteral("readme.md"), QStringLiteral("b.csv") });
    QVERIFY(zip.waitForFinished(20000));
    auto imported = DatasetImporter(request(m_dir->filePath(QStringLiteral("both.zip")))).run();
    SLUICE_VERIFY_RESULT(imported);
    QCOMPARE(imported->size(), 2);
    QCOMPARE(imported->at(0).name, QStringLiteral("a"));
    QCOMPARE(imported->at(0).rowCount, 2);
    QCOMPARE(imported->at(1).name, QStringLiteral("b"));
    QCOMPARE(imported->at(1).rowCount, 3);
    QCOMPARE(imported->at(1).dialect.value(QStringLiteral("container")).toString(), QStringLiteral("zip"));

    QProcess gzip;
    gzip.setWorkingDirectory(m_dir->path());
    gzip.start(QStringLiteral("gzip"), { QStringLiteral("-k"), QStringLiteral("a.csv") });
    QVERIFY(gzip.waitForFinished(20000));
    auto gzipped = DatasetImporter(request(m_dir->filePath(QStringLiteral("a.csv.gz")))).run();
    SLUICE_VERIFY_RESULT(gzipped);
    QCOMPARE(gzipped->first().rowCount, 2);
    QCOMPARE(gzipped->first().dialect.value(QStringLiteral("compression")).toString(), QStringLiteral("gzip"));

    // An upload is stored under its id; the dataset is still named after the user's file.
    QVERIFY(QFile::copy(m_dir->filePath(QStringLiteral("a.csv.gz")), m_dir->filePath(QStringLiteral("xYz.part"))));
    ImportRequest upload = request(m_dir->filePath(QStringLiteral("xYz.part")));
    upload.sourceName = QStringLiteral("Q3 sales.csv.gz");
    auto uploaded = DatasetImporter(upload).run();
    SLUICE_VERIFY_RESULT(uploaded);
    QCOMPARE(uploaded->first().name, QStringLiteral("Q3 sales"));
    QCOMPARE(uploaded->first().sourceName, QStringLiteral("Q3 sales.csv.gz"));
}

void tst_DatasetImporter::reportsProgressAndPartialResults()
{
    const QString path = writeTestFile(*m_dir, QStringLiteral("sales.csv"), SalesGenerator(3).generate(60000));
    RecordingSink sink;
    ImportRequest r = request(path);
    r.sink = &sink;
    auto imported = DatasetImporter(r).run();
    SLUICE_VERIFY_RESULT(imported);
    QVERIFY(!sink.progresses.isEmpty());
    QVERIFY(!sink.snapshots.isEmpty());
    const ImportProgress last = sink.progresses.last();
    QCOMPARE(last.rows, 60000);
    QCOMPARE(last.bytesRead, last.bytesTotal);
    QCOMPARE(last.datasetId, imported->first().id);
    for (qsizetype i = 1; i < sink.progresses.size(); ++i)
        QVERIFY(sink.progresses.at(i).rows >= sink.progresses.at(i - 1).rows);
    QCOMPARE(sink.snapshots.last().value(QStringLiteral("rows")).toInteger(), 60000);
}

void tst_DatasetImporter::cancelLeavesNoTableAndNoReadyDataset()
{
    const QString path = writeTestFile(*m_dir, QStringLiteral("sales.csv"), SalesGenerator(5).generate(300000));
    RecordingSink sink;
    sink.cancelAfterRows = 1;
    ImportRequest r = request(path);
    r.sink = &sink;
    r.canceled = &sink.cancel;
    auto imported = DatasetImporter(r).run();
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, ErrorCode::Canceled);
    QCOMPARE(column(QStringLiteral("SELECT state FROM datasets")), (QVariantList { QStringLiteral("canceled") }));
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'ds_%'")).value(0).toInt(), 0);
    QVERIFY(sink.progresses.last().rows < 300000);
}

void tst_DatasetImporter::badInputIsAClearErrorAndChangesNothing()
{
    // Broken at the start: found while sampling, before any dataset exists.
    auto early = DatasetImporter(request(writeTestFile(*m_dir, QStringLiteral("open.csv"), "a,b\n1,\"never closed\n2,3\n"))).run();
    QVERIFY(!early);
    QVERIFY2(early.error().message.contains(QStringLiteral("open.csv")), qPrintable(early.error().message));
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM datasets")).value(0).toInt(), 0);

    // Broken far below the sample: the dataset ends Failed with the reason, and its table goes.
    QByteArray content = "a,b\n";
    for (int i = 0; i < 5000; ++i)
        content += QByteArray::number(i) + ",fine\n";
    content += "5000,\"never closed\n";
    auto late = DatasetImporter(request(writeTestFile(*m_dir, QStringLiteral("late.csv"), content))).run();
    QVERIFY(!late);
    QVERIFY2(late.error().message.contains(QStringLiteral("5002")), qPrintable(late.error().message));  // the line
    QCOMPARE(column(QStringLiteral("SELECT state FROM datasets")), (QVariantList { QStringLiteral("failed") }));
    QCOMPARE(column(QStringLiteral("SELECT error FROM datasets")).value(0).toString(), late.error().message);
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'ds_%'")).value(0).toInt(), 0);

    auto missing = DatasetImporter(request(m_dir->filePath(QStringLiteral("nope.csv")))).run();
    QVERIFY(!missing);
}

void tst_DatasetImporter::interruptedImportIsRedoneOnce()
{
    const QString path = writeTestFile(*m_dir, QStringLiteral("sales.csv"), SalesGenerator(9).generate(2000));
    // What a kill mid-import leaves: an entry still Importing and a half-built table.
    QString id;
    QString table;
    {
        auto connection = DatabaseConnection::open(m_database, QStringLiteral("crash"));
        QVERIFY(connection);
        DatasetCatalog catalog(**connection);
        auto created = catalog.create(NewDataset { QStringLiteral("sales"), path, QStringLiteral("sales.csv"), 0, QString(), QString(), 0 });
        QVERIFY(created);
        id = created->id;
        table = created->tableName;
        QVERIFY((*connection)->execute(QStringLiteral("CREATE TABLE \"%1\" (_row INTEGER PRIMARY KEY, junk)").arg(table)));
        QVERIFY((*connection)->execute(QStringLiteral("INSERT INTO \"%1\" VALUES (1, 'half')").arg(table)));
    }
    auto ready = DatasetImporter(request(path)).run();  // another, finished import must stay as it is
    SLUICE_VERIFY_RESULT(ready);

    ImportRequest settings;
    settings.database = m_database;
    auto redone = ImportRecovery::redoInterrupted(settings);
    SLUICE_VERIFY_RESULT(redone);
    QCOMPARE(redone->size(), 1);
    QCOMPARE(redone->first().id, id);
    QCOMPARE(redone->first().state, DatasetState::Ready);
    QCOMPARE(redone->first().rowCount, 2000);
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).value(0).toInt(), 2000);
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM datasets")).value(0).toInt(), 2);

    auto again = ImportRecovery::redoInterrupted(settings);  // nothing left to redo
    SLUICE_VERIFY_RESULT(again);
    QVERIFY(again->isEmpty());
}

void tst_DatasetImporter::taskRerunKeepsFinishedDatasets()
{
    writeTestFile(*m_dir, QStringLiteral("a.csv"), "x\n1\n2\n");
    writeTestFile(*m_dir, QStringLiteral("b.csv"), "y\n3\n4\n5\n");
    QProcess zip;
    zip.setWorkingDirectory(m_dir->path());
    zip.start(QStringLiteral("zip"), { QStringLiteral("-q"), QStringLiteral("two.zip"), QStringLiteral("a.csv"),
                                       QStringLiteral("b.csv") });
    QVERIFY(zip.waitForFinished(20000));
    ImportRequest r = request(m_dir->filePath(QStringLiteral("two.zip")));
    r.taskId = QStringLiteral("task-1");
    auto first = DatasetImporter(r).run();
    SLUICE_VERIFY_RESULT(first);
    QCOMPARE(first->size(), 2);

    // A crash during the second input: it is left Importing; the first one is finished.
    auto connection = DatabaseConnection::open(m_database, QStringLiteral("crash"));
    QVERIFY(connection);
    QVERIFY((*connection)->execute(QStringLiteral("UPDATE datasets SET state = 'importing' WHERE id = '%1'")
                                       .arg(first->at(1).id)));
    const QString finishedAt = column(QStringLiteral("SELECT finished_at FROM datasets WHERE id = '%1'")
                                          .arg(first->at(0).id))
                                   .value(0)
                                   .toString();

    auto rerun = DatasetImporter(r).run();  // the task runs again
    SLUICE_VERIFY_RESULT(rerun);
    QCOMPARE(rerun->size(), 2);
    QCOMPARE(rerun->at(0).id, first->at(0).id);
    QCOMPARE(rerun->at(1).id, first->at(1).id);
    QCOMPARE(rerun->at(1).state, DatasetState::Ready);
    QCOMPARE(rerun->at(1).rowCount, 3);
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM datasets")).value(0).toInt(), 2);
    // The finished one was not imported again.
    QCOMPARE(column(QStringLiteral("SELECT finished_at FROM datasets WHERE id = '%1'").arg(first->at(0).id))
                 .value(0)
                 .toString(),
             finishedAt);
}

QTEST_GUILESS_MAIN(tst_DatasetImporter)
#include "tst_datasetimporter.moc"
