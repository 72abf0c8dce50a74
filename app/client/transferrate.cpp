#include "app/client/transferrate.h"

#include <cmath>

namespace sluice {

TransferRate::TransferRate(qint64 timeConstantMs)
    : m_timeConstantMs(qMax<qint64>(1, timeConstantMs))
{
}

void TransferRate::restart()
{
    m_hasBaseline = false;
}

void TransferRate::clear()
{
    m_hasBaseline = false;
    m_hasRate = false;
    m_rate = 0;
}

void TransferRate::addSample(qint64 totalBytes, qint64 atMs)
{
    if (!m_hasBaseline || totalBytes < m_lastBytes) {
        m_hasBaseline = true; // a new baseline; going backwards means a restart from a lower offset
        m_lastBytes = totalBytes;
        m_lastMs = atMs;
        return;
    }
    const qint64 elapsed = atMs - m_lastMs;
    if (elapsed <= 0)
        return; // two samples at once say nothing about speed
    const double instant = double(totalBytes - m_lastBytes) * 1000.0 / double(elapsed);
    if (!m_hasRate) {
        m_rate = instant;
        m_hasRate = true;
    } else {
        // alpha from elapsed time: two 100 ms samples weigh as much as one 200 ms sample.
        const double alpha = 1.0 - std::exp(-double(elapsed) / double(m_timeConstantMs));
        m_rate += alpha * (instant - m_rate);
    }
    m_lastBytes = totalBytes;
    m_lastMs = atMs;
}

qint64 TransferRate::secondsLeft(qint64 remainingBytes) const
{
    if (remainingBytes <= 0)
        return 0;
    if (!m_hasRate || m_rate < 1.0)
        return -1;
    return qint64(std::ceil(double(remainingBytes) / m_rate));
}

} // namespace sluice
