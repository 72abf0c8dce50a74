#pragma once

#include <vector>

#include <QtGlobal>

namespace sluice {

/// An open-addressing table from a 64-bit hash to a small integer index into the owner's own
/// storage. The owner keeps the keys and decides equality, so a table holds no key copies and
/// two keys with the same hash stay apart. Linear probing, at most half full. A slot keeps only
/// the low 32 bits of the hash (they place it, and the bits above the mask tell most neighbours
/// apart before `equal` is asked): 8 bytes a slot, so more of the table stays in cache.
///
/// find() and insert() are defined here because they run once per value on the import's hot
/// path and must inline into the calculators.
class HashIndex final
{
public:
    explicit HashIndex(int initialCapacity = 16);

    /// The index stored for a key whose hash is `hash` and for which `equal(index)` is true, or -1.
    template <typename Equal>
    int find(quint64 hash, Equal equal) const
    {
        const auto low = quint32(hash);
        for (quint32 slot = low & m_mask;; slot = (slot + 1) & m_mask) {
            const Slot &s = m_slots[slot];
            if (s.index < 0)
                return -1;
            if (s.hash == low && equal(s.index))
                return s.index;
        }
    }

    /// Asks the CPU to fetch the slot a find(hash) starts at, a few values ahead of the lookup.
    void prefetch(quint64 hash) const { __builtin_prefetch(&m_slots[quint32(hash) & m_mask]); }

    /// Adds `index` for a key the caller has checked is absent.
    void insert(quint64 hash, int index)
    {
        if ((m_size + 1) * 2 > qsizetype(m_slots.size()))
            grow();
        quint32 slot = quint32(hash) & m_mask;
        while (m_slots[slot].index >= 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = Slot { quint32(hash), qint32(index) };
        ++m_size;
    }

    /// Removes the entry (hash, index); the entry must be present.
    void remove(quint64 hash, int index);
    /// Changes the index stored for (hash, oldIndex) to newIndex; the entry must be present.
    void reassign(quint64 hash, int oldIndex, int newIndex);
    void clear();
    qsizetype size() const { return m_size; }

private:
    struct Slot
    {
        quint32 hash = 0;  // the low bits of the hash
        qint32 index = -1;  // -1: empty
    };

    quint32 slotOf(quint64 hash, int index) const;
    void grow();

    std::vector<Slot> m_slots;
    quint32 m_mask = 0;
    qsizetype m_size = 0;
};

} // namespace sluice
