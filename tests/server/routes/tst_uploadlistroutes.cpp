#include <QJsonArray>
#include <QTest>

#include "core/randomid.h"
#include "routefixture.h"
#include "server/routes/uploadlistroutes.h"

using namespace sluice;
using namespace sluice::test;

class tst_UploadListRoutes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void needsTheToken();
    void emptyAtFirst();
    void listsCompleteAndIncompleteUploads();
    void takesNoParameters();

private:
    RouteFixture m_fixture;
};

void tst_UploadListRoutes::initTestCase()
{
    QVERIFY(m_fixture.start([](const ServerContext &context) { UploadListRoutes::add(context); }));
}

void tst_UploadListRoutes::needsTheToken()
{
    const auto reply = m_fixture.get(QStringLiteral("/api/v1/uploads"), false);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
}

void tst_UploadListRoutes::emptyAtFirst()
{
    const auto reply = m_fixture.get(QStringLiteral("/api/v1/uploads"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.value(QStringLiteral("uploads")).isArray());
    QCOMPARE(reply.json.value(QStringLiteral("uploads")).toArray().size(), 0);
}

void tst_UploadListRoutes::listsCompleteAndIncompleteUploads()
{
    const QString done = makeRandomId();
    const QString partial = makeRandomId();
    const QString deferred = makeRandomId();
    const QString insert = QStringLiteral(
        "INSERT INTO uploads (id, kind, filename, length, offset, sha256, state, created_at, updated_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QCOMPARE(m_fixture.sql(insert, { done, QStringLiteral("dataset"), QStringLiteral("sales \"2017\".csv"), 1000, 1000,
                                     QString(64, u'a'), QStringLiteral("complete"), QStringLiteral("2024-01-01T10:00:00.000Z"),
                                     QStringLiteral("2024-01-01T10:01:00.000Z"), QVariant() }),
             QVariantList());
    QCOMPARE(m_fixture.sql(insert, { partial, QStringLiteral("teams"), QStringLiteral("teams.csv"), 5000, 2048, QVariant(),
                                     QStringLiteral("uploading"), QStringLiteral("2024-01-02T10:00:00.000Z"),
                                     QStringLiteral("2024-01-02T10:05:00.000Z"), QStringLiteral("2024-01-03T10:05:00.000Z") }),
             QVariantList());
    QCOMPARE(m_fixture.sql(insert, { deferred, QStringLiteral("dataset"), QVariant(), QVariant(), 0, QVariant(),
                                     QStringLiteral("uploading"), QStringLiteral("2024-01-03T10:00:00.000Z"),
                                     QStringLiteral("2024-01-03T10:00:00.000Z"), QVariant() }),
             QVariantList());

    const auto reply = m_fixture.get(QStringLiteral("/api/v1/uploads"));
    QCOMPARE(reply.status, 200);
    const QJsonArray uploads = reply.json.value(QStringLiteral("uploads")).toArray();
    QCOMPARE(uploads.size(), 3);
    QCOMPARE(uploads.at(0)[QStringLiteral("id")].toString(), deferred);  // newest first
    QVERIFY(uploads.at(0)[QStringLiteral("length")].isNull());
    QVERIFY(uploads.at(0)[QStringLiteral("filename")].isNull());
    const QJsonObject incomplete = uploads.at(1).toObject();
    QCOMPARE(incomplete.value(QStringLiteral("id")).toString(), partial);
    QCOMPARE(incomplete.value(QStringLiteral("kind")).toString(), QStringLiteral("teams"));
    QCOMPARE(incomplete.value(QStringLiteral("length")).toInteger(), 5000);
    QCOMPARE(incomplete.value(QStringLiteral("offset")).toInteger(), 2048);
    QCOMPARE(incomplete.value(QStringLiteral("state")).toString(), QStringLiteral("uploading"));
    QVERIFY(incomplete.value(QStringLiteral("sha256")).isNull());
    QVERIFY(incomplete.value(QStringLiteral("datasetId")).isNull());
    QCOMPARE(incomplete.value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2024-01-03T10:05:00.000Z"));
    const QJsonObject complete = uploads.at(2).toObject();
    QCOMPARE(complete.value(QStringLiteral("filename")).toString(), QStringLiteral("sales \"2017\".csv"));
    QCOMPARE(complete.value(QStringLiteral("sha256")).toString(), QString(64, u'a'));
    QCOMPARE(complete.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2024-01-01T10:00:00.000Z"));
    QCOMPARE(complete.value(QStringLiteral("updatedAt")).toString(), QStringLiteral("2024-01-01T10:01:00.000Z"));
    QVERIFY(complete.value(QStringLiteral("expiresAt")).isNull());
}

void tst_UploadListRoutes::takesNoParameters()
{
    const auto reply = m_fixture.get(QStringLiteral("/api/v1/uploads?state=complete"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_input"));
}

QTEST_GUILESS_MAIN(tst_UploadListRoutes)
#include "tst_uploadlistroutes.moc"
