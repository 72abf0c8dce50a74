#pragma once

#include <cstring>

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

namespace sluice {

/// A big output buffer that rows are formatted into without allocating, written to a device in
/// large blocks. The append functions are in the header because they run for every field.
class RowBuffer final
{
public:
    /// `out` must be open for writing and outlive the buffer.
    explicit RowBuffer(QIODevice &out);

    /// The most a single row may add between two calls to flushIfFull().
    static constexpr qsizetype kMaxRowBytes = 4096;

    void append(QByteArrayView text)
    {
        memcpy(m_cursor, text.data(), size_t(text.size()));
        m_cursor += text.size();
    }
    void append(char c) { *m_cursor++ = c; }

    void appendNumber(quint64 value)
    {
        char digits[20];
        int n = 0;
        do {
            digits[n++] = char('0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (n > 0)
            *m_cursor++ = digits[--n];
    }

    /// `value` with at least `width` digits, zero-padded ("T007").
    void appendPadded(quint64 value, int width)
    {
        char digits[20];
        int n = 0;
        do {
            digits[n++] = char('0' + value % 10);
            value /= 10;
        } while (value != 0);
        for (int pad = width - n; pad > 0; --pad)
            *m_cursor++ = '0';
        while (n > 0)
            *m_cursor++ = digits[--n];
    }

    /// Hundredths as a decimal: 12345 -> "123.45", 7 -> "0.07".
    void appendCents(quint64 cents)
    {
        appendNumber(cents / 100);
        *m_cursor++ = '.';
        appendPadded(cents % 100, 2);
    }

    /// Writes the buffer out when less than a row's worth of room is left; false on a write error.
    bool flushIfFull() { return m_end - m_cursor >= kMaxRowBytes || flush(); }
    /// Writes everything buffered; false on a write error (the device's errorString() says why).
    bool flush();
    /// Bytes written to the device plus bytes still buffered.
    qint64 size() const { return m_written + (m_cursor - m_buffer.constData()); }

private:
    QIODevice &m_out;
    QByteArray m_buffer;
    char *m_cursor;
    const char *m_end;
    qint64 m_written = 0;
};

} // namespace sluice
