#include "core/calc/topvalues.h"

#include <algorithm>

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
    m_slots.push_back(Slot { std::string(key.data(), size_t(key.size())), hash, 1 });
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
        m_slots.push_back(Slot { std::string(key, 8), recent.hash, 1 });
        m_index.insert(recent.hash, int(m_slots.size()) - 1);
    }
    std::vector<Recent>().swap(m_recent);
}

void TopValues::purge(qint64 amount)
{
    if (amount <= 0)
        return;
    m_offset += amount;
    size_t kept = 0;
    for (size_t i = 0; i < m_slots.size(); ++i) {
        m_slots[i].count -= amount;
        if (m_slots[i].count > 0) {
            if (kept != i)
                std::swap(m_slots[kept], m_slots[i]);  // swap, not move: the dropped slot's buffer is reused later
            ++kept;
        }
    }
    m_slots.resize(kept);
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
    for (const Slot &theirs : other.m_slots) {
        const int mine = m_index.find(theirs.hash, [&](int i) { return m_slots[i].key == theirs.key; });
        if (mine >= 0) {
            m_slots[mine].count += theirs.count;
        } else {
            m_slots.push_back(theirs);
            m_index.insert(theirs.hash, int(m_slots.size()) - 1);
        }
    }
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
    const auto byCount = [](const Slot *a, const Slot *b) {
        return a->count != b->count ? a->count > b->count : a->key < b->key;
    };
    const size_t wanted = qMin(size_t(qMax(n, 0)), order.size());
    std::partial_sort(order.begin(), order.begin() + qsizetype(wanted), order.end(), byCount);
    QList<Entry> result;
    result.reserve(qsizetype(wanted));
    for (size_t i = 0; i < wanted; ++i) {
        const Slot &slot = *order[i];
        result.append(Entry { QByteArray(slot.key.data(), qsizetype(slot.key.size())), slot.count });
    }
    return result;
}

} // namespace sluice
