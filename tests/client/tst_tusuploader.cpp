#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "app/client/apiclient.h"
#include "app/client/tusuploader.h"
#include "support/testserver.h"
#include "uploadtestsupport.h"

using namespace sluice;
using namespace sluice::test;
using State = TusUploader::State;

namespace {
constexpr int kRows = 100000; // about 3.5 MB
constexpr qint64 kSmallChunks = 256 * 1024; // many chunks, so "mid-way" exists
constexpr int kLongWait = 60000;
} // namespace

// Every case runs against a real server (TestServer: ApiServer on 127.0.0.1:0 with its own
// data directory); nothing of the server is imitated.
class tst_TusUploader : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void uploadsByteExact();
    void chunksOffTheDigestBoundariesAreHashedAsRead();
    void pauseMidwayThenResume();
    void cancelTerminatesTheUpload();
    void cancelWhileSending();
    void sameFileTwiceIsDeduplicated();
    void serverRestartMidUpload();
    void retriesWhileTheServerIsDown();
    void failsAfterTheLastRetryThenRetryWorks();
    void changedFileStartsAgainFromZero();
    void missingFileFails();

private:
    std::unique_ptr<TusUploader> makeUploader(const QString &path, const QString &name);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_files;
    QThreadPool m_pool;
};

void tst_TusUploader::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error().message));
    m_client = std::make_unique<ApiClient>();
    m_client->setServer(m_server->url(), m_server->token());
    m_files = std::make_unique<QTemporaryDir>();
}

void tst_TusUploader::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_files.reset();
}

std::unique_ptr<TusUploader> tst_TusUploader::makeUploader(const QString &path, const QString &name)
{
    auto uploader = std::make_unique<TusUploader>(m_client.get(), &m_pool, path, UploadKind::Dataset, name);
    uploader->setMaximumChunkSize(kSmallChunks);
    return uploader;
}

void tst_TusUploader::uploadsByteExact()
{
    const QString path = writeCsv(m_files->path(), QStringLiteral("sales.csv"), kRows);
    auto uploader = makeUploader(path, QStringLiteral("sales"));
    QSignalSpy states(uploader.get(), &TusUploader::stateChanged);
    QSignalSpy offsets(uploader.get(), &TusUploader::offsetChanged);
    QSignalSpy progress(uploader.get(), &TusUploader::progressChanged);
    QCOMPARE(uploader->state(), State::Queued);
    uploader->start();
    SLUICE_WAIT_STATE(*uploader, State::Done);

    QCOMPARE(uploader->sha256(), sha256Hex(path));
    QCOMPARE(uploader->offset(), QFileInfo(path).size());
    QVERIFY(!uploader->wasDeduplicated());
    QVERIFY(uploader->uploadPath().startsWith(QStringLiteral("/files/")));
    // The states in order: hash, create, send, confirm.
    QList<State> seen;
    for (const QList<QVariant> &args : states)
        seen.append(args.first().value<State>());
    QCOMPARE(seen.first(), State::Hashing);
    QVERIFY(seen.indexOf(State::Creating) > 0);
    QVERIFY(seen.indexOf(State::Uploading) > seen.indexOf(State::Creating));
    QVERIFY(seen.indexOf(State::Completing) > seen.indexOf(State::Uploading));
    QCOMPARE(seen.last(), State::Done);
    // Several chunks, each confirmed offset larger than the last.
    QVERIFY2(offsets.size() > 3, qPrintable(QString::number(offsets.size())));
    for (qsizetype i = 1; i < offsets.size(); ++i)
        QVERIFY(offsets.at(i).first().toLongLong() >= offsets.at(i - 1).first().toLongLong());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), QFileInfo(path).size());
    QCOMPARE(progress.last().at(1).toLongLong(), QFileInfo(path).size());

    const HeadAnswer head = tusHead(*m_client, uploader->uploadPath());
    QCOMPARE(head.status, 200);
    QCOMPARE(head.offset, QFileInfo(path).size());
    QVERIFY(serverHasCopy(m_server->dataDirectory(), path));
    // The import that follows sees every row.
    QTRY_COMPARE_WITH_TIMEOUT(datasetRowCount(*m_client, QStringLiteral("sales")), qint64(kRows), kLongWait);
}

// The server takes smaller chunks than the pieces whose digests were computed beside the file's
// hash: no chunk is a whole piece, so each is hashed as it is read, and the upload is the same.
void tst_TusUploader::chunksOffTheDigestBoundariesAreHashedAsRead()
{
    ServerConfig config = TestServer::loopbackConfig();
    config.limits.maxChunkBytes = 100 * 1024;
    m_server = std::make_unique<TestServer>(config);
    QVERIFY2(m_server->start(), qPrintable(m_server->error().message));
    m_client->setServer(m_server->url(), m_server->token());
    const QString path = writeCsv(m_files->path(), QStringLiteral("small-chunks.csv"), kRows);
    auto uploader = makeUploader(path, QStringLiteral("small chunks"));
    QSignalSpy offsets(uploader.get(), &TusUploader::offsetChanged);
    uploader->start();
    SLUICE_WAIT_STATE(*uploader, State::Done);
    QVERIFY(offsets.size() >= QFileInfo(path).size() / (100 * 1024));
    QCOMPARE(offsets.first().first().toLongLong(), 100 * 1024);
    QVERIFY(serverHasCopy(m_server->dataDirectory(), path));
}

