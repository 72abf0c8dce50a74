#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QFile>

#include "core/error.h"
#include "core/export/deflatecontainer.h"
#include "core/export/exportformat.h"
#include "core/sha256hash.h"

struct archive;

namespace sluice {

struct ExportPart;

/// A finished export file.
struct ExportFileResult
{
    qint64 size = 0; // bytes in the file (compressed, for a compressed format)
    QByteArray sha256Hex; // of those bytes
};

/// The file an export writes, hashing every byte that reaches the disk. Plain CSV is written as
/// it comes. For gzip and zip the parts come already deflated (see PartDeflater: threads share
/// that work) and this adds the container around them (DeflateContainer) and combines their
/// CRCs. zstd goes through libarchive's raw format with its zstd filter, whose multithreaded
/// libzstd compresses on `threads` threads. Writes to the path it is opened with; the caller
/// renames it into place. Removes the file when destroyed before finish() (a failed or canceled
/// export leaves nothing). Used from one thread at a time.
class ExportFile final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    ExportFile();
    ~ExportFile();
    Q_DISABLE_COPY_MOVE(ExportFile)

    /// True when the parts for `format` must be deflated before write().
    static bool deflates(ExportFormat format) { return format == ExportFormat::CsvGzip || format == ExportFormat::Zip; }

    /// Creates `path` (replacing it); `entryName` names the CSV inside a zip.
    [[nodiscard]] Result<void> open(const QString &path, ExportFormat format, const QString &entryName, int threads);
    /// Takes the next part (deflated if deflates()).
    [[nodiscard]] Result<void> write(const ExportPart &part);
    /// Ends the stream (deflate's final block and the container's trailer, or the zstd frame's end)
    /// and closes the file, which stays.
    [[nodiscard]] Result<ExportFileResult> finish();
    /// Closes and removes the file.
    void abort();

private:
    [[nodiscard]] Result<void> openZstd(int threads);
    static qint64 archiveWrite(struct archive *archive, void *client, const void *buffer, size_t length);
    [[nodiscard]] Result<void> writeToFile(const char *data, qint64 size);
    QString archiveError() const;

    QFile m_file;
    Sha256Hash m_hash;
    std::optional<DeflateContainer> m_container; // gzip and zip
    quint32 m_crc = 0; // of the CSV so far, for gzip and zip
    quint64 m_csvSize = 0;
    quint64 m_packedSize = 0;
    struct archive *m_archive = nullptr; // zstd
    qint64 m_size = 0;
    QString m_writeError; // a file error met inside a libarchive callback
    bool m_finished = false;
};

} // namespace sluice
