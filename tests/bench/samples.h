#pragma once

#include <vector>

#include <QString>

namespace sluice::bench {

/// The median of `values`; 0 for none.
double median(std::vector<double> values);

/// `values` with `decimals` decimals, separated by spaces: each run's figure next to the median.
QString joined(const std::vector<double> &values, int decimals);

} // namespace sluice::bench
