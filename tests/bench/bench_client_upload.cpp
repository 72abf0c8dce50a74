// Upload of generated "sales" files through the desktop client (UploadQueue and TusUploader,
// with the ConnectionMonitor and EventSocket the window runs beside them) to the embedded
// server (EmbeddedServer: an ApiServer on 127.0.0.1 in its own thread, in this process, as the
// app runs it), next to raw tus uploads of the same file to a server started the same way in
// the same run: curl sending 32 MiB PATCHes from split files (as tests/bench/bench_server.sh
// does), the same with an Upload-Checksum on each PATCH (the client sends one too, and the
// server verifies it), and QNetworkAccessManager sending 32 MiB PATCHes from memory (for
// reference: the client sends its PATCHes through its own ChunkSender, every other request
// through QNetworkAccessManager). The client's hashing before creation (the whole file's
// SHA-256 for deduplication, beside its chunks' digests on a second thread) is timed apart from
// its transfer. While the client uploads, a 1 ms timer on the main (GUI) thread records the
// longest gap between event-loop turns, and how much of it was the thread's own work. Every
// upload goes to a fresh server and data directory, so the import a completed upload starts
// never overlaps another measurement. Prints medians and per-run ratios; never pass/fail.
// Usage: bench_client_upload [--sizes 100MB,1GB] [--runs 3] [--dir DIR]
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include "app/client/apiclient.h"
#include "app/client/connectionmonitor.h"
#include "app/client/eventsocket.h"
#include "app/client/filehasher.h"
#include "app/client/tusmetadata.h"
#include "app/client/uploadqueue.h"
#include "app/client/uploadstore.h"
#include "app/embeddedserver.h"
#include "bench/benchharness.h"
#include "bench/rununtil.h"
#include "bench/samples.h"
#include "bench/loopbackinstance.h"
#include "bench/turngapmeter.h"
#include "core/config/localinstance.h"

using namespace sluice;
using namespace sluice::bench;

namespace {

constexpr qint64 kRawChunk = 32LL * 1024 * 1024; // bench_server.sh's PATCH size
constexpr int kTimeoutMs = 10 * 60 * 1000;

// A fresh embedded server, as the desktop app starts it: its own data directory (settings,
// token, database, uploads) with any free port on loopback, and the app's ApiClient pointed
// at it. Destroying it stops the server, and with it the import the upload started.
class ServerSession final
{
public:
    explicit ServerSession(const QString &parentDirectory)
        : m_dir(QDir(parentDirectory).filePath(QStringLiteral("client-upload-XXXXXX")))
    {
        m_local = openLoopbackInstance(m_dir.filePath(QStringLiteral("data")), "bench_client_upload");
        if (!m_local)
            return;
        m_server = std::make_unique<EmbeddedServer>(*m_local, &client);
        QObject::connect(m_server.get(), &EmbeddedServer::startFailed, m_server.get(), [this](const QString &why) {
            std::fprintf(stderr, "bench_client_upload: the server did not start: %s\n", qPrintable(why));
            m_failed = true;
        });
        m_server->start();
        if (!runUntil([this] { return m_failed || m_server->port() != 0; }, 30000) || m_failed)
            m_server.reset();
    }
    ~ServerSession()
    {
        m_server.reset(); // stops the server before its data directory goes
        m_local.reset();
        // The server's last SQLite connections close on their pool threads just after it stops,
        // deleting their -wal and -shm files: try again briefly rather than leave a directory.
        for (int attempt = 0; attempt < 50 && !QDir(m_dir.path()).removeRecursively(); ++attempt)
            QThread::msleep(100);
    }

    bool isUp() const { return m_server && m_server->port() != 0; }
    QString dataDirectory() const { return m_dir.filePath(QStringLiteral("data")); }

