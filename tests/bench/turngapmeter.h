#pragma once

#include <QElapsedTimer>
#include <QTimer>

namespace sluice::bench {

/// The longest gap between two turns of this thread's event loop while it measures: a 1 ms
/// timer fires at most once per turn, so the time between firings is the loop's. Also the
/// thread's own CPU time within one gap, which tells its own work from waiting for a core.
/// Thread: the one whose loop it measures (where it is made).
class TurnGapMeter final
{
public:
    TurnGapMeter();

    /// Starts again from no gap.
    void start();
    void stop() { m_timer.stop(); }
    double longestGapMs() const { return m_longestGapMs; }
    double longestBusyMs() const { return m_longestBusyMs; }
    /// When the longest gap ended, in ms since start().
    double longestGapEndMs() const { return m_longestGapEndMs; }

private:
    void turn();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTurn = 0;
    qint64 m_lastCpu = 0;
    double m_longestGapMs = 0;
    double m_longestBusyMs = 0;
    double m_longestGapEndMs = 0;
};

} // namespace sluice::bench
