#pragma once

#include <span>
#include <utility>
#include <vector>

#include <QtGlobal>

namespace sluice {

/// Exact quantiles, MAD and rank counts of a multiset given as its distinct values with their
/// counts: what a number column's ValueDictionary knows, at any number of rows and in memory of
/// the distinct values only. The figures are those QuantileSketch gives in its exact mode for the
/// same values (the same interpolation), so it answers the same questions the same way.
class CountedValues final
{
public:
    /// Values (no NaN) with their counts (> 0), in any order.
    explicit CountedValues(std::vector<std::pair<double, qint64>> items);

    qint64 count() const { return m_ends.empty() ? 0 : m_ends.back(); }
    bool isExact() const { return true; }
    /// The q-quantile, q in [0, 1]; NaN when empty.
    double quantile(double q) const;
    /// Median absolute deviation from the median (unscaled); NaN when empty.
    double medianAbsoluteDeviation() const;
    /// For each edge (ascending), how many values are < edge.
    std::vector<qint64> countsBelow(std::span<const double> edges) const;

private:
    /// The k-th smallest value (0-based) of the multiset.
    double at(qsizetype k) const;

    std::vector<double> m_values;  // ascending
    std::vector<qint64> m_ends;  // m_values[i] holds ranks [m_ends[i - 1], m_ends[i])
};

} // namespace sluice
