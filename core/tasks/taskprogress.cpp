#include "core/tasks/taskprogress.h"

#include <algorithm>

namespace sluice {

double TaskProgress::effectiveFraction() const
{
    double value = 0;
    if (fraction >= 0)
        value = fraction;
    else if (rowsTotal > 0)
        value = double(rowsDone) / double(rowsTotal);
    else if (bytesTotal > 0)
        value = double(bytesDone) / double(bytesTotal);
    return std::clamp(value, 0.0, 1.0);
}

} // namespace sluice
