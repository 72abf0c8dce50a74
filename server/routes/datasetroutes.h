#pragma once

#include <QCoreApplication>

namespace sluice {

struct ServerContext;

/// /api/v1/datasets: list, detail, rename (PATCH), delete, and per dataset its rows, series,
/// groups (core/query), profile (stored statistics) and rejected rows (JSON or CSV).
/// Every handler checks the token, then the id's shape, then answers from the pool with the
/// pool thread's own connection (ThreadConnection); nothing touches the database on the
/// server thread.
class DatasetRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetRoutes)
public:
    /// Registers the routes on context.http; call in the server thread, before listen().
    static void add(const ServerContext &context);
};

} // namespace sluice
