#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/client/apiclient.h"
#include "app/client/uploadqueue.h"
#include "app/client/uploadstore.h"
#include "support/testserver.h"
#include "support/verifyresult.h"
#include "uploadtestsupport.h"

using namespace sluice;
using namespace sluice::test;
using State = TusUploader::State;
using States = QList<TusUploader::State>;

namespace {
constexpr int kRows = 60000;
constexpr qint64 kSmallChunks = 256 * 1024;
constexpr int kLongWait = 60000;
} // namespace

class tst_UploadQueue : public QObject
{
    Q_OBJECT
private slots:
    // Pure logic.
    void toStart_data();
    void toStart();
    void defaultName_data();
    void defaultName();
    // Against a real server.
    void init();
    void cleanup();
    void runsAtMostMaxParallelInOrder();
    void savesEachUnfinishedUpload();
    void resumesAcrossARecreatedQueue();
    void changedFileAfterRestartStartsFromZero();
    void pauseAllThenResumeAll();
    void cancelForgetsTheUpload();
    void addFolderQueuesCsvLikeFiles();

private:
    QString storeFile() const { return UploadStore::defaultFileName(m_files->path()); }
    static bool allDone(const UploadQueue &queue);
    static bool allSettled(const UploadQueue &queue);
    static QString describe(const UploadQueue &queue);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_files;
};

void tst_UploadQueue::toStart_data()
{
    QTest::addColumn<States>("states");
    QTest::addColumn<int>("maxParallel");
    QTest::addColumn<QList<int>>("started");
    QTest::newRow("first three of five") << States(5, State::Queued) << 3 << QList<int> { 0, 1, 2 };
    QTest::newRow("one slot left") << States { State::Uploading, State::Hashing, State::Queued, State::Queued } << 3
                                   << QList<int> { 2 };
    QTest::newRow("full") << States { State::Retrying, State::Completing, State::Creating, State::Queued } << 3
                          << QList<int> {};
    QTest::newRow("paused and failed free their slots")
        << States { State::Paused, State::Failed, State::Done, State::Canceled, State::Queued, State::Queued } << 1
        << QList<int> { 4 };
    QTest::newRow("waiting keep their order")
        << States { State::Paused, State::Queued, State::Uploading, State::Queued } << 3 << QList<int> { 1, 3 };
}

void tst_UploadQueue::toStart()
{
    QFETCH(States, states);
    QFETCH(int, maxParallel);
    QFETCH(QList<int>, started);
    QCOMPARE(UploadQueue::toStart(states, maxParallel), started);
}

void tst_UploadQueue::defaultName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << QStringLiteral("/d/sales.csv") << QStringLiteral("sales");
    QTest::newRow("compressed") << QStringLiteral("/d/sales 2024.csv.gz") << QStringLiteral("sales 2024");
    QTest::newRow("dots in the name") << QStringLiteral("/d/v1.2.tsv.zst") << QStringLiteral("v1.2");
    QTest::newRow("zip") << QStringLiteral("/d/bundle.ZIP") << QStringLiteral("bundle");
}

void tst_UploadQueue::defaultName()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    QCOMPARE(UploadQueue::defaultName(path), name);
}

void tst_UploadQueue::init()
{
    if (QByteArray(QTest::currentTestFunction()) == "toStart"
        || QByteArray(QTest::currentTestFunction()) == "defaultName")
        return; // pure cases need no server
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->error().message));
    m_client = std::make_unique<ApiClient>();
    m_client->setServer(m_server->url(), m_server->token());
    m_files = std::make_unique<QTemporaryDir>();
}

void tst_UploadQueue::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_files.reset();
}

bool tst_UploadQueue::allDone(const UploadQueue &queue)
{
    const QList<TusUploader *> uploads = queue.uploads();
    return !uploads.isEmpty()
        && std::all_of(uploads.cbegin(), uploads.cend(), [](TusUploader *u) { return u->state() == State::Done; });
}

bool tst_UploadQueue::allSettled(const UploadQueue &queue)
{
    const QList<TusUploader *> uploads = queue.uploads();
    return std::all_of(uploads.cbegin(), uploads.cend(), [](TusUploader *u) {
        return u->state() == State::Done || u->state() == State::Failed || u->state() == State::Canceled;
    });
}

QString tst_UploadQueue::describe(const UploadQueue &queue)
{
    QStringList lines;
    for (TusUploader *u : queue.uploads())
        lines.append(QStringLiteral("%1: %2 %3").arg(u->name(), TusUploader::stateName(u->state()), u->note()));
    return lines.join(QStringLiteral("; "));
}

// Waits for every upload to end; fails at once, with their notes, when one ends otherwise than done.
#define WAIT_ALL_DONE(queue)                                                                                           \
    do {                                                                                                               \
        QVERIFY2(QTest::qWaitFor([&] { return allSettled(queue); }, 120000), qPrintable(describe(queue)));             \
        QVERIFY2(allDone(queue), qPrintable(describe(queue)));                                                         \
    } while (false)

