#include "core/calc/topvalues.h"

#include <algorithm>
#include <cstring>

namespace sluice {

TopValues::TopValues(int capacity)
    : m_capacity(qMax(capacity, 2))
    , m_index(64)
{
}

void TopValues::addNew(quint64 hash, QByteArrayView key)
{
    if (int(m_slots.size()) >= m_capacity) {
        std::vector<qint64> counts;
        counts.reserve(m_slots.size());
        for (const Slot &slot : m_slots)
            counts.push_back(slot.count);
        const auto middle = counts.begin() + qsizetype(counts.size() / 2);
        std::nth_element(counts.begin(), middle, counts.end());
        purge(*middle);
    }
    addSlot(hash, key, 1);
}

void TopValues::addSlot(quint64 hash, QByteArrayView key, qint64 count)
{
    m_slots.push_back(Slot { hash, count, qsizetype(m_bytes.size()), key.size() });
    m_bytes.insert(m_bytes.end(), key.begin(), key.end());
    m_index.insert(hash, int(m_slots.size()) - 1);
}

void TopValues::materialize()
{
    m_deferring = false;
    m_offset = deferredOffset();
    // After the last purge the table was refilled with the most recent keys, in order.
    const qint64 kept = m_total - m_offset * m_capacity;
    const qint64 oldest = (qint64(m_cursor) - kept + m_capacity) % m_capacity;
    for (qint64 i = 0; i < kept; ++i) {
        const Recent &recent = m_recent[size_t((oldest + i) % m_capacity)];
        char key[8];
        std::memcpy(key, &recent.bits, 8);
        addSlot(recent.hash, QByteArrayView(key, 8), 1);
    }
    std::vector<Recent>().swap(m_recent);
}

void TopValues::purge(qint64 amount)
{
    if (amount <= 0)
        return;
    m_offset += amount;
    // The surviving counters and their keys move to the front; the buffer keeps its memory.
    size_t kept = 0;
    qsizetype bytes = 0;
    for (Slot &slot : m_slots) {
        slot.count -= amount;
        if (slot.count <= 0)
            continue;
        std::memmove(m_bytes.data() + bytes, m_bytes.data() + slot.offset, size_t(slot.length));
        slot.offset = bytes;
        bytes += slot.length;
        m_slots[kept++] = slot;
    }
    m_slots.resize(kept);
    m_bytes.resize(size_t(bytes));
    rebuildIndex();
}

void TopValues::rebuildIndex()
{
    m_index.clear();
    for (int i = 0; i < int(m_slots.size()); ++i)
        m_index.insert(m_slots[i].hash, i);
}

void TopValues::merge(const TopValues &other)
{
    Q_ASSERT(this != &other);
    if (other.m_deferring) {
        TopValues built = other;
        built.materialize();
        merge(built);
        return;
    }
    if (m_deferring)
        materialize();
    m_total += other.m_total;
    m_offset += other.m_offset;
    for (const Slot &theirs : other.m_slots)
        addToCounter(theirs.hash, other.keyOf(theirs), theirs.count);
    shrink();
}

void TopValues::addCount(quint64 hash, QByteArrayView key, qint64 count)
{
    if (m_deferring)
        materialize();
    m_total += count;
    addToCounter(hash, key, count);
}

void TopValues::addToCounter(quint64 hash, QByteArrayView key, qint64 count)
{
    const int mine = m_index.find(hash, [&](int i) { return hasKey(m_slots[size_t(i)], key); });
    if (mine >= 0)
        m_slots[size_t(mine)].count += count;
    else
        addSlot(hash, key, count);
}

void TopValues::shrink()
{
    if (int(m_slots.size()) <= m_capacity)
        return;
    // Subtract the (capacity + 1)-th largest count: at most `capacity` counters survive.
    std::vector<qint64> counts;
    counts.reserve(m_slots.size());
    for (const Slot &slot : m_slots)
        counts.push_back(slot.count);
    const auto cut = counts.begin() + m_capacity;
    std::nth_element(counts.begin(), cut, counts.end(), std::greater<qint64>());
    purge(*cut);
}

QList<TopValues::Entry> TopValues::top(int n) const
{
    if (m_deferring) {
        TopValues built = *this;
        built.materialize();
        return built.top(n);
    }
    std::vector<const Slot *> order;
    order.reserve(m_slots.size());
    for (const Slot &slot : m_slots)
        order.push_back(&slot);
    const auto byCount = [&](const Slot *a, const Slot *b) {
        return a->count != b->count ? a->count > b->count : keyOf(*a) < keyOf(*b);
    };
    const size_t wanted = qMin(size_t(qMax(n, 0)), order.size());
    std::partial_sort(order.begin(), order.begin() + qsizetype(wanted), order.end(), byCount);
    QList<Entry> result;
    result.reserve(qsizetype(wanted));
    for (size_t i = 0; i < wanted; ++i) {
        const Slot &slot = *order[i];
        result.append(Entry { keyOf(slot).toByteArray(), slot.count });
    }
    return result;
}

} // namespace sluice
