#pragma once

#include <cstring>

#include <QtGlobal>

namespace sluice {

// Fast 64-bit hashing for the per-value hot path (wyhash-style multiply-fold). QHash's string
// hashing is seeded per process and slower; these are deterministic, so sketches built in two
// processes or on two threads merge. Not for anything security-sensitive.

__extension__ typedef unsigned __int128 CalcUInt128;

namespace hashing {

constexpr quint64 kSecret0 = 0xa0761d6478bd642full;
constexpr quint64 kSecret1 = 0xe7037ed1a0b428dbull;
constexpr quint64 kSecret2 = 0x8ebc6af09c88c6e3ull;

inline quint64 fold(quint64 a, quint64 b)
{
    const CalcUInt128 product = CalcUInt128(a) * b;
    return quint64(product) ^ quint64(product >> 64);
}

inline quint64 read64(const char *p)
{
    quint64 v;
    std::memcpy(&v, p, 8);
    return v;
}

inline quint64 read32(const char *p)
{
    quint32 v;
    std::memcpy(&v, p, 4);
    return v;
}

} // namespace hashing

/// Hashes a byte string; equal bytes give equal hashes in every process.
inline quint64 hashBytes(const char *data, qsizetype size)
{
    using namespace hashing;
    const auto *p = data;
    quint64 seed = kSecret0 ^ quint64(size);
    quint64 a;
    quint64 b;
    if (size <= 16) {
        if (size >= 4) {
            a = (read32(p) << 32) | read32(p + ((size >> 3) << 2));
            b = (read32(p + size - 4) << 32) | read32(p + size - 4 - ((size >> 3) << 2));
        } else if (size > 0) {
            a = (quint64(quint8(p[0])) << 16) | (quint64(quint8(p[size >> 1])) << 8) | quint8(p[size - 1]);
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        qsizetype remaining = size;
        while (remaining > 16) {
            seed = fold(read64(p) ^ kSecret1, read64(p + 8) ^ seed);
            p += 16;
            remaining -= 16;
        }
        a = read64(p + remaining - 16);
        b = read64(p + remaining - 8);
    }
    return fold(kSecret1 ^ quint64(size), fold(a ^ kSecret1, b ^ seed));
}

/// Whether two byte strings of `size` bytes are equal. Inline because it runs on every lookup of a
/// text value (top values, group-by) after the hashes matched, where the keys are short and a call
/// to memcmp costs more than the comparison.
inline bool equalBytes(const char *a, const char *b, qsizetype size)
{
    using namespace hashing;
    if (size >= 8 && size <= 16)
        return read64(a) == read64(b) && read64(a + size - 8) == read64(b + size - 8);
    if (size >= 4 && size < 8)
        return read32(a) == read32(b) && read32(a + size - 4) == read32(b + size - 4);
    return size == 0 || std::memcmp(a, b, size_t(size)) == 0;
}

/// Hashes a 64-bit value (an integer, a day number, or the bits of a double): the splitmix64
/// finalizer, a bijection in which every input bit flips every output bit with probability ~1/2.
inline quint64 hashInteger(quint64 value)
{
    quint64 z = value + 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

} // namespace sluice
