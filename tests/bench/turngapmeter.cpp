#include "bench/turngapmeter.h"

#include <algorithm>
#include <ctime>

namespace sluice::bench {

namespace {

// CPU time this thread has used; tells a busy thread from one waiting for a core.
qint64 threadCpuNanoseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

TurnGapMeter::TurnGapMeter()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { turn(); });
}

void TurnGapMeter::start()
{
    m_clock.start();
    m_lastTurn = 0;
    m_lastCpu = threadCpuNanoseconds();
    m_longestGapMs = 0;
    m_longestBusyMs = 0;
    m_longestGapEndMs = 0;
    m_timer.start();
}

void TurnGapMeter::turn()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNanoseconds();
    const double gapMs = double(now - m_lastTurn) / 1e6;
    if (gapMs > m_longestGapMs) {
        m_longestGapMs = gapMs;
        m_longestGapEndMs = double(now) / 1e6;
    }
    m_longestBusyMs = std::max(m_longestBusyMs, double(cpu - m_lastCpu) / 1e6);
    m_lastTurn = now;
    m_lastCpu = cpu;
}

} // namespace sluice::bench
