#include "server/download/downloadrequest.h"

#include <QHttpServerRequest>

namespace sluice {

namespace {

// Every value of header `name`, joined as a list (RFC 9110, 5.3); header names ignore case.
QByteArray joinedHeader(const QHttpServerRequest &request, QByteArrayView name)
{
    QByteArray joined;
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!joined.isEmpty())
            joined += ", ";
        joined += value.trimmed();
    }
    return joined;
}

} // namespace

DownloadRequest DownloadRequest::from(const QHttpServerRequest &request)
{
    DownloadRequest download;
    download.headOnly = request.method() == QHttpServerRequest::Method::Head;
    // Two Range headers join into "a, b", a multi-range, which is answered with the whole file.
    download.range = joinedHeader(request, "range");
    download.ifRange = joinedHeader(request, "if-range");
    download.ifNoneMatch = joinedHeader(request, "if-none-match");
    return download;
}

} // namespace sluice
