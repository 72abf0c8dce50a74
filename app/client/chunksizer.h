#pragma once

#include <QtGlobal>

namespace sluice {

/// Picks the size of the next tus PATCH so that one takes about a second on this link:
/// large enough that per-request costs vanish, small enough that a pause or a failure
/// loses little and progress stays lively. Plain value; any thread.
class ChunkSizer final
{
public:
    static constexpr qint64 kMinimum = 256 * 1024;
    static constexpr qint64 kDefaultMaximum = 64LL * 1024 * 1024;
    static constexpr qint64 kTargetMs = 1000;

    explicit ChunkSizer(qint64 maximum = kDefaultMaximum);

    /// The server's limit (limits.maxChunkBytes); never below kMinimum unless the server's is.
    void setMaximum(qint64 maximum);
    qint64 maximum() const { return m_maximum; }

    /// The size to send next.
    qint64 next() const { return m_next; }
    /// A chunk of `bytes` took `elapsedMs` from request to answer.
    void recordChunk(qint64 bytes, qint64 elapsedMs);
    /// The server refused a chunk as too large (413): halve, and lower the ceiling.
    void tooLarge(qint64 bytes);

private:
    qint64 clamp(qint64 size) const;

    qint64 m_maximum;
    qint64 m_next;
};

} // namespace sluice
