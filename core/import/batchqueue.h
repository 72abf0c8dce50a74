#pragma once

#include <deque>
#include <optional>

#include <QMutex>
#include <QWaitCondition>

#include "core/import/importbatch.h"

namespace sluice {

/// A bounded queue between the parse thread (producer) and the insert thread (consumer).
/// Bounded so memory stays flat: a producer faster than the database waits. Thread-safe.
class BatchQueue final
{
public:
    explicit BatchQueue(int capacity);
    Q_DISABLE_COPY_MOVE(BatchQueue)

    /// Waits for room; false when the queue was aborted (the consumer gave up).
    bool push(ImportBatch batch);
    /// Waits for a batch; nullopt once the queue is closed and drained, or aborted.
    std::optional<ImportBatch> pop();
    /// No more batches will come; the consumer drains what is queued.
    void close();
    /// Stop now: both sides return at once and queued batches are dropped.
    void abort();
    bool isAborted() const;

private:
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<ImportBatch> m_batches;
    int m_capacity;
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace sluice
