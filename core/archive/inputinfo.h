#pragma once

#include <QString>

namespace sluice {

/// What one input of a source is: where it came from and how it was packed. Every name here
/// is for display only; none is ever used as a path (an archive may name an entry "../../x").
struct InputInfo
{
    QString sourceName; // the file or upload the input came from
    QString entryName; // the entry inside a container; for a single stream, the source name without its
                       // compression suffix ("sales.csv.gz" -> "sales.csv")
    QString compression = QStringLiteral("none"); // "none", "gzip", "bzip2", "xz", "zstd", "lzma", "lz4", "compress"
    QString container = QStringLiteral("none"); // "none", "zip", "tar"
    qint64 uncompressedSize = -1; // -1 when not known before reading

    /// "data.zip: 2016/sales.csv" for an archive entry, the source name for a single stream.
    QString displayName() const;
};

} // namespace sluice
