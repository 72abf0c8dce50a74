#include "archivefixtures.h"

#include <QFile>
#include <QProcess>
#include <QtDebug>

#include <archive.h>
#include <archive_entry.h>

namespace ArchiveFixtures {

QByteArray sampleCsv(int rows)
{
    QByteArray csv = "\xEF\xBB\xBFid,name,amount\r\n";
    static const char *const kNames[] = { "Zoë", "Łukasz", "\"quoted\"", "Ærø, Denmark", "東京", "plain" };
    for (int i = 0; i < rows; ++i) {
        csv += QByteArray::number(i) + ',';
        const QByteArray name = kNames[i % 6];
        csv += name.contains(',') || name.contains('"') ? '"' + QByteArray(name).replace("\"", "\"\"") + '"' : name;
        csv += ',' + QByteArray::number((i * 7919) % 100000) + '.' + QByteArray::number(i % 100) + "\r\n";
    }
    return csv;
}

bool shell(const QString &command, const QString &directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << "fixture command failed:" << command << process.readAllStandardError();
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeArchive(const QString &path, const QString &format, const QString &filter, const Entries &entries)
{
    archive *a = archive_write_new();
    bool ok = (format == QStringLiteral("zip") ? archive_write_set_format_zip(a)
                                               : archive_write_set_format_pax_restricted(a))
        == ARCHIVE_OK;
    ok = ok
        && (filter == QStringLiteral("gzip") ? archive_write_add_filter_gzip(a) : archive_write_add_filter_none(a))
            == ARCHIVE_OK;
    ok = ok && archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const auto &[name, content] : entries) {
        if (!ok)
            break;
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, name.toUtf8().constData());
        archive_entry_set_size(entry, content.size());
        archive_entry_set_filetype(entry, name.endsWith(QLatin1Char('/')) ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        ok = archive_write_header(a, entry) == ARCHIVE_OK
            && (content.isEmpty()
                || archive_write_data(a, content.constData(), size_t(content.size())) == content.size());
        archive_entry_free(entry);
    }
    if (!ok)
        qWarning() << "libarchive could not write" << path << archive_error_string(a);
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

} // namespace ArchiveFixtures
