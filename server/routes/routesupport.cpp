#include "server/routes/routesupport.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>

#include "core/randomid.h"
#include "server/apierror.h"
#include "server/download/filepump.h"
#include "server/requestauthorizer.h"
#include "server/servercontext.h"

namespace sluice {

namespace {

QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    QByteArray joined;
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            joined += (joined.isEmpty() ? QByteArray() : QByteArrayLiteral(", ")) + value;
    }
    return joined;
}

} // namespace

bool RouteSupport::admit(const ServerContext &context, const QHttpServerRequest &request,
                         QHttpServerResponder &responder)
{
    if (auto allowed = context.authorizer.authorize(request, Access::Token); !allowed) {
        reject(responder, allowed.error());
        return false;
    }
    return true;
}

void RouteSupport::reject(QHttpServerResponder &responder, const Error &error)
{
    errorResponse(error).write(std::move(responder));
}

Result<void> RouteSupport::checkId(const QString &id, const QString &what)
{
    if (isWellFormedId(id))
        return {};
    return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a %2 id: ids are 16 letters, digits, - or _.")
                                             .arg(id.left(64), what));
}

Result<void> RouteSupport::checkParameters(const QUrlQuery &query, const QStringList &known, bool filtersToo)
{
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (known.contains(key))
            continue;
        if (filtersToo && (key == QStringLiteral("filter") || key.contains(u'.')))
            continue;
        if (known.isEmpty())
            return fail(ErrorCode::InvalidInput, tr("This request takes no parameters, but got \"%1\".").arg(key.left(64)));
        return fail(ErrorCode::InvalidInput, tr("Unknown parameter \"%1\"; this request takes %2.")
                                                 .arg(key.left(64), known.join(QStringLiteral(", "))));
    }
    return {};
}

Result<bool> RouteSupport::wantsCsv(const QUrlQuery &query, const QHttpServerRequest &request)
{
    const QStringList formats = query.allQueryItemValues(QStringLiteral("format"), QUrl::FullyDecoded);
    if (formats.size() > 1)
        return fail(ErrorCode::InvalidInput, tr("Give format once: csv or json."));
    if (!formats.isEmpty()) {
        if (formats.first() == QStringLiteral("csv"))
            return true;
        if (formats.first() == QStringLiteral("json"))
            return false;
        return fail(ErrorCode::InvalidInput, tr("format must be csv or json, not \"%1\".").arg(formats.first().left(64)));
    }
    return headerValue(request, "accept").toLower().contains("text/csv");
}

QByteArray RouteSupport::csvField(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
    if (!needsQuotes)
        return field.toUtf8();
    QString doubled = field;
    doubled.replace(u'"', QStringLiteral("\"\""));
    return '"' + doubled.toUtf8() + '"';
}

ApiReply RouteSupport::csvAttachment(const QByteArray &csv, const QString &fileName)
{
    ApiReply reply;
    reply.mimeType = QByteArrayLiteral("text/csv; charset=utf-8");
    reply.body = csv;
    reply.headers.append({ QByteArrayLiteral("Content-Disposition"), FilePump::contentDisposition(fileName) });
    return reply;
}

QJsonValue RouteSupport::time(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue RouteSupport::textOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

} // namespace sluice
