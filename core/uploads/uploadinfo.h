#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sluice {

/// Where an upload is in its life. Created and Uploading take bytes; the others are final.
enum class UploadState { Created, Uploading, Complete, Failed, Terminated };

QString uploadStateName(UploadState state);
std::optional<UploadState> uploadStateFromName(QStringView name);

/// The catalog's `kind` of a piece of a concatenated upload (tus concatenation): such an
/// upload is never imported by itself, only as part of a final upload.
inline constexpr QLatin1StringView kPartialUploadKind { "partial" };

/// What a client declares when it creates an upload (tus Upload-Length and Upload-Metadata).
struct NewUpload
{
    QString kind; // "dataset", "teams", or kPartialUploadKind
    QString filename; // metadata only, never a path
    QString filetype;
    QString name;
    qint64 length = -1; // -1: deferred (tus creation-defer-length)
    QString sha256; // lower-case hex of the whole file, or empty
};

/// One upload as the catalog keeps it (table `uploads`). Plain data, copied between threads.
struct UploadInfo
{
    QString id;
    QString kind;
    QString filename;
    QString filetype;
    QString name;
    qint64 length = -1; // -1 while deferred
    qint64 offset = 0; // bytes that are durable on disk
    QString sha256; // declared by the client, or computed once complete
    UploadState state = UploadState::Created;
    QString datasetId;
    QString error;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt; // invalid once the upload is finished

    bool isLengthDeferred() const { return length < 0; }
    bool isPartial() const { return kind == kPartialUploadKind; }
    /// Complete, failed or terminated: takes no more bytes.
    bool isFinished() const { return state != UploadState::Created && state != UploadState::Uploading; }

    /// {id, kind, filename, filetype, name, length (null while deferred), offset, state, sha256,
    ///  datasetId, error, createdAt, updatedAt, expiresAt}: the shape of events and API answers.
    QJsonObject toJson() const;
};

} // namespace sluice
