#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "support/verifyresult.h"

#include "core/storage/databaseconnection.h"
#include "core/storage/schemamigrator.h"

using namespace sluice;

class tst_SchemaMigrator : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void migratesAnEmptyDatabase();
    void migratesThePreviousSchemaKeepingData();
    void isIdempotent();
    void refusesANewerDatabase();
    void usesWal();

private:
    std::unique_ptr<DatabaseConnection> connect();
    QStringList tables(const DatabaseConnection &connection);
    QString schema(const DatabaseConnection &connection);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SchemaMigrator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<DatabaseConnection> tst_SchemaMigrator::connect()
{
    auto connection = DatabaseConnection::open(DatabaseConfig { m_dir->filePath(QStringLiteral("sluice.db")) },
                                               QStringLiteral("test"));
    if (!connection) {
        qWarning() << connection.error().message;
        return nullptr;
    }
    return std::move(*connection);
}

QStringList tst_SchemaMigrator::tables(const DatabaseConnection &connection)
{
    QSqlQuery query(connection.database());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QString tst_SchemaMigrator::schema(const DatabaseConnection &connection)
{
    QSqlQuery query(connection.database());
    query.exec(QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master ORDER BY name)"));
    return query.next() ? query.value(0).toString() : QString();
}

void tst_SchemaMigrator::migratesAnEmptyDatabase()
{
    auto connection = connect();
    QVERIFY(connection);
    QCOMPARE(*SchemaMigrator::currentVersion(*connection), 0);
    auto migrated = SchemaMigrator::migrate(*connection);
    SLUICE_VERIFY_RESULT(migrated);
    QCOMPARE(*migrated, SchemaMigrator::latestVersion());
    QCOMPARE(*SchemaMigrator::currentVersion(*connection), SchemaMigrator::latestVersion());
    const QStringList names = tables(*connection);
    for (const char *table : { "datasets", "dataset_columns", "dataset_errors", "uploads", "tasks", "teams",
                               "schema_version" })
        QVERIFY2(names.contains(QLatin1StringView(table)), table);
}

void tst_SchemaMigrator::migratesThePreviousSchemaKeepingData()
{
    const int previous = SchemaMigrator::latestVersion() - 1;
    QString previousSchema;
    {
        auto connection = connect();
        QVERIFY(connection);
        QCOMPARE(*SchemaMigrator::migrate(*connection, previous), previous);
        previousSchema = schema(*connection);
        QVERIFY(connection->execute(QStringLiteral(
            "INSERT INTO datasets (id, name, table_name, state, source_path, source_name, created_at) "
            "VALUES ('d1', 'sales', 'ds_d1', 'ready', '/tmp/s.csv', 's.csv', '2026-01-01T00:00:00Z')")));
    }
    auto connection = connect();  // a later start of a newer build
    QVERIFY(connection);
    QCOMPARE(*SchemaMigrator::migrate(*connection), SchemaMigrator::latestVersion());
    QVERIFY(schema(*connection) != previousSchema);  // the last step did change something
    QSqlQuery query(connection->database());
    QVERIFY(query.exec(QStringLiteral("SELECT name, state FROM datasets WHERE id = 'd1'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("sales"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("ready"));
}

void tst_SchemaMigrator::isIdempotent()
{
    auto connection = connect();
    QVERIFY(connection);
    QVERIFY(SchemaMigrator::migrate(*connection));
    auto again = SchemaMigrator::migrate(*connection);
    SLUICE_VERIFY_RESULT(again);
    QCOMPARE(*again, SchemaMigrator::latestVersion());
}

void tst_SchemaMigrator::refusesANewerDatabase()
{
    auto connection = connect();
    QVERIFY(connection);
    QVERIFY(SchemaMigrator::migrate(*connection));
    QVERIFY(connection->execute(QStringLiteral("UPDATE schema_version SET version = 999")));
    auto refused = SchemaMigrator::migrate(*connection);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("newer Sluice")), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("999")));
}

void tst_SchemaMigrator::usesWal()
{
    auto connection = connect();
    QVERIFY(connection);
    QSqlQuery query(connection->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(connection->sqliteHandle() != nullptr);
}

QTEST_GUILESS_MAIN(tst_SchemaMigrator)
#include "tst_schemamigrator.moc"
