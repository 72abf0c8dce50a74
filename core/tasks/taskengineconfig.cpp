#include "core/tasks/taskengineconfig.h"

#include <algorithm>

#include <QThread>

namespace sluice {

int TaskEngineConfig::effectiveWorkerCount() const
{
    if (workerCount > 0)
        return workerCount;
    return std::max(1, QThread::idealThreadCount() - 1);
}

} // namespace sluice
