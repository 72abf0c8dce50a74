#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/randomid.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/datasetcatalog.h"
#include "core/storage/schemamigrator.h"
#include "support/verifyresult.h"

using namespace sluice;

class tst_DatasetCatalog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void createsWithARandomIdAndTable();
    void keepsColumnsErrorsAndTotals();
    void listsInterruptedImports();
    void renames();
    void removeDropsTableAndDetails();
    void resetStartsAgainCleanly();
    void unknownIdsAreNotFound();

private:
    bool tableExists(const QString &name);
    DatasetInfo createWithTable();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<DatasetCatalog> m_catalog;
};

void tst_DatasetCatalog::init()
{
    m_catalog.reset();
    m_connection.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    auto connection = DatabaseConnection::open(DatabaseConfig { m_dir->filePath(QStringLiteral("t.db")) },
                                               QStringLiteral("test"));
    QVERIFY(connection);
    m_connection = std::move(*connection);
    QVERIFY(SchemaMigrator::migrate(*m_connection));
    m_catalog = std::make_unique<DatasetCatalog>(*m_connection);
}

bool tst_DatasetCatalog::tableExists(const QString &name)
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

DatasetInfo tst_DatasetCatalog::createWithTable()
{
    auto created = m_catalog->create(NewDataset { QStringLiteral("sales"), QStringLiteral("/data/uploads/x"),
                                                  QStringLiteral("sales.csv.gz"), 1234, QStringLiteral("ab12"), QString(), 0 });
    if (!created)
        return {};
    if (!m_connection->execute(QStringLiteral("CREATE TABLE \"%1\" (_row INTEGER PRIMARY KEY, a)").arg(created->tableName)))
        return {};
    return *created;
}

void tst_DatasetCatalog::createsWithARandomIdAndTable()
{
    auto first = m_catalog->create(NewDataset { QStringLiteral("a"), QStringLiteral("/p"), QStringLiteral("a.csv"), 0, QString(), QString(), 0 });
    auto second = m_catalog->create(NewDataset { QStringLiteral("a"), QStringLiteral("/p"), QStringLiteral("a.csv"), 0, QString(), QString(), 0 });
    SLUICE_VERIFY_RESULT(first);
    SLUICE_VERIFY_RESULT(second);
    QVERIFY(isWellFormedId(first->id));
    QVERIFY(first->id != second->id);
    QCOMPARE(first->tableName, QStringLiteral("ds_") + first->id);
    QCOMPARE(first->state, DatasetState::Importing);
    auto found = m_catalog->find(first->id);
    SLUICE_VERIFY_RESULT(found);
    QCOMPARE(found->name, QStringLiteral("a"));
    QCOMPARE(found->sourceName, QStringLiteral("a.csv"));
    QVERIFY(found->createdAt.isValid());
}

