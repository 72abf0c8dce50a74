#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace sluice {

/// The bytes around a raw deflate stream that make it a gzip file (RFC 1952, one member) or a
/// zip archive holding one entry (PKWARE's APPNOTE 6.3). The zip is written as a stream: the
/// local header leaves the CRC and sizes to a data descriptor after the data, with 64-bit
/// (Zip64) sizes, as libarchive and Info-ZIP do for input of unknown size; the central
/// directory uses Zip64 fields only where a value needs them.
class DeflateContainer final
{
public:
    enum class Kind { Gzip, Zip };

    /// `entryName` names the file inside a zip; `modified` is the time recorded for it.
    DeflateContainer(Kind kind, const QString &entryName, const QDateTime &modified);

    /// What comes before the deflate stream.
    QByteArray header() const;
    /// What comes after the deflate stream (final block included) of `csvSize` bytes of input
    /// with CRC-32 `crc`, `packedSize` bytes long.
    QByteArray trailer(quint32 crc, quint64 csvSize, quint64 packedSize) const;

private:
    QByteArray zipCentralDirectory(quint32 crc, quint64 csvSize, quint64 packedSize) const;
    QByteArray timeField() const;
    /// The fields the local and the central header share, from "version needed" to the extra
    /// field's length (sizes as 32-bit fields, 0xFFFFFFFF where Zip64 fields hold them).
    void appendEntryFields(
        QByteArray &out, quint32 crc, quint32 packedSize, quint32 csvSize, qsizetype extraSize) const;

    Kind m_kind;
    QByteArray m_entryName; // UTF-8
    quint32 m_unixTime;
    quint16 m_dosTime;
    quint16 m_dosDate;
};

} // namespace sluice
