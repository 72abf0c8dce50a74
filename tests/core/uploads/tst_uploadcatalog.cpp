#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/randomid.h"
#include "core/storage/databaseconnection.h"
#include "core/storage/schemamigrator.h"
#include "core/uploads/uploadcatalog.h"
#include "support/verifyresult.h"

using namespace sluice;

class tst_UploadCatalog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createAndAppend();
    void appendAtTheWrongOffsetConflicts();
    void finishedUploadsTakeNoBytes();
    void unacknowledgedBytesAreCutOff();
    void recordsSurviveANewStore();
    void sha256IsVerified_data();
    void sha256IsVerified();
    void sha256RunsAcrossAppends_data();
    void sha256RunsAcrossAppends();
    void findCompleteForDeduplication();
    void terminateRemovesTheFile();
    void expiredUploadsAreRemoved();
    void concatenation();
    void concatenationNeedsCompleteParts();
    void deferredLength();
    void leases();
    void tooLarge();
    void freeSpaceCheck();

private:
    UploadCatalogConfig config() const;
    QByteArray fileBytes(const UploadCatalog &store, const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

UploadCatalogConfig tst_UploadCatalog::config() const
{
    UploadCatalogConfig config;
    config.database = DatabaseConfig { m_dir->filePath(QStringLiteral("sluice.db")) };
    config.directory = m_dir->filePath(QStringLiteral("uploads"));
    config.maxUploadBytes = 1024 * 1024;
    config.maxConcurrentChunks = 2;
    config.expiryHours = 24;
    config.diskReserveBytes = 0;
    return config;
}

QByteArray tst_UploadCatalog::fileBytes(const UploadCatalog &store, const QString &id) const
{
    QFile file(store.filePath(id));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void tst_UploadCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto connection = DatabaseConnection::open(config().database, QStringLiteral("test"));
    SLUICE_VERIFY_RESULT(connection);
    SLUICE_VERIFY_RESULT(SchemaMigrator::migrate(**connection));
}

void tst_UploadCatalog::cleanup()
{
    m_dir.reset();
}

void tst_UploadCatalog::createAndAppend()
{
    UploadCatalog store(config());
    auto created = store.create(NewUpload { QStringLiteral("dataset"), QStringLiteral("a.csv"),
        QStringLiteral("text/csv"), QStringLiteral("A"), 10, QString() });
    SLUICE_VERIFY_RESULT(created);
    QVERIFY(isWellFormedId(created->id));
    QCOMPARE(created->state, UploadState::Created);
    QVERIFY(created->expiresAt > QDateTime::currentDateTimeUtc());
    QVERIFY(QFile::exists(store.filePath(created->id)));

    auto first = store.append(created->id, 0, "abcd");
    SLUICE_VERIFY_RESULT(first);
    QCOMPARE(first->offset, 4);
    QCOMPARE(first->state, UploadState::Uploading);
    auto second = store.append(created->id, 4, "efghij");
    SLUICE_VERIFY_RESULT(second);
    QCOMPARE(second->offset, 10);
    QCOMPARE(second->state, UploadState::Complete);
    QCOMPARE(second->sha256,
        QString::fromLatin1(QCryptographicHash::hash("abcdefghij", QCryptographicHash::Sha256).toHex()));
    QVERIFY(!second->expiresAt.isValid());
    QCOMPARE(fileBytes(store, created->id), QByteArray("abcdefghij"));

    const QJsonObject json = second->toJson();
    for (const char *key : { "id", "filename", "kind", "length", "offset", "state", "sha256", "datasetId" })
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
}

void tst_UploadCatalog::appendAtTheWrongOffsetConflicts()
{
    UploadCatalog store(config());
    auto created = store.create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, 10, {} });
    SLUICE_VERIFY_RESULT(created);
    SLUICE_VERIFY_RESULT(store.append(created->id, 0, "abc"));
    auto wrong = store.append(created->id, 2, "xyz");
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::Conflict);
    QCOMPARE(store.find(created->id)->offset, 3);
}

void tst_UploadCatalog::finishedUploadsTakeNoBytes()
{
    UploadCatalog store(config());
    auto created = store.create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, 2, {} });
    SLUICE_VERIFY_RESULT(created);
    SLUICE_VERIFY_RESULT(store.append(created->id, 0, "ab"));
    auto more = store.openChunk(created->id, 2);
    QVERIFY(!more);
    QCOMPARE(more.error().code, ErrorCode::Forbidden);
    auto unknown = store.openChunk(makeRandomId(), 0);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    auto malformed = store.find(QStringLiteral("../../etc/passwd"));
    QCOMPARE(malformed.error().code, ErrorCode::NotFound);
}

