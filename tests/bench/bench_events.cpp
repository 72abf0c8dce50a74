// WebSocket event fan-out under an import: N clients (default 500) connect to /api/v1/events
// of a running Sluice server, subscribe to "datasets", then (unless --datasets-only) to
// "dataset:<id>" once the first progress event names the dataset; meanwhile this program uploads a CSV file with tus
// (POST /files, then PATCHes of 32 MiB) so the server imports it and publishes progress.
// Delivery latency of an event = the client's receive time minus the event's "time" field
// (both read from this machine's clock, millisecond resolution); it includes the server's
// coalescing of progress (at most ~5 a second per topic) and the time this process, which
// shares the machine, takes to get to each message. With --pid, the server's VmRSS is
// sampled every 100 ms. Prints one line of figures (key=value); never pass/fail.
// Usage: bench_events --url http://127.0.0.1:PORT --token TOKEN --file FILE
//                     [--clients 500] [--pid SERVER_PID] [--timeout 300] [--datasets-only]
// Prints: messages, latency p50/p99/max of all events and of dataset.progress alone, the count
// and mean size of dataset.profile messages, MB received, connect and upload seconds, and the
// server's VmRSS before, with the clients connected, and at its peak (sampled every 100 ms), and
// the CPU seconds the server and this process used from the upload's start to the end.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QWebSocket>

namespace sluice {
namespace {

constexpr qint64 kChunkBytes = 32LL * 1024 * 1024;
constexpr int kConnectsInFlight = 50; // the server's listen backlog is not overrun

// VmRSS of `pid` in KiB; 0 when unreadable.
qint64 residentKiB(qint64 pid, const char *field = "VmRSS:")
{
    if (pid <= 0)
        return 0;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// User + system CPU seconds of process `pid` (0: this process); -1 when unreadable.
double cpuSeconds(qint64 pid)
{
    QFile stat(pid > 0 ? QStringLiteral("/proc/%1/stat").arg(pid) : QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const long ticks = sysconf(_SC_CLK_TCK);
    return fields.size() > 12 ? double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(ticks) : -1;
}

double percentile(std::vector<qint64> &values, double p)
{
    if (values.empty())
        return -1;
    const auto index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    std::nth_element(values.begin(), values.begin() + qsizetype(index), values.end());
    return double(values[index]);
}

class EventsBench final : public QObject
{
public:
    struct Options
    {
        QUrl url;
        QByteArray token;
        QString file;
        int clients = 500;
        qint64 pid = 0;
        int timeoutSeconds = 300;
        bool datasetTopic = true; // also subscribe to "dataset:<id>" (progress and profiles)
    };

    explicit EventsBench(const Options &options)
        : m_options(options)
    {
        connect(&m_sampler, &QTimer::timeout, this, [this] { sample(); });
        m_sampler.start(100);
        QTimer::singleShot(m_options.timeoutSeconds * 1000, this, [this] {
            std::fprintf(stderr, "bench_events: timed out after %d s\n", m_options.timeoutSeconds);
            finish(false);
        });
    }

    void start()
    {
        m_rssBeforeKiB = residentKiB(m_options.pid);
        m_clock.start();
        m_sockets.reserve(size_t(m_options.clients));
        for (int i = 0; i < m_options.clients; ++i) {
            auto socket = std::make_unique<QWebSocket>();
            QWebSocket *ws = socket.get();
            connect(ws, &QWebSocket::connected, this, [this, ws] { onConnected(ws); });
            connect(ws, &QWebSocket::disconnected, this, [this, ws] { onDisconnected(ws); });
            connect(ws, &QWebSocket::textMessageReceived, this,
                    [this, ws](const QString &message) { onMessage(ws, message); });
            m_sockets.push_back(std::move(socket));
        }
        openMore();
    }

    int exitCode() const { return m_exitCode; }

private:
    void openMore()
    {
        QUrl events = m_options.url;
        events.setScheme(m_options.url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
        events.setPath(QStringLiteral("/api/v1/events"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("access_token"), QString::fromLatin1(m_options.token));
        events.setQuery(query);
        while (m_opened < int(m_sockets.size()) && m_opened - m_connected - m_failed < kConnectsInFlight)
            m_sockets[size_t(m_opened++)]->open(events);
    }

    void onConnected(QWebSocket *ws)
    {
        ++m_connected;
        ws->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("subscribe"), QJsonArray { QStringLiteral("datasets") } } })
                .toJson(QJsonDocument::Compact)));
        openMore();
    }

