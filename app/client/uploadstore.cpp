#include "app/client/uploadstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "app/client/logging.h"

namespace sluice {

QString UploadStore::defaultFileName(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("uploads.json"));
}

QByteArray UploadStore::serialize(const QList<UploadRecord> &records)
{
    QJsonArray list;
    for (const UploadRecord &record : records)
        list.append(record.toJson());
    return QJsonDocument(
        QJsonObject { { QStringLiteral("version"), kFormatVersion }, { QStringLiteral("uploads"), list } })
        .toJson(QJsonDocument::Indented);
}

Result<QList<UploadRecord>> UploadStore::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(
            ErrorCode::InvalidInput, tr("The list of unfinished uploads is damaged: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return fail(ErrorCode::Unsupported,
            tr("The list of unfinished uploads has format version %1; this "
               "version of Sluice reads version %2.")
                .arg(root.value(QStringLiteral("version")).toInt())
                .arg(kFormatVersion));
    QList<UploadRecord> records;
    for (const QJsonValue &value : root.value(QStringLiteral("uploads")).toArray()) {
        auto record = UploadRecord::fromJson(value.toObject());
        if (record)
            records.append(*record);
        else
            qCWarning(lcClient) << "skipping a saved upload:" << record.error().message;
    }
    return records;
}

Result<QList<UploadRecord>> UploadStore::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.exists())
        return QList<UploadRecord>();
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(fileName, file.errorString()));
    return parse(file.readAll());
}

Result<void> UploadStore::write(const QString &fileName, const QByteArray &contents)
{
    if (!QDir().mkpath(QFileInfo(fileName).absolutePath()))
        return fail(ErrorCode::Io, tr("Cannot create the folder of %1.").arg(fileName));
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    if (file.write(contents) != contents.size() || !file.commit())
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    return {};
}

} // namespace sluice
