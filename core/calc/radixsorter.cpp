#include "core/calc/radixsorter.h"

#include <algorithm>
#include <array>
#include <bit>

namespace sluice {

namespace {

constexpr size_t kShortSpan = 512;  // below this std::sort is as fast
constexpr int kDigitBits = 11;       // 2048 counters per pass: they stay in the L1 cache
constexpr int kPasses = (64 + kDigitBits - 1) / kDigitBits;
constexpr quint64 kDigitMask = (quint64(1) << kDigitBits) - 1;
constexpr quint64 kSignBit = quint64(1) << 63;
// Buffers for up to this many values are kept for the next call (the sketch's blocks); larger
// ones (a whole exact column, sorted once) are given back at once.
constexpr size_t kKeptValues = size_t(1) << 16;

// The bits of a double as an unsigned number that orders as the double does: negative values
// have every bit flipped (larger magnitude, smaller value), positive ones only the sign bit.
quint64 orderedKey(double value)
{
    const auto bits = std::bit_cast<quint64>(value);
    return (bits & kSignBit) ? ~bits : bits | kSignBit;
}

double valueOf(quint64 key)
{
    return std::bit_cast<double>((key & kSignBit) ? key & ~kSignBit : ~key);
}

} // namespace

void RadixSorter::sort(std::span<double> values)
{
    const size_t n = values.size();
    if (n < kShortSpan) {
        std::sort(values.begin(), values.end());
        return;
    }
    m_keys.resize(n);
    m_scratch.resize(n);
    // Every pass's counts in one read of the data.
    std::array<std::array<size_t, kDigitMask + 1>, kPasses> counts {};
    for (size_t i = 0; i < n; ++i) {
        const quint64 key = orderedKey(values[i]);
        m_keys[i] = key;
        for (int pass = 0; pass < kPasses; ++pass)
            ++counts[size_t(pass)][(key >> (pass * kDigitBits)) & kDigitMask];
    }
    quint64 *from = m_keys.data();
    quint64 *to = m_scratch.data();
    for (int pass = 0; pass < kPasses; ++pass) {
        std::array<size_t, kDigitMask + 1> &count = counts[size_t(pass)];
        const int shift = pass * kDigitBits;
        if (count[(from[0] >> shift) & kDigitMask] == n)
            continue;  // the same digit everywhere: this pass would not move anything
        size_t offset = 0;
        for (size_t &bucket : count)
            offset += std::exchange(bucket, offset);
        for (size_t i = 0; i < n; ++i)
            to[count[(from[i] >> shift) & kDigitMask]++] = from[i];
        std::swap(from, to);
    }
    for (size_t i = 0; i < n; ++i)
        values[i] = valueOf(from[i]);
    if (n > kKeptValues) {
        m_keys = {};
        m_scratch = {};
    }
}

} // namespace sluice