    ApiClient client; // declared first: the server points it at itself and must go before it

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalInstance> m_local;
    std::unique_ptr<EmbeddedServer> m_server;
    bool m_failed = false;
};

// Creates a tus upload of `size` bytes named after `path` (untimed); its path, or empty.
QString createUpload(ApiClient &client, const QString &path, qint64 size)
{
    const ApiClient::Headers headers {
        { QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0") },
        { QByteArrayLiteral("Upload-Length"), QByteArray::number(size) },
        { QByteArrayLiteral("Upload-Metadata"),
            TusMetadata::encode({ { QStringLiteral("filename"), QFileInfo(path).fileName() },
                { QStringLiteral("kind"), QStringLiteral("dataset") } }) },
    };
    QNetworkReply *reply = client.sendRaw(QByteArrayLiteral("POST"), QStringLiteral("/files"), headers);
    runUntil([reply] { return reply->isFinished(); }, 30000);
    const QString location = QUrl(QString::fromLatin1(reply->rawHeader("Location"))).path();
    if (ApiClient::statusOf(reply) != 201)
        std::fprintf(stderr, "bench_client_upload: POST /files answered %d\n", ApiClient::statusOf(reply));
    reply->deleteLater();
    return location;
}

// `path` cut into files of kRawChunk bytes in `directory`, for curl's -T (made once per size).
QStringList splitIntoChunks(const QString &path, const QString &directory)
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return {};
    QStringList chunks;
    for (qint64 offset = 0; offset < source.size(); offset += kRawChunk) {
        const QByteArray bytes = source.read(kRawChunk);
        QFile chunk(QDir(directory).filePath(QStringLiteral("c%1").arg(chunks.size(), 4, 10, QLatin1Char('0'))));
        if (bytes.isEmpty() || !chunk.open(QIODevice::WriteOnly) || chunk.write(bytes) != bytes.size())
            return {};
        chunks << chunk.fileName();
    }
    return chunks;
}

// The SHA-256 of each chunk file as an Upload-Checksum value (computed before, untimed).
QStringList checksumsOf(const QStringList &chunks)
{
    QStringList checksums;
    for (const QString &chunk : chunks) {
        FileHasher::Control control;
        auto digest = FileHasher::hash(chunk, 0, -1, control);
        if (!digest)
            return {};
        checksums << QStringLiteral("Upload-Checksum: sha256 ") + QString::fromLatin1(digest->toBase64());
    }
    return checksums;
}

// bench_server.sh's raw upload: one curl process, one PATCH per chunk file via --next,
// "Expect:" off; with `checksums`, each PATCH also carries its Upload-Checksum, which the
// server verifies as it does the client's. Only the PATCHes are timed. Seconds, or nullopt
// when an answer was not 204.
std::optional<double> curlUpload(
    const QString &dataDirectory, const QString &path, const QStringList &chunks, const QStringList &checksums = {})
{
    ServerSession session(dataDirectory);
    if (!session.isUp())
        return std::nullopt;
    const qint64 size = QFileInfo(path).size();
    const QString location = createUpload(session.client, path, size);
    if (location.isEmpty())
        return std::nullopt;
    const QString url = session.client.url(location).toString();
    const QString auth = QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(session.client.token());
    QStringList arguments;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        if (i > 0)
            arguments << QStringLiteral("--next");
        arguments << QStringLiteral("-s") << QStringLiteral("-o") << QStringLiteral("/dev/null") << QStringLiteral("-w")
                  << QStringLiteral("%{http_code} ") << QStringLiteral("--max-time") << QStringLiteral("120")
                  << QStringLiteral("-X") << QStringLiteral("PATCH") << QStringLiteral("-H")
                  << QStringLiteral("Expect:") << QStringLiteral("-H") << auth << QStringLiteral("-H")
                  << QStringLiteral("Tus-Resumable: 1.0.0") << QStringLiteral("-H")
                  << QStringLiteral("Upload-Offset: %1").arg(i * kRawChunk) << QStringLiteral("-H")
                  << QStringLiteral("Content-Type: application/offset+octet-stream");
        if (!checksums.isEmpty())
            arguments << QStringLiteral("-H") << checksums.at(i);
        arguments << QStringLiteral("-T") << chunks.at(i) << url;
    }
    QProcess curl;
    QElapsedTimer clock;
    std::optional<double> seconds;
    QObject::connect(&curl, &QProcess::finished, &curl, [&] { seconds = double(clock.nsecsElapsed()) / 1e9; });
    clock.start();
    curl.start(QStringLiteral("curl"), arguments);
    // The server lives in this process: keep the event loop turning while curl runs.
    if (!runUntil([&seconds] { return seconds.has_value(); }, kTimeoutMs)) {
        curl.kill();
        curl.waitForFinished();
        return std::nullopt;
    }
    const QStringList codes = QString::fromLatin1(curl.readAllStandardOutput()).split(u' ', Qt::SkipEmptyParts);
    if (codes.size() != chunks.size() || codes.count(QStringLiteral("204")) != chunks.size()) {
        std::fprintf(stderr, "bench_client_upload: curl PATCH answers: %s %s\n", qPrintable(codes.join(u' ')),
            qPrintable(QString::fromLocal8Bit(curl.readAllStandardError())));
        return std::nullopt;
    }
    return seconds;
}

