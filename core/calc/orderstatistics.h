#pragma once

#include <cmath>
#include <limits>

#include <QtGlobal>

namespace sluice::orderstatistics {

// Exact figures of an ascending sequence of n values read through at(k), the k-th smallest
// (0-based): shared by QuantileSketch's exact mode (a sorted buffer) and CountedValues (distinct
// values with counts), so both give the same answer for the same values. Templates, so defined here.

/// Linear interpolation that cannot overflow for finite a and b (b - a could).
inline double between(double a, double b, double fraction)
{
    if (fraction <= 0.0 || a == b)
        return a;
    return (1.0 - fraction) * a + fraction * b;
}

/// The q-quantile, interpolating linearly between order statistics (Hyndman–Fan type 7, numpy's
/// default); n > 0, q in [0, 1].
template <typename At>
double quantile(qsizetype n, At at, double q)
{
    const double position = q * double(n - 1);
    const auto lower = qsizetype(std::floor(position));
    const qsizetype upper = qMin(lower + 1, n - 1);
    return between(at(lower), at(upper), position - double(lower));
}

/// The k-th smallest (0-based) of the union of two ascending sequences given by accessors.
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

/// The median absolute deviation from `median`, of which `split` values are below it. The
/// deviations below and above the median form two ascending runs, so their median is a
/// k-th-of-two-sorted-sequences search: no copy, O(log n) reads.
template <typename At>
double medianAbsoluteDeviation(qsizetype n, At at, qsizetype split, double median)
{
    const auto below = [&](qsizetype j) { return median - at(split - 1 - j); };
    const auto above = [&](qsizetype j) { return at(split + j) - median; };
    const double position = 0.5 * double(n - 1);
    const auto lower = qsizetype(std::floor(position));
    const double a = kthOfTwo(lower, split, below, n - split, above);
    if (position == double(lower))
        return a;
    const double b = kthOfTwo(lower + 1, split, below, n - split, above);
    return between(a, b, position - double(lower));
}

} // namespace sluice::orderstatistics
