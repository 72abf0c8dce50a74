#pragma once

#include <QCoreApplication>

namespace sluice {

struct ServerContext;
class TaskEngine;

/// /api/v1/tasks: list (filter by state and type), start an export, detail, cancel, remove,
/// and download a finished task's result (Range, ETag). The engine lives in the server thread
/// and its calls are short catalog statements, so these routes answer inline.
class TaskRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(TaskRoutes)
public:
    /// `engine` must outlive the server's routes.
    static void add(const ServerContext &context, TaskEngine &engine);
};

} // namespace sluice
