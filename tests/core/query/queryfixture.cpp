#include "queryfixture.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

#include "core/storage/temporaltext.h"
#include "core/storage/bulkinserter.h"
#include "core/storage/rowbatch.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/sqldialect.h"

namespace sluice {

namespace {

QByteArray dateText(QDate date)
{
    char buffer[kMaxTemporalText];
    const int length = formatIsoDate(QDate(1970, 1, 1).daysTo(date), buffer);
    return QByteArray(buffer, length);
}

QByteArray dateTimeText(const QDateTime &dateTime)
{
    char buffer[kMaxTemporalText];
    const int length = formatIsoDateTime(dateTime.toMSecsSinceEpoch(), buffer);
    return QByteArray(buffer, length);
}

DatasetColumn column(const QString &name, ColumnType type)
{
    return DatasetColumn { name, name.toUpper(), type, true, 0 };
}

} // namespace

bool QueryFixture::open()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto connection
        = DatabaseConnection::open(DatabaseConfig { m_dir->filePath(QStringLiteral("q.db")) }, QStringLiteral("test"));
    if (!connection) {
        qWarning() << connection.error().message;
        return false;
    }
    m_connection = std::move(*connection);
    auto migrated = SchemaMigrator::migrate(*m_connection);
    if (!migrated) {
        qWarning() << migrated.error().message;
        return false;
    }
    return true;
}

QList<FixtureRow> QueryFixture::generate(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const QDate firstDay(2015, 12, 20);
    const QDateTime firstInstant(QDate(2015, 12, 28), QTime(0, 0), Qt::UTC);
    // Instants on and next to the edges of days, weeks, months, quarters and years.
    const QList<QDateTime> edges {
        QDateTime(QDate(2016, 3, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2016, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2016, 9, 30), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2016, 10, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2016, 3, 6), QTime(23, 30), Qt::UTC), // a Sunday
        QDateTime(QDate(2016, 3, 7), QTime(0, 0), Qt::UTC), // the Monday after
        QDateTime(QDate(2016, 12, 31), QTime(23, 59, 59), Qt::UTC),
        QDateTime(QDate(2017, 1, 1), QTime(0, 0, 0, 1), Qt::UTC),
    };
    QList<FixtureRow> rows;
    for (int i = 0; i < count; ++i) {
        FixtureRow row;
        row.row = i + 1;
        if (random.bounded(20) != 0)
            row.day = firstDay.addDays(random.bounded(390));
        if (i < edges.size())
            row.at = edges.at(i);
        else if (random.bounded(20) != 0)
            row.at = firstInstant.addMSecs(qint64(random.bounded(380 * 24)) * 3600 * 1000
                + (random.bounded(3) == 0 ? random.bounded(3600 * 1000) : 0));
        if (random.bounded(10) != 0)
            row.amount = random.bounded(110000) / 100.0 - 100.0;
        if (random.bounded(8) != 0)
            row.qty = qint64(random.bounded(51)) - 5;
        if (random.bounded(6) != 0)
            row.flag = random.bounded(2) == 1;
        if (random.bounded(15) != 0)
            row.team = i % 97 == 5 ? QStringLiteral("42") : QStringLiteral("t%1").arg(random.bounded(12) + 1);
        static const QStringList notes { QStringLiteral("plain"), QStringLiteral("O'Brien"),
            QStringLiteral("'); DROP TABLE teams; --"), QStringLiteral("naïve \"q\""), QStringLiteral("%1 %Y"),
            QStringLiteral("") };
        if (random.bounded(7) != 0)
            row.note = notes.at(random.bounded(int(notes.size())));
        if (random.bounded(4) != 0)
            row.hostile = random.bounded(5);
        rows.append(row);
    }
    return rows;
}

bool QueryFixture::createDataset(const QList<FixtureRow> &rows)
{
    m_rows = rows;
    m_dataset = DatasetInfo();
    m_dataset.id = QStringLiteral("fixture");
    m_dataset.name = QStringLiteral("fixture");
    m_dataset.tableName = QStringLiteral("ds_fixture");
    m_dataset.state = DatasetState::Ready;
    m_dataset.rowCount = rows.size();
    m_dataset.columns
        = { column(QStringLiteral("day"), ColumnType::Date), column(QStringLiteral("at"), ColumnType::DateTime),
              column(QStringLiteral("amount"), ColumnType::Real), column(QStringLiteral("qty"), ColumnType::Integer),
              column(QStringLiteral("flag"), ColumnType::Boolean), column(QStringLiteral("team"), ColumnType::Text),
              column(QStringLiteral("note"), ColumnType::Text), column(hostileColumn(), ColumnType::Integer) };
    QList<TableColumn> tableColumns;
    for (const DatasetColumn &c : m_dataset.columns)
        tableColumns.append(TableColumn { c.name, c.type });
    const SqlDialect &dialect = m_connection->dialect();
    if (auto created = m_connection->execute(dialect.createTable(m_dataset.tableName, tableColumns)); !created) {
        qWarning() << created.error().message;
        return false;
    }
    auto inserter = dialect.bulkInserter(*m_connection, m_dataset.tableName, int(tableColumns.size()));
    if (!inserter) {
        qWarning() << inserter.error().message;
        return false;
    }
    // One batch per run of consecutive row numbers, so tests can leave gaps in _row.
    RowBatch batch(int(tableColumns.size()));
    qint64 batchStart = rows.isEmpty() ? 1 : rows.first().row;
    auto flush = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        auto inserted = (*inserter)->insert(batch, batchStart);
        batch.clear();
        if (!inserted)
            qWarning() << inserted.error().message;
        return bool(inserted);
    };
    if (!m_connection->beginTransaction())
        return false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const FixtureRow &row = rows.at(i);
        if (i > 0 && row.row != rows.at(i - 1).row + 1) {
            if (!flush())
                return false;
            batchStart = row.row;
        }
        row.day ? batch.addText(dateText(*row.day)) : batch.addNull();
        row.at ? batch.addText(dateTimeText(*row.at)) : batch.addNull();
        row.amount ? batch.addReal(*row.amount) : batch.addNull();
        row.qty ? batch.addInteger(*row.qty) : batch.addNull();
        row.flag ? batch.addInteger(*row.flag ? 1 : 0) : batch.addNull();
        row.team ? batch.addText(row.team->toUtf8()) : batch.addNull();
        row.note ? batch.addText(row.note->toUtf8()) : batch.addNull();
        row.hostile ? batch.addInteger(*row.hostile) : batch.addNull();
    }
    if (!flush())
        return false;
    return bool(m_connection->commit());
}

bool QueryFixture::addTeams()
{
    QList<std::pair<QString, QString>> teams;
    for (int i = 1; i <= 8; ++i)
        teams.append({ QStringLiteral("t%1").arg(i), QStringLiteral("Team %1").arg(i) });
    teams.append({ QStringLiteral("42"), QStringLiteral("Answers") });
    for (const auto &[id, name] : teams) {
        QSqlQuery query(m_connection->database());
        query.prepare(QStringLiteral("INSERT INTO teams (team_id, name, updated_at) VALUES (?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(name);
        query.addBindValue(QStringLiteral("2024-01-01T00:00:00"));
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            return false;
        }
    }
    return true;
}

QVariant QueryFixture::scalar(const QString &sql) const
{
    QSqlQuery query(m_connection->database());
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

} // namespace sluice
