#include "server/tus/uploadroutes.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QPointer>

#include "core/uploads/uploadchunk.h"
#include "core/uploads/uploadcatalog.h"
#include "server/deferredreply.h"
#include "server/requestauthorizer.h"
#include "server/servercontext.h"
#include "server/tus/tusheaders.h"
#include "server/tus/tusservice.h"

namespace sluice {

namespace {

using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasHeader(const QHttpServerRequest &request, QByteArrayView name)
{
    const auto headers = request.headers();
    return std::any_of(headers.begin(), headers.end(),
        [name](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

ApiReply tusError(const Error &error, std::optional<Status> status = std::nullopt)
{
    ApiReply reply = ApiReply::error(error);
    if (status)
        reply.status = *status;
    TusHeaders::addResumable(reply);
    return reply;
}

void send(const ApiReply &reply, QHttpServerResponder &&responder)
{
    reply.toResponse().write(std::move(responder));
}

// Host and token, then Tus-Resumable: the answer when the request may not go on.
std::optional<ApiReply> refuse(const ServerContext &context, const QHttpServerRequest &request, bool needsVersion)
{
    if (auto allowed = context.authorizer.authorize(request, Access::Token); !allowed)
        return tusError(allowed.error());
    if (needsVersion) {
        if (auto version = TusHeaders::checkResumable(headerValue(request, "tus-resumable")); !version)
            return TusHeaders::versionMismatch(version.error());
    }
    return std::nullopt;
}

ApiReply createdReply(const UploadInfo &upload)
{
    ApiReply reply = ApiReply::json(upload.toJson(), Status::Created);
    reply.headers.append({ QByteArrayLiteral("Location"), QByteArrayLiteral("/files/") + upload.id.toLatin1() });
    reply.headers.append({ QByteArrayLiteral("Upload-Offset"), QByteArray::number(upload.offset) });
    if (upload.expiresAt.isValid() && !upload.isFinished())
        reply.headers.append({ QByteArrayLiteral("Upload-Expires"), TusHeaders::httpDate(upload.expiresAt) });
    TusHeaders::addResumable(reply);
    return reply;
}

// What POST /files asked for, read in the server thread; the work happens on the pool.
struct Creation
{
    QHash<QString, QByteArray> metadata;
    QByteArray concat;
    QByteArray length;
    bool deferLength = false;
    bool hasLength = false;
    QByteArray checksum;
    QByteArray contentType;
    QByteArray body;
};

ApiReply create(TusService &tus, const Creation &request)
{
    UploadCatalog &store = tus.store();
    const bool partial = request.concat.trimmed() == "partial";
    const bool final = !partial && !request.concat.isEmpty();
    auto declared = TusHeaders::newUpload(request.metadata);
    if (!declared)
        return tusError(declared.error());
    NewUpload upload = *declared;
    if (partial)
        upload.kind = QString(kPartialUploadKind);

    if (final) {
        auto parts = TusHeaders::parseFinalConcat(request.concat);
        if (!parts)
            return tusError(parts.error());
        qint64 total = 0;
        for (const QString &part : std::as_const(*parts)) {
            auto found = store.find(part);
            if (!found)
                return tusError(found.error());
            total += qMax<qint64>(found->length, 0);
        }
        if (total > store.config().maxUploadBytes)
            return tusError(Error { ErrorCode::TooLarge,
                UploadRoutes::tr("The parts add up to %1 bytes; this server "
                                 "takes at most %2 bytes.")
                    .arg(total)
                    .arg(store.config().maxUploadBytes) });
        if (auto space = store.checkFreeSpace(total); !space)
            return tusError(space.error(), Status::InsufficientStorage);
        auto whole = store.concatenate(upload, *parts);
        if (!whole)
            return tusError(whole.error());
        tus.notifyCreated(*whole);
        tus.notifyAdvanced(*whole);
        return createdReply(*whole);
    }

    if (request.hasLength == request.deferLength)
        return tusError(Error { ErrorCode::InvalidInput,
            UploadRoutes::tr("Creating an upload needs either "
                             "Upload-Length or Upload-Defer-Length: 1.") });
    if (request.hasLength) {
        auto length = TusHeaders::parseCount(request.length, "Upload-Length");
        if (!length)
            return tusError(length.error());
        upload.length = *length;
    }
    if (upload.length > store.config().maxUploadBytes)
        return tusError(Error { ErrorCode::TooLarge,
            UploadRoutes::tr("The upload is %1 bytes; this server takes at "
                             "most %2 bytes.")
                .arg(upload.length)
                .arg(store.config().maxUploadBytes) });

    // Deduplication: the same bytes, already here, need not travel again.
    if (!partial && !upload.sha256.isEmpty()) {
        auto existing = store.findComplete(upload.sha256, upload.kind);
        if (!existing)
            return tusError(existing.error());
        if (*existing && (upload.length < 0 || upload.length == (*existing)->length))
            return createdReply(**existing);
    }

    if (upload.length > 0) {
        if (auto space = store.checkFreeSpace(upload.length); !space)
            return tusError(space.error(), Status::InsufficientStorage);
    }
    std::optional<TusChecksum> checksum;
    if (!request.body.isEmpty()) {
        if (request.contentType.trimmed().compare(TusHeaders::kOctetStream, Qt::CaseInsensitive) != 0)
            return tusError(Error { ErrorCode::Unsupported,
                UploadRoutes::tr("Data sent with the creation must be "
                                 "application/offset+octet-stream.") });
        auto parsed = TusHeaders::parseChecksum(request.checksum);
        if (!parsed)
            return tusError(parsed.error());
        checksum = *parsed;
        if (upload.length >= 0 && request.body.size() > upload.length)
            return tusError(Error { ErrorCode::TooLarge, UploadRoutes::tr("The body is longer than the upload.") });
        // QtHttpServer cannot send tus's 460 here, so a bad checksum refuses the creation itself.
        if (checksum && QCryptographicHash::hash(request.body, checksum->algorithm) != checksum->digest)
            return tusError(Error { ErrorCode::InvalidInput,
                UploadRoutes::tr("The data does not match its "
                                 "Upload-Checksum.") });
    }
    auto created = store.create(upload);
    if (!created)
        return tusError(created.error());
    tus.notifyCreated(*created);
    UploadInfo info = *created;
    if (!request.body.isEmpty()) {
        auto appended = store.append(info.id, 0, request.body);
        if (!appended)
            return tusError(appended.error());
        info = *appended;
        tus.notifyAdvanced(info);
    } else if (info.length == 0) {
        // Nothing to send: an empty upload is complete at once.
        auto completed = store.setLength(info.id, 0);
        if (completed && completed->state != UploadState::Complete) {
            auto chunk = store.append(info.id, 0, QByteArrayView());
            if (chunk)
                completed = chunk;
        }
        if (!completed)
            return tusError(completed.error());
        info = *completed;
        tus.notifyAdvanced(info);
    }
    if (info.state == UploadState::Failed)
        return tusError(Error { ErrorCode::InvalidInput, info.error });
    return createdReply(info);
}

ApiReply head(UploadCatalog &store, const QString &id)
{
    auto upload = store.find(id);
    if (!upload)
        return tusError(upload.error());
    if (upload->state == UploadState::Terminated)
        return tusError(Error { ErrorCode::NotFound, UploadRoutes::tr("The upload %1 was terminated.").arg(id) });
    ApiReply reply { Status::Ok, QByteArray(), QByteArray(), {} };
    reply.headers.append({ QByteArrayLiteral("Upload-Offset"), QByteArray::number(upload->offset) });
    if (upload->isLengthDeferred())
        reply.headers.append({ QByteArrayLiteral("Upload-Defer-Length"), QByteArrayLiteral("1") });
    else
        reply.headers.append({ QByteArrayLiteral("Upload-Length"), QByteArray::number(upload->length) });
    if (const QByteArray metadata = TusHeaders::formatMetadata(*upload); !metadata.isEmpty())
        reply.headers.append({ QByteArrayLiteral("Upload-Metadata"), metadata });
    if (upload->isPartial())
        reply.headers.append({ QByteArrayLiteral("Upload-Concat"), QByteArrayLiteral("partial") });
    if (upload->expiresAt.isValid() && !upload->isFinished())
        reply.headers.append({ QByteArrayLiteral("Upload-Expires"), TusHeaders::httpDate(upload->expiresAt) });
    reply.headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") });
    TusHeaders::addResumable(reply);
    return reply;
}

} // namespace

void UploadRoutes::add(const ServerContext &context, TusService &tus)
{
    QHttpServer &http = context.http;
    // A copy: the caller's context may be a local; its members refer to server-lifetime objects.
    const ServerContext ctx = context;
    TusService *service = &tus;

    http.route(QStringLiteral("/files"), Method::Options, [ctx, service](const QHttpServerRequest &request) {
        if (auto refused = refuse(ctx, request, false))
            return refused->toResponse();
        ApiReply reply { Status::NoContent, QByteArray(), QByteArray(), {} };
        reply.headers.append({ QByteArrayLiteral("Tus-Version"), TusHeaders::kVersion.toByteArray() });
        reply.headers.append({ QByteArrayLiteral("Tus-Extension"), TusHeaders::kExtensions.toByteArray() });
        reply.headers.append(
            { QByteArrayLiteral("Tus-Max-Size"), QByteArray::number(service->store().config().maxUploadBytes) });
        reply.headers.append(
            { QByteArrayLiteral("Tus-Checksum-Algorithm"), TusHeaders::kChecksumAlgorithms.toByteArray() });
        TusHeaders::addResumable(reply);
        return reply.toResponse();
    });

    http.route(QStringLiteral("/files"), Method::Post,
        [ctx, service](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (auto refused = refuse(ctx, request, true))
                return send(*refused, std::move(responder));
            auto metadata = TusHeaders::parseMetadata(headerValue(request, "upload-metadata"));
            if (!metadata)
                return send(tusError(metadata.error()), std::move(responder));
            const QByteArray defer = headerValue(request, "upload-defer-length").trimmed();
            if (!defer.isEmpty() && defer != "1")
                return send(tusError(Error { ErrorCode::InvalidInput, tr("Upload-Defer-Length must be 1.") }),
                    std::move(responder));
            Creation creation { *metadata, headerValue(request, "upload-concat"), headerValue(request, "upload-length"),
                defer == "1", hasHeader(request, "upload-length"), headerValue(request, "upload-checksum"),
                headerValue(request, "content-type"), request.body() };
            replyLater(std::move(responder), ctx.owner, ctx.pool,
                [service, creation] { return create(*service, creation); });
        });

    http.route(QStringLiteral("/files/<arg>"), Method::Head,
        [ctx, service](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (auto refused = refuse(ctx, request, true))
                return send(*refused, std::move(responder));
            replyLater(
                std::move(responder), ctx.owner, ctx.pool, [service, id] { return head(service->store(), id); });
        });

    http.route(QStringLiteral("/files/<arg>"), Method::Delete,
        [ctx, service](const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (auto refused = refuse(ctx, request, true))
                return send(*refused, std::move(responder));
            replyLater(std::move(responder), ctx.owner, ctx.pool, [service, id] {
                if (auto terminated = service->store().terminate(id); !terminated)
                    return tusError(terminated.error());
                ApiReply reply { Status::NoContent, QByteArray(), QByteArray(), {} };
                TusHeaders::addResumable(reply);
                return reply;
            });
        });
}

} // namespace sluice
