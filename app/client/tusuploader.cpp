#include "app/client/tusuploader.h"

#include <QBuffer>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QNetworkReply>
#include <QUuid>

#include "app/client/logging.h"
#include "app/client/tusmetadata.h"

namespace sluice {

using namespace std::chrono_literals;

namespace {

constexpr int kMaxRecreationsInARow = 2;
constexpr auto kProgressInterval = 250ms;
// The server answers the last PATCH once it has read the whole file back and hashed it: allow
// for a slow disk, on top of the client's usual timeout.
constexpr qint64 kSlowestReadBackBytesPerMs = 20 * 1000; // 20 MB/s

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// Worth another try later: no answer, the server failing or busy, a chunk damaged on the way.
bool isTransient(int status)
{
    return status == 0 || status >= 500 || status == 429 || status == 460;
}

bool isTransient(ErrorCode code)
{
    return code == ErrorCode::Network || code == ErrorCode::Timeout || code == ErrorCode::Busy
        || code == ErrorCode::Internal;
}

std::optional<qint64> headerNumber(QNetworkReply *reply, const char *name)
{
    bool ok = false;
    const qint64 value = reply->rawHeader(name).trimmed().toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

TusUploader::TusUploader(ApiClient *client, QThreadPool *hashPool, const QString &filePath, UploadKind kind,
    const QString &name, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_hashPool(hashPool)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_kind(kind)
    , m_name(name)
{
    Q_ASSERT(client && hashPool);
    m_fingerprint.path = QFileInfo(filePath).absoluteFilePath();
    m_clock.start();
    m_progressTimer.setInterval(kProgressInterval);
    connect(&m_progressTimer, &QTimer::timeout, this, &TusUploader::emitProgress);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &TusUploader::begin);
}

TusUploader::TusUploader(ApiClient *client, QThreadPool *hashPool, const UploadRecord &record, QObject *parent)
    : TusUploader(client, hashPool, record.fingerprint.path, record.kind, record.name, parent)
{
    m_id = record.id;
    m_uploadPath = record.uploadPath;
    m_fingerprint = record.fingerprint;
    m_verifyHash = !m_fingerprint.sha256.isEmpty();
    m_offset = qBound<qint64>(0, record.offset, qMax<qint64>(0, m_fingerprint.size));
    m_note = record.note;
    m_state = State::Paused;
}

TusUploader::~TusUploader()
{
    stopWork();
}

QString TusUploader::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Hashing:
        return QStringLiteral("hashing");
    case State::Creating:
        return QStringLiteral("creating");
    case State::Uploading:
        return QStringLiteral("uploading");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Retrying:
        return QStringLiteral("retrying");
    case State::Completing:
        return QStringLiteral("completing");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Canceled:
        return QStringLiteral("canceled");
    }
    return QString();
}

bool TusUploader::isActive() const
{
    switch (m_state) {
    case State::Hashing:
    case State::Creating:
    case State::Uploading:
    case State::Retrying:
    case State::Completing:
        return true;
    default:
        return false;
    }
}

qint64 TusUploader::bytesDone() const
{
    if (m_state == State::Hashing)
        return m_fileHash ? m_fileHash->bytesDone.load() : 0;
    return m_offset + m_inFlight;
}

qint64 TusUploader::secondsLeft() const
{
    return m_rate.secondsLeft(qMax<qint64>(0, size()) - bytesDone());
}

UploadRecord TusUploader::record() const
{
    UploadRecord record;
    record.id = m_id;
    record.kind = m_kind;
    record.name = m_name;
    record.uploadPath = m_uploadPath;
    record.fingerprint = m_fingerprint;
    record.state = stateName(m_state);
    record.offset = m_offset;
    record.note = m_note;
    return record;
}

void TusUploader::setMaximumChunkSize(qint64 bytes)
{
    m_chunkCap = qMax<qint64>(1, bytes);
    m_chunks.setMaximum(qMin(m_chunks.maximum(), m_chunkCap));
}

void TusUploader::start()
{
    if (m_canceling || isFinished() || isActive())
        return;
    stopWork();
    m_backoff.reset(); // a person (or the queue) asked: the full retry schedule again
    m_conflicts = 0;
    m_recreations = 0;
    m_error = Error {};
    begin();
}

void TusUploader::pause()
{
    if (m_canceling || isFinished() || m_state == State::Paused || m_state == State::Failed)
        return;
    stopWork();
    setState(State::Paused);
}

void TusUploader::retry()
{
    if (m_state == State::Failed)
        start();
}

void TusUploader::enqueue()
{
    if (m_canceling || (m_state != State::Paused && m_state != State::Failed))
        return;
    stopWork();
    setState(State::Queued);
}

void TusUploader::cancel()
{
    if (m_canceling || isFinished())
        return;
    stopWork();
    m_canceling = true;
    const auto finishCanceled = [this] {
        m_canceling = false;
        setState(State::Canceled);
    };
    if (m_uploadPath.isEmpty()) {
        finishCanceled();
        return;
    }
    send(QByteArrayLiteral("DELETE"), m_uploadPath, tusHeaders(), nullptr,
        [this, finishCanceled](QNetworkReply *reply, int status, const QByteArray &body) {
            // 404/410: the server had already let it go, which is what we asked for.
            if (!isSuccess(status) && status != 404 && status != 410) {
                setNote(tr("Canceled here, but the server could not be told to discard the partial upload: %1")
                            .arg(ApiClient::replyError(reply, body).message));
            }
            finishCanceled();
        });
}

void TusUploader::stopWork()
{
    ++m_generation;
    m_retryTimer.stop();
    if (m_fileHash)
        m_fileHash->canceled = true;
    if (m_next.control)
        m_next.control->canceled = true;
    m_fileHash.reset();
    m_next = NextChunk {};
    m_awaitingChunk = false;
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->abort(); // its finished() sees a stale generation and only cleans up
    }
    m_inFlight = 0;
}

