#include "core/import/rowbatchpool.h"

namespace sluice {

RowBatchPool::RowBatchPool(int columnCount, int capacity)
    : m_columnCount(columnCount)
    , m_capacity(capacity)
{
}

RowBatch RowBatchPool::take()
{
    QMutexLocker lock(&m_mutex);
    if (m_spare.empty())
        return RowBatch(m_columnCount);
    RowBatch batch = std::move(m_spare.back());
    m_spare.pop_back();
    return batch;
}

void RowBatchPool::giveBack(RowBatch batch)
{
    Q_ASSERT(batch.columnCount() == m_columnCount);
    batch.clear();  // outside the lock: it frees nothing, but need not hold others up
    QMutexLocker lock(&m_mutex);
    if (int(m_spare.size()) < m_capacity)
        m_spare.push_back(std::move(batch));
}

} // namespace sluice
