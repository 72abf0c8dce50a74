#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/csv/columntype.h"

namespace sluice {

/// Where a dataset is in its life. Only Ready datasets are complete.
enum class DatasetState { Importing, Ready, Failed, Canceled };

QString datasetStateName(DatasetState state);
std::optional<DatasetState> datasetStateFromName(QStringView name);

/// One column of a dataset as the catalog keeps it.
struct DatasetColumn
{
    QString name;          // cleaned: unique, never blank; the table's column name
    QString originalName;  // as the header had it, for display
    ColumnType type = ColumnType::Text;
    bool nullable = true;
    qint64 nullCount = 0;
};

/// A row of the file that was not stored, with enough to find and fix it.
struct RowError
{
    qint64 line = 0;        // physical line where the record starts (1-based)
    qint64 byteOffset = 0;  // in the decoded input
    QString column;         // empty when the whole row is at fault
    QString reason;
    QByteArray raw;         // the record as written (UTF-8), possibly shortened
};

/// A dataset's catalog entry (without its statistics, which are large and loaded apart).
struct DatasetInfo
{
    QString id;
    QString name;
    QString tableName;
    DatasetState state = DatasetState::Importing;
    QString sourcePath;
    QString sourceName;
    qint64 sourceBytes = 0;
    QString sourceSha256;
    QString taskId;      // the import task that made it; empty for a direct import
    int inputIndex = 0;  // which input of the source (an archive may hold several CSV files)
    QJsonObject dialect;
    qint64 recordCount = 0;  // data records in the file: rowCount + errorCount
    qint64 rowCount = 0;
    qint64 errorCount = 0;
    QString error;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<DatasetColumn> columns;
};

} // namespace sluice
