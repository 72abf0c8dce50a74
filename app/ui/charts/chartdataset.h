#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sluice {

/// What the charts need to know of a dataset, read from its GET /api/v1/datasets/{id} answer:
/// its state and its columns sorted by what they can be charted as.
struct ChartDataset
{
    QString id;
    QString name;
    bool importing = false;
    /// Importing or ready: a failed or canceled import has no rows to chart.
    bool hasRows = false;
    qint64 rows = 0;
    QString error;
    QStringList numericColumns; // integer and real
    QStringList temporalColumns; // date and datetime
    QStringList dateTimeColumns; // the datetime ones alone: only they have hours
    QStringList textColumns;

    static ChartDataset fromDetail(const QJsonObject &detail);
};

} // namespace sluice
