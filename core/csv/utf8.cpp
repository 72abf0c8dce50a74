#include "core/csv/utf8.h"

#include <cstring>

namespace sluice::utf8 {

namespace {

// Length of the sequence a lead byte announces; 0 for a byte that cannot start one
// (continuation bytes, C0/C1 overlong leads, F5..FF).
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead < 0xC2)
        return 0;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    if (lead < 0xF5)
        return 4;
    return 0;
}

// Checks one multi-byte sequence starting at s with n bytes available; returns its length
// when complete and valid, 0 when invalid, -1 when valid so far but cut short.
int checkSequence(const unsigned char *s, qsizetype available)
{
    const int length = sequenceLength(s[0]);
    if (length == 0)
        return 0;
    // The second byte carries the range restrictions (overlongs, surrogates, > U+10FFFF).
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (s[0] == 0xE0)
        low = 0xA0;
    else if (s[0] == 0xED)
        high = 0x9F;
    else if (s[0] == 0xF0)
        low = 0x90;
    else if (s[0] == 0xF4)
        high = 0x8F;
    for (int i = 1; i < length; ++i) {
        if (i >= available)
            return -1;
        const unsigned char c = s[i];
        if (i == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
            return 0;
    }
    return length;
}

} // namespace

qsizetype firstNonAscii(const char *data, qsizetype size)
{
    qsizetype i = 0;
    constexpr quint64 kHighBits = 0x8080808080808080ULL;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        if (word & kHighBits)
            break;
    }
    for (; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80)
            return i;
    }
    return size;
}

qsizetype validPrefix(const char *data, qsizetype size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        i += firstNonAscii(data + i, size - i);
        if (i >= size)
            break;
        const int length = checkSequence(bytes + i, size - i);
        if (length <= 0)
            return i;
        i += length;
    }
    return size;
}

bool isValidUpToTruncation(const char *data, qsizetype size)
{
    const qsizetype prefix = validPrefix(data, size);
    if (prefix == size)
        return true;
    if (size - prefix >= 4)
        return false;
    return checkSequence(reinterpret_cast<const unsigned char *>(data) + prefix, size - prefix) == -1;
}

} // namespace sluice::utf8
