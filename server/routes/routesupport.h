#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
#include <QUrlQuery>

#include "core/error.h"
#include "server/apireply.h"

class QHttpServerRequest;
class QHttpServerResponder;

namespace sluice {

struct ServerContext;

/// What the route groups share: the token check, validation of ids and parameters, and the
/// JSON and CSV shapes common to several answers. Stateless; any thread.
class RouteSupport final
{
    Q_DECLARE_TR_FUNCTIONS(RouteSupport)
public:
    /// Checks the Host header and the token; on failure answers the request (401/421/400) and
    /// returns false, after which the caller must not touch the responder.
    static bool admit(const ServerContext &context, const QHttpServerRequest &request,
                      QHttpServerResponder &responder);
    /// Answers with the JSON error for `error`.
    static void reject(QHttpServerResponder &responder, const Error &error);

    /// InvalidInput unless `id` has the shape of our ids (so no client text reaches a query or
    /// a path unchecked); `what` names the kind of id, e.g. "dataset".
    [[nodiscard]] static Result<void> checkId(const QString &id, const QString &what);
    /// InvalidInput naming the first parameter of `query` that is neither in `known` nor, when
    /// `filtersToo`, a row filter (filter=... or a dotted name such as from.day, which the
    /// filter parser itself validates).
    [[nodiscard]] static Result<void> checkParameters(const QUrlQuery &query, const QStringList &known,
                                                      bool filtersToo = false);

    /// Whether a list should be CSV: format=csv|json decides; without it, an Accept header
    /// naming text/csv. InvalidInput for another format.
    [[nodiscard]] static Result<bool> wantsCsv(const QUrlQuery &query, const QHttpServerRequest &request);
    /// One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line end or
    /// an edge space, with quotes doubled.
    static QByteArray csvField(const QString &field);
    /// A CSV body to save: text/csv; charset=utf-8 with Content-Disposition attachment.
    static ApiReply csvAttachment(const QByteArray &csv, const QString &fileName);

    /// ISO 8601 UTC with milliseconds, or null.
    static QJsonValue time(const QDateTime &time);
    /// Text as stored, or null when NULL.
    static QJsonValue textOrNull(const QVariant &value);
};

} // namespace sluice
