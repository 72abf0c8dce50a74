#pragma once

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/export/exportpart.h"

namespace sluice {

class PartDeflater;

/// Carries an export's parts from the threads that scan blocks to the one thread that writes
/// the file, in output order, deflating them on the way when the format wants it (any thread
/// with a PartDeflater does that work: scanners between blocks, or while they would wait).
///
/// Memory stays flat: at most `maxParts` parts are on their way at once, and a scanner that
/// would go over waits (or deflates meanwhile). The one part the writer needs next is never
/// held back, so the writer always gets it and nothing can wait on itself. Written parts come
/// back through recycle() and are handed out again with their buffers.
///
/// Stops at the first failure (or cancel) reported by anyone: every wait then ends, claimBlock()
/// gives no more blocks and submit() refuses parts. Thread-safe.
class ExportPipeline final
{
public:
    ExportPipeline(qint64 blocks, int maxParts, bool deflate);
    Q_DISABLE_COPY_MOVE(ExportPipeline)

    // For the scanning threads:
    /// The next block to scan, in order; none once all are taken or the export has stopped.
    std::optional<qint64> claimBlock();
    /// An empty part with a CSV buffer of at least `bytes` (reused when one was written before).
    std::unique_ptr<ExportPart> newPart(qsizetype bytes);
    /// Passes `part` on (every block ends with a part marked lastOfBlock, even an empty one).
    /// `deflater` (may be null) deflates waiting parts while this waits for room. False when the
    /// export has stopped.
    bool submit(std::unique_ptr<ExportPart> part, PartDeflater *deflater);
    /// Deflates waiting parts: those waiting now, or (`untilDone`) every part still to come. False
    /// when the export has stopped.
    bool deflateWaiting(PartDeflater &deflater, bool untilDone);

    // For the writing thread:
    /// The next part in output order, waiting up to `wait` for it; null on a timeout or a stop.
    std::unique_ptr<ExportPart> nextPart(std::chrono::milliseconds wait);
    /// True once the last block's last part has been handed out by nextPart().
    bool isComplete() const;
    /// Gives a written part back.
    void recycle(std::unique_ptr<ExportPart> part);

    // For anyone:
    /// Stops the export with `error`, unless it has already stopped (the first error stands).
    void fail(const Error &error);
    bool isStopped() const;
    std::optional<Error> error() const;

private:
    using Key = std::pair<qint64, int>; // block, index
    static Key keyOf(const ExportPart &part) { return { part.block, part.index }; }
    bool isWritersNext(const ExportPart &part) const { return keyOf(part) == m_writerNext; }
    // Deflates the earliest waiting part, unlocking `lock` meanwhile.
    void deflateOne(std::unique_lock<std::mutex> &lock, PartDeflater &deflater);
    void failLocked(const Error &error);

    const qint64 m_blocks;
    const int m_maxParts;
    const bool m_deflate;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed; // any change below: waits recheck their own condition
    qint64 m_nextBlock = 0;
    qint64 m_blocksSubmitted = 0; // blocks whose last part has been submitted
    int m_inFlight = 0; // submitted and not yet recycled
    std::map<Key, std::unique_ptr<ExportPart>> m_toDeflate;
    std::map<Key, std::unique_ptr<ExportPart>> m_ready; // for the writer
    Key m_writerNext { 0, 0 };
    std::vector<std::unique_ptr<ExportPart>> m_free;
    std::optional<Error> m_error;
};

} // namespace sluice
