#pragma once

#include <QCoreApplication>

#include "core/error.h"

typedef struct z_stream_s z_stream;

namespace sluice {

struct ExportPart;

/// Compresses export parts independently of each other (so threads can share the work, as pigz
/// does) into pieces of one raw deflate stream: each piece ends on a byte boundary with an
/// unfinished block (a sync flush), so pieces written one after the other, followed by an empty
/// final block, are a valid stream for a gzip member or a zip entry. A part may refer back to the
/// CSV before it (its `dictionary`), which the reader has just decompressed.
/// One per thread; reusable for any number of parts.
class PartDeflater final
{
    Q_DECLARE_TR_FUNCTIONS(PartDeflater)
public:
    /// zlib's default level (6), what gzip and zip programs use when not told otherwise.
    static constexpr int kLevel = 6;
    /// The most a deflate stream can refer back, so the most of a dictionary that matters.
    static constexpr qsizetype kWindowBytes = 32 * 1024;
    /// Ends a stream made of deflated parts: an empty final block (fixed codes).
    static constexpr char kFinalBlock[2] = { 0x03, 0x00 };

    PartDeflater();
    ~PartDeflater();
    Q_DISABLE_COPY_MOVE(PartDeflater)

    /// Fills `part.packed`, `part.packedSize` and `part.crc` from its CSV (and dictionary).
    [[nodiscard]] Result<void> deflate(ExportPart &part);

private:
    z_stream *m_stream = nullptr; // null when zlib could not start
};

} // namespace sluice
