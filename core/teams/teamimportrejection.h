#pragma once

#include <QJsonObject>
#include <QString>

namespace sluice {

/// A row of a teams file that was not stored, and why.
struct TeamImportRejection
{
    qint64 line = 0; // physical line (1-based) on which the record starts; the header is line 1
    QString teamId; // as written (trimmed); empty when the row has none
    QString reason; // translated; names the field and the value
    QString raw; // the record as written, without its line end (cut after 4 KiB)

    /// {"line","teamId","reason","raw"}; teamId is null when the row has none.
    QJsonObject toJson() const;
};

} // namespace sluice
