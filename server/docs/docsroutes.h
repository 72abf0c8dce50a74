#pragma once

#include <QCoreApplication>

namespace sluice {

struct ServerContext;

/// Registers GET /api/v1/openapi.json (token required, like every API route) and GET /docs.
/// /docs is open on purpose: it is a static, self-contained page that holds no data; it asks
/// for the token and fetches openapi.json with it. The Host guard still applies to both.
/// Call once in the server thread; the documents are read from the resources once, here.
class DocsRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(DocsRoutes)
public:
    static void add(const ServerContext &context);
};

} // namespace sluice
