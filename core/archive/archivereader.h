#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include "core/archive/archivelimits.h"
#include "core/archive/inputinfo.h"
#include "core/error.h"

class QIODevice;
struct archive;

namespace sluice {

/// The one libarchive reader behind an InputSet and its InputStreams (internal to core/archive).
/// It reads a QIODevice through callbacks, detects compression and container from the content,
/// walks the entries in order and enforces the ArchiveLimits. libarchive reads strictly
/// sequentially, so only the current entry can be read; a stream of an earlier entry fails.
/// Not thread-safe: one thread at a time uses a reader and everything made from it.
/// Any failure while reading is final for the whole source (libarchive's state is lost), except an
/// encrypted entry, which nextEntry() reports and the caller may step over.
class ArchiveReader final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)
public:
    /// `device` must be open for reading and outlive the reader, unless `owned` holds it.
    ArchiveReader(QIODevice *device, std::unique_ptr<QIODevice> owned, QString sourceName, ArchiveLimits limits);
    ~ArchiveReader();
    Q_DISABLE_COPY_MOVE(ArchiveReader)

    /// Starts libarchive on the device; fails when the start of the data is already unreadable.
    [[nodiscard]] Result<void> open();

    /// Moves to the next input, recording entries that are not CSV-like in skippedEntries().
    /// std::nullopt at the end. After this call, earlier entries can no longer be read.
    [[nodiscard]] Result<std::optional<InputInfo>> nextEntry();

    /// The number of the current entry, so a stream can tell that it was superseded.
    quint64 entryNumber() const { return m_entryNumber; }

    /// Decompresses up to maxSize bytes of entry `entryNumber` into `data`; 0 at its end.
    [[nodiscard]] Result<qint64> read(quint64 entryNumber, char *data, qint64 maxSize);

    const QString &sourceName() const { return m_sourceName; }
    qint64 sourceSize() const { return m_sourceSize; }
    /// Bytes read from the source so far. libarchive reads a few blocks twice (a seekable zip's
    /// directory at the end, looked for in any file), so the count is capped at the source size.
    qint64 sourceBytesRead() const;
    qint64 decompressedBytes() const { return m_totalDecompressed; }
    const QStringList &skippedEntries() const { return m_skipped; }

private:
    enum class EntryState { None, Reading, Done };

    struct Callbacks; // libarchive's client callbacks, defined with libarchive's types in the .cpp
    friend struct Callbacks;

    InputInfo describeCurrent(const QString &entryName, qint64 size) const;
    tl::unexpected<Error> failFor(ErrorCode code, const QString &message);

    QIODevice *m_device;
    std::unique_ptr<QIODevice> m_ownedDevice;
    QString m_sourceName;
    ArchiveLimits m_limits;
    archive *m_archive = nullptr;
    QByteArray m_readBuffer; // what the read callback hands to libarchive; valid until the next call
    qint64 m_basePosition = 0; // where the source starts in m_device, for seeks
    qint64 m_sourceSize = -1;
    qint64 m_sourceBytesRead = 0;
    qint64 m_totalDecompressed = 0;
    qint64 m_entryDecompressed = 0;
    quint64 m_entryNumber = 0;
    EntryState m_entryState = EntryState::None;
    bool m_sawEntry = false;
    bool m_atEnd = false;
    InputInfo m_current;
    QStringList m_skipped;
    std::optional<Error> m_fatal; // once set, every later call returns it
};

} // namespace sluice
