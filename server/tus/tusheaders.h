#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QStringList>

#include "core/error.h"
#include "core/uploads/uploadinfo.h"

namespace sluice {

struct ApiReply;

/// An Upload-Checksum header: the algorithm and the digest it names.
struct TusChecksum
{
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256;
    QByteArray digest; // raw bytes, decoded from base64
};

/// The header grammar of tus 1.0.0 (https://tus.io/protocols/resumable-upload): parsing what a
/// client sends and writing what every answer carries. Pure functions; any thread.
class TusHeaders final
{
    Q_DECLARE_TR_FUNCTIONS(TusHeaders)
public:
    static constexpr QByteArrayView kVersion = "1.0.0";
    static constexpr QByteArrayView kExtensions
        = "creation,creation-with-upload,creation-defer-length,expiration,checksum,termination,concatenation";
    static constexpr QByteArrayView kChecksumAlgorithms = "md5,sha1,sha256";
    static constexpr QByteArrayView kOctetStream = "application/offset+octet-stream";
    /// tus's own status for a chunk whose Upload-Checksum does not match (not in QtHttpServer's enum).
    static constexpr int kChecksumMismatchStatus = 460;

    /// Adds Tus-Resumable (every answer carries it).
    static void addResumable(ApiReply &reply);
    /// Fails (Unsupported) unless `value` is the version we speak; answered with 412 + Tus-Version.
    [[nodiscard]] static Result<void> checkResumable(QByteArrayView value);
    /// The 412 answer for checkResumable()'s failure.
    static ApiReply versionMismatch(const Error &error);

    /// A non-negative decimal integer (Upload-Offset, Upload-Length), digits only.
    [[nodiscard]] static Result<qint64> parseCount(QByteArrayView value, QByteArrayView header);
    /// `key base64,key2 base64,key3`: keys to decoded values; duplicate keys and bad base64 fail.
    [[nodiscard]] static Result<QHash<QString, QByteArray>> parseMetadata(QByteArrayView value);
    /// The Upload-Metadata header that describes `upload` (what HEAD returns).
    static QByteArray formatMetadata(const UploadInfo &upload);
    /// A NewUpload from Upload-Metadata: kind dataset|teams (default dataset), sha256 as hex.
    [[nodiscard]] static Result<NewUpload> newUpload(const QHash<QString, QByteArray> &metadata);
    /// `sha256 <base64>` (or md5, sha1); nullopt when the header is absent. Unsupported algorithm
    /// or bad base64: InvalidInput (400).
    [[nodiscard]] static Result<std::optional<TusChecksum>> parseChecksum(QByteArrayView value);
    /// `final;/files/a /files/b` (or absolute URLs): the ids of the parts, in order.
    [[nodiscard]] static Result<QStringList> parseFinalConcat(QByteArrayView value);
    /// RFC 9110 date, as Upload-Expires wants it.
    static QByteArray httpDate(const QDateTime &time);
};

} // namespace sluice