void tst_UploadCatalog::unacknowledgedBytesAreCutOff()
{
    UploadCatalog store(config());
    auto created = store.create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, 10, {} });
    SLUICE_VERIFY_RESULT(created);
    SLUICE_VERIFY_RESULT(store.append(created->id, 0, "abc"));
    {
        // Written but never committed: as after a kill -9 in the middle of a chunk.
        auto chunk = store.openChunk(created->id, 3);
        SLUICE_VERIFY_RESULT(chunk);
        SLUICE_VERIFY_RESULT((*chunk)->write("XXXX"));
    }
    QCOMPARE(store.find(created->id)->offset, 3);
    auto resumed = store.append(created->id, 3, "defghij");
    SLUICE_VERIFY_RESULT(resumed);
    QCOMPARE(resumed->state, UploadState::Complete);
    QCOMPARE(fileBytes(store, created->id), QByteArray("abcdefghij"));
}

void tst_UploadCatalog::recordsSurviveANewStore()
{
    QString id;
    {
        UploadCatalog store(config());
        auto created = store.create(NewUpload { QStringLiteral("teams"), QStringLiteral("t.csv"), {}, {}, 8, {} });
        SLUICE_VERIFY_RESULT(created);
        SLUICE_VERIFY_RESULT(store.append(created->id, 0, "1234"));
        id = created->id;
    }
    UploadCatalog reopened(config());
    auto found = reopened.find(id);
    SLUICE_VERIFY_RESULT(found);
    QCOMPARE(found->offset, 4);
    QCOMPARE(found->kind, QStringLiteral("teams"));
    QCOMPARE(found->filename, QStringLiteral("t.csv"));
    SLUICE_VERIFY_RESULT(reopened.append(id, 4, "5678"));
    QCOMPARE(fileBytes(reopened, id), QByteArray("12345678"));
}

void tst_UploadCatalog::sha256IsVerified_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<UploadState>("state");
    QTest::newRow("matching") << QString::fromLatin1(
        QCryptographicHash::hash("hello", QCryptographicHash::Sha256).toHex())
                              << UploadState::Complete;
    QTest::newRow("different") << QString(64, QLatin1Char('0')) << UploadState::Failed;
}

void tst_UploadCatalog::sha256IsVerified()
{
    QFETCH(QString, declared);
    QFETCH(UploadState, state);
    UploadCatalog store(config());
    auto created = store.create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, 5, declared });
    SLUICE_VERIFY_RESULT(created);
    auto done = store.append(created->id, 0, "hello");
    SLUICE_VERIFY_RESULT(done);
    QCOMPARE(done->state, state);
    QCOMPARE(store.find(created->id)->state, state);
    if (state == UploadState::Failed) {
        QVERIFY(done->error.contains(QStringLiteral("SHA-256")));
        QVERIFY(!QFile::exists(store.filePath(created->id)));
    }
}

void tst_UploadCatalog::sha256RunsAcrossAppends_data()
{
    QTest::addColumn<int>("restartBefore"); // the store is made anew before this append (a server restart)
    QTest::addColumn<int>("discardBefore"); // a chunk with a bad checksum is dropped before this append
    QTest::addColumn<bool>("declaredRight");
    QTest::newRow("one store") << -1 << -1 << true;
    QTest::newRow("restart after the first append") << 1 << -1 << true;
    QTest::newRow("restart before the last append") << 2 << -1 << true;
    QTest::newRow("a dropped chunk in between") << -1 << 1 << true;
    QTest::newRow("restart, then a dropped chunk") << 1 << 2 << true;
    QTest::newRow("wrong declared hash after a restart") << 1 << -1 << false;
}

