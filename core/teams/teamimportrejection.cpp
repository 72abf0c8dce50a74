#include "core/teams/teamimportrejection.h"

namespace sluice {

QJsonObject TeamImportRejection::toJson() const
{
    return QJsonObject {
        { QStringLiteral("line"), line },
        { QStringLiteral("teamId"), teamId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(teamId) },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("raw"), raw },
    };
}

} // namespace sluice
