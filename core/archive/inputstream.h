#pragma once

#include <memory>
#include <optional>

#include <QIODevice>

#include "core/archive/inputinfo.h"
#include "core/error.h"

namespace sluice {

class ArchiveReader;

/// One input of a source as a sequential, read-only device: the bytes of a plain file, of a
/// decompressed stream or of one archive entry, decompressed as they are read (no temporary
/// file; memory stays bounded). Made by InputSet::nextInput(); it stays readable until the next
/// call to nextInput(). Used from one thread at a time; no parent, owned by the caller.
/// A failure (damaged data, a limit) makes read() return -1 with errorString() saying why, and
/// status() return the same as an Error.
class InputStream final : public QIODevice
{
    Q_OBJECT
public:
    InputStream(std::shared_ptr<ArchiveReader> reader, InputInfo info, quint64 entryNumber);
    ~InputStream() override;
    Q_DISABLE_COPY_MOVE(InputStream)

    const InputInfo &info() const { return m_info; }

    /// Bytes this input has decompressed so far (what readData() produced, not what was read).
    qint64 decompressedBytes() const { return m_decompressedBytes; }
    /// Bytes read from the source so far, for all its inputs together: progress against sourceSize().
    qint64 compressedBytesConsumed() const;
    /// Size of the whole source in bytes; -1 when the source device is sequential.
    qint64 sourceSize() const;

    /// The failure that stopped reading, if any.
    [[nodiscard]] Result<void> status() const;

    bool isSequential() const override { return true; }
    /// True only once the input's last byte was read, not merely when nothing is buffered.
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    std::shared_ptr<ArchiveReader> m_reader; // shared with the InputSet, so either may go first
    InputInfo m_info;
    quint64 m_entryNumber;
    qint64 m_decompressedBytes = 0;
    bool m_finished = false;
    std::optional<Error> m_error;
};

} // namespace sluice
