#pragma once

#include <archive.h>
#include <archive_entry.h>

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QString>

#include "core/import/datasetimporter.h"
#include "core/storage/databaseconnection.h"

// Shared by the export tests: importing fixtures with the real importer, and reading export
// files back with libarchive (an implementation independent of the writer's code path).
namespace exporttest {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray sha256Hex(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

/// The CSV inside an export file of any format, and the name of the entry (zip only).
inline QByteArray unpack(const QString &path, QString *entryName = nullptr)
{
    struct archive *reader = archive_read_new();
    archive_read_support_filter_all(reader);
    archive_read_support_format_zip(reader);
    archive_read_support_format_raw(reader);
    QByteArray content;
    if (archive_read_open_filename(reader, path.toLocal8Bit().constData(), 65536) == ARCHIVE_OK) {
        struct archive_entry *entry = nullptr;
        if (archive_read_next_header(reader, &entry) == ARCHIVE_OK) {
            if (entryName)
                *entryName = QString::fromUtf8(archive_entry_pathname(entry));
            char buffer[65536];
            la_ssize_t read = 0;
            while ((read = archive_read_data(reader, buffer, sizeof buffer)) > 0)
                content.append(buffer, qsizetype(read));
            if (read < 0)
                content = QByteArrayLiteral("<read error>");
        }
    }
    archive_read_free(reader);
    return content;
}

/// Imports `content` as a file called `name` into `database`; the dataset, or an invalid one.
inline sluice::Result<sluice::DatasetInfo> importCsv(
    const sluice::DatabaseConfig &database, const QString &path, const QByteArray &content = {})
{
    if (!content.isNull()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return sluice::fail(sluice::ErrorCode::Io, QStringLiteral("cannot write the fixture"));
    }
    sluice::ImportRequest request;
    request.database = database;
    request.sourcePath = path;
    request.sourceName = QFileInfo(path).fileName();
    auto imported = sluice::DatasetImporter(request).run();
    if (!imported)
        return tl::unexpected(imported.error());
    if (imported->size() != 1)
        return sluice::fail(sluice::ErrorCode::Internal, QStringLiteral("expected one dataset"));
    return imported->first();
}

/// Every row of a dataset table (without _row), in row order, each value as "type:value" with
/// its SQLite type, reals to 17 digits (exact comparison).
inline QList<QStringList> tableRows(const sluice::DatabaseConnection &connection, const sluice::DatasetInfo &dataset)
{
    QList<QStringList> rows;
    QStringList columns;
    for (const sluice::DatasetColumn &column : dataset.columns)
        columns << QStringLiteral("typeof(\"%1\")").arg(column.name) << u'"' + column.name + u'"';
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY _row").arg(columns.join(u','), dataset.tableName)))
        return { QStringList { QStringLiteral("query failed") } };
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < columns.size(); i += 2) {
            const QString type = query.value(i).toString();
            const QVariant value = query.value(i + 1);
            row << type + u':' + (type == u"real" ? QString::number(value.toDouble(), 'g', 17) : value.toString());
        }
        rows << row;
    }
    return rows;
}

} // namespace exporttest
