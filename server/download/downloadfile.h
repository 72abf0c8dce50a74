#pragma once

#include <QByteArray>
#include <QString>

namespace sluice {

/// A local file to offer for download, and how to present it. Plain data.
struct DownloadFile
{
    QString path;          // on this machine, chosen by the server (never a client's text)
    QString downloadName;  // what the client should call it (Content-Disposition); any characters
    QByteArray contentType = QByteArrayLiteral("application/octet-stream");
    /// The entity tag without quotes, e.g. the file's SHA-256 in hex. Empty (or holding
    /// characters an ETag may not) means one made from the file's size and modification time.
    QByteArray etag;
};

} // namespace sluice
