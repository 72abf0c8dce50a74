#include "app/client/uploadfingerprint.h"

#include <QFileInfo>

namespace sluice {

Result<UploadFingerprint> UploadFingerprint::ofFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, tr("The file %1 no longer exists.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return fail(ErrorCode::Io, tr("The file %1 cannot be read.").arg(path));
    UploadFingerprint fingerprint;
    fingerprint.path = info.absoluteFilePath();
    fingerprint.size = info.size();
    fingerprint.modified = info.lastModified().toUTC();
    return fingerprint;
}

bool UploadFingerprint::matches(const UploadFingerprint &current) const
{
    if (size != current.size || modified.toMSecsSinceEpoch() != current.modified.toMSecsSinceEpoch())
        return false;
    return sha256.isEmpty() || current.sha256.isEmpty() || sha256 == current.sha256;
}

QJsonObject UploadFingerprint::toJson() const
{
    return {
        { QStringLiteral("path"), path },
        { QStringLiteral("size"), QString::number(size) }, // a string: JSON numbers lose bits past 2^53
        { QStringLiteral("modified"), modified.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("sha256"), QString::fromLatin1(sha256) },
    };
}

Result<UploadFingerprint> UploadFingerprint::fromJson(const QJsonObject &json)
{
    UploadFingerprint fingerprint;
    fingerprint.path = json.value(QStringLiteral("path")).toString();
    bool sizeOk = false;
    fingerprint.size = json.value(QStringLiteral("size")).toString().toLongLong(&sizeOk);
    fingerprint.modified = QDateTime::fromString(json.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    fingerprint.sha256 = json.value(QStringLiteral("sha256")).toString().toLatin1();
    if (fingerprint.path.isEmpty() || !sizeOk || fingerprint.size < 0 || !fingerprint.modified.isValid())
        return fail(ErrorCode::InvalidInput, tr("A saved upload's file description is incomplete."));
    return fingerprint;
}

} // namespace sluice
