#include "core/calc/histogram.h"

#include <cmath>
#include <limits>

#include "core/calc/countedvalues.h"
#include "core/calc/quantilesketch.h"

namespace sluice {

namespace {

// Step = multiple × 10^exponent; edges are computed from integers so they print as round decimals.
double edgeAt(qint64 index, double multiple, int exponent)
{
    const double scaled = double(index) * multiple;
    return exponent >= 0 ? scaled * std::pow(10.0, exponent) : scaled / std::pow(10.0, -exponent);
}

std::vector<double> equalWidthEdges(double min, double max, int bins)
{
    std::vector<double> edges;
    for (int i = 0; i <= bins; ++i) {
        const double t = double(i) / bins;
        edges.push_back((1.0 - t) * min + t * max);  // no max − min: it may overflow
    }
    return edges;
}

} // namespace

std::vector<double> Histogram::niceEdges(double min, double max, bool integral, int targetBins)
{
    targetBins = qMax(targetBins, 1);
    if (!(min < max))
        return { min, max };
    const double range = max - min;
    if (!std::isfinite(range))
        return equalWidthEdges(min, max, targetBins);
    const double raw = range / targetBins;
    int exponent = int(std::floor(std::log10(raw)));
    double multiple = 10.0;
    const double residual = raw / std::pow(10.0, exponent);
    for (const double candidate : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (integral && candidate == 2.5 && exponent <= 0)
            continue;
        // A hair of tolerance: residual is computed and may sit just above a round number.
        if (candidate >= residual * (1.0 - 1e-12)) {
            multiple = candidate;
            break;
        }
    }
    if (integral && exponent < 0) {
        exponent = 0;
        multiple = 1.0;
    }
    const double step = edgeAt(1, multiple, exponent);
    const auto first = qint64(std::floor(min / step));
    auto last = qint64(std::ceil(max / step));
    if (last <= first)
        last = first + 1;
    if (last - first > 4 * qint64(targetBins))  // rounding trouble at the ends of the double range
        return equalWidthEdges(min, max, targetBins);
    std::vector<double> edges;
    for (qint64 i = first; i <= last; ++i)
        edges.push_back(edgeAt(i, multiple, exponent));
    return edges;
}

template <typename Values>
Histogram Histogram::buildFrom(const Values &values, double min, double max, bool integral, int targetBins)
{
    Histogram histogram;
    histogram.m_exact = values.isExact();
    if (values.count() == 0 || !std::isfinite(min) || !std::isfinite(max))
        return histogram;
    std::vector<double> edges = niceEdges(min, max, integral, targetBins);
    // Below-counts at every edge, plus one just above the last edge so that the last bin is closed.
    std::vector<double> probes = edges;
    probes.push_back(std::nextafter(edges.back(), std::numeric_limits<double>::infinity()));
    const std::vector<qint64> below = values.countsBelow(probes);
    const size_t binCount = edges.size() > 1 ? edges.size() - 1 : 1;
    for (size_t i = 0; i < binCount; ++i) {
        const bool lastBin = i + 1 == binCount;
        const qint64 upperCount = lastBin ? below.back() : below[i + 1];
        histogram.m_bins.push_back(Bin { edges[i], edges.size() > 1 ? edges[i + 1] : edges[i], upperCount - below[i] });
    }
    return histogram;
}

Histogram Histogram::build(const QuantileSketch &sketch, double min, double max, bool integral, int targetBins)
{
    return buildFrom(sketch, min, max, integral, targetBins);
}

Histogram Histogram::build(const CountedValues &values, double min, double max, bool integral, int targetBins)
{
    return buildFrom(values, min, max, integral, targetBins);
}

} // namespace sluice