void tst_TusUploader::pauseMidwayThenResume()
{
    const QString path = writeCsv(m_files->path(), QStringLiteral("pause.csv"), kRows);
    auto uploader = makeUploader(path, QStringLiteral("pause"));
    connect(
        uploader.get(), &TusUploader::offsetChanged, uploader.get(),
        [&](qint64 offset) {
            if (offset > 0 && uploader->state() == State::Uploading && uploader->offset() < QFileInfo(path).size() / 2)
                uploader->pause();
        },
        Qt::SingleShotConnection);
    uploader->start();
    SLUICE_WAIT_STATE(*uploader, State::Paused);
    const qint64 pausedAt = uploader->offset();
    QVERIFY(pausedAt > 0 && pausedAt < QFileInfo(path).size());

    const HeadAnswer head = tusHead(*m_client, uploader->uploadPath());
    QCOMPARE(head.status, 200);
    QCOMPARE(head.offset, pausedAt); // nothing was sent while paused
    QCOMPARE(head.length, QFileInfo(path).size());

    QSignalSpy offsets(uploader.get(), &TusUploader::offsetChanged);
    uploader->start();
    SLUICE_WAIT_STATE(*uploader, State::Done);
    QVERIFY(!offsets.isEmpty());
    QCOMPARE(offsets.first().first().toLongLong(), pausedAt); // resumed from HEAD, not from zero
    QCOMPARE(tusHead(*m_client, uploader->uploadPath()).offset, QFileInfo(path).size());
    QVERIFY(serverHasCopy(m_server->dataDirectory(), path));
}

void tst_TusUploader::cancelTerminatesTheUpload()
{
    const QString path = writeCsv(m_files->path(), QStringLiteral("cancel.csv"), kRows);
    auto uploader = makeUploader(path, QStringLiteral("cancel"));
    connect(
        uploader.get(), &TusUploader::offsetChanged, uploader.get(), [&] { uploader->pause(); },
        Qt::SingleShotConnection);
    uploader->start();
    SLUICE_WAIT_STATE(*uploader, State::Paused);
    const QString uploadPath = uploader->uploadPath();
    QCOMPARE(tusHead(*m_client, uploadPath).status, 200);
    uploader->cancel();
    SLUICE_WAIT_STATE(*uploader, State::Canceled);
    QCOMPARE(tusHead(*m_client, uploadPath).status, 404);
    uploader->start(); // a canceled upload stays canceled
    QCOMPARE(uploader->state(), State::Canceled);
}

void tst_TusUploader::cancelWhileSending()
{
    const QString path = writeCsv(m_files->path(), QStringLiteral("cancel2.csv"), kRows);
    auto uploader = makeUploader(path, QStringLiteral("cancel2"));
    QString uploadPath;
    connect(
        uploader.get(), &TusUploader::offsetChanged, uploader.get(),
        [&] {
            uploadPath = uploader->uploadPath();
            uploader->cancel(); // with the next chunk about to go
        },
        Qt::SingleShotConnection);
    uploader->start();
    SLUICE_WAIT_STATE(*uploader, State::Canceled);
    QVERIFY(!uploadPath.isEmpty());
    QCOMPARE(tusHead(*m_client, uploadPath).status, 404);
}

void tst_TusUploader::sameFileTwiceIsDeduplicated()
{
    const QString path = writeCsv(m_files->path(), QStringLiteral("twice.csv"), kRows);
    auto first = makeUploader(path, QStringLiteral("twice"));
    first->start();
    SLUICE_WAIT_STATE(*first, State::Done);
    QVERIFY(!first->wasDeduplicated());

    auto second = makeUploader(path, QStringLiteral("twice again"));
    QSignalSpy states(second.get(), &TusUploader::stateChanged);
    QSignalSpy offsets(second.get(), &TusUploader::offsetChanged);
    second->start();
    SLUICE_WAIT_STATE(*second, State::Done);
    QVERIFY(second->wasDeduplicated());
    QVERIFY(offsets.isEmpty()); // not one chunk was sent
    for (const QList<QVariant> &args : states)
        QVERIFY(args.first().value<State>() != State::Uploading);
    QCOMPARE(second->offset(), QFileInfo(path).size());
    QVERIFY(!second->note().isEmpty());
}