    void onDisconnected(QWebSocket *ws)
    {
        if (m_finished)
            return;
        if (m_subscribedSockets.contains(ws))
            ++m_dropped;
        else
            ++m_failed;
        openMore();
        startUploadWhenReady();
    }

    // The value of the top-level string field `key` ("time", "topic", "type"). The hub encodes
    // keys in sorted order, so these follow "data" and the last occurrence is the top-level one;
    // scanning from the end keeps this process cheap per message (a profile can be large).
    static QStringView topLevelString(QStringView message, QStringView key)
    {
        const QString needle = QLatin1Char('"') + key.toString() + QStringLiteral("\":\"");
        const qsizetype at = message.lastIndexOf(needle);
        if (at < 0)
            return {};
        const qsizetype start = at + needle.size();
        const qsizetype end = message.indexOf(QLatin1Char('"'), start);
        return end < 0 ? QStringView() : message.mid(start, end - start);
    }

    void onMessage(QWebSocket *ws, const QString &message)
    {
        const qint64 received = QDateTime::currentMSecsSinceEpoch();
        m_bytes += message.size();
        const QStringView type = topLevelString(message, u"type");
        if (type == u"subscribed") {
            if (!m_subscribedSockets.contains(ws)) {
                m_subscribedSockets.insert(ws);
                startUploadWhenReady();
            }
            return;
        }
        const QStringView topic = topLevelString(message, u"topic");
        const QStringView time = topLevelString(message, u"time");
        if (topic.isEmpty() || time.isEmpty())
            return; // hello, error and other control messages
        const QDateTime sent = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
        const qint64 latency = sent.isValid() ? received - sent.toMSecsSinceEpoch() : -1;
        ++m_messages;
        if (latency >= 0) {
            m_latenciesMs.push_back(latency);
            if (type == u"dataset.progress")
                m_progressLatenciesMs.push_back(latency);
        }
        if (type == u"dataset.profile") {
            ++m_profiles;
            m_profileBytes += message.size();
        }
        if (m_options.datasetTopic && topic == u"datasets" && type == u"dataset.progress"
            && !m_datasetSubscribed.contains(ws)) {
            const QString datasetId = QJsonDocument::fromJson(message.toUtf8())
                                          .object()
                                          .value(QStringLiteral("data"))
                                          .toObject()
                                          .value(QStringLiteral("id"))
                                          .toString();
            if (!datasetId.isEmpty()) {
                m_datasetSubscribed.insert(ws);
                ws->sendTextMessage(QString::fromUtf8(
                    QJsonDocument(QJsonObject { { QStringLiteral("subscribe"),
                                                  QJsonArray { QStringLiteral("dataset:") + datasetId } } })
                        .toJson(QJsonDocument::Compact)));
            }
        }
        if (topic == u"datasets" && type == u"dataset.ready") {
            ++m_readyClients;
            if (m_readyClients == 1) // the others get theirs within the grace period
                QTimer::singleShot(5000, this, [this] { finish(true); });
            if (m_readyClients >= int(m_subscribedSockets.size()) - m_dropped)
                finish(true);
        }
    }

