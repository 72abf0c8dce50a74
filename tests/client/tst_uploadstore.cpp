#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "app/client/uploadstore.h"
#include "support/verifyresult.h"

using namespace sluice;

class tst_UploadStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsOrderAndFields();
    void missingFileIsAnEmptyList();
    void damagedFileIsAnError();
    void unreadableEntryIsSkipped();
    void writeReplacesTheFile();

private:
    static QList<UploadRecord> sample();
};

QList<UploadRecord> tst_UploadStore::sample()
{
    UploadRecord first;
    first.id = QStringLiteral("one");
    first.kind = UploadKind::Dataset;
    first.name = QStringLiteral("Sales 2024");
    first.uploadPath = QStringLiteral("/files/abc");
    first.fingerprint = { QStringLiteral("/data/sales.csv.gz"), 123456789,
        QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC), QByteArray(64, 'c') };
    first.state = QStringLiteral("uploading");
    first.offset = 4096;
    first.note = QStringLiteral("Retrying in 1 s");
    UploadRecord second;
    second.id = QStringLiteral("two");
    second.kind = UploadKind::Teams;
    second.name = QStringLiteral("teams");
    second.fingerprint = { QStringLiteral("/data/teams.csv"), 10, QDateTime::fromMSecsSinceEpoch(1, Qt::UTC), {} };
    second.state = QStringLiteral("queued");
    return { first, second };
}

void tst_UploadStore::roundTripKeepsOrderAndFields()
{
    QTemporaryDir dir;
    const QString fileName = UploadStore::defaultFileName(dir.path());
    SLUICE_VERIFY_RESULT(UploadStore::write(fileName, UploadStore::serialize(sample())));
    auto loaded = UploadStore::load(fileName);
    SLUICE_VERIFY_RESULT(loaded);
    QCOMPARE(*loaded, sample());
}

void tst_UploadStore::missingFileIsAnEmptyList()
{
    QTemporaryDir dir;
    auto loaded = UploadStore::load(dir.filePath(QStringLiteral("none.json")));
    SLUICE_VERIFY_RESULT(loaded);
    QVERIFY(loaded->isEmpty());
}

void tst_UploadStore::damagedFileIsAnError()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("uploads.json"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1, \"uploads\": [");
    file.close();
    auto loaded = UploadStore::load(fileName);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::InvalidInput);
}

void tst_UploadStore::unreadableEntryIsSkipped()
{
    QJsonObject root = QJsonDocument::fromJson(UploadStore::serialize(sample())).object();
    QJsonArray uploads = root.value(QStringLiteral("uploads")).toArray();
    uploads.insert(1, QJsonObject { { QStringLiteral("id"), QStringLiteral("broken") } });
    root.insert(QStringLiteral("uploads"), uploads);
    auto parsed = UploadStore::parse(QJsonDocument(root).toJson());
    SLUICE_VERIFY_RESULT(parsed);
    QCOMPARE(*parsed, sample());
}

void tst_UploadStore::writeReplacesTheFile()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("sub/uploads.json")); // the folder is made
    SLUICE_VERIFY_RESULT(UploadStore::write(fileName, UploadStore::serialize(sample())));
    SLUICE_VERIFY_RESULT(UploadStore::write(fileName, UploadStore::serialize(sample().mid(1))));
    auto loaded = UploadStore::load(fileName);
    SLUICE_VERIFY_RESULT(loaded);
    QCOMPARE(*loaded, sample().mid(1));
}

QTEST_APPLESS_MAIN(tst_UploadStore)
#include "tst_uploadstore.moc"
