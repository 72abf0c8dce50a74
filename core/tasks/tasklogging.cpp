#include "core/tasks/tasklogging.h"

Q_LOGGING_CATEGORY(lcTasks, "sluice.core.tasks")
Q_LOGGING_CATEGORY(lcExport, "sluice.core.export")