void tst_UploadCatalog::sha256RunsAcrossAppends()
{
    QFETCH(int, restartBefore);
    QFETCH(int, discardBefore);
    QFETCH(bool, declaredRight);
    const QByteArray data = "The quick brown fox jumps over the lazy dog";
    const QList<QByteArray> appends { data.left(10), data.mid(10, 20), data.mid(30) };
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    auto store = std::make_unique<UploadCatalog>(config());
    auto created = store->create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, data.size(),
        declaredRight ? actual : QString(64, QLatin1Char('0')) });
    SLUICE_VERIFY_RESULT(created);
    qint64 offset = 0;
    Result<UploadInfo> last = fail(ErrorCode::Internal, QStringLiteral("nothing appended"));
    for (int i = 0; i < appends.size(); ++i) {
        if (i == restartBefore)
            store = std::make_unique<UploadCatalog>(config());
        if (i == discardBefore) {
            auto chunk = store->openChunk(created->id, offset, QCryptographicHash::Sha256);
            SLUICE_VERIFY_RESULT(chunk);
            SLUICE_VERIFY_RESULT((*chunk)->write("garbage"));
            store->discardChunk(**chunk);
        }
        last = store->append(created->id, offset, appends.at(i));
        SLUICE_VERIFY_RESULT(last);
        offset += appends.at(i).size();
    }
    QCOMPARE(last->state, declaredRight ? UploadState::Complete : UploadState::Failed);
    if (declaredRight) {
        QCOMPARE(last->sha256, actual);
        QCOMPARE(fileBytes(*store, created->id), data);
    } else {
        QVERIFY(last->error.contains(actual));
    }
}

void tst_UploadCatalog::findCompleteForDeduplication()
{
    UploadCatalog store(config());
    const QString sha = QString::fromLatin1(QCryptographicHash::hash("same", QCryptographicHash::Sha256).toHex());
    auto none = store.findComplete(sha, QStringLiteral("dataset"));
    SLUICE_VERIFY_RESULT(none);
    QVERIFY(!none->has_value());
    auto created = store.create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, 4, sha });
    SLUICE_VERIFY_RESULT(created);
    auto incomplete = store.findComplete(sha, QStringLiteral("dataset"));
    QVERIFY(!incomplete->has_value());
    SLUICE_VERIFY_RESULT(store.append(created->id, 0, "same"));
    auto found = store.findComplete(sha, QStringLiteral("dataset"));
    SLUICE_VERIFY_RESULT(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->id, created->id);
    QVERIFY(!store.findComplete(sha, QStringLiteral("teams"))->has_value());
}

void tst_UploadCatalog::terminateRemovesTheFile()
{
    UploadCatalog store(config());
    auto created = store.create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, 4, {} });
    SLUICE_VERIFY_RESULT(created);
    SLUICE_VERIFY_RESULT(store.terminate(created->id));
    QVERIFY(!QFile::exists(store.filePath(created->id)));
    QCOMPARE(store.find(created->id)->state, UploadState::Terminated);
    QCOMPARE(store.terminate(created->id).error().code, ErrorCode::NotFound);
    QCOMPARE(store.openChunk(created->id, 0).error().code, ErrorCode::NotFound);
}

void tst_UploadCatalog::expiredUploadsAreRemoved()
{
    UploadCatalog store(config());
    auto stale = store.create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, 4, {} });
    auto done = store.create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, 1, {} });
    SLUICE_VERIFY_RESULT(stale);
    SLUICE_VERIFY_RESULT(done);
    SLUICE_VERIFY_RESULT(store.append(done->id, 0, "x"));
    auto notYet = store.removeExpired(QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
    SLUICE_VERIFY_RESULT(notYet);
    QCOMPARE(*notYet, 0);
    auto removed = store.removeExpired(QDateTime::currentDateTimeUtc().addSecs(25 * 3600));
    SLUICE_VERIFY_RESULT(removed);
    QCOMPARE(*removed, 1);
    QCOMPARE(store.find(stale->id)->state, UploadState::Terminated);
    QVERIFY(!QFile::exists(store.filePath(stale->id)));
    QCOMPARE(store.find(done->id)->state, UploadState::Complete);
    QVERIFY(QFile::exists(store.filePath(done->id)));
}

