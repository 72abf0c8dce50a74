#pragma once

#include <QtGlobal>

namespace sluice {

/// Guards against decompression bombs: how much an input may expand. Passed by value to
/// InputOpener; a breach stops reading with ErrorCode::TooLarge and a message that says which limit.
struct ArchiveLimits
{
    /// Most bytes one input (a single stream, or one archive entry) may decompress to.
    qint64 maxInputBytes = 100LL * 1024 * 1024 * 1024;
    /// Most bytes all inputs of a source together may decompress to, per byte read from the source.
    double maxRatio = 1000.0;
    /// The ratio is only checked once this much has been decompressed, so that a small, highly
    /// compressible file (a few MiB of repeated lines) is never refused.
    qint64 ratioFloorBytes = 64LL * 1024 * 1024;
};

} // namespace sluice