void TusUploader::setState(State state)
{
    if (state == m_state)
        return;
    const State previous = m_state;
    m_state = state;
    if (state == State::Hashing) {
        m_rate.clear();
        m_rateCountsHashing = true;
    } else if (state == State::Uploading && previous != State::Completing) {
        if (m_rateCountsHashing)
            m_rate.clear(); // hashing speed says nothing about the link
        else
            m_rate.restart(); // after a pause or retry: new baseline, same link
        m_rateCountsHashing = false;
    }
    if (isActive())
        m_progressTimer.start();
    else
        m_progressTimer.stop();
    qCDebug(lcClient) << "upload" << m_id << stateName(previous) << "->" << stateName(state);
    emit stateChanged(state);
    emit recordChanged();
    emitProgress();
}

void TusUploader::setNote(const QString &note)
{
    m_note = note;
    emit noteChanged(note);
}

void TusUploader::setFailed(const Error &error)
{
    stopWork();
    m_error = error;
    qCWarning(lcClient) << "upload" << m_id << "failed:" << error.message;
    setNote(error.message);
    setState(State::Failed);
}

void TusUploader::emitProgress()
{
    const qint64 done = bytesDone();
    m_rate.addSample(done, m_clock.elapsed());
    emit progressChanged(done, qMax<qint64>(0, size()), m_rate.bytesPerSecond(), secondsLeft());
}

ApiClient::Headers TusUploader::tusHeaders() const
{
    return { { QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0") } };
}

void TusUploader::send(const QByteArray &verb, const QString &path, const ApiClient::Headers &headers, QIODevice *body,
    ReplyHandler handler, std::chrono::milliseconds timeout)
{
    QNetworkReply *reply = m_client->sendRaw(verb, path, headers, body, timeout);
    if (body)
        body->setParent(reply); // must live as long as the reply reads it
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, handler = std::move(handler)] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        // An aborted reply (a timeout) is closed: reading it would only warn.
        handler(reply, ApiClient::statusOf(reply), reply->isOpen() ? reply->readAll() : QByteArray());
    });
}

void TusUploader::failRequest(const Error &error, bool retryable)
{
    if (!retryable) {
        setFailed(error);
        return;
    }
    const std::optional<Backoff::Delay> delay = m_backoff.next();
    if (!delay) {
        setFailed(
            Error { error.code, tr("Gave up after %1 attempts: %2").arg(m_backoff.steps() + 1).arg(error.message) });
        return;
    }
    stopWork();
    qCInfo(lcClient) << "upload" << m_id << "retrying in" << delay->count() << "ms:" << error.message;
    setNote(tr("Retrying in %1 s: %2").arg(double(delay->count()) / 1000.0).arg(error.message));
    setState(State::Retrying);
    m_retryTimer.start(*delay);
}

