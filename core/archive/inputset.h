#pragma once

#include <memory>

#include <QCoreApplication>
#include <QStringList>

#include "core/archive/inputstream.h"
#include "core/error.h"

namespace sluice {

class ArchiveReader;

/// The inputs of one source (file or upload), one after another: a plain or single-compressed
/// file has one input, a zip or tar has one per .csv/.tsv/.txt entry. Made by InputOpener.
/// Only the latest stream from nextInput() is readable (libarchive reads sequentially).
/// Used from one thread at a time.
class InputSet final
{
    Q_DECLARE_TR_FUNCTIONS(InputSet)
public:
    explicit InputSet(std::shared_ptr<ArchiveReader> reader);
    ~InputSet();
    Q_DISABLE_COPY_MOVE(InputSet)

    /// The next input, or nullptr when there is none left. An encrypted entry is an error
    /// (ErrorCode::Unsupported) after which calling again moves on to the following entry;
    /// any other error is final and returned again by every later call.
    [[nodiscard]] Result<std::unique_ptr<InputStream>> nextInput();

    QString sourceName() const;
    /// Size of the source in bytes; -1 when the device is sequential.
    qint64 sourceSize() const;
    /// Bytes read from the source so far, by all inputs: progress against sourceSize().
    qint64 compressedBytesConsumed() const;
    /// Bytes decompressed so far by all inputs.
    qint64 decompressedBytes() const;
    /// Names of the entries passed over so far because they are not CSV-like (e.g. "README.md",
    /// "img/logo.png"), in archive order; directories are not listed. Complete once nextInput()
    /// returned nullptr.
    QStringList skippedEntries() const;

private:
    std::shared_ptr<ArchiveReader> m_reader;
};

} // namespace sluice
