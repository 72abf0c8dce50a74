#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "app/client/uploadfingerprint.h"
#include "core/error.h"

namespace sluice {

/// What the server does with an upload once complete (tus metadata "kind").
enum class UploadKind { Dataset, Teams };

/// What the queue remembers of an upload across restarts and crashes: enough to list it
/// again and resume it from the server's offset. Plain value; any thread.
struct UploadRecord
{
    Q_DECLARE_TR_FUNCTIONS(UploadRecord)
public:
    QString id; // local, stable across restarts; not the server's upload id
    UploadKind kind = UploadKind::Dataset;
    QString name; // the dataset or team list name to create
    QString uploadPath; // the tus upload's path on the server ("/files/<id>"); empty before creation
    UploadFingerprint fingerprint;
    QString state; // TusUploader::stateName() when last saved
    qint64 offset = 0; // bytes the server had confirmed when last saved (HEAD has the truth)
    QString note; // why it stopped, for the list

    static QString kindName(UploadKind kind);
    [[nodiscard]] static Result<UploadKind> kindFromName(const QString &name);

    QJsonObject toJson() const;
    [[nodiscard]] static Result<UploadRecord> fromJson(const QJsonObject &json);

    friend bool operator==(const UploadRecord &, const UploadRecord &) = default;
};

} // namespace sluice