void TusUploader::failReply(QNetworkReply *reply, int status, const QByteArray &body)
{
    Error error = ApiClient::replyError(reply, body);
    if (status == 460)
        error.message = tr("A chunk arrived damaged (checksum mismatch).");
    failRequest(error, isTransient(status));
}

// Entry point of every run (start, and each retry): look at the file, then hash, create or resume.
void TusUploader::begin()
{
    auto current = UploadFingerprint::ofFile(m_fingerprint.path);
    if (!current) {
        setFailed(current.error());
        return;
    }
    if (m_fingerprint.size >= 0 && !m_fingerprint.matches(*current))
        fileChanged();
    m_fingerprint.size = current->size;
    m_fingerprint.modified = current->modified;
    if (m_fingerprint.sha256.isEmpty() || m_verifyHash)
        hashFile();
    else
        prepare();
}

void TusUploader::hashFile()
{
    setState(State::Hashing);
    m_fileHash = std::make_shared<FileHasher::Control>();
    const quint64 generation = m_generation;
    FileHasher::start(m_hashPool, m_fingerprint.path, 0, m_fingerprint.size, m_fileHash, this,
        [this, generation](const Result<QByteArray> &digest) {
            if (generation != m_generation)
                return;
            m_fileHash.reset();
            if (!digest) {
                setFailed(digest.error());
                return;
            }
            const QByteArray hex = digest->toHex();
            if (m_verifyHash) {
                m_verifyHash = false;
                if (hex != m_fingerprint.sha256)
                    fileChanged();
            }
            m_fingerprint.sha256 = hex;
            emit recordChanged();
            prepare();
        });
}

// The source file is not what this upload started with: appending would store bytes that
// never existed together, so the old upload is discarded and this one starts from zero.
void TusUploader::fileChanged()
{
    qCInfo(lcClient) << "upload" << m_id << "source file changed; starting again from zero";
    if (!m_uploadPath.isEmpty()) {
        // Fire and forget: the server expires what it is not told about anyway.
        QNetworkReply *reply = m_client->sendRaw(QByteArrayLiteral("DELETE"), m_uploadPath, tusHeaders());
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    m_uploadPath.clear();
    m_fingerprint.sha256.clear();
    m_verifyHash = false; // the new hash is simply the file's
    m_offset = 0;
    m_deduplicated = false;
    setNote(tr("%1 changed since its upload began; uploading it again from the start.")
                .arg(QFileInfo(m_fingerprint.path).fileName()));
    emit recordChanged();
}

void TusUploader::prepare()
{
    fetchLimits([this] {
        if (m_uploadPath.isEmpty())
            create();
        else
            syncOffset();
    });
}

// The server's limits, once per uploader: Tus-Max-Size bounds the whole upload and
// limits.maxChunkBytes one PATCH.
void TusUploader::fetchLimits(std::function<void()> then)
{
    if (m_limitsKnown) {
        then();
        return;
    }
    setState(m_uploadPath.isEmpty() ? State::Creating : State::Uploading);
    send(QByteArrayLiteral("OPTIONS"), QStringLiteral("/files"), tusHeaders(), nullptr,
        [this, then = std::move(then)](QNetworkReply *reply, int status, const QByteArray &body) {
            if (!isSuccess(status)) {
                failReply(reply, status, body);
                return;
            }
            if (auto maxSize = headerNumber(reply, "Tus-Max-Size"); maxSize && *maxSize > 0)
                m_maxUploadBytes = *maxSize;
            const quint64 generation = m_generation;
            m_client->getJson(
                QStringLiteral("/api/v1/info"), this, [this, generation, then](const Result<QJsonObject> &info) {
                    if (generation != m_generation)
                        return;
                    if (!info) {
                        failRequest(info.error(), isTransient(info.error().code));
                        return;
                    }
                    const qint64 maxChunk = info->value(QStringLiteral("limits"))
                                                .toObject()
                                                .value(QStringLiteral("maxChunkBytes"))
                                                .toInteger();
                    if (maxChunk > 0)
                        m_chunks.setMaximum(qMin(maxChunk, m_chunkCap));
                    m_limitsKnown = true;
                    then();
                });
        });
}

void TusUploader::create()
{
    setState(State::Creating);
    if (m_maxUploadBytes > 0 && m_fingerprint.size > m_maxUploadBytes) {
        setFailed(Error { ErrorCode::TooLarge,
            tr("%1 is larger than the server accepts (%2 bytes).")
                .arg(QFileInfo(m_fingerprint.path).fileName())
                .arg(m_maxUploadBytes) });
        return;
    }
    const QFileInfo info(m_fingerprint.path);
    const QString mimeType = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).name();
    ApiClient::Headers headers = tusHeaders();
    headers.append({ QByteArrayLiteral("Upload-Length"), QByteArray::number(m_fingerprint.size) });
    headers.append({ QByteArrayLiteral("Upload-Metadata"),
        TusMetadata::encode({ { QStringLiteral("filename"), info.fileName() }, { QStringLiteral("filetype"), mimeType },
            { QStringLiteral("kind"), UploadRecord::kindName(m_kind) }, { QStringLiteral("name"), m_name },
            { QStringLiteral("sha256"), QString::fromLatin1(m_fingerprint.sha256) } }) });
    send(QByteArrayLiteral("POST"), QStringLiteral("/files"), headers, nullptr,
        [this](QNetworkReply *reply, int status, const QByteArray &body) {
            if (!isSuccess(status)) {
                failReply(reply, status, body);
                return;
            }
            // Location may be absolute or relative; only its path is kept, so the upload
            // follows the server when its port changes (an embedded server after a restart).
            const QString path = QUrl(QString::fromLatin1(reply->rawHeader("Location"))).path();
            if (path.isEmpty()) {
                setFailed(Error { ErrorCode::Internal, tr("The server created the upload but did not say where.") });
                return;
            }
            m_uploadPath = path;
            m_offset = headerNumber(reply, "Upload-Offset").value_or(0);
            emit recordChanged();
            if (m_fingerprint.size > 0 && m_offset >= m_fingerprint.size) {
                m_deduplicated = true;
                setNote(tr("Already on the server: nothing needed to be sent."));
                finishDone();
                return;
            }
            sendNextChunk();
        });
}

