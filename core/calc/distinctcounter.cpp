#include "core/calc/distinctcounter.h"

#include <array>
#include <cmath>
#include <limits>

namespace sluice {

namespace {

constexpr int kInitialSetSize = 16;
constexpr int kMaxRank = 64 - DistinctCounter::kPrecision + 1;

// Ertl, "New cardinality estimation algorithms for HyperLogLog sketches" (2017), section 4.
double sigma(double x)
{
    if (x == 1.0)
        return std::numeric_limits<double>::infinity();
    double y = 1.0;
    double z = x;
    for (;;) {
        x *= x;
        const double previous = z;
        z += x * y;
        y += y;
        if (z == previous)
            return z;
    }
}

double tau(double x)
{
    if (x == 0.0 || x == 1.0)
        return 0.0;
    double y = 1.0;
    double z = 1.0 - x;
    for (;;) {
        x = std::sqrt(x);
        const double previous = z;
        y *= 0.5;
        z -= (1.0 - x) * (1.0 - x) * y;
        if (z == previous)
            return z / 3.0;
    }
}

} // namespace

DistinctCounter::DistinctCounter()
    : m_set(kInitialSetSize, 0)
    , m_mask(kInitialSetSize - 1)
{
}

void DistinctCounter::growSet()
{
    if (m_setSize > kExactLimit) {
        switchToSketch();
        return;
    }
    std::vector<quint64> old(m_set.size() * 2, 0);
    old.swap(m_set);
    m_mask = m_set.size() - 1;
    for (const quint64 hash : old) {
        if (hash == 0)
            continue;
        quint64 slot = hash & m_mask;
        while (m_set[slot] != 0)
            slot = (slot + 1) & m_mask;
        m_set[slot] = hash;
    }
}

void DistinctCounter::switchToSketch()
{
    m_registers.assign(kRegisterCount, 0);
    for (const quint64 hash : m_set) {
        if (hash != 0)
            addToSketch(hash);
    }
    std::vector<quint64>().swap(m_set);
    m_setSize = 0;
    m_mask = 0;
}

void DistinctCounter::merge(const DistinctCounter &other)
{
    if (other.isExact()) {
        for (const quint64 hash : other.m_set) {
            if (hash != 0)
                add(hash);
        }
        return;
    }
    if (isExact())
        switchToSketch();
    for (int i = 0; i < kRegisterCount; ++i)
        m_registers[i] = qMax(m_registers[i], other.m_registers[i]);
}

qint64 DistinctCounter::count() const
{
    if (isExact())
        return m_setSize;
    return qint64(std::llround(estimate()));
}

double DistinctCounter::estimate() const
{
    std::array<int, kMaxRank + 1> histogram {};
    for (const quint8 rank : m_registers)
        ++histogram[rank];
    const double m = kRegisterCount;
    double z = m * tau(1.0 - histogram[kMaxRank] / m);
    for (int k = kMaxRank - 1; k >= 1; --k)
        z = 0.5 * (z + histogram[k]);
    z += m * sigma(histogram[0] / m);
    constexpr double kAlphaInfinity = 0.7213475204444817;  // 1 / (2 ln 2)
    return kAlphaInfinity * m * m / z;
}

} // namespace sluice
