#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

#include "core/archive/archivelimits.h"
#include "core/archive/inputset.h"
#include "core/error.h"

class QIODevice;

namespace sluice {

/// Opens a file or device whatever its packing, recognised by content and not by name:
/// plain, gzip, bzip2, xz, zstd (also lzma, lz4, compress), zip, and tar with any of those.
///
///     auto inputs = InputOpener::open(path, limits);
///     if (!inputs) return tl::unexpected(inputs.error());
///     while (true) {
///         auto input = (*inputs)->nextInput();
///         if (!input) return tl::unexpected(input.error());
///         if (!*input) break;
///         importFrom(**input);   // a sequential QIODevice; check (*input)->status() afterwards
///     }
class InputOpener final
{
    Q_DECLARE_TR_FUNCTIONS(InputOpener)
public:
    /// Opens the file at `path`; its file name (never the path) names it in messages.
    [[nodiscard]] static Result<std::unique_ptr<InputSet>> open(const QString &path, ArchiveLimits limits = {});

    /// Reads from `device`, which must be open for reading and outlive the set and its streams.
    /// A random-access device is read from its current position; a sequential one works too,
    /// but then a zip is read without its central directory. `sourceName` is for messages only.
    [[nodiscard]] static Result<std::unique_ptr<InputSet>> open(
        QIODevice &device, const QString &sourceName, ArchiveLimits limits = {});

    /// As above, the set taking ownership of the device.
    [[nodiscard]] static Result<std::unique_ptr<InputSet>> open(
        std::unique_ptr<QIODevice> device, const QString &sourceName, ArchiveLimits limits = {});
};

} // namespace sluice
