#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "support/verifyresult.h"

#include "core/storage/bulkinserter.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/rowbatch.h"
#include "core/storage/sqlitedialect.h"

using namespace sluice;

class tst_SqliteDialect : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void quotesAnyIdentifier_data();
    void quotesAnyIdentifier();
    void bulkInsertKeepsValuesExactly_data();
    void bulkInsertKeepsValuesExactly();
    void widenToTextKeepsEveryValue();
    void upsertUpdatesByKey();
    void timeBuckets_data();
    void timeBuckets();

private:
    QVariantList column(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseConnection> m_connection;
};

void tst_SqliteDialect::init()
{
    m_connection.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    auto connection = DatabaseConnection::open(DatabaseConfig { m_dir->filePath(QStringLiteral("t.db")) },
                                               QStringLiteral("test"));
    QVERIFY(connection);
    m_connection = std::move(*connection);
}

QVariantList tst_SqliteDialect::column(const QString &sql)
{
    QSqlQuery query(m_connection->database());
    if (!query.exec(sql))
        return { QStringLiteral("query failed") };
    QVariantList values;
    while (query.next())
        values << query.value(0);
    return values;
}

void tst_SqliteDialect::quotesAnyIdentifier_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("amount");
    QTest::newRow("keyword") << QStringLiteral("select");
    QTest::newRow("quote inside") << QStringLiteral("say \"hi\"");
    QTest::newRow("injection attempt") << QStringLiteral("x\"); DROP TABLE datasets; --");
    QTest::newRow("unicode and spaces") << QStringLiteral("Größe in m²");
}

void tst_SqliteDialect::quotesAnyIdentifier()
{
    QFETCH(QString, name);
    const SqliteDialect dialect;
    QVERIFY(m_connection->execute(dialect.createTable(QStringLiteral("t"), { TableColumn { name, ColumnType::Text } })));
    QSqlQuery query(m_connection->database());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM pragma_table_info('t') ORDER BY cid")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("_row"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), name);
}

void tst_SqliteDialect::bulkInsertKeepsValuesExactly_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("one row") << 1;
    QTest::newRow("less than a statement") << 63;
    QTest::newRow("a statement and a remainder") << 150;
    QTest::newRow("many") << 5000;
}

void tst_SqliteDialect::bulkInsertKeepsValuesExactly()
{
    QFETCH(int, rows);
    const SqliteDialect dialect;
    const QList<TableColumn> columns { { QStringLiteral("i"), ColumnType::Integer },
                                       { QStringLiteral("r"), ColumnType::Real },
                                       { QStringLiteral("t"), ColumnType::Text } };
    QVERIFY(m_connection->execute(dialect.createTable(QStringLiteral("ds"), columns)));
    auto inserter = dialect.bulkInserter(*m_connection, QStringLiteral("ds"), 3);
    SLUICE_VERIFY_RESULT(inserter);

    RowBatch batch(3);
    for (int row = 0; row < rows; ++row) {
        if (row % 7 == 3)
            batch.addNull();
        else
            batch.addInteger(row == 0 ? std::numeric_limits<qint64>::min() : row * 1000003LL);
        batch.addReal(row == 1 ? 1e308 : row / 8.0);
        // Text that looks like a number stays text, byte for byte.
        batch.addText(row % 2 ? QByteArrayView("007") : QByteArrayView("naïve, \"quoted\"\n"));
    }
    QVERIFY(m_connection->beginTransaction());
    auto inserted = (*inserter)->insert(batch, 1);
    SLUICE_VERIFY_RESULT(inserted);
    QVERIFY(m_connection->commit());

    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM ds")).value(0).toInt(), rows);
    QSqlQuery query(m_connection->database());
    QVERIFY(query.exec(QStringLiteral("SELECT _row, i, r, t, typeof(t) FROM ds ORDER BY _row")));
    for (int row = 0; row < rows; ++row) {
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), row + 1);
        if (row % 7 == 3)
            QVERIFY(query.value(1).isNull());
        else
            QCOMPARE(query.value(1).toLongLong(), row == 0 ? std::numeric_limits<qint64>::min() : row * 1000003LL);
        QCOMPARE(query.value(2).toDouble(), row == 1 ? 1e308 : row / 8.0);
        QCOMPARE(query.value(3).toString(), row % 2 ? QStringLiteral("007") : QStringLiteral("naïve, \"quoted\"\n"));
        QCOMPARE(query.value(4).toString(), QStringLiteral("text"));
    }
}

