#include "core/calc/moments.h"

#include <cmath>
#include <limits>

namespace sluice {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

void Moments::addMany(std::span<const double> values)
{
    if (values.size() < 2) {
        for (const double x : values)
            add(x);
        return;
    }
    double sum = 0.0;
    for (const double x : values)
        sum += x;
    const double n = double(values.size());
    Moments block;
    block.m_count = qint64(values.size());
    block.m_mean = sum / n;
    for (const double x : values) {
        const double d = x - block.m_mean;
        const double d2 = d * d;
        block.m_m2 += d2;
        block.m_m3 += d2 * d;
        block.m_m4 += d2 * d2;
    }
    if (block.isOverflowed()) {
        // Huge values: add() keeps a finite running mean where the block's sum or powers overflow.
        for (const double x : values)
            add(x);
        return;
    }
    merge(block);
}

void Moments::merge(const Moments &other)
{
    if (other.m_count == 0)
        return;
    if (m_count == 0) {
        *this = other;
        return;
    }
    const double na = double(m_count);
    const double nb = double(other.m_count);
    const double n = na + nb;
    const double delta = other.m_mean - m_mean;
    const double delta2 = delta * delta;
    const double delta3 = delta2 * delta;
    const double delta4 = delta2 * delta2;

    const double m2 = m_m2 + other.m_m2 + delta2 * na * nb / n;
    const double m3 = m_m3 + other.m_m3 + delta3 * na * nb * (na - nb) / (n * n)
        + 3.0 * delta * (na * other.m_m2 - nb * m_m2) / n;
    const double m4 = m_m4 + other.m_m4 + delta4 * na * nb * (na * na - na * nb + nb * nb) / (n * n * n)
        + 6.0 * delta2 * (na * na * other.m_m2 + nb * nb * m_m2) / (n * n)
        + 4.0 * delta * (na * other.m_m3 - nb * m_m3) / n;

    m_mean = m_mean + delta * (nb / n);
    m_m2 = m2;
    m_m3 = m3;
    m_m4 = m4;
    m_count += other.m_count;
}

double Moments::populationVariance() const
{
    return m_count > 0 ? m_m2 / double(m_count) : kNaN;
}

double Moments::sampleVariance() const
{
    return m_count > 1 ? m_m2 / double(m_count - 1) : kNaN;
}

double Moments::sampleStdDev() const
{
    return std::sqrt(sampleVariance());
}

double Moments::standardErrorOfMean() const
{
    return m_count > 1 ? sampleStdDev() / std::sqrt(double(m_count)) : kNaN;
}

double Moments::coefficientOfVariation() const
{
    return m_count > 1 && m_mean != 0.0 ? sampleStdDev() / std::abs(m_mean) : kNaN;
}

double Moments::skewness() const
{
    if (m_count < 2 || m_m2 <= 0.0)
        return kNaN;
    return std::sqrt(double(m_count)) * m_m3 / std::pow(m_m2, 1.5);
}

double Moments::excessKurtosis() const
{
    if (m_count < 2 || m_m2 <= 0.0)
        return kNaN;
    return double(m_count) * m_m4 / (m_m2 * m_m2) - 3.0;
}

bool Moments::isOverflowed() const
{
    return !std::isfinite(m_mean) || !std::isfinite(m_m2) || !std::isfinite(m_m3) || !std::isfinite(m_m4);
}

} // namespace sluice
