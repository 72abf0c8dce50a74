#pragma once

#include <QString>
#include <QStringList>

namespace sluice {

/// Which files a dropped folder contributes: every CSV-like file inside it, recursively
/// (.csv .tsv .txt, each also compressed as .gz .bz2 .xz .zst, and .zip). Stateless; the
/// functions are thread-safe, and find() reads the disk, so callers run it off the GUI thread.
class CsvFileFinder final
{
public:
    static bool isCsvLike(const QString &fileName);
    /// The CSV-like files under `folder`, sorted by path so queue order is predictable.
    static QStringList find(const QString &folder);
};

} // namespace sluice
