#include "app/client/uploadrecord.h"

namespace sluice {

QString UploadRecord::kindName(UploadKind kind)
{
    return kind == UploadKind::Teams ? QStringLiteral("teams") : QStringLiteral("dataset");
}

Result<UploadKind> UploadRecord::kindFromName(const QString &name)
{
    if (name == QStringLiteral("dataset"))
        return UploadKind::Dataset;
    if (name == QStringLiteral("teams"))
        return UploadKind::Teams;
    return fail(ErrorCode::InvalidInput, tr("Unknown upload kind \"%1\".").arg(name));
}

QJsonObject UploadRecord::toJson() const
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), kindName(kind) },
        { QStringLiteral("name"), name },
        { QStringLiteral("uploadPath"), uploadPath },
        { QStringLiteral("file"), fingerprint.toJson() },
        { QStringLiteral("state"), state },
        { QStringLiteral("offset"), QString::number(offset) },
        { QStringLiteral("note"), note },
    };
}

Result<UploadRecord> UploadRecord::fromJson(const QJsonObject &json)
{
    UploadRecord record;
    record.id = json.value(QStringLiteral("id")).toString();
    if (record.id.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A saved upload has no id."));
    auto kind = kindFromName(json.value(QStringLiteral("kind")).toString());
    if (!kind)
        return tl::unexpected(kind.error());
    record.kind = *kind;
    auto fingerprint = UploadFingerprint::fromJson(json.value(QStringLiteral("file")).toObject());
    if (!fingerprint)
        return tl::unexpected(fingerprint.error());
    record.fingerprint = *fingerprint;
    record.name = json.value(QStringLiteral("name")).toString();
    record.uploadPath = json.value(QStringLiteral("uploadPath")).toString();
    record.state = json.value(QStringLiteral("state")).toString();
    record.offset = json.value(QStringLiteral("offset")).toString().toLongLong();
    record.note = json.value(QStringLiteral("note")).toString();
    return record;
}

} // namespace sluice
