#pragma once

#include <span>

#include <QtGlobal>

namespace sluice {

/// Running mean and central moments up to the fourth (Welford / Terriberry updates, Chan et al.
/// and Pébay's pairwise merge), numerically stable in one pass and mergeable.
///
/// Skewness and kurtosis are the population estimators g1 = sqrt(n)·M3/M2^1.5 and
/// g2 = n·M4/M2² − 3 (excess). Variance is offered both ways; stddev() is the sample one.
/// Values whose moments overflow a double (e.g. 1e308 and −1e308) make isOverflowed() true;
/// the owner then reports the affected figures as unavailable rather than as inf/NaN.
class Moments final
{
public:
    /// Defined here: it runs once per value on the hot path. `x` must be finite.
    void add(double x)
    {
        if (m_count == 0) {
            // Directly: the general update would square x itself and overflow for |x| > 1e154.
            m_count = 1;
            m_mean = x;
            return;
        }
        const double n1 = double(m_count);
        ++m_count;
        const double n = double(m_count);
        const double delta = x - m_mean;
        const double deltaN = delta / n;
        const double deltaN2 = deltaN * deltaN;
        const double term1 = delta * deltaN * n1;
        m_mean += deltaN;
        m_m4 += term1 * deltaN2 * (n * n - 3 * n + 3) + 6 * deltaN2 * m_m2 - 4 * deltaN * m_m3;
        m_m3 += term1 * deltaN * (n - 2) - 3 * deltaN * m_m2;
        m_m2 += term1;
    }

    /// A block of finite values: their moments are computed in two passes and merged in, which
    /// costs a fraction of add() per value. Falls back to add() when a pass overflows.
    void addMany(std::span<const double> values);
    void merge(const Moments &other);

    qint64 count() const { return m_count; }
    double mean() const { return m_mean; }
    /// Sum of squared deviations from the mean (M2).
    double m2() const { return m_m2; }
    double populationVariance() const;
    double sampleVariance() const;  // NaN when count < 2
    double sampleStdDev() const;
    double standardErrorOfMean() const;  // s / sqrt(n)
    double coefficientOfVariation() const;  // s / |mean|; NaN when the mean is 0
    double skewness() const;  // NaN when count < 2 or all values equal
    double excessKurtosis() const;  // NaN when count < 2 or all values equal
    /// True when an intermediate result is not finite: the moments cannot be trusted.
    bool isOverflowed() const;

private:
    qint64 m_count = 0;
    double m_mean = 0.0;
    double m_m2 = 0.0;
    double m_m3 = 0.0;
    double m_m4 = 0.0;
};

} // namespace sluice
