#include "app/client/chunksizer.h"

namespace sluice {

namespace {
constexpr qint64 kGranule = 64 * 1024; // sizes stay multiples of this, for tidy disk writes
constexpr qint64 kMaxGrowth = 4; // one lucky fast chunk must not jump straight to the ceiling
} // namespace

ChunkSizer::ChunkSizer(qint64 maximum)
    : m_maximum(qMax<qint64>(1, maximum))
    , m_next(0)
{
    m_next = clamp(kMinimum);
}

qint64 ChunkSizer::clamp(qint64 size) const
{
    const qint64 floor = qMin(kMinimum, m_maximum);
    size = qBound(floor, size, m_maximum);
    if (size >= kGranule && size != m_maximum)
        size -= size % kGranule;
    return qMax(floor, size);
}

void ChunkSizer::setMaximum(qint64 maximum)
{
    m_maximum = qMax<qint64>(1, maximum);
    m_next = clamp(m_next);
}

void ChunkSizer::recordChunk(qint64 bytes, qint64 elapsedMs)
{
    if (bytes <= 0)
        return;
    const qint64 ms = qMax<qint64>(1, elapsedMs);
    const double perSecond = double(bytes) * 1000.0 / double(ms);
    const auto aimed = qint64(perSecond * double(kTargetMs) / 1000.0);
    m_next = clamp(qMin(aimed, bytes * kMaxGrowth));
}

void ChunkSizer::tooLarge(qint64 bytes)
{
    m_maximum = qMax<qint64>(1, qMin(m_maximum, bytes / 2));
    m_next = clamp(bytes / 2);
}

} // namespace sluice
