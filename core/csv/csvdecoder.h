#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/csv/csvdialect.h"
#include "core/error.h"

class QIODevice;

namespace sluice {

/// Turns the bytes of a QIODevice into UTF-8 for CsvReader, skipping a byte order mark.
/// UTF-8 input is read straight into the caller's buffer: no copy through a codec. UTF-16 and
/// Windows-1252 are transcoded in blocks. Memory stays flat whatever the input size.
/// Not thread-safe; the device must stay open and alive while the decoder is used.
class CsvDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(CsvDecoder)
public:
    CsvDecoder(QIODevice &device, CsvEncoding encoding, QString displayName);

    /// Writes up to capacity (> 0) bytes of UTF-8 to out. Returns how many; 0 only at the end.
    /// Whole code points are not guaranteed: a sequence can be split across two calls.
    [[nodiscard]] Result<qsizetype> read(char *out, qsizetype capacity);

    CsvEncoding encoding() const { return m_encoding; }
    /// Bytes taken from the device so far (BOM included), for progress against the file size.
    qint64 bytesConsumed() const { return m_consumed; }
    /// True once the input had a byte order mark (known after the first read()).
    bool hadBom() const { return m_hadBom; }

private:
    [[nodiscard]] Result<qsizetype> readDevice(char *out, qsizetype capacity);
    [[nodiscard]] Result<void> skipBom();
    void transcode(const char *raw, qsizetype size, bool atEnd);
    void appendCodePoint(char32_t codePoint);

    QIODevice &m_device;
    CsvEncoding m_encoding;
    QString m_displayName;
    qint64 m_consumed = 0;
    bool m_started = false;
    bool m_hadBom = false;
    bool m_deviceAtEnd = false;
    // Transcoding only: raw bytes from the device, the UTF-8 made from them that the caller has
    // not taken yet, and raw bytes of an incomplete UTF-16 unit or surrogate pair carried over.
    QByteArray m_raw;
    QByteArray m_pending;
    qsizetype m_pendingPos = 0;
    QByteArray m_carry;
};

} // namespace sluice
