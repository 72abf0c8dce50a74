#include "core/calc/hashindex.h"

#include <bit>

namespace sluice {

HashIndex::HashIndex(int initialCapacity)
{
    const auto capacity = std::bit_ceil(quint32(qMax(initialCapacity, 4)) * 2);
    m_slots.assign(capacity, Slot {});
    m_mask = capacity - 1;
}

quint32 HashIndex::slotOf(quint64 hash, int index) const
{
    for (quint32 slot = quint32(hash) & m_mask;; slot = (slot + 1) & m_mask) {
        Q_ASSERT(m_slots[slot].index >= 0);  // the entry must be present
        if (m_slots[slot].index == index && m_slots[slot].hash == quint32(hash))
            return slot;
    }
}

void HashIndex::remove(quint64 hash, int index)
{
    // Backward-shift deletion keeps every probe chain unbroken without tombstones.
    quint32 hole = slotOf(hash, index);
    for (quint32 next = (hole + 1) & m_mask;; next = (next + 1) & m_mask) {
        const Slot &candidate = m_slots[next];
        if (candidate.index < 0)
            break;
        const quint32 home = candidate.hash & m_mask;
        // The candidate may fill the hole only if its home is not cyclically within (hole, next].
        const bool homeBetween = hole <= next ? (home > hole && home <= next) : (home > hole || home <= next);
        if (!homeBetween) {
            m_slots[hole] = candidate;
            hole = next;
        }
    }
    m_slots[hole] = Slot {};
    --m_size;
}

void HashIndex::reassign(quint64 hash, int oldIndex, int newIndex)
{
    m_slots[slotOf(hash, oldIndex)].index = newIndex;
}

void HashIndex::clear()
{
    std::fill(m_slots.begin(), m_slots.end(), Slot {});
    m_size = 0;
}

void HashIndex::grow()
{
    std::vector<Slot> old(m_slots.size() * 2, Slot {});
    old.swap(m_slots);
    m_mask = quint32(m_slots.size() - 1);
    for (const Slot &s : old) {
        if (s.index < 0)
            continue;
        quint32 slot = s.hash & m_mask;
        while (m_slots[slot].index >= 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = s;
    }
}

} // namespace sluice
