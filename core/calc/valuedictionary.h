#pragma once

#include <vector>

#include <QByteArrayView>
#include <QtGlobal>

#include "core/calc/hashindex.h"
#include "core/calc/hashing.h"

namespace sluice {

/// The first `capacity` distinct values of a column in order of first appearance, each with a
/// small id (0, 1, 2, ...) and its exact count. The calculators key what they keep per value (top
/// values, group-by aggregates) by this id, so a value is hashed and looked up once per row, not
/// once per calculator. A value that arrives when the dictionary is full gets kUntracked and is
/// left to the caller; the dictionary never forgets a value, so ids stay stable.
///
/// Keys are byte strings: text as UTF-8, numbers as the 8 bytes of their value. Number keys are
/// compared by hash alone: hashInteger() is a bijection, so equal hashes mean equal numbers.
/// Merging two dictionaries of consecutive parts of a stream gives the dictionary of the whole.
class ValueDictionary final
{
public:
    static constexpr int kUntracked = -1;

    explicit ValueDictionary(int capacity);

    /// Counts a text value (hashBytes() hash given) once more. Returns its id, a new one while
    /// there is room (then *isNew is set), or kUntracked. Defined here for the hot path.
    int addText(quint64 hash, QByteArrayView key, bool *isNew)
    {
        const int id = m_index.find(hash, [&](int i) {
            const qsizetype start = m_starts[size_t(i)];
            return m_starts[size_t(i) + 1] - start == key.size()
                && equalBytes(m_bytes.data() + start, key.data(), key.size());
        });
        return counted(id, hash, key, isNew);
    }

    /// Counts a number key (hashInteger() of `bits`) once more; as addText().
    int addNumber(quint64 hash, quint64 bits, bool *isNew)
    {
        const int id = m_index.find(hash, [&](int i) { return m_hashes[size_t(i)] == hash; });
        if (id >= 0 || isFull())
            return counted(id, hash, {}, isNew);
        char key[8];
        std::memcpy(key, &bits, 8);
        return counted(id, hash, QByteArrayView(key, 8), isNew);
    }

    void prefetch(quint64 hash) const { m_index.prefetch(hash); }

    /// Adds the values and counts of `next`, the dictionary of the rows that came after this
    /// one's, while there is room. Returns, per id of `next`, its id here or kUntracked.
    std::vector<int> merge(const ValueDictionary &next);

    int capacity() const { return m_capacity; }
    int size() const { return int(m_counts.size()); }
    bool isFull() const { return size() >= m_capacity; }
    qint64 count(int id) const { return m_counts[size_t(id)]; }
    quint64 hash(int id) const { return m_hashes[size_t(id)]; }
    QByteArrayView key(int id) const
    {
        const qsizetype start = m_starts[size_t(id)];
        return QByteArrayView(m_bytes.data() + start, m_starts[size_t(id) + 1] - start);
    }

private:
    int counted(int id, quint64 hash, QByteArrayView key, bool *isNew)
    {
        *isNew = false;
        if (id >= 0) {
            ++m_counts[size_t(id)];
            return id;
        }
        if (isFull())
            return kUntracked;
        *isNew = true;
        return insert(hash, key, 1);
    }
    int insert(quint64 hash, QByteArrayView key, qint64 count);

    int m_capacity;
    std::vector<qint64> m_counts;
    std::vector<quint64> m_hashes;
    std::vector<qsizetype> m_starts { 0 };  // key i is m_bytes[m_starts[i], m_starts[i + 1])
    std::vector<char> m_bytes;
    HashIndex m_index;
};

} // namespace sluice
