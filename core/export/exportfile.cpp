#include "core/export/exportfile.h"

#include <QDateTime>

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

#include "core/export/exportpart.h"
#include "core/export/partdeflater.h"

namespace sluice {

namespace {

// libarchive hands its output to archiveWrite() in blocks of this size: large enough that the
// callback costs nothing, small enough to keep memory flat.
constexpr int kArchiveBlockBytes = 256 * 1024;

} // namespace

ExportFile::ExportFile() = default;

ExportFile::~ExportFile()
{
    if (!m_finished)
        abort();
}

Result<void> ExportFile::open(const QString &path, ExportFormat format, const QString &entryName, int threads)
{
    Q_ASSERT(!m_file.isOpen());
    m_file.setFileName(path);
    // Unbuffered: the exporter writes large blocks, which would only be copied once more.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return fail(ErrorCode::Io, tr("Could not create the export file %1: %2").arg(path, m_file.errorString()));
    switch (format) {
    case ExportFormat::Csv:
        return {};
    case ExportFormat::CsvGzip:
    case ExportFormat::Zip: {
        m_container.emplace(format == ExportFormat::Zip ? DeflateContainer::Kind::Zip : DeflateContainer::Kind::Gzip,
            entryName, QDateTime::currentDateTime());
        const QByteArray header = m_container->header();
        return writeToFile(header.constData(), header.size());
    }
    case ExportFormat::CsvZstd:
        return openZstd(threads);
    }
    return {};
}

Result<void> ExportFile::openZstd(int threads)
{
    m_archive = archive_write_new();
    if (!m_archive)
        return fail(ErrorCode::Internal, tr("Could not start the compressor."));
    int status = archive_write_set_format_raw(m_archive);
    if (status == ARCHIVE_OK)
        status = archive_write_add_filter_zstd(m_archive);
    // libzstd's own worker threads (when it was built with them; otherwise this warns and it runs in this thread).
    if (status == ARCHIVE_OK && threads > 1)
        archive_write_set_filter_option(m_archive, "zstd", "threads", QByteArray::number(threads).constData());
    if (status == ARCHIVE_OK)
        status = archive_write_set_bytes_per_block(m_archive, kArchiveBlockBytes);
    if (status == ARCHIVE_OK)
        status = archive_write_set_bytes_in_last_block(m_archive, 1); // no padding after the data
    if (status == ARCHIVE_OK)
        status = archive_write_open2(
            m_archive, this, nullptr,
            [](struct archive *archive, void *client, const void *buffer, size_t length) -> la_ssize_t {
                return la_ssize_t(archiveWrite(archive, client, buffer, length));
            },
            nullptr, nullptr);
    if (status != ARCHIVE_OK)
        return fail(ErrorCode::Internal,
            tr("Could not start the %1 compressor: %2").arg(exportFormatName(ExportFormat::CsvZstd), archiveError()));
    // The raw format needs an entry before data; it writes nothing for it.
    struct archive_entry *entry = archive_entry_new();
    archive_entry_set_filetype(entry, AE_IFREG);
    status = archive_write_header(m_archive, entry);
    archive_entry_free(entry);
    if (status != ARCHIVE_OK)
        return fail(ErrorCode::Io, tr("Could not start the export file %1: %2").arg(m_file.fileName(), archiveError()));
    return {};
}

qint64 ExportFile::archiveWrite(struct archive *, void *client, const void *buffer, size_t length)
{
    auto *self = static_cast<ExportFile *>(client);
    if (auto written = self->writeToFile(static_cast<const char *>(buffer), qint64(length)); !written) {
        self->m_writeError = written.error().message;
        return -1;
    }
    return qint64(length);
}

Result<void> ExportFile::writeToFile(const char *data, qint64 size)
{
    if (m_file.write(data, size) != size)
        return fail(
            ErrorCode::Io, tr("Could not write the export file %1: %2").arg(m_file.fileName(), m_file.errorString()));
    m_hash.addData(data, size);
    m_size += size;
    return {};
}

Result<void> ExportFile::write(const ExportPart &part)
{
    if (m_container) {
        m_crc = quint32(crc32_combine(m_crc, part.crc, z_off_t(part.csvSize)));
        m_csvSize += quint64(part.csvSize);
        m_packedSize += quint64(part.packedSize);
        return writeToFile(part.packed.data(), part.packedSize);
    }
    if (!m_archive)
        return writeToFile(part.csv.data(), part.csvSize);
    const char *data = part.csv.data();
    qsizetype size = part.csvSize;
    while (size > 0) {
        const la_ssize_t written = archive_write_data(m_archive, data, size_t(size));
        if (written <= 0)
            return fail(ErrorCode::Io,
                m_writeError.isEmpty() ? tr("Could not compress the export: %1").arg(archiveError()) : m_writeError);
        data += written;
        size -= written;
    }
    return {};
}

Result<ExportFileResult> ExportFile::finish()
{
    if (m_container) {
        QByteArray end(PartDeflater::kFinalBlock, sizeof PartDeflater::kFinalBlock);
        end += m_container->trailer(m_crc, m_csvSize, m_packedSize + sizeof PartDeflater::kFinalBlock);
        if (auto written = writeToFile(end.constData(), end.size()); !written)
            return tl::unexpected(written.error());
    }
    if (m_archive) {
        const int closed = archive_write_close(m_archive);
        const QString reason = m_writeError.isEmpty() ? archiveError() : m_writeError;
        archive_write_free(m_archive);
        m_archive = nullptr;
        if (closed != ARCHIVE_OK)
            return fail(ErrorCode::Io, tr("Could not finish the export file %1: %2").arg(m_file.fileName(), reason));
    }
    if (!m_file.flush())
        return fail(
            ErrorCode::Io, tr("Could not write the export file %1: %2").arg(m_file.fileName(), m_file.errorString()));
    const QByteArray sha256 = m_hash.hexResult();
    if (sha256.isEmpty())
        return fail(
            ErrorCode::Internal, tr("Could not compute the SHA-256 of the export file %1.").arg(m_file.fileName()));
    m_file.close();
    m_finished = true;
    return ExportFileResult { m_size, sha256 };
}

void ExportFile::abort()
{
    if (m_archive) {
        archive_write_fail(m_archive); // no trailer: the file is going anyway
        archive_write_free(m_archive);
        m_archive = nullptr;
    }
    if (m_file.isOpen())
        m_file.close();
    if (!m_file.fileName().isEmpty())
        QFile::remove(m_file.fileName());
    m_finished = true;
}

QString ExportFile::archiveError() const
{
    const char *text = m_archive ? archive_error_string(m_archive) : nullptr;
    return text ? QString::fromUtf8(text) : tr("unknown error");
}

} // namespace sluice
