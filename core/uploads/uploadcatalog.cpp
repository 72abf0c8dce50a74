#include "core/uploads/uploadcatalog.h"

#include <fcntl.h>
#include <unistd.h>

#include <unordered_map>

#include <QDir>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include "core/sha256hash.h"
#include "core/logging.h"
#include "core/randomid.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/threadconnection.h"

namespace sluice {

struct UploadCatalog::Leases
{
    // The SHA-256 of an unfinished upload's durable bytes 0..offset, kept between appends so
    // completion needs no pass over the file. An append takes it and gives it back at its
    // commit. In memory only: after a restart, or an append dropped for a bad checksum, the
    // next commit rebuilds it by reading the durable prefix once.
    struct RunningHash
    {
        qint64 offset = 0;
        std::unique_ptr<Sha256Hash> sha256;
    };

    QMutex mutex;
    QSet<QString> ids; // uploads with an append in flight
    std::unordered_map<QString, RunningHash> hashes; // upload id -> its running hash
};

namespace {

constexpr qint64 kCopyBlockBytes = 1024 * 1024;
const QString kColumns
    = QStringLiteral("id, kind, filename, filetype, name, length, offset, sha256, state, dataset_id, "
                     "error, created_at, updated_at, expires_at");

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Result<QSqlQuery> run(const DatabaseConfig &database, const QString &sql, const QVariantList &values = {})
{
    auto connection = ThreadConnection::get(database);
    if (!connection)
        return tl::unexpected(connection.error());
    QSqlQuery query((*connection)->database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(
            ErrorCode::Storage, UploadCatalog::tr("The uploads query failed: %1").arg(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(
            ErrorCode::Storage, UploadCatalog::tr("The uploads query failed: %1").arg(query.lastError().text()));
    return query;
}

// A new file's directory entry is durable only once the directory itself is synced.
void syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

// The SHA-256 of the first `length` bytes of the file at `path`; null if they cannot be read.
std::unique_ptr<Sha256Hash> hashOfPrefix(const QString &path, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    auto hash = std::make_unique<Sha256Hash>();
    QByteArray block(qMin(length, kCopyBlockBytes), Qt::Uninitialized);
    while (length > 0) {
        const qint64 read = file.read(block.data(), qMin(length, qint64(block.size())));
        if (read <= 0)
            return nullptr;
        hash->addData(block.constData(), read);
        length -= read;
    }
    return hash;
}

bool isLowerHex(QStringView text, qsizetype length)
{
    return text.size() == length && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

} // namespace

UploadCatalog::UploadCatalog(UploadCatalogConfig config)
    : m_config(std::move(config))
    , m_leases(std::make_shared<Leases>())
{
}

UploadCatalog::~UploadCatalog() = default;

QString UploadCatalog::filePath(const QString &id) const
{
    Q_ASSERT(isWellFormedId(id));
    return QDir(m_config.directory).filePath(id + QStringLiteral(".part"));
}

Result<void> UploadCatalog::prepare() const
{
    if (!QDir().mkpath(m_config.directory))
        return fail(ErrorCode::Io, tr("Could not create the uploads folder %1.").arg(m_config.directory));
    return {};
}

Result<UploadInfo> UploadCatalog::create(const NewUpload &upload) const
{
    if (upload.kind.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("An upload needs a kind."));
    if (upload.length > m_config.maxUploadBytes)
        return fail(ErrorCode::TooLarge,
            tr("The upload is %1 bytes; this server takes at most %2 bytes.")
                .arg(upload.length)
                .arg(m_config.maxUploadBytes));
    if (!upload.sha256.isEmpty() && !isLowerHex(upload.sha256, 64))
        return fail(ErrorCode::InvalidInput, tr("The sha256 of an upload must be 64 lower-case hex digits."));
    if (auto prepared = prepare(); !prepared)
        return tl::unexpected(prepared.error());
    UploadInfo info;
    info.id = makeRandomId();
    info.kind = upload.kind;
    info.filename = upload.filename;
    info.filetype = upload.filetype;
    info.name = upload.name;
    info.length = upload.length < 0 ? -1 : upload.length;
    info.sha256 = upload.sha256;
    info.state = UploadState::Created;
    info.createdAt = info.updatedAt = QDateTime::currentDateTimeUtc();
    info.expiresAt = info.createdAt.addSecs(qint64(m_config.expiryHours) * 3600);
    {
        QFile file(filePath(info.id));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(ErrorCode::Io, tr("Could not create the upload's file: %1").arg(file.errorString()));
    }
    syncDirectory(m_config.directory);
    auto inserted = run(m_config.database,
        QStringLiteral("INSERT INTO uploads (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
        { info.id, info.kind, textOrNull(info.filename), textOrNull(info.filetype), textOrNull(info.name),
            info.isLengthDeferred() ? QVariant() : QVariant(info.length), 0, textOrNull(info.sha256),
            uploadStateName(info.state), QVariant(), QVariant(), timeText(info.createdAt), timeText(info.updatedAt),
            timeText(info.expiresAt) });
    if (!inserted) {
        QFile::remove(filePath(info.id));
        return tl::unexpected(inserted.error());
    }
    return info;
}

Result<QList<UploadInfo>> UploadCatalog::select(const QString &where, const QVariantList &values) const
{
    auto query = run(m_config.database,
        QStringLiteral("SELECT %1 FROM uploads %2 ORDER BY created_at, id").arg(kColumns, where), values);
    if (!query)
        return tl::unexpected(query.error());
    QList<UploadInfo> found;
    while (query->next()) {
        UploadInfo info;
        info.id = query->value(0).toString();
        info.kind = query->value(1).toString();
        info.filename = query->value(2).toString();
        info.filetype = query->value(3).toString();
        info.name = query->value(4).toString();
        info.length = query->value(5).isNull() ? -1 : query->value(5).toLongLong();
        info.offset = query->value(6).toLongLong();
        info.sha256 = query->value(7).toString();
        info.state = uploadStateFromName(query->value(8).toString()).value_or(UploadState::Failed);
        info.datasetId = query->value(9).toString();
        info.error = query->value(10).toString();
        info.createdAt = timeFrom(query->value(11));
        info.updatedAt = timeFrom(query->value(12));
        info.expiresAt = timeFrom(query->value(13));
        found << info;
    }
    return found;
}

Result<UploadInfo> UploadCatalog::find(const QString &id) const
{
    if (!isWellFormedId(id))
        return fail(ErrorCode::NotFound, tr("There is no upload %1.").arg(id.left(64)));
    auto found = select(QStringLiteral("WHERE id = ?"), { id });
    if (!found)
        return tl::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("There is no upload %1.").arg(id));
    return found->first();
}

Result<QList<UploadInfo>> UploadCatalog::list() const
{
    return select(QString(), {});
}

Result<std::optional<UploadInfo>> UploadCatalog::findComplete(const QString &sha256, const QString &kind) const
{
    auto found = select(QStringLiteral("WHERE sha256 = ? AND kind = ? AND state = ?"),
        { sha256.toLower(), kind, uploadStateName(UploadState::Complete) });
    if (!found)
        return tl::unexpected(found.error());
    for (const UploadInfo &info : *found) {
        // A record whose file was removed behind our back cannot stand in for a new upload.
        if (QFileInfo(filePath(info.id)).size() == info.length)
            return std::optional<UploadInfo>(info);
    }
    return std::optional<UploadInfo>();
}

Result<void> UploadCatalog::checkFreeSpace(qint64 bytes) const
{
    QStorageInfo storage(m_config.directory);
    if (!storage.isValid())
        storage.setPath(QFileInfo(m_config.directory).absolutePath());
    const qint64 available = storage.bytesAvailable();
    if (available >= 0 && available - bytes < m_config.diskReserveBytes)
        return fail(ErrorCode::TooLarge,
            tr("Not enough free disk space: %1 bytes are needed, %2 are free and %3 are kept in reserve.")
                .arg(bytes)
                .arg(available)
                .arg(m_config.diskReserveBytes));
    return {};
}

Result<std::unique_ptr<UploadChunk>> UploadCatalog::openChunk(
    const QString &id, qint64 offset, std::optional<QCryptographicHash::Algorithm> checksum) const
{
    auto found = find(id);
    if (!found)
        return tl::unexpected(found.error());
    const UploadInfo &info = *found;
    if (info.state == UploadState::Terminated)
        return fail(ErrorCode::NotFound, tr("The upload %1 was terminated.").arg(id));
    if (info.isFinished())
        return fail(ErrorCode::Forbidden,
            tr("The upload %1 is %2 and takes no more bytes.").arg(id, uploadStateName(info.state)));
    if (offset != info.offset)
        return fail(ErrorCode::Conflict,
            tr("The upload is at byte %1, not at byte %2: ask for its offset (HEAD) and "
               "resume from there.")
                .arg(info.offset)
                .arg(offset));
    {
        QMutexLocker lock(&m_leases->mutex);
        if (m_leases->ids.contains(id))
            return fail(ErrorCode::Conflict, tr("Another request is writing to the upload %1.").arg(id));
        if (m_leases->ids.size() >= m_config.maxConcurrentChunks)
            return fail(ErrorCode::Busy,
                tr("%1 uploads are in progress, the most this server takes at once; try again "
                   "later.")
                    .arg(m_leases->ids.size()));
        m_leases->ids.insert(id);
    }
    std::function<void()> release = [leases = m_leases, id] {
        QMutexLocker lock(&leases->mutex);
        leases->ids.remove(id);
    };
    std::unique_ptr<Sha256Hash> uploadHash;
    if (offset == 0) {
        uploadHash = std::make_unique<Sha256Hash>();
    } else {
        QMutexLocker lock(&m_leases->mutex);
        const auto known = m_leases->hashes.find(id);
        if (known != m_leases->hashes.end() && known->second.offset == offset)
            uploadHash = std::move(known->second.sha256);
        if (known != m_leases->hashes.end())
            m_leases->hashes.erase(known);
    }
    auto file = std::make_unique<QFile>(filePath(id));
    // Anything past the recorded offset is an append that was never acknowledged: cut it off.
    if (!file->open(QIODevice::ReadWrite | QIODevice::Unbuffered) || !file->resize(offset) || !file->seek(offset)) {
        const QString reason = file->errorString();
        release();
        return fail(ErrorCode::Io, tr("Could not open the upload's file: %1").arg(reason));
    }
    const qint64 capacity = (info.isLengthDeferred() ? m_config.maxUploadBytes : info.length) - offset;
    return std::unique_ptr<UploadChunk>(new UploadChunk(
        id, offset, capacity, std::move(file), checksum, std::move(uploadHash), std::move(release)));
}

Result<UploadInfo> UploadCatalog::commitChunk(UploadChunk &chunk) const
{
    if (auto synced = chunk.sync(); !synced)
        return tl::unexpected(synced.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto updated = run(m_config.database,
        QStringLiteral("UPDATE uploads SET offset = ?, state = ?, updated_at = ?, expires_at = ? "
                       "WHERE id = ? AND offset = ? AND state IN (?, ?)"),
        { chunk.endOffset(), uploadStateName(UploadState::Uploading), timeText(now),
            timeText(now.addSecs(qint64(m_config.expiryHours) * 3600)), chunk.uploadId(), chunk.startOffset(),
            uploadStateName(UploadState::Created), uploadStateName(UploadState::Uploading) });
    if (!updated)
        return tl::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return fail(
            ErrorCode::NotFound, tr("The upload %1 was terminated while it was written.").arg(chunk.uploadId()));
    keepHash(chunk);
    auto info = find(chunk.uploadId());
    if (!info)
        return info;
    if (!info->isLengthDeferred() && info->offset == info->length)
        return complete(*info);
    return info;
}

void UploadCatalog::keepHash(UploadChunk &chunk) const
{
    std::unique_ptr<Sha256Hash> hash = std::move(chunk.m_uploadHash);
    if (!hash) {
        // Not known where this chunk started (a restart since the upload began, or a dropped
        // chunk): rebuilt from the durable bytes, once, so the appends after this one keep it going.
        hash = hashOfPrefix(filePath(chunk.uploadId()), chunk.endOffset());
        if (!hash) {
            qCWarning(lcStorage) << "could not read upload" << chunk.uploadId()
                                 << "to resume its SHA-256; it is computed when the upload completes";
            return;
        }
    }
    QMutexLocker lock(&m_leases->mutex);
    m_leases->hashes.insert_or_assign(chunk.uploadId(), Leases::RunningHash { chunk.endOffset(), std::move(hash) });
}

void UploadCatalog::forgetHash(const QString &id) const
{
    QMutexLocker lock(&m_leases->mutex);
    m_leases->hashes.erase(id);
}

void UploadCatalog::discardChunk(UploadChunk &chunk) const
{
    chunk.discard();
}

Result<UploadInfo> UploadCatalog::append(const QString &id, qint64 offset, QByteArrayView bytes) const
{
    auto chunk = openChunk(id, offset);
    if (!chunk)
        return tl::unexpected(chunk.error());
    if (auto written = (*chunk)->write(bytes); !written) {
        discardChunk(**chunk);
        return tl::unexpected(written.error());
    }
    return commitChunk(**chunk);
}

Result<UploadInfo> UploadCatalog::complete(const UploadInfo &upload, std::optional<QByteArray> sha256Hex) const
{
    std::unique_ptr<Sha256Hash> running;
    {
        QMutexLocker lock(&m_leases->mutex);
        const auto known = m_leases->hashes.find(upload.id);
        if (known != m_leases->hashes.end() && known->second.offset == upload.length)
            running = std::move(known->second.sha256);
        if (known != m_leases->hashes.end())
            m_leases->hashes.erase(known);
    }
    if (!sha256Hex && running)
        sha256Hex = running->hexResult();
    if (!sha256Hex || sha256Hex->isEmpty()) {
        // No running hash (a commit that could not keep it): one pass over the file.
        auto hash = hashOfPrefix(filePath(upload.id), upload.length);
        if (!hash || QFileInfo(filePath(upload.id)).size() != upload.length)
            return fail(ErrorCode::Io, tr("Could not read the upload's file %1.").arg(filePath(upload.id)));
        sha256Hex = hash->hexResult();
    }
    if (sha256Hex->isEmpty())
        return fail(ErrorCode::Internal, tr("Could not compute the upload's SHA-256 (OpenSSL's libcrypto failed)."));
    const QString actual = QString::fromLatin1(*sha256Hex);
    UploadInfo info = upload;
    if (!upload.sha256.isEmpty() && upload.sha256.compare(actual, Qt::CaseInsensitive) != 0) {
        const QString message = tr("The file's SHA-256 is %1, but the upload declared %2; the bytes are not what "
                                   "was sent, so the upload failed.")
                                    .arg(actual, upload.sha256);
        if (auto failed = markFailed(upload.id, message); !failed)
            return tl::unexpected(failed.error());
        QFile::remove(filePath(upload.id));
        info.state = UploadState::Failed;
        info.error = message;
        info.expiresAt = QDateTime();
        return info;
    }
    info.sha256 = actual;
    info.state = UploadState::Complete;
    info.updatedAt = QDateTime::currentDateTimeUtc();
    // A partial upload keeps an expiry: if no final upload ever uses it, it is cleaned up.
    if (!info.isPartial())
        info.expiresAt = QDateTime();
    auto updated = run(m_config.database,
        QStringLiteral("UPDATE uploads SET state = ?, sha256 = ?, updated_at = ?, expires_at = ? "
                       "WHERE id = ?"),
        { uploadStateName(info.state), info.sha256, timeText(info.updatedAt),
            info.expiresAt.isValid() ? QVariant(timeText(info.expiresAt)) : QVariant(), info.id });
    if (!updated)
        return tl::unexpected(updated.error());
    qCInfo(lcStorage) << "upload" << info.id << "complete," << info.length << "bytes";
    return info;
}

Result<void> UploadCatalog::markFailed(const QString &id, const QString &message) const
{
    auto updated = run(m_config.database,
        QStringLiteral("UPDATE uploads SET state = ?, error = ?, updated_at = ?, expires_at = NULL "
                       "WHERE id = ?"),
        { uploadStateName(UploadState::Failed), message, timeText(QDateTime::currentDateTimeUtc()), id });
    if (!updated)
        return tl::unexpected(updated.error());
    return {};
}

Result<UploadInfo> UploadCatalog::setLength(const QString &id, qint64 length) const
{
    auto found = find(id);
    if (!found)
        return found;
    if (!found->isLengthDeferred()) {
        if (found->length == length)
            return found;
        return fail(ErrorCode::InvalidInput, tr("The upload's length is already %1 bytes.").arg(found->length));
    }
    if (length < found->offset)
        return fail(ErrorCode::InvalidInput,
            tr("The length %1 is below the %2 bytes already uploaded.").arg(length).arg(found->offset));
    if (length > m_config.maxUploadBytes)
        return fail(ErrorCode::TooLarge,
            tr("The upload is %1 bytes; this server takes at most %2 bytes.").arg(length).arg(m_config.maxUploadBytes));
    auto updated = run(m_config.database,
        QStringLiteral("UPDATE uploads SET length = ?, updated_at = ? WHERE id = ? AND length IS NULL"),
        { length, timeText(QDateTime::currentDateTimeUtc()), id });
    if (!updated)
        return tl::unexpected(updated.error());
    auto info = find(id);
    if (info && info->offset == info->length && !info->isFinished())
        return complete(*info);
    return info;
}

Result<void> UploadCatalog::setDatasetId(const QString &id, const QString &datasetId) const
{
    auto updated
        = run(m_config.database, QStringLiteral("UPDATE uploads SET dataset_id = ?, updated_at = ? WHERE id = ?"),
            { textOrNull(datasetId), timeText(QDateTime::currentDateTimeUtc()), id });
    if (!updated)
        return tl::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, tr("There is no upload %1.").arg(id));
    return {};
}

Result<void> UploadCatalog::terminate(const QString &id) const
{
    auto found = find(id);
    if (!found)
        return tl::unexpected(found.error());
    if (found->state == UploadState::Terminated)
        return fail(ErrorCode::NotFound, tr("The upload %1 was terminated.").arg(id));
    auto updated = run(m_config.database,
        QStringLiteral("UPDATE uploads SET state = ?, updated_at = ?, expires_at = NULL WHERE id = ?"),
        { uploadStateName(UploadState::Terminated), timeText(QDateTime::currentDateTimeUtc()), id });
    if (!updated)
        return tl::unexpected(updated.error());
    forgetHash(id);
    QFile::remove(filePath(id));
    return {};
}

Result<UploadInfo> UploadCatalog::concatenate(const NewUpload &upload, const QStringList &partIds) const
{
    if (partIds.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A final upload needs at least one partial upload."));
    QList<UploadInfo> parts;
    qint64 total = 0;
    for (const QString &partId : partIds) {
        auto part = find(partId);
        if (!part)
            return tl::unexpected(part.error());
        if (!part->isPartial())
            return fail(ErrorCode::InvalidInput, tr("The upload %1 is not a partial upload.").arg(partId));
        if (part->state != UploadState::Complete)
            return fail(ErrorCode::InvalidInput, tr("The partial upload %1 is not complete.").arg(partId));
        total += part->length;
        parts << *part;
    }
    NewUpload whole = upload;
    whole.length = total;
    auto created = create(whole);
    if (!created)
        return created;
    Sha256Hash hash; // of the bytes as they are copied: no second pass to complete the upload
    {
        QFile target(filePath(created->id));
        if (!target.open(QIODevice::WriteOnly))
            return fail(ErrorCode::Io, tr("Could not write the upload's file: %1").arg(target.errorString()));
        QByteArray block;
        for (const UploadInfo &part : std::as_const(parts)) {
            QFile source(filePath(part.id));
            if (!source.open(QIODevice::ReadOnly))
                return fail(
                    ErrorCode::Io, tr("Could not read the partial upload %1: %2").arg(part.id, source.errorString()));
            while (!source.atEnd()) {
                block = source.read(kCopyBlockBytes);
                if (block.isEmpty() || target.write(block) != block.size())
                    return fail(ErrorCode::Io,
                        tr("Could not copy the partial upload %1: %2").arg(part.id, target.errorString()));
                hash.addData(block.constData(), block.size());
            }
        }
        if (!target.flush() || ::fdatasync(target.handle()) != 0)
            return fail(ErrorCode::Io, tr("Could not make the upload's bytes durable."));
    }
    auto updated = run(m_config.database,
        QStringLiteral("UPDATE uploads SET offset = ?, state = ?, updated_at = ? WHERE id = ?"),
        { total, uploadStateName(UploadState::Uploading), timeText(QDateTime::currentDateTimeUtc()), created->id });
    if (!updated)
        return tl::unexpected(updated.error());
    created->offset = total;
    created->state = UploadState::Uploading;
    auto completed = complete(*created, hash.hexResult());
    if (!completed)
        return completed;
    for (const UploadInfo &part : std::as_const(parts)) {
        if (auto terminated = terminate(part.id); !terminated)
            qCWarning(lcStorage) << "could not remove the partial upload" << part.id << terminated.error().message;
    }
    return completed;
}

Result<int> UploadCatalog::removeExpired(const QDateTime &now) const
{
    auto expired = select(QStringLiteral("WHERE expires_at IS NOT NULL AND expires_at < ? AND (state IN (?, ?) OR "
                                         "(state = ? AND kind = ?))"),
        { timeText(now), uploadStateName(UploadState::Created), uploadStateName(UploadState::Uploading),
            uploadStateName(UploadState::Complete), QString(kPartialUploadKind) });
    if (!expired)
        return tl::unexpected(expired.error());
    int removed = 0;
    for (const UploadInfo &info : std::as_const(*expired)) {
        {
            QMutexLocker lock(&m_leases->mutex);
            if (m_leases->ids.contains(info.id))
                continue; // being written right now: not abandoned
        }
        auto updated = run(m_config.database,
            QStringLiteral("UPDATE uploads SET state = ?, error = ?, updated_at = ?, expires_at = NULL "
                           "WHERE id = ?"),
            { uploadStateName(UploadState::Terminated),
                tr("The upload expired: nothing was sent for %n hour(s).", nullptr, m_config.expiryHours),
                timeText(now), info.id });
        if (!updated)
            return tl::unexpected(updated.error());
        forgetHash(info.id);
        QFile::remove(filePath(info.id));
        ++removed;
    }
    if (removed > 0)
        qCInfo(lcStorage) << "removed" << removed << "expired uploads";
    return removed;
}

} // namespace sluice