    void startUploadWhenReady()
    {
        if (m_uploadStarted || m_opened < int(m_sockets.size())
            || int(m_subscribedSockets.size()) + m_failed < int(m_sockets.size()))
            return;
        m_uploadStarted = true;
        m_connectSeconds = double(m_clock.elapsed()) / 1000.0;
        m_rssClientsKiB = residentKiB(m_options.pid);
        m_serverCpuAtStart = cpuSeconds(m_options.pid);
        m_ownCpuAtStart = cpuSeconds(0);
        m_peakRssKiB = m_rssClientsKiB;
        m_uploadClock.start();
        createUpload();
    }

    QNetworkRequest request(const QUrl &url) const
    {
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + m_options.token);
        req.setRawHeader("Tus-Resumable", "1.0.0");
        return req;
    }

    void createUpload()
    {
        m_file.setFileName(m_options.file);
        if (!m_file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_events: cannot read %s\n", qPrintable(m_options.file));
            finish(false);
            return;
        }
        QNetworkRequest req = request(m_options.url.resolved(QUrl(QStringLiteral("/files"))));
        req.setRawHeader("Upload-Length", QByteArray::number(m_file.size()));
        req.setRawHeader("Upload-Metadata",
                         "filename " + QFileInfo(m_options.file).fileName().toUtf8().toBase64() + ",kind "
                             + QByteArrayLiteral("dataset").toBase64());
        QNetworkReply *reply = m_network.post(req, QByteArray());
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 201) {
                std::fprintf(stderr, "bench_events: POST /files answered %d\n", status);
                finish(false);
                return;
            }
            m_uploadUrl = m_options.url.resolved(QUrl(QString::fromLatin1(reply->rawHeader("Location"))));
            sendChunk(0);
        });
    }

    void sendChunk(qint64 offset)
    {
        if (offset >= m_file.size()) {
            m_uploadSeconds = double(m_uploadClock.elapsed()) / 1000.0;
            return;
        }
        m_file.seek(offset);
        const QByteArray chunk = m_file.read(kChunkBytes);
        QNetworkRequest req = request(m_uploadUrl);
        req.setRawHeader("Upload-Offset", QByteArray::number(offset));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/offset+octet-stream"));
        QNetworkReply *reply = m_network.sendCustomRequest(req, "PATCH", chunk);
        connect(reply, &QNetworkReply::finished, this, [this, reply, offset, size = chunk.size()] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 204) {
                std::fprintf(stderr, "bench_events: PATCH at %lld answered %d\n", offset, status);
                finish(false);
                return;
            }
            sendChunk(offset + size);
        });
    }

    void sample()
    {
        if (m_uploadStarted)
            m_peakRssKiB = std::max(m_peakRssKiB, residentKiB(m_options.pid));
    }

    void finish(bool ok)
    {
        if (m_finished)
            return;
        m_finished = true;
        sample();
        const qint64 samples = qint64(m_latenciesMs.size());
        const double p50 = percentile(m_latenciesMs, 0.50);
        const double p99 = percentile(m_latenciesMs, 0.99);
        const double max = m_latenciesMs.empty() ? -1 : double(*std::max_element(m_latenciesMs.begin(), m_latenciesMs.end()));
        const qint64 progressSamples = qint64(m_progressLatenciesMs.size());
        const double progressP50 = percentile(m_progressLatenciesMs, 0.50);
        const double progressP99 = percentile(m_progressLatenciesMs, 0.99);
        std::printf("clients=%d connected=%d failed=%d dropped=%d ready=%d messages=%lld samples=%lld p50_ms=%.0f "
                    "p99_ms=%.0f max_ms=%.0f progress=%lld progress_p50_ms=%.0f progress_p99_ms=%.0f profiles=%lld "
                    "profile_avg_bytes=%lld mbytes=%.1f connect_s=%.2f upload_s=%.2f rss_before_kib=%lld rss_clients_kib=%lld "
                    "rss_peak_kib=%lld hwm_kib=%lld server_cpu_s=%.2f client_cpu_s=%.2f ok=%d\n",
                    m_options.clients, m_connected, m_failed, m_dropped, m_readyClients, m_messages, samples, p50, p99,
                    max, progressSamples, progressP50, progressP99, m_profiles,
                    m_profiles ? m_profileBytes / m_profiles : 0, double(m_bytes) / 1e6, m_connectSeconds, m_uploadSeconds, m_rssBeforeKiB, m_rssClientsKiB, m_peakRssKiB,
                    residentKiB(m_options.pid, "VmHWM:"), cpuSeconds(m_options.pid) - m_serverCpuAtStart,
                    cpuSeconds(0) - m_ownCpuAtStart, ok ? 1 : 0);
        std::fflush(stdout);
        m_exitCode = ok ? 0 : 1;
        for (auto &socket : m_sockets)
            socket->abort();
        QCoreApplication::exit(m_exitCode);
    }

    Options m_options;
    std::vector<std::unique_ptr<QWebSocket>> m_sockets;
    QSet<QWebSocket *> m_subscribedSockets;
    QSet<QWebSocket *> m_datasetSubscribed;
    QNetworkAccessManager m_network;
    QFile m_file;
    QUrl m_uploadUrl;
    QTimer m_sampler;
    QElapsedTimer m_clock;
    QElapsedTimer m_uploadClock;
    std::vector<qint64> m_latenciesMs;
    std::vector<qint64> m_progressLatenciesMs;
    qint64 m_profiles = 0;
    qint64 m_profileBytes = 0; // characters, i.e. about bytes for this ASCII JSON
    qint64 m_bytes = 0;
    int m_opened = 0;
    int m_connected = 0;
    int m_failed = 0;
    int m_dropped = 0;
    int m_readyClients = 0;
    qint64 m_messages = 0;
    double m_connectSeconds = 0;
    double m_uploadSeconds = 0;
    qint64 m_rssBeforeKiB = 0;
    double m_serverCpuAtStart = 0;
    double m_ownCpuAtStart = 0;
    qint64 m_rssClientsKiB = 0;
    qint64 m_peakRssKiB = 0;
    bool m_uploadStarted = false;
    bool m_finished = false;
    int m_exitCode = 1;
};

} // namespace
} // namespace sluice

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("WebSocket event fan-out under an import (figures, not pass/fail)."));
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("The server's base URL."), QStringLiteral("URL"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("The access token."), QStringLiteral("TOKEN"));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("The CSV file to upload."), QStringLiteral("FILE"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("WebSocket clients (500)."),
                                     QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption pid(QStringLiteral("pid"), QStringLiteral("The server's process id, to sample its RSS."),
                                 QStringLiteral("PID"), QStringLiteral("0"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Give up after this many seconds (300)."),
                                     QStringLiteral("S"), QStringLiteral("300"));
    const QCommandLineOption datasetsOnly(QStringLiteral("datasets-only"),
                                          QStringLiteral("Subscribe to \"datasets\" only, not to \"dataset:<id>\"."));
    parser.addOptions({ url, token, file, clients, pid, timeout, datasetsOnly });
    parser.process(app);

    sluice::EventsBench::Options options;
    options.url = QUrl(parser.value(url));
    options.token = parser.value(token).toLatin1();
    options.file = parser.value(file);
    options.clients = std::clamp(parser.value(clients).toInt(), 1, 10000);
    options.pid = parser.value(pid).toLongLong();
    options.timeoutSeconds = std::clamp(parser.value(timeout).toInt(), 1, 3600);
    options.datasetTopic = !parser.isSet(datasetsOnly);
    if (!options.url.isValid() || options.url.host().isEmpty() || options.token.isEmpty() || options.file.isEmpty()) {
        std::fprintf(stderr, "bench_events: --url, --token and --file are required\n");
        return 2;
    }
    sluice::EventsBench bench(options);
    QTimer::singleShot(0, &bench, [&bench] { bench.start(); });
    app.exec();
    return bench.exitCode();
}