void tst_TusUploader::serverRestartMidUpload()
{
    const QString path = writeCsv(m_files->path(), QStringLiteral("restart.csv"), kRows);
    auto uploader = makeUploader(path, QStringLiteral("restart"));
    connect(
        uploader.get(), &TusUploader::offsetChanged, uploader.get(), [&] { uploader->pause(); },
        Qt::SingleShotConnection);
    uploader->start();
    SLUICE_WAIT_STATE(*uploader, State::Paused);
    const qint64 pausedAt = uploader->offset();
    QVERIFY(pausedAt > 0);

    // The same server again on the same data directory (TestServer::start() replaces the
    // running server); it listens on a new port, which the client is told, as the app would be.
    QVERIFY2(m_server->start(), qPrintable(m_server->error().message));
    m_client->setServer(m_server->url(), m_server->token());
    QSignalSpy offsets(uploader.get(), &TusUploader::offsetChanged);
    uploader->start();
    SLUICE_WAIT_STATE(*uploader, State::Done);
    QCOMPARE(offsets.first().first().toLongLong(), pausedAt); // the server kept what it had confirmed
    QVERIFY(serverHasCopy(m_server->dataDirectory(), path));
}

void tst_TusUploader::retriesWhileTheServerIsDown()
{
    const QString path = writeCsv(m_files->path(), QStringLiteral("down.csv"), kRows);
    auto uploader = makeUploader(path, QStringLiteral("down"));
    const quint16 oldPort = m_server->port();
    bool restarted = false;
    connect(
        uploader.get(), &TusUploader::offsetChanged, uploader.get(),
        [&] {
            // The server goes away between two chunks and comes back elsewhere; until the client
            // learns where, every attempt meets a closed port.
            restarted = m_server->start();
        },
        Qt::SingleShotConnection);
    uploader->start();
    QTRY_VERIFY_WITH_TIMEOUT(restarted, kLongWait);
    QVERIFY(m_server->port() != oldPort);
    SLUICE_WAIT_STATE(*uploader, State::Retrying);
    QVERIFY(!uploader->note().isEmpty());
    m_client->setServer(m_server->url(), m_server->token());
    SLUICE_WAIT_STATE(*uploader, State::Done);
    QVERIFY(serverHasCopy(m_server->dataDirectory(), path));
}

void tst_TusUploader::failsAfterTheLastRetryThenRetryWorks()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    m_client->setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort)), m_server->token());

    const QString path = writeCsv(m_files->path(), QStringLiteral("late.csv"), 1000);
    auto uploader = makeUploader(path, QStringLiteral("late"));
    QSignalSpy states(uploader.get(), &TusUploader::stateChanged);
    uploader->start();
    // 0.5 + 1 + 3 + 5 + 10 s of retries, then it gives up with the reason.
    SLUICE_WAIT_STATE(*uploader, State::Failed);
    int retries = 0;
    for (const QList<QVariant> &args : states)
        retries += args.first().value<State>() == State::Retrying ? 1 : 0;
    QCOMPARE(retries, 5);
    QCOMPARE(uploader->error().code, ErrorCode::Network);
    QVERIFY2(uploader->error().message.contains(QString::number(deadPort)), qPrintable(uploader->error().message));

    m_client->setServer(m_server->url(), m_server->token());
    uploader->retry();
    SLUICE_WAIT_STATE(*uploader, State::Done);
    QVERIFY(serverHasCopy(m_server->dataDirectory(), path));
}

void tst_TusUploader::changedFileStartsAgainFromZero()
{
    const QString path = writeCsv(m_files->path(), QStringLiteral("changing.csv"), kRows);
    auto uploader = makeUploader(path, QStringLiteral("changing"));
    connect(
        uploader.get(), &TusUploader::offsetChanged, uploader.get(), [&] { uploader->pause(); },
        Qt::SingleShotConnection);
    uploader->start();
    SLUICE_WAIT_STATE(*uploader, State::Paused);
    const QString oldUploadPath = uploader->uploadPath();

    QCOMPARE(writeCsv(m_files->path(), QStringLiteral("changing.csv"), kRows + 500, 1), path);
    uploader->start();
    SLUICE_WAIT_STATE(*uploader, State::Done);
    QVERIFY2(uploader->note().contains(QStringLiteral("changing.csv")), qPrintable(uploader->note()));
    QVERIFY(uploader->uploadPath() != oldUploadPath);
    QCOMPARE(uploader->sha256(), sha256Hex(path));
    QVERIFY(serverHasCopy(m_server->dataDirectory(), path));
    QTRY_COMPARE_WITH_TIMEOUT(tusHead(*m_client, oldUploadPath).status, 404, kLongWait); // the old one was let go
}

void tst_TusUploader::missingFileFails()
{
    auto uploader = makeUploader(m_files->filePath(QStringLiteral("absent.csv")), QStringLiteral("absent"));
    uploader->start();
    QCOMPARE(uploader->state(), State::Failed);
    QCOMPARE(uploader->error().code, ErrorCode::NotFound);
    QVERIFY(uploader->error().message.contains(QStringLiteral("absent.csv")));
}

QTEST_GUILESS_MAIN(tst_TusUploader)
#include "tst_tusuploader.moc"