void tst_UploadQueue::runsAtMostMaxParallelInOrder()
{
    UploadQueue queue(m_client.get(), storeFile());
    queue.setMaxParallel(2);
    queue.setMaximumChunkSize(kSmallChunks);
    int mostActive = 0;
    QStringList startOrder;
    connect(&queue, &UploadQueue::uploadAdded, this, [&](TusUploader *upload) {
        connect(upload, &TusUploader::stateChanged, this, [&, upload](State state) {
            mostActive = qMax(mostActive, queue.activeCount());
            if (state == State::Hashing)
                startOrder.append(upload->id());
        });
    });
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(queue.addFile(writeCsv(m_files->path(), QStringLiteral("f%1.csv").arg(i), kRows, i)));
    QCOMPARE(queue.uploads().size(), 5);
    for (TusUploader *upload : queue.uploads())
        QCOMPARE(upload->state(), State::Queued); // nothing starts before the event loop runs
    WAIT_ALL_DONE(queue);
    QCOMPARE(mostActive, 2);
    QCOMPARE(startOrder, ids);
    for (int i = 0; i < 5; ++i)
        QVERIFY(serverHasCopy(m_server->dataDirectory(), m_files->filePath(QStringLiteral("f%1.csv").arg(i))));
}

void tst_UploadQueue::savesEachUnfinishedUpload()
{
    UploadQueue queue(m_client.get(), storeFile());
    queue.setMaximumChunkSize(kSmallChunks);
    const QString path = writeCsv(m_files->path(), QStringLiteral("saved.csv"), kRows);
    const QString id = queue.addFile(path, UploadKind::Teams, QStringLiteral("my teams"));
    TusUploader *upload = queue.upload(id);
    QVERIFY(upload);
    connect(
        upload, &TusUploader::offsetChanged, upload, [upload] { upload->pause(); }, Qt::SingleShotConnection);
    SLUICE_WAIT_STATE(*upload, State::Paused);
    // What a crash right now would leave behind: the upload, where it lives, what file it is.
    const auto savedMatches = [&] {
        auto saved = UploadStore::load(storeFile());
        return saved && saved->size() == 1 && saved->first() == upload->record();
    };
    QTRY_VERIFY(savedMatches());
    const UploadRecord record = UploadStore::load(storeFile())->first();
    QCOMPARE(record.kind, UploadKind::Teams);
    QCOMPARE(record.name, QStringLiteral("my teams"));
    QCOMPARE(record.state, QStringLiteral("paused"));
    QVERIFY(!record.uploadPath.isEmpty());
    QCOMPARE(record.fingerprint.sha256, sha256Hex(path));
    QCOMPARE(record.fingerprint.size, QFileInfo(path).size());

    queue.resume(id);
    SLUICE_WAIT_STATE(*upload, State::Done);
    QTRY_VERIFY(UploadStore::load(storeFile()).value_or(QList<UploadRecord> { UploadRecord() }).isEmpty());
}

void tst_UploadQueue::resumesAcrossARecreatedQueue()
{
    const QString path = writeCsv(m_files->path(), QStringLiteral("across.csv"), kRows);
    QString id;
    QString uploadPath;
    qint64 pausedAt = 0;
    {
        UploadQueue first(m_client.get(), storeFile());
        first.setMaximumChunkSize(kSmallChunks);
        id = first.addFile(path);
        TusUploader *upload = first.upload(id);
        connect(
            upload, &TusUploader::offsetChanged, upload, [upload] { upload->pause(); }, Qt::SingleShotConnection);
        SLUICE_WAIT_STATE(*upload, State::Paused);
        uploadPath = upload->uploadPath();
        pausedAt = upload->offset();
    } // the app quits

    UploadQueue second(m_client.get(), storeFile());
    second.setMaximumChunkSize(kSmallChunks);
    SLUICE_VERIFY_RESULT(second.restore());
    QCOMPARE(second.uploads().size(), 1);
    TusUploader *upload = second.upload(id);
    QVERIFY(upload);
    QCOMPARE(upload->state(), State::Paused);
    QCOMPARE(upload->uploadPath(), uploadPath);
    QCOMPARE(upload->offset(), pausedAt);
    QCOMPARE(upload->filePath(), path);
    QCOMPARE(upload->name(), QStringLiteral("across"));

    QSignalSpy offsets(upload, &TusUploader::offsetChanged);
    second.resume(id);
    SLUICE_WAIT_STATE(*upload, State::Done);
    QCOMPARE(upload->uploadPath(), uploadPath); // the same upload, continued
    QCOMPARE(offsets.first().first().toLongLong(), pausedAt);
    QVERIFY(serverHasCopy(m_server->dataDirectory(), path));
}

