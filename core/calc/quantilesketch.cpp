#include "core/calc/quantilesketch.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sluice {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kShrink = 2.0 / 3.0;
constexpr int kMinWidth = 8;

// Linear interpolation that cannot overflow for finite a and b (b - a could).
double between(double a, double b, double fraction)
{
    if (fraction <= 0.0 || a == b)
        return a;
    return (1.0 - fraction) * a + fraction * b;
}

// The k-th smallest (0-based) of the union of two ascending sequences given by accessors.
template <typename A, typename B>
double kthOfTwo(qsizetype k, qsizetype na, A a, qsizetype nb, B b)
{
    qsizetype lo = qMax<qsizetype>(0, k + 1 - nb);
    qsizetype hi = qMin<qsizetype>(k + 1, na);
    while (lo < hi) {
        const qsizetype i = (lo + hi) / 2;
        const qsizetype j = k + 1 - i;
        if (i < na && j > 0 && a(i) < b(j - 1))
            lo = i + 1;
        else
            hi = i;
    }
    const qsizetype j = k + 1 - lo;
    const double fromA = lo > 0 ? a(lo - 1) : -std::numeric_limits<double>::infinity();
    const double fromB = j > 0 ? b(j - 1) : -std::numeric_limits<double>::infinity();
    return qMax(fromA, fromB);
}

} // namespace

QuantileSketch::QuantileSketch(qsizetype exactBudget)
    : m_exactBudget(qMax<qsizetype>(exactBudget, 0))
{
}

quint64 QuantileSketch::nextRandom()
{
    // xorshift64: deterministic coin flips for the compactors.
    m_random ^= m_random << 13;
    m_random ^= m_random >> 7;
    m_random ^= m_random << 17;
    return m_random;
}

void QuantileSketch::updateCapacity()
{
    // Capacities shrink by 2/3 per level below the top, but never under kMinWidth (DataSketches'
    // choice: tiny levels would compact all the time for no accuracy gain).
    m_sketchCapacity = 0;
    m_levelCapacities.resize(m_levels.size());
    for (int h = 0; h < int(m_levels.size()); ++h) {
        const int depth = int(m_levels.size()) - h - 1;
        m_levelCapacities[size_t(h)] = qMax(kMinWidth, int(std::ceil(kK * std::pow(kShrink, depth))));
        m_sketchCapacity += m_levelCapacities[size_t(h)];
    }
}

void QuantileSketch::switchToSketch()
{
    m_exact = false;
    m_levels.assign(1, {});
    m_levels[0].reserve(size_t(kK) + 1);
    updateCapacity();
    std::vector<double> values;
    values.swap(m_values);
    m_sortedPrefix = 0;
    m_sketchSize = 0;
    for (const double value : values) {
        m_levels[0].push_back(value);
        if (++m_sketchSize >= m_sketchCapacity)
            compress();
    }
    m_viewDirty = true;
}

void QuantileSketch::compress()
{
    // Compact the lowest level that is over capacity, until the sketch fits again.
    while (m_sketchSize >= m_sketchCapacity) {
        bool compacted = false;
        for (int h = 0; h < int(m_levels.size()); ++h) {
            if (qsizetype(m_levels[h].size()) < levelCapacity(h))
                continue;
            if (h + 1 == int(m_levels.size())) {
                m_levels.emplace_back();
                updateCapacity();
            }
            std::vector<double> &level = m_levels[h];
            std::sort(level.begin(), level.end());
            // An odd item out stays behind, so the total weight is preserved exactly.
            const size_t pairs = level.size() / 2;
            const size_t offset = nextRandom() & 1;
            std::vector<double> &up = m_levels[h + 1];
            for (size_t p = 0; p < pairs; ++p)
                up.push_back(level[2 * p + offset]);
            const bool odd = level.size() % 2 == 1;
            const double leftover = odd ? level.back() : 0.0;
            level.clear();
            if (odd)
                level.push_back(leftover);
            m_sketchSize -= qsizetype(pairs);
            compacted = true;
            break;
        }
        if (!compacted)
            break;
    }
    m_viewDirty = true;
}

void QuantileSketch::merge(const QuantileSketch &other)
{
    Q_ASSERT(this != &other);
    if (other.m_count == 0)
        return;
    if (m_exact && other.m_exact) {
        m_values.insert(m_values.end(), other.m_values.begin(), other.m_values.end());
        m_count += other.m_count;
        if (qsizetype(m_values.size()) > m_exactBudget)
            switchToSketch();
        return;
    }
    if (m_exact)
        switchToSketch();
    m_count += other.m_count;
    if (other.m_exact) {
        for (const double value : other.m_values) {
            m_levels[0].push_back(value);
            if (++m_sketchSize >= m_sketchCapacity)
                compress();
        }
        m_viewDirty = true;
        return;
    }
    while (m_levels.size() < other.m_levels.size())
        m_levels.emplace_back();
    for (size_t h = 0; h < other.m_levels.size(); ++h) {
        m_levels[h].insert(m_levels[h].end(), other.m_levels[h].begin(), other.m_levels[h].end());
        m_sketchSize += qsizetype(other.m_levels[h].size());
    }
    updateCapacity();
    compress();
}

