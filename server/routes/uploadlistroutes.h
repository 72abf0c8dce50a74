#pragma once

#include <QCoreApplication>

namespace sluice {

struct ServerContext;

/// GET /api/v1/uploads: every upload the catalog holds, incomplete ones too, so a client can
/// resume or clean up. Read-only; the tus protocol itself (/files) is served elsewhere.
class UploadListRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(UploadListRoutes)
public:
    /// Registers the route on context.http; call in the server thread, before listen().
    static void add(const ServerContext &context);
};

} // namespace sluice