void tst_UploadQueue::changedFileAfterRestartStartsFromZero()
{
    const QString path = writeCsv(m_files->path(), QStringLiteral("edited.csv"), kRows);
    QString id;
    QString oldUploadPath;
    {
        UploadQueue first(m_client.get(), storeFile());
        first.setMaximumChunkSize(kSmallChunks);
        id = first.addFile(path);
        TusUploader *upload = first.upload(id);
        connect(
            upload, &TusUploader::offsetChanged, upload, [upload] { upload->pause(); }, Qt::SingleShotConnection);
        SLUICE_WAIT_STATE(*upload, State::Paused);
        oldUploadPath = upload->uploadPath();
    }
    QCOMPARE(writeCsv(m_files->path(), QStringLiteral("edited.csv"), kRows, 7), path); // other bytes

    UploadQueue second(m_client.get(), storeFile());
    SLUICE_VERIFY_RESULT(second.restore());
    TusUploader *upload = second.upload(id);
    QVERIFY(upload);
    second.resume(id);
    SLUICE_WAIT_STATE(*upload, State::Done);
    QVERIFY2(upload->note().contains(QStringLiteral("edited.csv")), qPrintable(upload->note()));
    QVERIFY(upload->uploadPath() != oldUploadPath);
    QCOMPARE(upload->sha256(), sha256Hex(path));
    QVERIFY(serverHasCopy(m_server->dataDirectory(), path));
}

void tst_UploadQueue::pauseAllThenResumeAll()
{
    UploadQueue queue(m_client.get(), storeFile());
    queue.setMaxParallel(1);
    queue.setMaximumChunkSize(kSmallChunks);
    for (int i = 0; i < 3; ++i)
        queue.addFile(writeCsv(m_files->path(), QStringLiteral("p%1.csv").arg(i), kRows, i));
    TusUploader *first = queue.uploads().first();
    connect(
        first, &TusUploader::offsetChanged, &queue, [&queue] { queue.pauseAll(); }, Qt::SingleShotConnection);
    SLUICE_WAIT_STATE(*first, State::Paused);
    for (TusUploader *upload : queue.uploads())
        QCOMPARE(upload->state(), State::Paused);
    QTest::qWait(0); // let a (wrong) scheduling run, if one were pending
    QCOMPARE(queue.activeCount(), 0);
    queue.resumeAll();
    WAIT_ALL_DONE(queue);
}

void tst_UploadQueue::cancelForgetsTheUpload()
{
    UploadQueue queue(m_client.get(), storeFile());
    queue.setMaximumChunkSize(kSmallChunks);
    const QString id = queue.addFile(writeCsv(m_files->path(), QStringLiteral("gone.csv"), kRows));
    TusUploader *upload = queue.upload(id);
    connect(
        upload, &TusUploader::offsetChanged, upload, [upload] { upload->pause(); }, Qt::SingleShotConnection);
    SLUICE_WAIT_STATE(*upload, State::Paused);
    QTRY_COMPARE(UploadStore::load(storeFile()).value_or(QList<UploadRecord>()).size(), 1);
    const QString uploadPath = upload->uploadPath();
    queue.cancel(id);
    SLUICE_WAIT_STATE(*upload, State::Canceled);
    QTRY_VERIFY(UploadStore::load(storeFile()).value_or(QList<UploadRecord> { UploadRecord() }).isEmpty());
    QCOMPARE(tusHead(*m_client, uploadPath).status, 404);
    QSignalSpy removed(&queue, &UploadQueue::uploadRemoved);
    queue.clearFinished();
    QCOMPARE(removed.size(), 1);
    QVERIFY(queue.uploads().isEmpty());
}

void tst_UploadQueue::addFolderQueuesCsvLikeFiles()
{
    const QDir root(m_files->path());
    QVERIFY(root.mkpath(QStringLiteral("drop/inner")));
    const QString a = writeCsv(root.filePath(QStringLiteral("drop")), QStringLiteral("a.csv"), 500, 1);
    const QString b = writeCsv(root.filePath(QStringLiteral("drop/inner")), QStringLiteral("b.tsv"), 500, 2);
    writeCsv(root.filePath(QStringLiteral("drop")), QStringLiteral("readme.md"), 3);
    UploadQueue queue(m_client.get(), storeFile());
    QSignalSpy scanned(&queue, &UploadQueue::folderScanned);
    queue.addFolder(root.filePath(QStringLiteral("drop")));
    QTRY_COMPARE(scanned.size(), 1);
    QCOMPARE(scanned.first().at(1).toInt(), 2);
    QCOMPARE(queue.uploads().size(), 2);
    QCOMPARE(queue.uploads().at(0)->filePath(), a);
    QCOMPARE(queue.uploads().at(1)->filePath(), b);
    WAIT_ALL_DONE(queue);
    QVERIFY(serverHasCopy(m_server->dataDirectory(), a));
    QVERIFY(serverHasCopy(m_server->dataDirectory(), b));
}

QTEST_GUILESS_MAIN(tst_UploadQueue)
#include "tst_uploadqueue.moc"
