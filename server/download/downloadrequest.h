#pragma once

#include <QByteArray>

class QHttpServerRequest;

namespace sluice {

/// What a download needs to know of its request: the method and the conditional and range
/// headers. Plain data, so a route can look something up on the pool first and serve the file
/// later, after QtHttpServer has destroyed the request (it lives only during the handler).
struct DownloadRequest
{
    bool headOnly = false;    // HEAD: the same headers as GET, no body
    QByteArray range;         // Range, empty when absent
    QByteArray ifRange;       // If-Range
    QByteArray ifNoneMatch;   // If-None-Match, repeated headers joined with ", "

    static DownloadRequest from(const QHttpServerRequest &request);
};

} // namespace sluice
