#pragma once

#include <QJsonObject>
#include <QString>

namespace sluice {

/// Where an import is, as reported a few times a second (never per row).
struct ImportProgress
{
    QString datasetId;
    qint64 bytesRead = 0;    // of the source as stored (compressed bytes for a compressed file)
    qint64 bytesTotal = -1;  // -1 when unknown
    qint64 rows = 0;         // stored so far
    qint64 rejected = 0;
    double rowsPerSecond = 0;
    double etaSeconds = -1;  // -1 when unknown
    double fraction() const { return bytesTotal > 0 ? double(bytesRead) / double(bytesTotal) : 0.0; }
};

/// Receives an import's progress and partial statistics. Called on the import's thread, so an
/// implementation hands things on (queued signal, a lock-free slot) rather than doing work.
class ImportSink
{
public:
    virtual ~ImportSink() = default;
    virtual void progressed(const ImportProgress &progress) = 0;
    /// A snapshot of the statistics so far (DatasetProfile::snapshot()), at least every 250 ms.
    virtual void partialResults(const QString &datasetId, const QJsonObject &snapshot) = 0;
};

} // namespace sluice
