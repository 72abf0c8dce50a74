#include "server/tus/tusheaders.h"

#include <QLocale>
#include <QTimeZone>
#include <QUrl>

#include "core/randomid.h"
#include "server/apireply.h"

namespace sluice {

namespace {

bool isDigits(QByteArrayView value)
{
    return !value.isEmpty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<QByteArray> strictBase64(QByteArrayView text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

bool isHex64(QByteArrayView text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

} // namespace

void TusHeaders::addResumable(ApiReply &reply)
{
    reply.headers.append({ QByteArrayLiteral("Tus-Resumable"), kVersion.toByteArray() });
}

Result<void> TusHeaders::checkResumable(QByteArrayView value)
{
    if (value.isEmpty())
        return fail(ErrorCode::Unsupported, tr("A tus request needs the header \"Tus-Resumable: 1.0.0\"."));
    if (value.trimmed() != kVersion)
        return fail(ErrorCode::Unsupported,
            tr("This server speaks tus 1.0.0, not \"%1\".")
                .arg(QString::fromLatin1(value.first(qMin<qsizetype>(value.size(), 32)))));
    return {};
}

ApiReply TusHeaders::versionMismatch(const Error &error)
{
    ApiReply reply = ApiReply::error(error);
    reply.status = QHttpServerResponse::StatusCode::PreconditionFailed;
    reply.headers.append({ QByteArrayLiteral("Tus-Version"), kVersion.toByteArray() });
    addResumable(reply);
    return reply;
}

Result<qint64> TusHeaders::parseCount(QByteArrayView value, QByteArrayView header)
{
    const QByteArrayView trimmed = value.trimmed();
    bool ok = false;
    const qint64 count = trimmed.size() <= 18 && isDigits(trimmed) ? trimmed.toLongLong(&ok) : -1;
    if (!ok || count < 0)
        return fail(ErrorCode::InvalidInput,
            tr("%1 must be a whole number of bytes, not \"%2\".")
                .arg(QString::fromLatin1(header), QString::fromLatin1(value.first(qMin<qsizetype>(value.size(), 32)))));
    return count;
}

Result<QHash<QString, QByteArray>> TusHeaders::parseMetadata(QByteArrayView value)
{
    QHash<QString, QByteArray> metadata;
    if (value.trimmed().isEmpty())
        return metadata;
    for (const QByteArray &pair : value.toByteArray().split(',')) {
        const QByteArray item = pair.trimmed();
        const qsizetype space = item.indexOf(' ');
        const QByteArray key = space < 0 ? item : item.left(space);
        if (key.isEmpty() || key.contains(' '))
            return fail(ErrorCode::InvalidInput, tr("Upload-Metadata has an empty or malformed key."));
        std::optional<QByteArray> decoded = QByteArray();
        if (space >= 0)
            decoded = strictBase64(item.mid(space + 1).trimmed());
        if (!decoded)
            return fail(ErrorCode::InvalidInput,
                tr("The Upload-Metadata value of \"%1\" is not base64.").arg(QString::fromLatin1(key)));
        const QString name = QString::fromLatin1(key);
        if (metadata.contains(name))
            return fail(ErrorCode::InvalidInput, tr("Upload-Metadata names \"%1\" twice.").arg(name));
        metadata.insert(name, *decoded);
    }
    return metadata;
}

QByteArray TusHeaders::formatMetadata(const UploadInfo &upload)
{
    QList<QByteArray> pairs;
    const auto add = [&pairs](const char *key, const QString &value) {
        if (!value.isEmpty())
            pairs << QByteArray(key) + ' ' + value.toUtf8().toBase64();
    };
    add("filename", upload.filename);
    add("filetype", upload.filetype);
    add("name", upload.name);
    if (!upload.isPartial())
        add("kind", upload.kind);
    add("sha256", upload.sha256);
    return pairs.join(',');
}

Result<NewUpload> TusHeaders::newUpload(const QHash<QString, QByteArray> &metadata)
{
    NewUpload upload;
    upload.kind = QString::fromUtf8(metadata.value(QStringLiteral("kind"), QByteArrayLiteral("dataset")));
    if (upload.kind != QStringLiteral("dataset") && upload.kind != QStringLiteral("teams"))
        return fail(ErrorCode::InvalidInput,
            tr("The upload's kind must be \"dataset\" or \"teams\", not \"%1\".").arg(upload.kind.left(32)));
    upload.filename = QString::fromUtf8(metadata.value(QStringLiteral("filename"))).left(1024);
    upload.filetype = QString::fromUtf8(metadata.value(QStringLiteral("filetype"))).left(256);
    upload.name = QString::fromUtf8(metadata.value(QStringLiteral("name"))).left(1024);
    const QByteArray sha256 = metadata.value(QStringLiteral("sha256")).trimmed();
    if (!sha256.isEmpty() && !isHex64(sha256))
        return fail(ErrorCode::InvalidInput, tr("The sha256 metadata must be the file's SHA-256 as 64 hex digits."));
    upload.sha256 = QString::fromLatin1(sha256).toLower();
    return upload;
}

Result<std::optional<TusChecksum>> TusHeaders::parseChecksum(QByteArrayView value)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::optional<TusChecksum>();
    const qsizetype space = trimmed.indexOf(' ');
    if (space <= 0)
        return fail(ErrorCode::InvalidInput, tr("Upload-Checksum must be \"<algorithm> <base64 digest>\"."));
    const QByteArray name = trimmed.first(space).toByteArray().toLower();
    TusChecksum checksum;
    if (name == "sha256")
        checksum.algorithm = QCryptographicHash::Sha256;
    else if (name == "sha1")
        checksum.algorithm = QCryptographicHash::Sha1;
    else if (name == "md5")
        checksum.algorithm = QCryptographicHash::Md5;
    else
        return fail(ErrorCode::InvalidInput,
            tr("The checksum algorithm \"%1\" is not supported; use %2.")
                .arg(QString::fromLatin1(name.left(32)), QString::fromLatin1(kChecksumAlgorithms)));
    const std::optional<QByteArray> digest = strictBase64(trimmed.sliced(space + 1).trimmed());
    if (!digest || digest->size() != QCryptographicHash::hashLength(checksum.algorithm))
        return fail(ErrorCode::InvalidInput,
            tr("The Upload-Checksum digest is not a base64 %1 digest.").arg(QString::fromLatin1(name)));
    checksum.digest = *digest;
    return std::optional<TusChecksum>(checksum);
}

Result<QStringList> TusHeaders::parseFinalConcat(QByteArrayView value)
{
    const QByteArrayView trimmed = value.trimmed();
    if (!trimmed.startsWith("final;"))
        return fail(ErrorCode::InvalidInput, tr("Upload-Concat must be \"partial\" or \"final;<urls>\"."));
    QStringList ids;
    for (const QByteArray &item : trimmed.sliced(6).toByteArray().simplified().split(' ')) {
        if (item.isEmpty())
            continue;
        // Only the last path segment is used, and only if it has our id's shape: a URL never becomes a path.
        const QString path = QUrl::fromEncoded(item).path();
        const QString id = path.section(QLatin1Char('/'), -1);
        if (!path.startsWith(QStringLiteral("/files/")) || !isWellFormedId(id))
            return fail(ErrorCode::InvalidInput,
                tr("\"%1\" in Upload-Concat is not an upload of this server.")
                    .arg(QString::fromLatin1(item.left(128))));
        ids << id;
    }
    if (ids.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Upload-Concat: final names no partial uploads."));
    return ids;
}

QByteArray TusHeaders::httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

} // namespace sluice
