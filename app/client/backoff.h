#pragma once

#include <chrono>
#include <optional>

#include <QList>

namespace sluice {

/// The waits between attempts after failures: a fixed schedule that either ends (then the
/// caller gives up) or repeats its last step for ever. Plain value; any thread.
class Backoff final
{
public:
    using Delay = std::chrono::milliseconds;

    explicit Backoff(QList<Delay> steps, bool repeatLast);

    /// The uploader's: 0.5, 1, 3, 5, 10 s, then it gives up.
    static Backoff forUploads();
    /// The event socket's: 0.5, 1, 2, 5, 10 s, then every 10 s for ever.
    static Backoff forReconnects();

    /// The wait before the next attempt, or nothing when the schedule is used up.
    std::optional<Delay> next();
    /// After a success: the next failure waits the shortest time again.
    void reset() { m_attempt = 0; }
    /// How many waits next() has handed out since the last reset.
    int attempts() const { return m_attempt; }
    int steps() const { return int(m_steps.size()); }

private:
    QList<Delay> m_steps;
    bool m_repeatLast;
    int m_attempt = 0;
};

} // namespace sluice
