#pragma once

#include <QtGlobal>

namespace sluice {

/// xoshiro256** seeded through splitmix64: a fast PRNG whose sequence depends only on the seed,
/// on every platform and Qt version (QRandomGenerator promises neither speed per call nor that).
/// Defined in the header on purpose: the generators call it several times per row and it must inline.
class FastRandom final
{
public:
    explicit FastRandom(quint64 seed)
    {
        for (quint64 &word : m_state) {
            seed += 0x9E3779B97F4A7C15ULL; // splitmix64 spreads even seed 0 over all four words
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// A number in [0, bound): Lemire's multiply-shift, bias below 2^-32 for the bounds used here.
    quint32 bounded(quint32 bound) { return quint32(((next() >> 32) * quint64(bound)) >> 32); }

    /// True with the given chance in percent.
    bool percent(quint32 chance) { return bounded(100) < chance; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_state[4];
};

} // namespace sluice
