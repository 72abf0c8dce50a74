#include "app/client/tusuploader.h"

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

std::optional<qint64> headerNumber(const QByteArray &field)
{
    bool ok = false;
    const qint64 value = field.trimmed().toLongLong(&ok);
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
    connect(&m_sender, &ChunkSender::uploadProgress, this, [this](qint64 sent) { m_inFlight = sent; });
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
    if (m_state == State::Hashing) {
        // Two passes run side by side (the file's hash, the chunks' digests): the slower one counts.
        qint64 done = qMax<qint64>(0, size());
        for (const auto &control : { m_fileHash, m_digestsHash }) {
            if (control)
                done = qMin(done, control->bytesDone.load());
        }
        return done;
    }
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
    send(QByteArrayLiteral("DELETE"), m_uploadPath, tusHeaders(),
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
    if (m_digestsHash)
        m_digestsHash->canceled = true;
    if (m_next.control)
        m_next.control->canceled = true;
    m_fileHash.reset();
    m_digestsHash.reset();
    m_next = NextChunk {};
    m_awaitingChunk = false;
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->abort(); // its finished() sees a stale generation and only cleans up
    }
    m_sender.abort();
    m_sending = QByteArray();
    m_spare = QByteArray(); // a paused upload holds no chunk in memory
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

void TusUploader::send(
    const QByteArray &verb, const QString &path, const ApiClient::Headers &headers, ReplyHandler handler)
{
    QNetworkReply *reply = m_client->sendRaw(verb, path, headers);
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
    failStatus(status, ApiClient::replyError(reply, body));
}

void TusUploader::failStatus(int status, Error error)
{
    if (status == 460) {
        error.message = tr("A chunk arrived damaged (checksum mismatch).");
        // Or the file changed since its digests were computed: from now on, hash what is read.
        m_digests = ChunkDigests();
    }
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
    m_digestsHash = std::make_shared<FileHasher::Control>();
    m_digests = ChunkDigests();
    const quint64 generation = m_generation;
    ChunkDigests::start(m_hashPool, m_fingerprint.path, m_fingerprint.size, m_chunkCap, m_digestsHash, this,
        [this, generation](const Result<ChunkDigests> &digests) {
            if (generation != m_generation)
                return;
            m_digestsHash.reset();
            if (digests)
                m_digests = *digests; // else the chunks are hashed as they are read, which is only slower
            prepareWhenHashed();
        });
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
            prepareWhenHashed();
        });
}

void TusUploader::prepareWhenHashed()
{
    if (!m_fileHash && !m_digestsHash)
        prepare();
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
    send(QByteArrayLiteral("OPTIONS"), QStringLiteral("/files"), tusHeaders(),
        [this, then = std::move(then)](QNetworkReply *reply, int status, const QByteArray &body) {
            if (!isSuccess(status)) {
                failReply(reply, status, body);
                return;
            }
            if (auto maxSize = headerNumber(reply->rawHeader("Tus-Max-Size")); maxSize && *maxSize > 0)
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
    send(QByteArrayLiteral("POST"), QStringLiteral("/files"), headers,
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
            m_offset = headerNumber(reply->rawHeader("Upload-Offset")).value_or(0);
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
    send(QByteArrayLiteral("HEAD"), m_uploadPath, tusHeaders(),
        [this](QNetworkReply *reply, int status, const QByteArray &body) {
            if (status == 404 || status == 410) {
                uploadGone();
                return;
            }
            if (!isSuccess(status)) {
                failReply(reply, status, body);
                return;
            }
            const std::optional<qint64> offset = headerNumber(reply->rawHeader("Upload-Offset"));
            const std::optional<qint64> length = headerNumber(reply->rawHeader("Upload-Length"));
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
    qint64 length = qMin(m_chunks.next(), m_fingerprint.size - offset);
    // A chunk as large as the digests' pieces is cut at their boundaries: then its digest is known.
    if (const qint64 piece = m_digests.pieceBytes(); piece > 0 && length >= piece)
        length = qMin(piece - offset % piece, m_fingerprint.size - offset);
    m_next = NextChunk { offset, length, std::make_shared<FileHasher::Control>(), std::nullopt };
    const quint64 generation = m_generation;
    auto whenRead = [this, generation, control = m_next.control](const Result<FileHasher::Chunk> &chunk) {
        if (generation != m_generation || control != m_next.control)
            return; // stopped, or replaced by a read at another offset
        m_next.read = chunk;
        patchWhenRead();
    };
    if (const QByteArray digest = m_digests.find(offset, length); !digest.isEmpty())
        ChunkDigests::startReadPiece(
            m_hashPool, m_fingerprint.path, offset, length, digest, std::exchange(m_spare, {}), this, whenRead);
    else
        FileHasher::startChunk(m_hashPool, m_fingerprint.path, offset, length, m_next.control, this, whenRead);
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
    ApiClient::Headers headers = tusHeaders();
    headers.append({ QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_client->token() });
    headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/offset+octet-stream") });
    headers.append({ QByteArrayLiteral("Upload-Offset"), QByteArray::number(offset) });
    headers.append({ QByteArrayLiteral("Upload-Checksum"), QByteArrayLiteral("sha256 ") + chunk.digest.toBase64() });
    const bool completes = offset + length == m_fingerprint.size;
    const auto timeout = completes
        ? m_client->timeout() + std::chrono::milliseconds(m_fingerprint.size / kSlowestReadBackBytesPerMs)
        : m_client->timeout();
    const QUrl url = m_client->url(m_uploadPath);
    m_chunkClock.start();
    // The body goes from memory through ChunkSender rather than ApiClient's QNetworkAccessManager,
    // which would hand it to the socket 16 KiB at a time (see ChunkSender).
    m_sending = chunk.bytes;
    m_sender.send(url, headers, chunk.bytes, timeout, [this, offset, length, url](const Result<HttpResponse> &answer) {
        m_inFlight = 0;
        m_spare = std::exchange(m_sending, QByteArray()); // the sender let go of it: the next read may reuse it
        if (!answer) {
            failRequest(answer.error(), isTransient(answer.error().code));
            return;
        }
        const int status = answer->status;
        if (isSuccess(status)) {
            m_chunks.recordChunk(length, m_chunkClock.elapsed());
            m_backoff.reset();
            m_conflicts = 0;
            m_recreations = 0;
            m_offset
                = qMin(headerNumber(answer->header("Upload-Offset")).value_or(offset + length), m_fingerprint.size);
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
                failRequest(ApiClient::statusError(status, answer->body, url), true);
        } else if (status == 404 || status == 410) {
            uploadGone();
        } else if (status == 413 && length > ChunkSizer::kMinimum) {
            m_chunks.tooLarge(length);
            syncOffset();
        } else {
            failStatus(status, ApiClient::statusError(status, answer->body, url));
        }
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
