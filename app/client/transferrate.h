#pragma once

#include <QtGlobal>

namespace sluice {

/// Speed and time left of a transfer, smoothed with an exponential moving average whose
/// weight follows the time between samples, so irregular samples (a chunk's answer, a pause
/// between chunks) neither make the ETA jump nor depend on how often progress is sampled.
/// Plain value; any thread.
class TransferRate final
{
public:
    /// `timeConstantMs`: how long a change of speed takes to show by about 63%.
    explicit TransferRate(qint64 timeConstantMs = 3000);

    /// Forgets the baseline (after a pause or a phase change) but keeps the speed estimate,
    /// which is still the best guess for the link.
    void restart();
    /// Forgets everything.
    void clear();
    /// `totalBytes` done so far, observed at `atMs` (a monotonic clock in milliseconds).
    void addSample(qint64 totalBytes, qint64 atMs);

    /// Bytes per second; 0 until two samples have been seen.
    double bytesPerSecond() const { return m_rate; }
    bool hasRate() const { return m_hasRate; }
    /// Seconds left for `remainingBytes` at the smoothed speed; -1 while unknown.
    qint64 secondsLeft(qint64 remainingBytes) const;

private:
    qint64 m_timeConstantMs;
    bool m_hasBaseline = false;
    bool m_hasRate = false;
    qint64 m_lastBytes = 0;
    qint64 m_lastMs = 0;
    double m_rate = 0;
};

} // namespace sluice