void QuantileSketch::sortExact() const
{
    // Keep the buffer sorted as of the last query: sort only the newcomers and merge them in.
    const auto middle = m_values.begin() + m_sortedPrefix;
    if (middle == m_values.end())
        return;
    std::sort(middle, m_values.end());
    std::inplace_merge(m_values.begin(), middle, m_values.end());
    m_sortedPrefix = qsizetype(m_values.size());
}

void QuantileSketch::buildView() const
{
    if (!m_viewDirty)
        return;
    m_view.clear();
    for (size_t h = 0; h < m_levels.size(); ++h) {
        for (const double value : m_levels[h])
            m_view.push_back(Weighted { value, qint64(1) << h });
    }
    std::sort(m_view.begin(), m_view.end(), [](const Weighted &a, const Weighted &b) { return a.value < b.value; });
    qint64 cumulative = 0;
    for (Weighted &item : m_view) {
        cumulative += item.weight;
        item.weight = cumulative;  // from here on: the weight of all items up to and including this one
    }
    m_viewDirty = false;
}

double QuantileSketch::quantile(double q) const
{
    if (m_count == 0)
        return kNaN;
    q = std::clamp(q, 0.0, 1.0);
    if (m_exact) {
        sortExact();
        const double position = q * double(m_values.size() - 1);
        const auto lower = qsizetype(std::floor(position));
        const qsizetype upper = qMin(lower + 1, qsizetype(m_values.size()) - 1);
        return between(m_values[lower], m_values[upper], position - double(lower));
    }
    buildView();
    const double target = q * double(m_view.back().weight);
    const auto it = std::lower_bound(m_view.begin(), m_view.end(), target,
                                     [](const Weighted &item, double t) { return double(item.weight) < t; });
    return it == m_view.end() ? m_view.back().value : it->value;
}

double QuantileSketch::medianAbsoluteDeviation() const
{
    if (m_count == 0)
        return kNaN;
    const double median = quantile(0.5);
    if (m_exact) {
        // Deviations below and above the median form two ascending runs of the sorted buffer, so
        // their median is a k-th-of-two-sorted-arrays search: no copy, O(log n).
        const auto &v = m_values;
        const auto n = qsizetype(v.size());
        const auto split = qsizetype(std::lower_bound(v.begin(), v.end(), median) - v.begin());
        const auto below = [&](qsizetype j) { return median - v[split - 1 - j]; };
        const auto above = [&](qsizetype j) { return v[split + j] - median; };
        const double position = 0.5 * double(n - 1);
        const auto lower = qsizetype(std::floor(position));
        const double a = kthOfTwo(lower, split, below, n - split, above);
        if (position == double(lower))
            return a;
        const double b = kthOfTwo(lower + 1, split, below, n - split, above);
        return between(a, b, position - double(lower));
    }
    buildView();
    std::vector<Weighted> deviations;
    deviations.reserve(m_view.size());
    qint64 previous = 0;
    for (const Weighted &item : m_view) {
        deviations.push_back(Weighted { std::abs(item.value - median), item.weight - previous });
        previous = item.weight;
    }
    std::sort(deviations.begin(), deviations.end(),
              [](const Weighted &a, const Weighted &b) { return a.value < b.value; });
    const double half = 0.5 * double(previous);
    qint64 cumulative = 0;
    for (const Weighted &item : deviations) {
        cumulative += item.weight;
        if (double(cumulative) >= half)
            return item.value;
    }
    return deviations.back().value;
}

std::vector<qint64> QuantileSketch::countsBelow(std::span<const double> edges) const
{
    std::vector<qint64> counts;
    counts.reserve(edges.size());
    if (m_exact) {
        sortExact();
        for (const double edge : edges)
            counts.push_back(qint64(std::lower_bound(m_values.begin(), m_values.end(), edge) - m_values.begin()));
        return counts;
    }
    buildView();
    for (const double edge : edges) {
        const auto it = std::lower_bound(m_view.begin(), m_view.end(), edge,
                                         [](const Weighted &item, double e) { return item.value < e; });
        counts.push_back(it == m_view.begin() ? 0 : std::prev(it)->weight);
    }
    return counts;
}

} // namespace sluice