// The plainest tus upload Qt can do: 32 MiB PATCHes from memory, no checksum, each chunk read
// (on this thread) while the one before is on the wire. Only the PATCHes are timed.
struct QnamRun
{
    double seconds = 0;
    double longestGapMs = 0; // of this thread's event loop, as for the client
    double longestBusyMs = 0;
};

std::optional<QnamRun> qnamUpload(const QString &dataDirectory, const QString &path)
{
    ServerSession session(dataDirectory);
    if (!session.isUp())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString location = createUpload(session.client, path, file.size());
    if (location.isEmpty())
        return std::nullopt;
    QNetworkAccessManager network;
    QNetworkRequest request(session.client.url(location));
    request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + session.client.token());
    request.setRawHeader("Tus-Resumable", "1.0.0");
    request.setRawHeader("Content-Type", "application/offset+octet-stream");
    qint64 offset = 0;
    bool failed = false;
    std::optional<double> seconds;
    QElapsedTimer clock;
    QByteArray next = file.read(kRawChunk);
    std::function<void()> sendNext = [&] {
        if (next.isEmpty()) {
            seconds = double(clock.nsecsElapsed()) / 1e9;
            return;
        }
        request.setRawHeader("Upload-Offset", QByteArray::number(offset));
        const QByteArray body = std::exchange(next, QByteArray());
        offset += body.size();
        QNetworkReply *reply = network.sendCustomRequest(request, QByteArrayLiteral("PATCH"), body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            reply->deleteLater();
            if (ApiClient::statusOf(reply) != 204) {
                std::fprintf(stderr, "bench_client_upload: QNAM PATCH answered %d\n", ApiClient::statusOf(reply));
                failed = true;
                return;
            }
            sendNext();
        });
        next = file.read(kRawChunk);
    };
    TurnGapMeter gaps;
    clock.start();
    gaps.start();
    sendNext();
    runUntil([&] { return seconds || failed; }, kTimeoutMs);
    gaps.stop();
    if (failed || !seconds)
        return std::nullopt;
    return QnamRun { *seconds, gaps.longestGapMs(), gaps.longestBusyMs() };
}

// One upload through the client, as the desktop app makes it.
struct ClientRun
{
    double hashSeconds = 0; // added until the hash is known (Queued + Hashing)
    double transferSeconds = 0; // from then to Done (OPTIONS, /info, POST, PATCHes, HEAD)
    double longestGapMs = 0; // between two turns of the GUI thread's event loop, the whole time
    double longestHashingGapMs = 0; // the same until the hash was known
    double longestBusyMs = 0; // the GUI thread's own CPU time within one gap: the rest is waiting for a core
    int patches = 0;
    int retries = 0; // the client recovered from a failed request on its own (the time includes it)
};

