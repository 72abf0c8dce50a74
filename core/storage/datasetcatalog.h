#pragma once

#include <QCoreApplication>
#include <optional>

#include <QJsonObject>

#include "core/error.h"
#include "core/storage/datasetinfo.h"

namespace sluice {

class DatabaseConnection;

/// What a new import declares about its dataset before the first row.
struct NewDataset
{
    QString name;
    QString sourcePath;
    QString sourceName;
    qint64 sourceBytes = 0;
    QString sourceSha256;
    QString taskId;
    int inputIndex = 0;
};

/// The final figures of a finished import.
struct DatasetTotals
{
    qint64 recordCount = 0;
    qint64 rowCount = 0;
    qint64 errorCount = 0;
};

/// Reads and writes the catalog's dataset entries (datasets, dataset_columns,
/// dataset_errors) over one connection, in the connection's thread.
class DatasetCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetCatalog)
public:
    explicit DatasetCatalog(const DatabaseConnection &connection);

    /// A new entry in state Importing, with a fresh id and table name.
    [[nodiscard]] Result<DatasetInfo> create(const NewDataset &dataset) const;
    [[nodiscard]] Result<DatasetInfo> find(const QString &id) const;
    [[nodiscard]] Result<QList<DatasetInfo>> list() const;
    /// The dataset an import task made from input `inputIndex` of its source, if any.
    [[nodiscard]] Result<std::optional<DatasetInfo>> findByTask(const QString &taskId, int inputIndex) const;
    /// Datasets left Importing by a process that died: to be cleaned up and redone.
    [[nodiscard]] Result<QList<DatasetInfo>> interrupted() const;

    [[nodiscard]] Result<void> setDialect(const QString &id, const QJsonObject &dialect) const;
    [[nodiscard]] Result<void> setColumns(const QString &id, const QList<DatasetColumn> &columns) const;
    [[nodiscard]] Result<void> addErrors(const QString &id, const QList<RowError> &errors) const;
    [[nodiscard]] Result<void> finish(const QString &id, DatasetState state, const DatasetTotals &totals,
                                      const QString &error = {}) const;
    [[nodiscard]] Result<void> setStatistics(const QString &id, const QJsonObject &statistics) const;
    [[nodiscard]] Result<QJsonObject> statistics(const QString &id) const;
    [[nodiscard]] Result<void> rename(const QString &id, const QString &name) const;

    /// Drops the dataset's table and its rows, columns and errors in one transaction.
    [[nodiscard]] Result<void> remove(const QString &id) const;
    /// Drops a half-built table and forgets its columns and errors, keeping the entry, so an
    /// interrupted import can start again cleanly.
    [[nodiscard]] Result<void> reset(const QString &id) const;

private:
    [[nodiscard]] Result<QList<DatasetInfo>> select(const QString &where, const QVariantList &values) const;
    [[nodiscard]] Result<QList<DatasetColumn>> columns(const QString &id) const;
    [[nodiscard]] Result<void> dropTableAndDetails(const QString &id, const QString &tableName) const;

    const DatabaseConnection &m_connection;
};

} // namespace sluice