void tst_SqliteDialect::widenToTextKeepsEveryValue()
{
    const SqliteDialect dialect;
    const TableColumn code { QStringLiteral("code"), ColumnType::Integer };
    QVERIFY(m_connection->execute(dialect.createTable(QStringLiteral("ds"), { code })));
    auto inserter = dialect.bulkInserter(*m_connection, QStringLiteral("ds"), 1);
    QVERIFY(inserter);
    RowBatch before(1);
    before.addInteger(12);
    before.addInteger(-7);
    QVERIFY((*inserter)->insert(before, 1));
    for (const QString &statement : dialect.widenColumn(QStringLiteral("ds"), code, ColumnType::Text))
        QVERIFY(m_connection->execute(statement));
    RowBatch after(1);
    after.addText("A-12");
    after.addText("0012");
    QVERIFY((*inserter)->insert(after, 3));
    QCOMPARE(column(QStringLiteral("SELECT code FROM ds ORDER BY _row")),
             (QVariantList { QStringLiteral("12"), QStringLiteral("-7"), QStringLiteral("A-12"), QStringLiteral("0012") }));
    QCOMPARE(column(QStringLiteral("SELECT DISTINCT typeof(code) FROM ds")), (QVariantList { QStringLiteral("text") }));
    QVERIFY(dialect.widenColumn(QStringLiteral("ds"), code, ColumnType::Real).isEmpty());
}

void tst_SqliteDialect::upsertUpdatesByKey()
{
    const SqliteDialect dialect;
    QVERIFY(m_connection->execute(QStringLiteral("CREATE TABLE k (id TEXT PRIMARY KEY, name TEXT, n INTEGER)")));
    const QString sql = dialect.upsert(QStringLiteral("k"), { QStringLiteral("id"), QStringLiteral("name"),
                                                              QStringLiteral("n") },
                                       QStringLiteral("id"));
    for (const auto &[id, name, n] : { std::tuple { "a", "first", 1 }, std::tuple { "b", "other", 2 },
                                       std::tuple { "a", "second", 3 } }) {
        QSqlQuery query(m_connection->database());
        QVERIFY(query.prepare(sql));
        query.addBindValue(QString::fromLatin1(id));
        query.addBindValue(QString::fromLatin1(name));
        query.addBindValue(n);
        QVERIFY2(query.exec(), qPrintable(sql));
    }
    QCOMPARE(column(QStringLiteral("SELECT name || n FROM k ORDER BY id")),
             (QVariantList { QStringLiteral("second3"), QStringLiteral("other2") }));
}

void tst_SqliteDialect::timeBuckets_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<TimeBucket>("bucket");
    QTest::addColumn<QString>("start");
    QTest::newRow("hour") << QStringLiteral("2016-03-04T12:34:56") << TimeBucket::Hour << QStringLiteral("2016-03-04T12:00:00");
    QTest::newRow("day of datetime") << QStringLiteral("2016-03-04T23:59:59") << TimeBucket::Day << QStringLiteral("2016-03-04");
    QTest::newRow("week from Friday") << QStringLiteral("2016-03-04") << TimeBucket::Week << QStringLiteral("2016-02-29");
    QTest::newRow("week from Monday") << QStringLiteral("2016-02-29") << TimeBucket::Week << QStringLiteral("2016-02-29");
    QTest::newRow("week from Sunday") << QStringLiteral("2016-03-06") << TimeBucket::Week << QStringLiteral("2016-02-29");
    QTest::newRow("week across a year") << QStringLiteral("2017-01-01") << TimeBucket::Week << QStringLiteral("2016-12-26");
    QTest::newRow("month, leap day") << QStringLiteral("2016-02-29") << TimeBucket::Month << QStringLiteral("2016-02-01");
    QTest::newRow("quarter") << QStringLiteral("2016-08-15") << TimeBucket::Quarter << QStringLiteral("2016-07-01");
    QTest::newRow("first quarter") << QStringLiteral("2016-03-31T10:00:00") << TimeBucket::Quarter << QStringLiteral("2016-01-01");
    QTest::newRow("year") << QStringLiteral("2017-12-31") << TimeBucket::Year << QStringLiteral("2017-01-01");
}

void tst_SqliteDialect::timeBuckets()
{
    QFETCH(QString, value);
    QFETCH(TimeBucket, bucket);
    QFETCH(QString, start);
    const SqliteDialect dialect;
    const QString sql = QStringLiteral("SELECT %1").arg(dialect.timeBucket(u'\'' + value + u'\'', ColumnType::DateTime, bucket));
    QCOMPARE(column(sql).value(0).toString(), start);
}

QTEST_GUILESS_MAIN(tst_SqliteDialect)
#include "tst_sqlitedialect.moc"
