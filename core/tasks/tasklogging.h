#pragma once

#include <QLoggingCategory>

// The task engine's and the export's categories (STYLE.md, Logging); core/logging.h holds the
// other areas of core/. Never log row values or parameters that may hold paths of users' files.
Q_DECLARE_LOGGING_CATEGORY(lcTasks)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
