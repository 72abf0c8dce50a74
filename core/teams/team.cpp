#include "core/teams/team.h"

namespace sluice {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject Team::toJson() const
{
    return QJsonObject {
        { QStringLiteral("teamId"), teamId },
        { QStringLiteral("name"), name },
        { QStringLiteral("region"), textOrNull(region) },
        { QStringLiteral("leadEmail"), textOrNull(leadEmail) },
        { QStringLiteral("members"), members ? QJsonValue(*members) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("founded"), textOrNull(founded) },
        { QStringLiteral("updatedAt"),
            updatedAt.isValid() ? QJsonValue(updatedAt.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null) },
    };
}

} // namespace sluice
