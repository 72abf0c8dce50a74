#include "core/uploads/uploadinfo.h"

#include "core/enumnames.h"

namespace sluice {

namespace {

using L1 = QLatin1StringView;

constexpr EnumNames<UploadState, 5> kStateNames({ {
    { UploadState::Created, L1("created") },
    { UploadState::Uploading, L1("uploading") },
    { UploadState::Complete, L1("complete") },
    { UploadState::Failed, L1("failed") },
    { UploadState::Terminated, L1("terminated") },
} });

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString uploadStateName(UploadState state)
{
    return kStateNames.name(state);
}

std::optional<UploadState> uploadStateFromName(QStringView name)
{
    return kStateNames.fromName(name);
}

QJsonObject UploadInfo::toJson() const
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("filename"), textOrNull(filename) },
        { QStringLiteral("filetype"), textOrNull(filetype) },
        { QStringLiteral("name"), textOrNull(name) },
        { QStringLiteral("length"), isLengthDeferred() ? QJsonValue(QJsonValue::Null) : QJsonValue(length) },
        { QStringLiteral("offset"), offset },
        { QStringLiteral("state"), uploadStateName(state) },
        { QStringLiteral("sha256"), textOrNull(sha256) },
        { QStringLiteral("datasetId"), textOrNull(datasetId) },
        { QStringLiteral("error"), textOrNull(error) },
        { QStringLiteral("createdAt"), timeOrNull(createdAt) },
        { QStringLiteral("updatedAt"), timeOrNull(updatedAt) },
        { QStringLiteral("expiresAt"), timeOrNull(expiresAt) },
    };
}

} // namespace sluice