// HEAD: where the server's durable copy ends, the only offset to continue from.
void TusUploader::syncOffset()
{
    if (m_state != State::Completing)
        setState(State::Uploading);
    send(QByteArrayLiteral("HEAD"), m_uploadPath, tusHeaders(), nullptr,
        [this](QNetworkReply *reply, int status, const QByteArray &body) {
            if (status == 404 || status == 410) {
                uploadGone();
                return;
            }
            if (!isSuccess(status)) {
                failReply(reply, status, body);
                return;
            }
            const std::optional<qint64> offset = headerNumber(reply, "Upload-Offset");
            const std::optional<qint64> length = headerNumber(reply, "Upload-Length");
            if (!offset) {
                setFailed(Error { ErrorCode::Internal, tr("The server did not say how much of the upload it has.") });
                return;
            }
            if (length && *length != m_fingerprint.size) {
                uploadGone(); // not the upload of this file any more
                return;
            }
            m_offset = qMin(*offset, m_fingerprint.size);
            const quint64 generation = m_generation;
            emit offsetChanged(m_offset);
            if (generation != m_generation)
                return; // a listener paused or canceled
            if (m_offset >= m_fingerprint.size)
                finishDone();
            else
                sendNextChunk();
        });
}

void TusUploader::uploadGone()
{
    if (++m_recreations > kMaxRecreationsInARow) {
        setFailed(Error { ErrorCode::NotFound, tr("The server keeps losing this upload.") });
        return;
    }
    qCInfo(lcClient) << "upload" << m_id << "is gone from the server; creating it again";
    setNote(tr("The server no longer had this upload; it starts again from the beginning."));
    m_uploadPath.clear();
    m_offset = 0;
    emit recordChanged();
    create();
}

void TusUploader::sendNextChunk()
{
    if (m_offset >= m_fingerprint.size) {
        complete();
        return;
    }
    setState(State::Uploading);
    // The chunk read ahead fits unless the offset moved (a 409, a resume) or a 413 lowered the ceiling.
    if (m_next.offset != m_offset || m_next.length > m_fingerprint.size - m_offset
        || m_next.length > m_chunks.maximum())
        readAhead(m_offset);
    m_awaitingChunk = true;
    patchWhenRead();
}

