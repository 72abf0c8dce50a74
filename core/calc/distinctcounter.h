#pragma once

#include <bit>
#include <vector>

#include <QtGlobal>

namespace sluice {

/// Counts distinct values from their 64-bit hashes: exactly (a set of hashes) up to
/// kExactLimit values, then with a HyperLogLog sketch of 2^15 one-byte registers and Ertl's
/// improved estimator (2017), which needs no bias tables and is unbiased over the whole range.
///
/// Error: exact mode is exact up to 64-bit hash collisions (probability < 1e-12 at the limit).
/// Sketch mode has a standard error of 1.04/sqrt(2^15) = 0.57%, so 99% of estimates are within
/// 1.5% (kRelativeError99). Mergeable: sets unite, registers take the maximum; the merged sketch
/// equals the sketch of the union exactly.
class DistinctCounter final
{
public:
    static constexpr int kPrecision = 15;
    static constexpr int kRegisterCount = 1 << kPrecision;
    static constexpr int kExactLimit = 4096;
    static constexpr double kStandardError = 1.04 / 181.01933598375618;  // 1.04 / sqrt(2^15)
    static constexpr double kRelativeError99 = 2.576 * kStandardError;

    DistinctCounter();

    /// Defined here: it runs once per value on the hot path.
    void add(quint64 hash)
    {
        if (!m_registers.empty()) {
            addToSketch(hash);
            return;
        }
        if (hash == 0)
            hash = 1;  // 0 marks an empty slot in the exact set
        for (quint64 slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            if (m_set[slot] == hash)
                return;
            if (m_set[slot] == 0) {
                m_set[slot] = hash;
                if (++m_setSize * 2 > qsizetype(m_set.size()))
                    growSet();
                return;
            }
        }
    }

    /// Asks the CPU to fetch what add(hash) will touch, a few values ahead.
    void prefetch(quint64 hash) const
    {
        if (!m_registers.empty())
            __builtin_prefetch(&m_registers[hash >> (64 - kPrecision)]);
        else
            __builtin_prefetch(&m_set[hash & m_mask]);
    }

    void merge(const DistinctCounter &other);

    bool isExact() const { return m_registers.empty(); }
    /// The exact count in exact mode, the rounded estimate otherwise.
    qint64 count() const;

private:
    void addToSketch(quint64 hash)
    {
        const auto index = hash >> (64 - kPrecision);
        // The forced bit caps the rank at 64 - p + 1 when the remaining bits are all zero.
        const auto rank = quint8(std::countl_zero((hash << kPrecision) | (quint64(1) << (kPrecision - 1))) + 1);
        // Unconditional: a register update is unpredictable, a mispredicted branch costs more.
        m_registers[index] = qMax(m_registers[index], rank);
    }
    void growSet();
    void switchToSketch();
    double estimate() const;

    std::vector<quint64> m_set;  // exact mode: open addressing, 0 = empty
    quint64 m_mask = 0;
    qsizetype m_setSize = 0;
    std::vector<quint8> m_registers;  // sketch mode when non-empty
};

} // namespace sluice
