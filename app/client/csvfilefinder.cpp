#include "app/client/csvfilefinder.h"

#include <QDirIterator>

namespace sluice {

bool CsvFileFinder::isCsvLike(const QString &fileName)
{
    static const QStringList kPlain { QStringLiteral(".csv"), QStringLiteral(".tsv"), QStringLiteral(".txt") };
    static const QStringList kCompressed { QString(), QStringLiteral(".gz"), QStringLiteral(".bz2"),
        QStringLiteral(".xz"), QStringLiteral(".zst") };
    const QString lower = fileName.toLower();
    if (lower.endsWith(QStringLiteral(".zip")))
        return true;
    for (const QString &plain : kPlain) {
        for (const QString &compressed : kCompressed) {
            const QString suffix = plain + compressed;
            if (lower.endsWith(suffix) && lower.size() > suffix.size())
                return true;
        }
    }
    return false;
}

QStringList CsvFileFinder::find(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isCsvLike(it.fileName()))
            files.append(path);
    }
    files.sort();
    return files;
}

} // namespace sluice
