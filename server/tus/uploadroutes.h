#pragma once

#include <QCoreApplication>

namespace sluice {

struct ServerContext;
class TusService;

/// The tus 1.0.0 routes that QtHttpServer serves itself: OPTIONS /files (discovery),
/// POST /files (creation, creation-with-upload, defer-length, concatenation, deduplication),
/// HEAD /files/{id} (offset) and DELETE /files/{id} (termination). PATCH /files/{id} never
/// reaches QtHttpServer: the ConnectionGate streams it (server/gate/).
/// Every answer carries Tus-Resumable; database and file work runs on the context's pool.
class UploadRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(UploadRoutes)
public:
    /// Registers the routes on context.http. `tus` and everything in `context` must outlive
    /// the server.
    static void add(const ServerContext &context, TusService &tus);
};

} // namespace sluice
