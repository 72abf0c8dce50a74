#include "core/import/batchqueue.h"

namespace sluice {

BatchQueue::BatchQueue(int capacity)
    : m_capacity(capacity)
{
}

bool BatchQueue::push(ImportBatch batch)
{
    QMutexLocker lock(&m_mutex);
    while (!m_aborted && int(m_batches.size()) >= m_capacity)
        m_changed.wait(&m_mutex);
    if (m_aborted)
        return false;
    m_batches.push_back(std::move(batch));
    m_changed.wakeAll();
    return true;
}

std::optional<ImportBatch> BatchQueue::pop()
{
    QMutexLocker lock(&m_mutex);
    while (!m_aborted && !m_closed && m_batches.empty())
        m_changed.wait(&m_mutex);
    if (m_aborted || m_batches.empty())
        return std::nullopt;
    ImportBatch batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.wakeAll();
    return batch;
}

void BatchQueue::close()
{
    QMutexLocker lock(&m_mutex);
    m_closed = true;
    m_changed.wakeAll();
}

void BatchQueue::abort()
{
    QMutexLocker lock(&m_mutex);
    m_aborted = true;
    m_batches.clear();
    m_changed.wakeAll();
}

bool BatchQueue::isAborted() const
{
    QMutexLocker lock(&m_mutex);
    return m_aborted;
}

} // namespace sluice
