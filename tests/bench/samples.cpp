#include "bench/samples.h"

#include <algorithm>

#include <QStringList>

namespace sluice::bench {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

QString joined(const std::vector<double> &values, int decimals)
{
    QStringList parts;
    for (double value : values)
        parts << QString::number(value, 'f', decimals);
    return parts.join(u' ');
}

} // namespace sluice::bench