std::optional<ClientRun> clientUpload(const QString &dataDirectory, const QString &path)
{
    ServerSession session(dataDirectory);
    if (!session.isUp())
        return std::nullopt;
    // What runDesktop() and MainWindow set up beside the queue: the connection monitor's health
    // checks and the event socket subscribed to what the window shows.
    ConnectionMonitor monitor(&session.client);
    EventSocket events(&session.client);
    events.subscribe({ QStringLiteral("uploads"), QStringLiteral("tasks"), QStringLiteral("datasets") });
    events.open();
    UploadQueue queue(&session.client, UploadStore::defaultFileName(session.dataDirectory()));

    ClientRun run;
    QElapsedTimer clock;
    qint64 hashedAt = -1;
    qint64 doneAt = -1;
    TurnGapMeter gaps;

    bool finished = false;
    bool failed = false;
    QObject::connect(&queue, &UploadQueue::uploadAdded, &queue, [&](TusUploader *upload) {
        QObject::connect(upload, &TusUploader::stateChanged, &queue, [&, upload](TusUploader::State state) {
            using State = TusUploader::State;
            if (hashedAt < 0 && state != State::Queued && state != State::Hashing) {
                hashedAt = clock.nsecsElapsed();
                run.longestHashingGapMs = gaps.longestGapMs();
            }
            if (state == State::Done) {
                doneAt = clock.nsecsElapsed();
                finished = true;
            } else if (state == State::Retrying) {
                ++run.retries;
                std::fprintf(
                    stderr, "bench_client_upload: the client upload is retrying: %s\n", qPrintable(upload->note()));
            } else if (state == State::Failed || state == State::Canceled) {
                std::fprintf(stderr, "bench_client_upload: the client upload went %s: %s\n",
                    qPrintable(TusUploader::stateName(state)), qPrintable(upload->note()));
                failed = true;
            }
        });
        QObject::connect(upload, &TusUploader::offsetChanged, &queue, [&run, upload] {
            if (upload->state() == TusUploader::State::Uploading)
                ++run.patches; // HEAD answers arrive while Completing
        });
    });
    clock.start();
    gaps.start();
    queue.addFile(path);
    runUntil([&] { return finished || failed; }, kTimeoutMs);
    gaps.stop();
    run.longestGapMs = gaps.longestGapMs();
    run.longestBusyMs = gaps.longestBusyMs();
    const TusUploader *upload = queue.uploads().value(0);
    if (failed || !finished || !upload || upload->wasDeduplicated() || upload->offset() != QFileInfo(path).size())
        return std::nullopt;
    run.hashSeconds = double(hashedAt) / 1e9;
    run.transferSeconds = double(doneAt - hashedAt) / 1e9;
    return run;
}

void printLine(const char *what, double seconds, qint64 bytes, const QString &note = {})
{
    std::printf("  %-52s %7.2f s %6.0f MB/s   %s\n", what, seconds, double(bytes) / 1e6 / seconds, qPrintable(note));
    std::fflush(stdout);
}