void tst_DatasetCatalog::keepsColumnsErrorsAndTotals()
{
    const DatasetInfo info = createWithTable();
    QVERIFY(!info.id.isEmpty());
    const QList<DatasetColumn> columns { { QStringLiteral("id"), QStringLiteral("id"), ColumnType::Integer, false, 0 },
                                         { QStringLiteral("column_2"), QString(), ColumnType::Text, true, 17 } };
    SLUICE_VERIFY_RESULT(m_catalog->setColumns(info.id, columns));
    QVERIFY(m_catalog->setDialect(info.id, QJsonObject { { QStringLiteral("delimiter"), QStringLiteral(";") } }));
    QVERIFY(m_catalog->addErrors(info.id, { RowError { 12, 345, QStringLiteral("id"), QStringLiteral("not a number"),
                                                       QByteArray("x;y") },
                                            RowError { 20, 400, QString(), QStringLiteral("3 fields, expected 2"),
                                                       QByteArray(10000, 'z') } }));
    QVERIFY(m_catalog->finish(info.id, DatasetState::Ready, DatasetTotals { 102, 100, 2 }));
    QVERIFY(m_catalog->setStatistics(info.id, QJsonObject { { QStringLiteral("rows"), 100 } }));

    auto found = m_catalog->find(info.id);
    SLUICE_VERIFY_RESULT(found);
    QCOMPARE(found->state, DatasetState::Ready);
    QCOMPARE(found->recordCount, 102);
    QCOMPARE(found->rowCount, 100);
    QCOMPARE(found->errorCount, 2);
    QVERIFY(found->finishedAt.isValid());
    QCOMPARE(found->dialect.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(found->columns.size(), 2);
    QCOMPARE(found->columns.at(1).name, QStringLiteral("column_2"));
    QCOMPARE(found->columns.at(1).type, ColumnType::Text);
    QCOMPARE(found->columns.at(1).nullCount, 17);
    QCOMPARE(found->columns.at(0).nullable, false);
    QCOMPARE(m_catalog->statistics(info.id)->value(QStringLiteral("rows")).toInt(), 100);

    QSqlQuery query(m_connection->database());
    QVERIFY(query.exec(QStringLiteral("SELECT line, byte_offset, column_name, length(raw) FROM dataset_errors ORDER BY line")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 12);
    QCOMPARE(query.value(1).toInt(), 345);
    QVERIFY(query.next());
    QVERIFY(query.value(2).isNull());
    QCOMPARE(query.value(3).toInt(), 4096);  // a runaway record is cut
}

void tst_DatasetCatalog::listsInterruptedImports()
{
    const DatasetInfo done = createWithTable();
    const DatasetInfo running = createWithTable();
    QVERIFY(m_catalog->finish(done.id, DatasetState::Ready, DatasetTotals {}));
    auto interrupted = m_catalog->interrupted();
    SLUICE_VERIFY_RESULT(interrupted);
    QCOMPARE(interrupted->size(), 1);
    QCOMPARE(interrupted->first().id, running.id);
    QCOMPARE(m_catalog->list()->size(), 2);
}

void tst_DatasetCatalog::renames()
{
    const DatasetInfo info = createWithTable();
    QVERIFY(m_catalog->rename(info.id, QStringLiteral("  Q3 sales ")));
    QCOMPARE(m_catalog->find(info.id)->name, QStringLiteral("Q3 sales"));
    auto blank = m_catalog->rename(info.id, QStringLiteral("   "));
    QVERIFY(!blank);
    QCOMPARE(blank.error().code, ErrorCode::InvalidInput);
}

void tst_DatasetCatalog::removeDropsTableAndDetails()
{
    const DatasetInfo info = createWithTable();
    QVERIFY(m_catalog->setColumns(info.id, { DatasetColumn { QStringLiteral("a"), QStringLiteral("a"), ColumnType::Text, true, 0 } }));
    QVERIFY(m_catalog->addErrors(info.id, { RowError { 1, 0, {}, QStringLiteral("bad"), "x" } }));
    QVERIFY(tableExists(info.tableName));
    SLUICE_VERIFY_RESULT(m_catalog->remove(info.id));
    QVERIFY(!tableExists(info.tableName));
    QCOMPARE(m_catalog->find(info.id).error().code, ErrorCode::NotFound);
    QSqlQuery query(m_connection->database());
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM dataset_columns) + (SELECT count(*) FROM dataset_errors)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void tst_DatasetCatalog::resetStartsAgainCleanly()
{
    const DatasetInfo info = createWithTable();
    QVERIFY(m_catalog->addErrors(info.id, { RowError { 1, 0, {}, QStringLiteral("bad"), "x" } }));
    QVERIFY(m_catalog->reset(info.id));
    QVERIFY(!tableExists(info.tableName));
    auto found = m_catalog->find(info.id);
    SLUICE_VERIFY_RESULT(found);
    QCOMPARE(found->state, DatasetState::Importing);
    QCOMPARE(found->errorCount, 0);
    QCOMPARE(found->sourcePath, info.sourcePath);
}

void tst_DatasetCatalog::unknownIdsAreNotFound()
{
    const QString id = makeRandomId();
    QCOMPARE(m_catalog->find(id).error().code, ErrorCode::NotFound);
    QCOMPARE(m_catalog->rename(id, QStringLiteral("x")).error().code, ErrorCode::NotFound);
    QCOMPARE(m_catalog->finish(id, DatasetState::Ready, {}).error().code, ErrorCode::NotFound);
    QCOMPARE(m_catalog->remove(id).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(tst_DatasetCatalog)
#include "tst_datasetcatalog.moc"
