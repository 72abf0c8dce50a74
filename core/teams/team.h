#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sluice {

/// One row of the teams reference table. A null QString (or an empty optional) is a value the
/// file left out; it is stored as SQL NULL and shown as JSON null.
struct Team
{
    QString teamId;
    QString name;
    QString region;
    QString leadEmail;
    std::optional<qint64> members;
    QString founded; // ISO "YYYY-MM-DD"
    QDateTime updatedAt; // UTC, when an import last wrote the row

    /// {"teamId","name","region","leadEmail","members","founded","updatedAt"} for the API.
    QJsonObject toJson() const;
};

} // namespace sluice
