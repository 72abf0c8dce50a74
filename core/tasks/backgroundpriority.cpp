#include "core/tasks/backgroundpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace sluice {

bool BackgroundPriority::applyToCurrentThread()
{
#ifdef Q_OS_LINUX
    // PRIO_PROCESS with a thread id sets that one thread's niceness (Linux keeps it per thread).
    return ::setpriority(PRIO_PROCESS, id_t(::gettid()), kNiceness) == 0;
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
    return QThread::currentThread()->priority() == QThread::LowPriority;
#endif
}

} // namespace sluice
