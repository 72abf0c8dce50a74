#include "core/export/exportpipeline.h"

#include "core/export/partdeflater.h"

namespace sluice {

ExportPipeline::ExportPipeline(qint64 blocks, int maxParts, bool deflate)
    : m_blocks(blocks)
    , m_maxParts(maxParts)
    , m_deflate(deflate)
{
}

std::optional<qint64> ExportPipeline::claimBlock()
{
    std::lock_guard lock(m_mutex);
    if (m_error || m_nextBlock >= m_blocks)
        return std::nullopt;
    return m_nextBlock++;
}

std::unique_ptr<ExportPart> ExportPipeline::newPart(qsizetype bytes)
{
    std::unique_ptr<ExportPart> part;
    {
        std::lock_guard lock(m_mutex);
        if (!m_free.empty()) {
            part = std::move(m_free.back());
            m_free.pop_back();
        }
    }
    if (!part)
        part = std::make_unique<ExportPart>();
    part->block = 0;
    part->index = 0;
    part->lastOfBlock = false;
    part->rows = 0;
    part->csvSize = 0;
    part->dictionary.clear();
    part->packedSize = 0;
    part->crc = 0;
    if (qsizetype(part->csv.size()) < bytes)
        part->csv.resize(size_t(bytes));
    return part;
}

bool ExportPipeline::submit(std::unique_ptr<ExportPart> part, PartDeflater *deflater)
{
    std::unique_lock lock(m_mutex);
    while (!m_error && m_inFlight >= m_maxParts && !isWritersNext(*part)) {
        if (deflater && !m_toDeflate.empty())
            deflateOne(lock, *deflater);
        else
            m_changed.wait(lock);
    }
    if (m_error)
        return false;
    ++m_inFlight;
    if (part->lastOfBlock)
        ++m_blocksSubmitted;
    const Key key = keyOf(*part);
    (m_deflate ? m_toDeflate : m_ready).emplace(key, std::move(part));
    m_changed.notify_all();
    return true;
}

bool ExportPipeline::deflateWaiting(PartDeflater &deflater, bool untilDone)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_error)
            return false;
        if (!m_toDeflate.empty())
            deflateOne(lock, deflater);
        else if (!untilDone || m_blocksSubmitted == m_blocks)
            return true;
        else
            m_changed.wait(lock);
    }
}

void ExportPipeline::deflateOne(std::unique_lock<std::mutex> &lock, PartDeflater &deflater)
{
    // The earliest first: it is the one the writer will want soonest.
    auto node = m_toDeflate.extract(m_toDeflate.begin());
    lock.unlock();
    const Result<void> deflated = deflater.deflate(*node.mapped());
    lock.lock();
    if (!deflated) {
        failLocked(deflated.error());
        return;
    }
    m_ready.insert(std::move(node));
    m_changed.notify_all();
}

std::unique_ptr<ExportPart> ExportPipeline::nextPart(std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    const bool arrived
        = m_changed.wait_for(lock, wait, [this] { return m_error.has_value() || m_ready.contains(m_writerNext); });
    if (!arrived || m_error)
        return nullptr;
    std::unique_ptr<ExportPart> part = std::move(m_ready.extract(m_writerNext).mapped());
    m_writerNext = part->lastOfBlock ? Key { part->block + 1, 0 } : Key { part->block, part->index + 1 };
    m_changed.notify_all(); // the scanner of the part now needed next may be waiting for room
    return part;
}

bool ExportPipeline::isComplete() const
{
    std::lock_guard lock(m_mutex);
    return m_writerNext.first >= m_blocks;
}

void ExportPipeline::recycle(std::unique_ptr<ExportPart> part)
{
    std::lock_guard lock(m_mutex);
    --m_inFlight;
    if (qsizetype(m_free.size()) < m_maxParts)
        m_free.push_back(std::move(part));
    m_changed.notify_all();
}

void ExportPipeline::fail(const Error &error)
{
    std::lock_guard lock(m_mutex);
    failLocked(error);
}

void ExportPipeline::failLocked(const Error &error)
{
    if (!m_error)
        m_error = error;
    m_changed.notify_all();
}

bool ExportPipeline::isStopped() const
{
    std::lock_guard lock(m_mutex);
    return m_error.has_value();
}

std::optional<Error> ExportPipeline::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

} // namespace sluice
