#pragma once

#include <memory>
#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTemporaryDir>

#include "core/storage/databaseconnection.h"
#include "core/storage/datasetinfo.h"

namespace sluice {

/// One generated row, kept in C++ so every query can be checked against a naive computation.
struct FixtureRow
{
    qint64 row = 0;
    std::optional<QDate> day;
    std::optional<QDateTime> at; // UTC
    std::optional<double> amount;
    std::optional<qint64> qty;
    std::optional<bool> flag;
    std::optional<QString> team;
    std::optional<QString> note;
    std::optional<qint64> hostile; // the column whose name is an injection attempt
};

/// A migrated SQLite database in a temporary directory with one dataset table of generated
/// rows (columns day: date, at: datetime, amount: real, qty: integer, flag: boolean, team:
/// text, note: text, and an integer column named like an injection) and a few teams.
class QueryFixture final
{
public:
    static QString hostileColumn() { return QStringLiteral("x\"); DROP TABLE teams; --"); }

    /// Opens and migrates the database; false (with a warning) when anything fails.
    bool open();
    /// Creates the dataset table with `rows` as given, numbered from their `row`.
    bool createDataset(const QList<FixtureRow> &rows);
    /// `count` generated rows from a fixed seed, including nulls and boundary instants.
    static QList<FixtureRow> generate(int count, quint32 seed);
    /// Adds teams t1..t8 ("Team 1".."Team 8") and the integer-like id "42" ("Answers").
    bool addTeams();

    const DatabaseConnection &connection() const { return *m_connection; }
    const DatasetInfo &dataset() const { return m_dataset; }
    const QList<FixtureRow> &rows() const { return m_rows; }
    /// Runs `sql` and returns the first column of its first row, for checks.
    QVariant scalar(const QString &sql) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DatabaseConnection> m_connection;
    DatasetInfo m_dataset;
    QList<FixtureRow> m_rows;
};

} // namespace sluice
