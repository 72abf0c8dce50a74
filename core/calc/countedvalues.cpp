#include "core/calc/countedvalues.h"

#include <algorithm>
#include <limits>

#include "core/calc/orderstatistics.h"

namespace sluice {

CountedValues::CountedValues(std::vector<std::pair<double, qint64>> items)
{
    std::sort(items.begin(), items.end());
    m_values.reserve(items.size());
    m_ends.reserve(items.size());
    qint64 end = 0;
    for (const auto &[value, count] : items) {
        end += count;
        m_values.push_back(value);
        m_ends.push_back(end);
    }
}

double CountedValues::at(qsizetype k) const
{
    const auto it = std::upper_bound(m_ends.begin(), m_ends.end(), qint64(k));
    return m_values[size_t(it - m_ends.begin())];
}

double CountedValues::quantile(double q) const
{
    if (count() == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return orderstatistics::quantile(count(), [&](qsizetype k) { return at(k); }, std::clamp(q, 0.0, 1.0));
}

double CountedValues::medianAbsoluteDeviation() const
{
    if (count() == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double median = quantile(0.5);
    return orderstatistics::medianAbsoluteDeviation(count(), [&](qsizetype k) { return at(k); },
                                                    countsBelow(std::span<const double>(&median, 1)).front(), median);
}

std::vector<qint64> CountedValues::countsBelow(std::span<const double> edges) const
{
    std::vector<qint64> counts;
    counts.reserve(edges.size());
    for (const double edge : edges) {
        const auto below = size_t(std::lower_bound(m_values.begin(), m_values.end(), edge) - m_values.begin());
        counts.push_back(below == 0 ? 0 : m_ends[below - 1]);
    }
    return counts;
}

} // namespace sluice
