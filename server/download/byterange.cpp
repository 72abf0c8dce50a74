#include "server/download/byterange.h"

#include <limits>
#include <optional>

namespace sluice {

namespace {

constexpr qint64 kSaturated = std::numeric_limits<qint64>::max();

// A run of decimal digits, saturated at qint64's maximum (a position past any file is still a
// well-formed position); nullopt when empty or not all digits.
std::optional<qint64> position(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const int digit = c - '0';
        value = value > (kSaturated - digit) / 10 ? kSaturated : value * 10 + digit;
    }
    return value;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

} // namespace

ByteRange::ByteRange(Kind kind, qint64 first, qint64 last)
    : m_kind(kind)
    , m_first(first)
    , m_last(last)
{
}

ByteRange ByteRange::parse(QByteArrayView header, qint64 size)
{
    const ByteRange whole(Kind::Whole, 0, size - 1);
    const ByteRange unsatisfiable(Kind::Unsatisfiable, 0, -1);
    const QByteArrayView text = trimmed(header);
    static constexpr QByteArrayView kUnit = "bytes=";
    if (text.size() <= kUnit.size() || text.first(kUnit.size()).compare(kUnit, Qt::CaseInsensitive) != 0)
        return whole;
    const QByteArrayView spec = trimmed(text.sliced(kUnit.size()));
    if (spec.contains(','))
        return whole;  // several ranges would need multipart/byteranges; the whole file is also right
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return whole;
    const QByteArrayView firstText = trimmed(spec.first(dash));
    const QByteArrayView lastText = trimmed(spec.sliced(dash + 1));
    if (firstText.isEmpty()) {
        // "-N": the last N bytes.
        const std::optional<qint64> suffix = position(lastText);
        if (!suffix)
            return whole;
        if (*suffix == 0 || size == 0)
            return unsatisfiable;
        const qint64 length = std::min(*suffix, size);
        return ByteRange(Kind::Partial, size - length, size - 1);
    }
    const std::optional<qint64> first = position(firstText);
    if (!first)
        return whole;
    qint64 last = kSaturated;
    if (!lastText.isEmpty()) {
        const std::optional<qint64> parsed = position(lastText);
        if (!parsed || *parsed < *first)
            return whole;  // "5-2" is invalid, so the Range header is ignored
        last = *parsed;
    }
    if (*first >= size)
        return unsatisfiable;
    return ByteRange(Kind::Partial, *first, std::min(last, size - 1));
}

} // namespace sluice
