#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "app/client/uploadfingerprint.h"
#include "support/verifyresult.h"

using namespace sluice;

class tst_UploadFingerprint : public QObject
{
    Q_OBJECT
private slots:
    void ofFile();
    void missingFile();
    void matches_data();
    void matches();
    void jsonRoundTrip();
    void incompleteJsonIsRefused();
};

void tst_UploadFingerprint::ofFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("a.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x,y\n1,2\n");
    file.close();
    auto fingerprint = UploadFingerprint::ofFile(file.fileName());
    SLUICE_VERIFY_RESULT(fingerprint);
    QCOMPARE(fingerprint->size, 8);
    QCOMPARE(fingerprint->path, file.fileName());
    QVERIFY(fingerprint->modified.isValid());
    QVERIFY(fingerprint->sha256.isEmpty());
}

void tst_UploadFingerprint::missingFile()
{
    QTemporaryDir dir;
    auto fingerprint = UploadFingerprint::ofFile(dir.filePath(QStringLiteral("gone.csv")));
    QVERIFY(!fingerprint);
    QCOMPARE(fingerprint.error().code, ErrorCode::NotFound);
    QVERIFY(fingerprint.error().message.contains(QStringLiteral("gone.csv")));
}

void tst_UploadFingerprint::matches_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("shiftMs");
    QTest::addColumn<QByteArray>("sha256");
    QTest::addColumn<bool>("match");
    QTest::newRow("same, hash unknown") << qint64(100) << qint64(0) << QByteArray() << true;
    QTest::newRow("same, same hash") << qint64(100) << qint64(0) << QByteArray("aa") << true;
    QTest::newRow("other size") << qint64(101) << qint64(0) << QByteArray() << false;
    QTest::newRow("other time") << qint64(100) << qint64(1) << QByteArray() << false;
    QTest::newRow("other hash") << qint64(100) << qint64(0) << QByteArray("bb") << false;
}

void tst_UploadFingerprint::matches()
{
    QFETCH(qint64, size);
    QFETCH(qint64, shiftMs);
    QFETCH(QByteArray, sha256);
    QFETCH(bool, match);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    const UploadFingerprint saved { QStringLiteral("/data/a.csv"), 100, when, QByteArray("aa") };
    const UploadFingerprint current { QStringLiteral("/data/a.csv"), size, when.addMSecs(shiftMs), sha256 };
    QCOMPARE(saved.matches(current), match);
}

void tst_UploadFingerprint::jsonRoundTrip()
{
    const UploadFingerprint fingerprint { QStringLiteral("/data/é b.csv"), (1LL << 53) + 1,
        QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC), QByteArray(64, 'a') };
    auto back = UploadFingerprint::fromJson(fingerprint.toJson());
    SLUICE_VERIFY_RESULT(back);
    QCOMPARE(*back, fingerprint);
    QCOMPARE(back->size, (1LL << 53) + 1); // survives JSON, whose numbers are doubles
}

void tst_UploadFingerprint::incompleteJsonIsRefused()
{
    QJsonObject json = UploadFingerprint { QStringLiteral("/a"), 1, QDateTime::currentDateTimeUtc(), {} }.toJson();
    json.remove(QStringLiteral("size"));
    QVERIFY(!UploadFingerprint::fromJson(json));
}

QTEST_APPLESS_MAIN(tst_UploadFingerprint)
#include "tst_uploadfingerprint.moc"