// The chunk's digest goes in a header, so it is computed before sending, off this thread.
void TusUploader::readAhead(qint64 offset)
{
    if (m_next.control)
        m_next.control->canceled = true;
    m_next = NextChunk { offset, qMin(m_chunks.next(), m_fingerprint.size - offset),
        std::make_shared<FileHasher::Control>(), std::nullopt };
    const quint64 generation = m_generation;
    FileHasher::startChunk(m_hashPool, m_fingerprint.path, offset, m_next.length, m_next.control, this,
        [this, generation, control = m_next.control](const Result<FileHasher::Chunk> &chunk) {
            if (generation != m_generation || control != m_next.control)
                return; // stopped, or replaced by a read at another offset
            m_next.read = chunk;
            patchWhenRead();
        });
}

void TusUploader::patchWhenRead()
{
    if (!m_awaitingChunk || !m_next.read)
        return;
    m_awaitingChunk = false;
    Result<FileHasher::Chunk> chunk = std::move(*m_next.read);
    m_next = NextChunk {};
    if (!chunk) {
        setFailed(chunk.error());
        return;
    }
    patch(std::move(*chunk));
}

void TusUploader::patch(FileHasher::Chunk chunk)
{
    const qint64 offset = chunk.offset;
    const qint64 length = chunk.bytes.size();
    auto *device = new QBuffer; // QNetworkAccessManager reads it on this thread: memory, not disk
    device->setData(chunk.bytes);
    device->open(QIODevice::ReadOnly);
    ApiClient::Headers headers = tusHeaders();
    headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/offset+octet-stream") });
    headers.append({ QByteArrayLiteral("Upload-Offset"), QByteArray::number(offset) });
    headers.append({ QByteArrayLiteral("Upload-Checksum"), QByteArrayLiteral("sha256 ") + chunk.digest.toBase64() });
    headers.append({ QByteArrayLiteral("Content-Length"), QByteArray::number(length) });
    const bool completes = offset + length == m_fingerprint.size;
    const auto timeout = completes
        ? m_client->timeout() + std::chrono::milliseconds(m_fingerprint.size / kSlowestReadBackBytesPerMs)
        : m_client->timeout();
    m_chunkClock.start();
    send(
        QByteArrayLiteral("PATCH"), m_uploadPath, headers, device,
        [this, offset, length](QNetworkReply *reply, int status, const QByteArray &body) {
            m_inFlight = 0;
            if (isSuccess(status)) {
                m_chunks.recordChunk(length, m_chunkClock.elapsed());
                m_backoff.reset();
                m_conflicts = 0;
                m_recreations = 0;
                m_offset = qMin(headerNumber(reply, "Upload-Offset").value_or(offset + length), m_fingerprint.size);
                const quint64 generation = m_generation;
                emit offsetChanged(m_offset);
                if (generation != m_generation)
                    return; // a listener paused or canceled
                sendNextChunk();
            } else if (status == 409) {
                // Our offset and the server's disagree (an earlier chunk did land): ask at once.
                // Again and again means another request still holds the upload (an aborted
                // chunk the server has not noticed yet): wait, on the retry schedule.
                if (++m_conflicts == 1)
                    syncOffset();
                else
                    failRequest(ApiClient::replyError(reply, body), true);
            } else if (status == 404 || status == 410) {
                uploadGone();
            } else if (status == 413 && length > ChunkSizer::kMinimum) {
                m_chunks.tooLarge(length);
                syncOffset();
            } else {
                failReply(reply, status, body);
            }
        },
        timeout);
    const quint64 generation = m_generation;
    connect(m_reply.data(), &QNetworkReply::uploadProgress, this, [this, generation](qint64 sent, qint64) {
        if (generation == m_generation)
            m_inFlight = sent;
    });
    if (!completes)
        readAhead(offset + length); // while this one is on the wire
}

void TusUploader::complete()
{
    setState(State::Completing);
    syncOffset(); // the server's word that every byte is durable
}

void TusUploader::finishDone()
{
    stopWork();
    m_offset = m_fingerprint.size;
    setState(State::Done);
}

} // namespace sluice
