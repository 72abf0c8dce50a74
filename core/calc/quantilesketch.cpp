#include "core/calc/quantilesketch.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/calc/orderstatistics.h"

namespace sluice {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kShrink = 2.0 / 3.0;
constexpr int kMinWidth = 8;

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

void QuantileSketch::addMany(std::span<const double> values)
{
    if (!m_exact) {
        m_count += qint64(values.size());
        addToSketch(values);
        return;
    }
    m_count += qint64(values.size());
    m_values.insert(m_values.end(), values.begin(), values.end());
    if (qsizetype(m_values.size()) > m_exactBudget)
        switchToSketch();
}

void QuantileSketch::addCounted(double value, qint64 count)
{
    if (count <= 0)
        return;
    if (m_exact && qsizetype(m_values.size()) + count <= m_exactBudget) {
        m_count += count;
        m_values.insert(m_values.end(), size_t(count), value);
        return;
    }
    if (m_exact)
        switchToSketch();
    m_count += count;
    // count = sum of 2^h over its bits: one item of weight 2^h at each such level h. Items put in
    // exactly carry no error; compaction works on them as on any other.
    for (int h = 0; count > 0; ++h, count >>= 1) {
        if ((count & 1) == 0)
            continue;
        if (h >= int(m_levels.size())) {
            m_levels.resize(size_t(h) + 1);
            updateCapacity();
        }
        std::vector<double> &level = m_levels[size_t(h)];
        level.insert(std::upper_bound(level.begin(), level.end(), value), value);
        ++m_sketchSize;
    }
    m_viewDirty = true;
    if (m_sketchSize >= m_sketchCapacity)
        compress();
}

void QuantileSketch::addToSketch(std::span<const double> values)
{
    // A block at a time: sorted once and merged into level 0, then compacted as far as needed.
    // Level 0 may run over its capacity by one block before that; KLL's bound holds for any
    // compaction schedule that compacts a level only when it is over capacity.
    m_viewDirty = true;
    m_run.assign(values.begin(), values.end());
    m_sorter.sort(m_run);
    mergeInto(m_levels[0], m_run);
    m_sketchSize += qsizetype(values.size());
    if (m_sketchSize >= m_sketchCapacity)
        compress();
}

void QuantileSketch::mergeInto(std::vector<double> &level, std::span<const double> run)
{
    m_merged.resize(level.size() + run.size());
    std::merge(level.begin(), level.end(), run.begin(), run.end(), m_merged.begin());
    level.swap(m_merged);
}

void QuantileSketch::switchToSketch()
{
    m_exact = false;
    m_levels.assign(1, {});
    updateCapacity();
    std::vector<double> values;
    values.swap(m_values);
    m_sortedPrefix = 0;
    m_sketchSize = 0;
    addToSketch(values);
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
            std::vector<double> &level = m_levels[h];  // sorted
            // An odd item out (the largest) stays behind, so the total weight is preserved exactly.
            const size_t pairs = level.size() / 2;
            const size_t offset = nextRandom() & 1;
            m_run.resize(pairs);
            for (size_t p = 0; p < pairs; ++p)
                m_run[p] = level[2 * p + offset];
            const bool odd = level.size() % 2 == 1;
            const double leftover = odd ? level.back() : 0.0;
            level.clear();
            if (odd)
                level.push_back(leftover);
            mergeInto(m_levels[h + 1], m_run);
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
        addToSketch(other.m_values);
        return;
    }
    while (m_levels.size() < other.m_levels.size())
        m_levels.emplace_back();
    for (size_t h = 0; h < other.m_levels.size(); ++h) {
        mergeInto(m_levels[h], other.m_levels[h]);
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
    m_sorter.sort(std::span<double>(middle, m_values.end()));
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
        return orderstatistics::quantile(qsizetype(m_values.size()), [&](qsizetype k) { return m_values[k]; }, q);
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
        const auto &v = m_values;
        const auto split = qsizetype(std::lower_bound(v.begin(), v.end(), median) - v.begin());
        return orderstatistics::medianAbsoluteDeviation(qsizetype(v.size()), [&](qsizetype k) { return v[k]; },
                                                        split, median);
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
