#include "core/export/partdeflater.h"

#include <algorithm>
#include <climits>

#include <zlib.h>

#include "core/export/exportpart.h"

namespace sluice {

PartDeflater::PartDeflater()
    : m_stream(new z_stream {})
{
    // Raw deflate (negative window bits): the gzip or zip framing is the file's business.
    if (deflateInit2(m_stream, kLevel, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        delete m_stream;
        m_stream = nullptr;
    }
}

PartDeflater::~PartDeflater()
{
    if (m_stream)
        deflateEnd(m_stream);
    delete m_stream;
}

Result<void> PartDeflater::deflate(ExportPart &part)
{
    Q_ASSERT(part.csvSize <= qsizetype(UINT_MAX));
    const auto *csv = reinterpret_cast<const Bytef *>(part.csv.data());
    part.crc = quint32(crc32(crc32(0, nullptr, 0), csv, uInt(part.csvSize)));
    part.packedSize = 0;
    if (part.csvSize == 0)
        return {};
    if (!m_stream || deflateReset(m_stream) != Z_OK)
        return fail(ErrorCode::Internal, tr("Could not start the deflate compressor."));
    if (!part.dictionary.empty()) {
        const qsizetype size = std::min<qsizetype>(qsizetype(part.dictionary.size()), kWindowBytes);
        const auto *tail = reinterpret_cast<const Bytef *>(part.dictionary.data() + part.dictionary.size() - size);
        if (deflateSetDictionary(m_stream, tail, uInt(size)) != Z_OK)
            return fail(ErrorCode::Internal, tr("Could not start the deflate compressor."));
    }
    // Room for the worst case up front, so one call does it; the flush marker needs a few bytes more.
    const qsizetype room = qsizetype(deflateBound(m_stream, uLong(part.csvSize))) + 16;
    if (qsizetype(part.packed.size()) < room)
        part.packed.resize(size_t(room));
    m_stream->next_in = const_cast<Bytef *>(csv);
    m_stream->avail_in = uInt(part.csvSize);
    for (;;) {
        m_stream->next_out = reinterpret_cast<Bytef *>(part.packed.data() + part.packedSize);
        m_stream->avail_out = uInt(qsizetype(part.packed.size()) - part.packedSize);
        const int status = ::deflate(m_stream, Z_SYNC_FLUSH);
        part.packedSize = qsizetype(part.packed.size()) - qsizetype(m_stream->avail_out);
        if (status != Z_OK && status != Z_BUF_ERROR)
            return fail(ErrorCode::Internal, tr("The deflate compressor failed (zlib status %1).").arg(status));
        if (m_stream->avail_in == 0 && m_stream->avail_out > 0)
            return {}; // all flushed: zlib stops short of a full output buffer only when done
        part.packed.resize(part.packed.size() * 2);
    }
}

} // namespace sluice
