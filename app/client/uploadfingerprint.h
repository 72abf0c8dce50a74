#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "core/error.h"

namespace sluice {

/// What identifies the bytes of a source file: path, size, modification time and, once
/// computed, its SHA-256. A resumed upload whose file no longer matches starts over, since
/// appending new bytes to an old upload's prefix would store a file that never existed.
/// Plain value; any thread.
struct UploadFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(UploadFingerprint)
public:
    QString path;
    qint64 size = -1;
    QDateTime modified; // UTC, millisecond precision
    QByteArray sha256; // lowercase hex; empty until hashed

    /// Path, size and modification time as the file system says now (no hashing).
    [[nodiscard]] static Result<UploadFingerprint> ofFile(const QString &path);

    /// Whether `current` (from ofFile, maybe hashed) is still the file this fingerprint
    /// describes: same size and time, and the same hash when both sides have one.
    bool matches(const UploadFingerprint &current) const;

    QJsonObject toJson() const;
    [[nodiscard]] static Result<UploadFingerprint> fromJson(const QJsonObject &json);

    friend bool operator==(const UploadFingerprint &, const UploadFingerprint &) = default;
};

} // namespace sluice
