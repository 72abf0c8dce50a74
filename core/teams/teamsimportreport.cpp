#include "core/teams/teamsimportreport.h"

#include <QJsonArray>

namespace sluice {

QJsonObject TeamsImportReport::toJson() const
{
    QJsonArray rejectionArray;
    for (const TeamImportRejection &rejection : rejections)
        rejectionArray.append(rejection.toJson());
    return QJsonObject {
        { QStringLiteral("importId"), importId },
        { QStringLiteral("source"), sourceName },
        { QStringLiteral("accepted"), accepted },
        { QStringLiteral("inserted"), inserted },
        { QStringLiteral("updated"), updated },
        { QStringLiteral("rejected"), rejected },
        { QStringLiteral("rejections"), rejectionArray },
        { QStringLiteral("rejectionsTruncated"), rejectionsTruncated() },
        { QStringLiteral("columns"), QJsonArray::fromStringList(columns) },
        { QStringLiteral("ignoredColumns"), QJsonArray::fromStringList(ignoredColumns) },
    };
}

} // namespace sluice
