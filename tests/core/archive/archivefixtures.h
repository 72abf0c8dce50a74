#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Fixtures for the core/archive tests, made at test time: by the command-line tools people use
// (gzip, bzip2, xz, zstd, zip, tar), and by libarchive's writer where those tools refuse to
// make what a hostile archive contains (entry names such as "../evil.csv").
namespace ArchiveFixtures {

using Entries = QList<QPair<QString, QByteArray>>; // entry name, content

/// A CSV of about 30 bytes per row with UTF-8 text, quotes and CRLF line ends; the same every time.
QByteArray sampleCsv(int rows);

/// Runs `command` with /bin/sh in `directory`; false (and a warning with its stderr) when it fails.
bool shell(const QString &command, const QString &directory);

/// Writes `content` to `path`.
bool writeFile(const QString &path, const QByteArray &content);

/// The whole content of `path`.
QByteArray readFile(const QString &path);

/// Writes an archive with libarchive: `format` is "zip" or "tar", `filter` is "none" or "gzip".
bool writeArchive(const QString &path, const QString &format, const QString &filter, const Entries &entries);

} // namespace ArchiveFixtures
