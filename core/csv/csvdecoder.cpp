#include "core/csv/csvdecoder.h"

#include <array>
#include <cstring>

#include <QIODevice>

namespace sluice {

namespace {

constexpr qsizetype kRawBlockBytes = 256 * 1024;
// A sequential device (a pipe, a decompressor on a socket) may have no data *yet*.
constexpr int kWaitForDataMs = 30000;

// Windows-1252 0x80..0x9F; the five undefined bytes map to the C1 control of the same value,
// as Latin-1 does, so no byte is ever lost.
constexpr std::array<char16_t, 32> kCp1252High { {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
} };

} // namespace

CsvDecoder::CsvDecoder(QIODevice &device, CsvEncoding encoding, QString displayName)
    : m_device(device)
    , m_encoding(encoding)
    , m_displayName(std::move(displayName))
{
}

Result<qsizetype> CsvDecoder::readDevice(char *out, qsizetype capacity)
{
    while (!m_deviceAtEnd) {
        const qint64 n = m_device.read(out, capacity);
        if (n < 0)
            return fail(ErrorCode::Io, tr("Could not read %1: %2").arg(m_displayName, m_device.errorString()));
        if (n > 0) {
            m_consumed += n;
            return qsizetype(n);
        }
        if (!m_device.isSequential() || m_device.atEnd() || !m_device.waitForReadyRead(kWaitForDataMs))
            m_deviceAtEnd = true;
    }
    return qsizetype(0);
}

Result<void> CsvDecoder::skipBom()
{
    m_started = true;
    const QByteArray head = m_device.peek(3);
    qsizetype bomSize = 0;
    switch (m_encoding) {
    case CsvEncoding::Utf8:
        bomSize = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        break;
    case CsvEncoding::Utf16LE:
        bomSize = head.startsWith("\xFF\xFE") ? 2 : 0;
        break;
    case CsvEncoding::Utf16BE:
        bomSize = head.startsWith("\xFE\xFF") ? 2 : 0;
        break;
    case CsvEncoding::Windows1252:
        break;
    }
    if (bomSize > 0) {
        char skipped[3];
        auto n = readDevice(skipped, bomSize);
        if (!n)
            return tl::unexpected(n.error());
        m_hadBom = true;
    }
    return {};
}

Result<qsizetype> CsvDecoder::read(char *out, qsizetype capacity)
{
    Q_ASSERT(capacity > 0);
    if (!m_started) {
        auto skipped = skipBom();
        if (!skipped)
            return tl::unexpected(skipped.error());
    }
    if (m_encoding == CsvEncoding::Utf8)
        return readDevice(out, capacity);

    while (m_pendingPos == m_pending.size()) {
        if (m_deviceAtEnd)
            return qsizetype(0);
        m_pending.clear();
        m_pendingPos = 0;
        m_raw.resize(kRawBlockBytes);
        auto n = readDevice(m_raw.data(), m_raw.size());
        if (!n)
            return tl::unexpected(n.error());
        transcode(m_raw.constData(), *n, *n == 0);
    }
    const qsizetype count = qMin(capacity, m_pending.size() - m_pendingPos);
    std::memcpy(out, m_pending.constData() + m_pendingPos, size_t(count));
    m_pendingPos += count;
    return count;
}

void CsvDecoder::appendCodePoint(char32_t c)
{
    if (c < 0x80) {
        m_pending.append(char(c));
    } else if (c < 0x800) {
        m_pending.append(char(0xC0 | (c >> 6)));
        m_pending.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        m_pending.append(char(0xE0 | (c >> 12)));
        m_pending.append(char(0x80 | ((c >> 6) & 0x3F)));
        m_pending.append(char(0x80 | (c & 0x3F)));
    } else {
        m_pending.append(char(0xF0 | (c >> 18)));
        m_pending.append(char(0x80 | ((c >> 12) & 0x3F)));
        m_pending.append(char(0x80 | ((c >> 6) & 0x3F)));
        m_pending.append(char(0x80 | (c & 0x3F)));
    }
}

void CsvDecoder::transcode(const char *raw, qsizetype size, bool atEnd)
{
    constexpr char32_t kReplacement = 0xFFFD;
    if (m_encoding == CsvEncoding::Windows1252) {
        m_pending.reserve(size * 3);
        for (qsizetype i = 0; i < size; ++i) {
            const auto b = static_cast<unsigned char>(raw[i]);
            appendCodePoint(b >= 0x80 && b < 0xA0 ? char32_t(kCp1252High[b - 0x80]) : char32_t(b));
        }
        return;
    }

    // UTF-16: work on carried bytes + new bytes; keep an odd byte or a lone high surrogate at
    // the end for the next block, since its partner may not have been read yet.
    m_carry.append(raw, size);
    const auto *bytes = reinterpret_cast<const unsigned char *>(m_carry.constData());
    const qsizetype total = m_carry.size();
    const bool littleEndian = m_encoding == CsvEncoding::Utf16LE;
    auto unitAt = [&](qsizetype i) -> char16_t {
        return littleEndian ? char16_t(bytes[i] | (bytes[i + 1] << 8)) : char16_t((bytes[i] << 8) | bytes[i + 1]);
    };
    m_pending.reserve(total * 2);
    qsizetype i = 0;
    while (i + 2 <= total) {
        const char16_t unit = unitAt(i);
        if (unit >= 0xD800 && unit < 0xDC00) {
            if (i + 4 > total) {
                if (!atEnd)
                    break;
                appendCodePoint(kReplacement);
                i += 2;
                continue;
            }
            const char16_t low = unitAt(i + 2);
            if (low >= 0xDC00 && low < 0xE000) {
                appendCodePoint(0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
                i += 4;
            } else {
                appendCodePoint(kReplacement);
                i += 2;
            }
        } else if (unit >= 0xDC00 && unit < 0xE000) {
            appendCodePoint(kReplacement);
            i += 2;
        } else {
            appendCodePoint(unit);
            i += 2;
        }
    }
    if (atEnd && i < total) {  // an odd trailing byte
        appendCodePoint(kReplacement);
        i = total;
    }
    m_carry.remove(0, i);
}

} // namespace sluice