int benchSize(const BenchOptions &options, qint64 bytes)
{
    const QString path = salesFile(options.directory, bytes);
    if (path.isEmpty())
        return 1;
    const qint64 size = QFileInfo(path).size();
    QTemporaryDir chunkDir(QDir(options.directory).filePath(QStringLiteral("client-upload-chunks-XXXXXX")));
    const QStringList chunks = splitIntoChunks(path, chunkDir.path());
    const QStringList checksums = checksumsOf(chunks);
    if (chunks.isEmpty() || checksums.isEmpty()) {
        std::fprintf(stderr, "bench_client_upload: cannot split %s into chunks\n", qPrintable(path));
        return 1;
    }

    std::vector<double> curlSeconds, checkedSeconds, qnamSeconds, hashSeconds, transferSeconds, totalSeconds;
    std::vector<double> vsCurl, vsChecked, vsQnam, totalVsCurl, gaps, hashingGaps, busy, patches, qnamGaps, qnamBusy;
    int retries = 0;
    for (int run = 0; run < options.runs; ++run) {
        // The order turns each run, so a drift of the shared machine falls on each in turn.
        std::optional<double> curl;
        std::optional<double> checked;
        std::optional<QnamRun> qnam;
        std::optional<ClientRun> client;
        for (int step = 0; step < 4; ++step) {
            switch ((run + step) % 4) {
            case 0:
                curl = curlUpload(options.directory, path, chunks);
                break;
            case 1:
                checked = curlUpload(options.directory, path, chunks, checksums);
                break;
            case 2:
                qnam = qnamUpload(options.directory, path);
                break;
            default:
                client = clientUpload(options.directory, path);
                break;
            }
        }
        if (!curl || !checked || !qnam || !client) {
            std::fprintf(stderr, "bench_client_upload: run %d failed\n", run + 1);
            return 1;
        }
        curlSeconds.push_back(*curl);
        checkedSeconds.push_back(*checked);
        qnamSeconds.push_back(qnam->seconds);
        qnamGaps.push_back(qnam->longestGapMs);
        qnamBusy.push_back(qnam->longestBusyMs);
        hashSeconds.push_back(client->hashSeconds);
        transferSeconds.push_back(client->transferSeconds);
        totalSeconds.push_back(client->hashSeconds + client->transferSeconds);
        vsCurl.push_back(client->transferSeconds / *curl);
        vsChecked.push_back(client->transferSeconds / *checked);
        vsQnam.push_back(client->transferSeconds / qnam->seconds);
        totalVsCurl.push_back((client->hashSeconds + client->transferSeconds) / *curl);
        gaps.push_back(client->longestGapMs);
        hashingGaps.push_back(client->longestHashingGapMs);
        busy.push_back(client->longestBusyMs);
        retries += client->retries;
        patches.push_back(client->patches);
    }

    std::printf(
        "Sales CSV of %lld bytes (median of %d runs; ratio = median of per-run time ratios)\n", size, options.runs);
    printLine(qPrintable(QStringLiteral("raw: curl, %1 PATCHes of 32 MiB (as bench_server.sh)").arg(chunks.size())),
        median(curlSeconds), size, QStringLiteral("(runs: %1 s)").arg(joined(curlSeconds, 2)));
    printLine("raw: the same with Upload-Checksum (server verifies)", median(checkedSeconds), size,
        QStringLiteral("(runs: %1 s)").arg(joined(checkedSeconds, 2)));
    printLine("raw: QNetworkAccessManager, 32 MiB PATCHes from memory", median(qnamSeconds), size,
        QStringLiteral("(runs: %1 s)").arg(joined(qnamSeconds, 2)));
    printLine(qPrintable(QStringLiteral("client transfer: create + %1 PATCHes + HEAD%2")
                             .arg(median(patches))
                             .arg(retries ? QStringLiteral(", %1 retries in all").arg(retries) : QString())),
        median(transferSeconds), size,
        QStringLiteral("%1x curl's time, %2x curl's with checksums, %3x QNAM's (runs: %4 s)")
            .arg(median(vsCurl), 0, 'f', 3)
            .arg(median(vsChecked), 0, 'f', 3)
            .arg(median(vsQnam), 0, 'f', 3)
            .arg(joined(transferSeconds, 2)));
    printLine("client hashing before creation (file + chunk digests)", median(hashSeconds), size,
        QStringLiteral("(runs: %1 s)").arg(joined(hashSeconds, 2)));
    printLine("client total: hashing + transfer", median(totalSeconds), size,
        QStringLiteral("%1x curl's time").arg(median(totalVsCurl), 0, 'f', 3));
    std::printf("  %-52s %7.1f ms (while hashing %.1f ms; runs: %s ms); its own CPU time in one gap at most %.1f ms "
                "(runs: %s ms)\n",
        "GUI thread: longest gap between event-loop turns", median(gaps), median(hashingGaps),
        qPrintable(joined(gaps, 1)), median(busy), qPrintable(joined(busy, 1)));
    std::printf("  %-52s %7.1f ms (runs: %s ms); own CPU time in one gap at most %.1f ms (runs: %s ms)\n",
        "  the same during the raw QNetworkAccessManager upload", median(qnamGaps), qPrintable(joined(qnamGaps, 1)),
        median(qnamBusy), qPrintable(joined(qnamBusy, 1)));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sluice.*.debug=false\nsluice.*.info=false"));
    const BenchOptions options = parseOptions(QCoreApplication::arguments().mid(1));
    std::printf("Desktop client upload to the embedded server (in-process, 127.0.0.1; a fresh server per upload), "
                "%d cores\n",
        QThread::idealThreadCount());
    for (const QString &size : options.sizes) {
        const qint64 bytes = parseSize(size);
        if (bytes <= 0) {
            std::fprintf(stderr, "bench_client_upload: cannot read the size \"%s\"\n", qPrintable(size));
            return 2;
        }
        if (benchSize(options, bytes) != 0)
            return 1;
    }
    return 0;
}
