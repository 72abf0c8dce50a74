#pragma once

#include <vector>

#include <QtGlobal>

namespace sluice {

class CountedValues;
class QuantileSketch;

/// A histogram of about kTargetBins bins with round ("nice") edges, re-binned at every snapshot
/// from the column's quantile structure (or its exactly counted values), so that it follows the
/// range as the range grows and merges exactly when the quantile structures do.
///
/// Bins are [lower, upper) except the last, which is [lower, upper]. Counts are exact while the
/// sketch is exact; otherwise each count is within 2·QuantileSketch::kRankError·total of the
/// truth (two rank estimates per bin). Infinite values are in no bin.
class Histogram final
{
public:
    static constexpr int kTargetBins = 30;

    struct Bin
    {
        double lower = 0.0;
        double upper = 0.0;
        qint64 count = 0;
    };

    /// Edges from min to max (both finite): a step of 1, 2, 2.5 or 5 times a power of ten (no
    /// 2.5 for integers, and never below 1), chosen as the smallest giving at most targetBins
    /// bins; falls back to equal-width edges when the range overflows a double.
    static std::vector<double> niceEdges(double min, double max, bool integral, int targetBins = kTargetBins);

    /// The histogram of the sketch's values between the finite min and max.
    static Histogram build(const QuantileSketch &sketch, double min, double max, bool integral,
                           int targetBins = kTargetBins);
    /// The same of values counted exactly.
    static Histogram build(const CountedValues &values, double min, double max, bool integral,
                           int targetBins = kTargetBins);

    const std::vector<Bin> &bins() const { return m_bins; }
    bool isExact() const { return m_exact; }

private:
    /// From whatever answers count(), isExact() and countsBelow().
    template <typename Values>
    static Histogram buildFrom(const Values &values, double min, double max, bool integral, int targetBins);

    std::vector<Bin> m_bins;
    bool m_exact = true;
};

} // namespace sluice
