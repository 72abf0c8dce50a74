#pragma once

#include <cstring>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include "core/calc/hashindex.h"
#include "core/calc/hashing.h"

namespace sluice {

/// The most frequent values of a column: Misra–Gries counters with "purge by median" (as in
/// Apache DataSketches' frequent-items sketch), mergeable as in Agarwal et al., "Mergeable
/// summaries" (2012).
///
/// Keys are byte strings: text as UTF-8, numbers as the 8 bytes of their value (the owner
/// decodes them). While the table has never been purged, every count is exact. When a new key
/// finds the table full, the median count is subtracted from every counter, counters that reach
/// zero are dropped, and the subtracted amount accumulates in maxUnderestimate(). From then on a
/// reported count is a lower bound: the true count lies in [count, count + maxUnderestimate()],
/// maxUnderestimate() <= 2·total()/capacity(), and any value missing from the table occurred at
/// most maxUnderestimate() times. The purge costs O(capacity) once per capacity/2 new keys, so
/// a column of unique values costs O(1) per value. Keys are compared byte for byte, so equal
/// hashes never merge two values; a key is copied (into one shared buffer) only when it enters the
/// table.
class TopValues final
{
public:
    static constexpr int kDefaultCapacity = 1024;

    struct Entry
    {
        QByteArray key;
        qint64 count = 0;
    };

    explicit TopValues(int capacity = kDefaultCapacity);

    /// Defined here for the hot path: a lookup and an increment.
    void add(quint64 hash, QByteArrayView key)
    {
        if (m_deferring) [[unlikely]]
            materialize();
        ++m_total;
        const int entry = m_index.find(hash, [&](int i) { return hasKey(m_slots[size_t(i)], key); });
        if (entry >= 0) {
            ++m_slots[entry].count;
            return;
        }
        addNew(hash, key);
    }

    /// A number key (`bits`, its 8 bytes, with its hash) that the caller knows differs from every
    /// key added so far, e.g. the next value of a strictly ascending column. While every key is
    /// such (unique ids, timestamps), the table's state follows from the count alone: every
    /// counter is 1 and a purge emptied it every capacity() keys. So the last capacity() keys are
    /// only remembered, and the table is built from them when the first other key arrives: the
    /// result, bound and exactness are those of add(). Defined here for the hot path.
    void addUnseen(quint64 hash, quint64 bits)
    {
        if (!m_deferring) {
            char key[8];
            std::memcpy(key, &bits, 8);
            add(hash, QByteArrayView(key, 8));
            return;
        }
        if (m_recent.empty())
            m_recent.resize(size_t(m_capacity));
        m_recent[size_t(m_cursor)] = Recent { hash, bits };
        m_cursor = m_cursor + 1 == m_capacity ? 0 : m_cursor + 1;
        ++m_total;
    }

    /// Asks the CPU to fetch what add(hash, ...) will look at first, a few values ahead.
    void prefetch(quint64 hash) const { m_index.prefetch(hash); }

    void merge(const TopValues &other);
    /// Adds `count` occurrences of a key at once (a value counted elsewhere, e.g. exactly in a
    /// ValueDictionary). The table may hold more than capacity() counters until the next merge()
    /// (or purge) cuts it back.
    void addCount(quint64 hash, QByteArrayView key, qint64 count);

    /// The `n` most frequent values, by count descending then key ascending (deterministic).
    QList<Entry> top(int n) const;
    /// True while every count is exact (nothing was ever purged).
    bool isExact() const { return maxUnderestimate() == 0; }
    qint64 total() const { return m_total; }
    int capacity() const { return m_capacity; }
    /// How much any count may be below the truth (0 while exact).
    qint64 maxUnderestimate() const { return m_deferring ? deferredOffset() : m_offset; }

private:
    struct Slot
    {
        quint64 hash = 0;
        qint64 count = 0;
        qsizetype offset = 0;  // the key is m_bytes[offset, offset + length)
        qsizetype length = 0;
    };

    struct Recent
    {
        quint64 hash;
        quint64 bits;
    };

    QByteArrayView keyOf(const Slot &slot) const { return QByteArrayView(m_bytes.data() + slot.offset, slot.length); }
    bool hasKey(const Slot &slot, QByteArrayView key) const
    {
        return slot.length == key.size() && equalBytes(m_bytes.data() + slot.offset, key.data(), key.size());
    }
    /// A new counter for a key not in the table.
    void addSlot(quint64 hash, QByteArrayView key, qint64 count);
    void addNew(quint64 hash, QByteArrayView key);
    /// Adds to the key's counter, or makes one; neither purges nor touches total().
    void addToCounter(quint64 hash, QByteArrayView key, qint64 count);
    /// Cuts the table to capacity() as a merge does: subtracts the (capacity + 1)-th largest
    /// count from every counter (at most capacity() survive) and adds it to the bound.
    void shrink();
    /// The purges a stream of m_total distinct keys went through.
    qint64 deferredOffset() const { return m_total > 0 ? (m_total - 1) / m_capacity : 0; }
    /// Builds the table that add() would have built from the keys given to addUnseen().
    void materialize();
    /// Subtracts `amount` from every counter and drops those that reach zero.
    void purge(qint64 amount);
    void rebuildIndex();

    int m_capacity;
    qint64 m_total = 0;
    qint64 m_offset = 0;
    std::vector<Slot> m_slots;
    std::vector<char> m_bytes;  // the keys, one after another; compacted by purges
    HashIndex m_index;
    // addUnseen() state: true until the first other key; the last keys, m_cursor the oldest.
    bool m_deferring = true;
    std::vector<Recent> m_recent;
    int m_cursor = 0;
};

} // namespace sluice
