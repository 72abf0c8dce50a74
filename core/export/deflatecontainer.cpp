#include "core/export/deflatecontainer.h"

#include <QtEndian>

namespace sluice {

namespace {

constexpr quint32 kZipLocalHeader = 0x04034b50;
constexpr quint32 kZipDataDescriptor = 0x08074b50;
constexpr quint32 kZipCentralHeader = 0x02014b50;
constexpr quint32 kZip64EndRecord = 0x06064b50;
constexpr quint32 kZip64EndLocator = 0x07064b50;
constexpr quint32 kZipEndRecord = 0x06054b50;
constexpr quint16 kZipVersion = 45; // 4.5: Zip64
constexpr quint16 kZipMadeByUnix = 3 << 8 | kZipVersion;
constexpr quint16 kZipFlags = 0x0008 | 0x0800; // sizes in the data descriptor; UTF-8 name
constexpr quint16 kZipDeflate = 8;
constexpr quint16 kZip64Extra = 0x0001;
constexpr quint16 kExtendedTimeExtra = 0x5455;
constexpr quint32 kRegularFile0644 = 0100644u << 16; // Unix mode in the high half of the external attributes
constexpr quint64 kNeedsZip64 = 0xFFFFFFFFu; // a 32-bit field holding this says "see the Zip64 field"

// Little-endian fields appended to a byte array, as both formats store them.
template <typename T> void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

quint32 narrowed(quint64 value)
{
    return value >= kNeedsZip64 ? quint32(kNeedsZip64) : quint32(value);
}

} // namespace

DeflateContainer::DeflateContainer(Kind kind, const QString &entryName, const QDateTime &modified)
    : m_kind(kind)
    , m_entryName(entryName.toUtf8())
    , m_unixTime(quint32(qMax<qint64>(0, modified.toSecsSinceEpoch())))
{
    // MS-DOS time, local, two-second steps, from 1980: what the zip headers carry besides the
    // extended time field.
    const QDateTime local = modified.toLocalTime();
    const QDate date = local.date();
    const QTime time = local.time();
    m_dosTime = quint16(time.hour() << 11 | time.minute() << 5 | time.second() / 2);
    m_dosDate = date.year() < 1980 ? quint16(1 << 5 | 1)
                                   : quint16((date.year() - 1980) << 9 | date.month() << 5 | date.day());
}

void DeflateContainer::appendEntryFields(
    QByteArray &out, quint32 crc, quint32 packedSize, quint32 csvSize, qsizetype extraSize) const
{
    put<quint16>(out, kZipVersion);
    put<quint16>(out, kZipFlags);
    put<quint16>(out, kZipDeflate);
    put<quint16>(out, m_dosTime);
    put<quint16>(out, m_dosDate);
    put<quint32>(out, crc);
    put<quint32>(out, packedSize);
    put<quint32>(out, csvSize);
    put<quint16>(out, quint16(m_entryName.size()));
    put<quint16>(out, quint16(extraSize));
}

QByteArray DeflateContainer::timeField() const
{
    QByteArray field;
    put<quint16>(field, kExtendedTimeExtra);
    put<quint16>(field, 5);
    field.append(char(1)); // the modification time follows
    put<quint32>(field, m_unixTime);
    return field;
}

QByteArray DeflateContainer::header() const
{
    QByteArray out;
    if (m_kind == Kind::Gzip) {
        out.append("\x1f\x8b\x08\x00", 4); // magic, deflate, no optional fields
        put<quint32>(out, m_unixTime);
        out.append("\x00\x03", 2); // no compression hint, made on Unix
        return out;
    }
    QByteArray extra = timeField();
    put<quint16>(extra, kZip64Extra); // the sizes come later, in the data descriptor
    put<quint16>(extra, 16);
    put<quint64>(extra, 0);
    put<quint64>(extra, 0);
    put<quint32>(out, kZipLocalHeader);
    appendEntryFields(out, 0, quint32(kNeedsZip64), quint32(kNeedsZip64), extra.size());
    out.append(m_entryName);
    out.append(extra);
    return out;
}

QByteArray DeflateContainer::trailer(quint32 crc, quint64 csvSize, quint64 packedSize) const
{
    QByteArray out;
    if (m_kind == Kind::Gzip) {
        put<quint32>(out, crc);
        put<quint32>(out, quint32(csvSize)); // the size modulo 2^32, as RFC 1952 has it
        return out;
    }
    put<quint32>(out, kZipDataDescriptor);
    put<quint32>(out, crc);
    put<quint64>(out, packedSize);
    put<quint64>(out, csvSize);
    return out + zipCentralDirectory(crc, csvSize, packedSize);
}

QByteArray DeflateContainer::zipCentralDirectory(quint32 crc, quint64 csvSize, quint64 packedSize) const
{
    // The one entry's local header is at offset 0; the directory follows its data descriptor.
    const quint64 directoryOffset = quint64(header().size()) + packedSize + 24;
    QByteArray extra = timeField();
    QByteArray zip64;
    if (csvSize >= kNeedsZip64)
        put<quint64>(zip64, csvSize);
    if (packedSize >= kNeedsZip64)
        put<quint64>(zip64, packedSize);
    if (!zip64.isEmpty()) {
        put<quint16>(extra, kZip64Extra);
        put<quint16>(extra, quint16(zip64.size()));
        extra.append(zip64);
    }

    QByteArray out;
    put<quint32>(out, kZipCentralHeader);
    put<quint16>(out, kZipMadeByUnix);
    appendEntryFields(out, crc, narrowed(packedSize), narrowed(csvSize), extra.size());
    put<quint16>(out, 0); // comment length
    put<quint16>(out, 0); // disk number
    put<quint16>(out, 0); // internal attributes
    put<quint32>(out, kRegularFile0644);
    put<quint32>(out, 0); // local header offset
    out.append(m_entryName);
    out.append(extra);
    const quint64 directorySize = quint64(out.size());

    if (directoryOffset >= kNeedsZip64) {
        const quint64 recordOffset = directoryOffset + directorySize;
        put<quint32>(out, kZip64EndRecord);
        put<quint64>(out, 44); // the record's size after this field
        put<quint16>(out, kZipMadeByUnix);
        put<quint16>(out, kZipVersion);
        put<quint32>(out, 0); // this disk
        put<quint32>(out, 0); // the directory's disk
        put<quint64>(out, 1); // entries on this disk
        put<quint64>(out, 1); // entries
        put<quint64>(out, directorySize);
        put<quint64>(out, directoryOffset);
        put<quint32>(out, kZip64EndLocator);
        put<quint32>(out, 0); // the record's disk
        put<quint64>(out, recordOffset);
        put<quint32>(out, 1); // disks
    }
    put<quint32>(out, kZipEndRecord);
    put<quint16>(out, 0); // this disk
    put<quint16>(out, 0); // the directory's disk
    put<quint16>(out, 1); // entries on this disk
    put<quint16>(out, 1); // entries
    put<quint32>(out, quint32(directorySize));
    put<quint32>(out, narrowed(directoryOffset));
    put<quint16>(out, 0); // comment length
    return out;
}

} // namespace sluice
