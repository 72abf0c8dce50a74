#pragma once

#include <QCoreApplication>

namespace sluice {

struct ServerContext;

/// /api/v1/teams: the teams reference table (sorted, searched), one team, and the rows a teams
/// import rejected (JSON pages or CSV). Token first, then the parameters, then the pool with
/// the pool thread's own connection.
class TeamRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoutes)
public:
    /// Registers the routes on context.http; call in the server thread, before listen().
    static void add(const ServerContext &context);
};

} // namespace sluice
