#pragma once

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include "core/error.h"
#include "core/export/exportformat.h"

struct archive;

namespace sluice {

/// A finished export file.
struct ExportFileResult
{
    qint64 size = 0; // bytes in the file (compressed, for a compressed format)
    QByteArray sha256Hex; // of those bytes
};

/// The file an export writes: plain, or packed through libarchive's write API (the raw format
/// with the gzip or zstd filter, or a zip with one entry), hashing every byte that reaches the
/// disk. Writes to the path it is opened with; the caller renames it into place. Removes the
/// file when destroyed before finish() (a failed or canceled export leaves nothing).
/// Used from one thread at a time.
class ExportFile final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    ExportFile();
    ~ExportFile();
    Q_DISABLE_COPY_MOVE(ExportFile)

    /// Creates `path` (replacing it); `entryName` names the CSV inside a zip.
    [[nodiscard]] Result<void> open(const QString &path, ExportFormat format, const QString &entryName);
    /// Takes `size` bytes of CSV (compressing them if the format does).
    [[nodiscard]] Result<void> write(const char *data, qint64 size);
    /// Ends the stream (compressor trailer, zip directory) and closes the file, which stays.
    [[nodiscard]] Result<ExportFileResult> finish();
    /// Closes and removes the file.
    void abort();

private:
    static qint64 archiveWrite(struct archive *archive, void *client, const void *buffer, size_t length);
    [[nodiscard]] Result<void> writeToFile(const char *data, qint64 size);
    QString archiveError() const;

    QFile m_file;
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    struct archive *m_archive = nullptr; // null for plain CSV
    qint64 m_size = 0;
    QString m_writeError; // a file error met inside a libarchive callback
    bool m_finished = false;
};

} // namespace sluice