void tst_UploadCatalog::concatenation()
{
    UploadCatalog store(config());
    const NewUpload part { QString(kPartialUploadKind), {}, {}, {}, 3, {} };
    auto a = store.create(part);
    auto b = store.create(part);
    SLUICE_VERIFY_RESULT(a);
    SLUICE_VERIFY_RESULT(b);
    SLUICE_VERIFY_RESULT(store.append(b->id, 0, "def")); // the second part finishes first
    SLUICE_VERIFY_RESULT(store.append(a->id, 0, "abc"));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash("abcdef", QCryptographicHash::Sha256).toHex());
    auto whole = store.concatenate(
        NewUpload { QStringLiteral("dataset"), QStringLiteral("w.csv"), {}, {}, -1, sha }, { a->id, b->id });
    SLUICE_VERIFY_RESULT(whole);
    QCOMPARE(whole->state, UploadState::Complete);
    QCOMPARE(whole->length, 6);
    QCOMPARE(whole->offset, 6);
    QCOMPARE(fileBytes(store, whole->id), QByteArray("abcdef"));
    QCOMPARE(store.find(a->id)->state, UploadState::Terminated);
    QVERIFY(!QFile::exists(store.filePath(b->id)));
}

void tst_UploadCatalog::concatenationNeedsCompleteParts()
{
    UploadCatalog store(config());
    auto a = store.create(NewUpload { QString(kPartialUploadKind), {}, {}, {}, 3, {} });
    auto plain = store.create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, 1, {} });
    SLUICE_VERIFY_RESULT(a);
    SLUICE_VERIFY_RESULT(plain);
    SLUICE_VERIFY_RESULT(store.append(plain->id, 0, "x"));
    QCOMPARE(store.concatenate(NewUpload { QStringLiteral("dataset"), {}, {}, {}, -1, {} }, { a->id }).error().code,
        ErrorCode::InvalidInput);
    QCOMPARE(store.concatenate(NewUpload { QStringLiteral("dataset"), {}, {}, {}, -1, {} }, { plain->id }).error().code,
        ErrorCode::InvalidInput);
}

void tst_UploadCatalog::deferredLength()
{
    UploadCatalog store(config());
    auto created = store.create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, -1, {} });
    SLUICE_VERIFY_RESULT(created);
    QVERIFY(created->isLengthDeferred());
    auto part = store.append(created->id, 0, "abc");
    SLUICE_VERIFY_RESULT(part);
    QCOMPARE(part->state, UploadState::Uploading);
    QCOMPARE(store.setLength(created->id, 2).error().code, ErrorCode::InvalidInput);
    auto known = store.setLength(created->id, 5);
    SLUICE_VERIFY_RESULT(known);
    QCOMPARE(known->length, 5);
    auto done = store.append(created->id, 3, "de");
    SLUICE_VERIFY_RESULT(done);
    QCOMPARE(done->state, UploadState::Complete);
}

void tst_UploadCatalog::leases()
{
    UploadCatalog store(config()); // two chunks at once at most
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        auto created = store.create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, 4, {} });
        SLUICE_VERIFY_RESULT(created);
        ids << created->id;
    }
    auto first = store.openChunk(ids.at(0), 0);
    SLUICE_VERIFY_RESULT(first);
    QCOMPARE(store.openChunk(ids.at(0), 0).error().code, ErrorCode::Conflict);
    auto second = store.openChunk(ids.at(1), 0);
    SLUICE_VERIFY_RESULT(second);
    QCOMPARE(store.openChunk(ids.at(2), 0).error().code, ErrorCode::Busy);
    first->reset();
    SLUICE_VERIFY_RESULT(store.openChunk(ids.at(2), 0));
}

void tst_UploadCatalog::tooLarge()
{
    UploadCatalog store(config());
    QCOMPARE(store.create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, 1024 * 1024 + 1, {} }).error().code,
        ErrorCode::TooLarge);
    auto created = store.create(NewUpload { QStringLiteral("dataset"), {}, {}, {}, 2, {} });
    SLUICE_VERIFY_RESULT(created);
    QCOMPARE(store.append(created->id, 0, "abc").error().code, ErrorCode::TooLarge);
    QCOMPARE(store.find(created->id)->offset, 0);
}

void tst_UploadCatalog::freeSpaceCheck()
{
    UploadCatalogConfig roomy = config();
    SLUICE_VERIFY_RESULT(UploadCatalog(roomy).prepare());
    SLUICE_VERIFY_RESULT(UploadCatalog(roomy).checkFreeSpace(1));
    UploadCatalogConfig cramped = config();
    cramped.diskReserveBytes = std::numeric_limits<qint64>::max() / 2;
    auto refused = UploadCatalog(cramped).checkFreeSpace(1);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::TooLarge);
}

QTEST_GUILESS_MAIN(tst_UploadCatalog)
#include "tst_uploadcatalog.moc"
