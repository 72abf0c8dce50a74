#pragma once

#include <vector>

#include <QMutex>

#include "core/storage/rowbatch.h"

namespace sluice {

/// Emptied RowBatches on their way back from the last stage of an import (the insert thread) to
/// the parse thread, so that a batch's few megabytes are reused rather than freed on one thread
/// and allocated, page by page, again on another for every batch. Thread-safe.
class RowBatchPool final
{
public:
    /// Batches of `columnCount` columns; at most `capacity` kept.
    RowBatchPool(int columnCount, int capacity);
    Q_DISABLE_COPY_MOVE(RowBatchPool)

    /// An empty batch: one given back if there is one (its memory kept), else a new one.
    RowBatch take();
    /// Empties `batch` and keeps it for take(), unless the pool is full.
    void giveBack(RowBatch batch);

private:
    int m_columnCount;
    int m_capacity;
    QMutex m_mutex;
    std::vector<RowBatch> m_spare;  // guarded by m_mutex
};

} // namespace sluice
