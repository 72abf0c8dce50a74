#include "core/export/exportfile.h"

#include <archive.h>
#include <archive_entry.h>

#include <QDateTime>

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

Result<void> ExportFile::open(const QString &path, ExportFormat format, const QString &entryName)
{
    Q_ASSERT(!m_file.isOpen());
    m_file.setFileName(path);
    // Unbuffered: the exporter writes large blocks, which would only be copied once more.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return fail(ErrorCode::Io, tr("Could not create the export file %1: %2").arg(path, m_file.errorString()));
    if (format == ExportFormat::Csv)
        return {};

    m_archive = archive_write_new();
    if (!m_archive)
        return fail(ErrorCode::Internal, tr("Could not start the compressor."));
    int status = ARCHIVE_OK;
    if (format == ExportFormat::Zip) {
        status = archive_write_set_format_zip(m_archive);
    } else {
        status = archive_write_set_format_raw(m_archive);
        if (status == ARCHIVE_OK)
            status = format == ExportFormat::CsvGzip ? archive_write_add_filter_gzip(m_archive)
                                                     : archive_write_add_filter_zstd(m_archive);
    }
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
            tr("Could not start the %1 compressor: %2").arg(exportFormatName(format), archiveError()));

    struct archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, entryName.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_mtime(entry, QDateTime::currentSecsSinceEpoch(), 0);
    // The size is left unknown: the zip entry streams with a data descriptor (and Zip64 sizes).
    status = archive_write_header(m_archive, entry);
    archive_entry_free(entry);
    if (status != ARCHIVE_OK)
        return fail(ErrorCode::Io, tr("Could not start the export file %1: %2").arg(path, archiveError()));
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
    m_hash.addData(QByteArrayView(data, size));
    m_size += size;
    return {};
}

Result<void> ExportFile::write(const char *data, qint64 size)
{
    if (!m_archive)
        return writeToFile(data, size);
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
    m_file.close();
    m_finished = true;
    return ExportFileResult { m_size, m_hash.result().toHex() };
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
