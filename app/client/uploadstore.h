#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "app/client/uploadrecord.h"
#include "core/error.h"

namespace sluice {

/// The JSON file that lists unfinished uploads, in queue order. Written whole and atomically
/// (QSaveFile), so a crash leaves the old list or the new one, never half of one.
/// Stateless; the functions are thread-safe for different files, and the queue serialises
/// writes of one file on a single worker thread.
class UploadStore final
{
    Q_DECLARE_TR_FUNCTIONS(UploadStore)
public:
    static constexpr int kFormatVersion = 1;

    /// The file's usual place: "uploads.json" in the client's data directory.
    static QString defaultFileName(const QString &dataDirectory);

    [[nodiscard]] static QByteArray serialize(const QList<UploadRecord> &records);
    /// The records of a file's contents; entries that cannot be read are skipped with a
    /// warning rather than losing the rest of the list.
    [[nodiscard]] static Result<QList<UploadRecord>> parse(const QByteArray &json);

    /// Reads the list; a missing file is an empty list.
    [[nodiscard]] static Result<QList<UploadRecord>> load(const QString &fileName);
    /// Replaces the file atomically with `contents` (from serialize()).
    [[nodiscard]] static Result<void> write(const QString &fileName, const QByteArray &contents);
};

} // namespace sluice
