#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/import/datasetimporter.h"
#include "datagen/salesgenerator.h"
#include "routefixture.h"
#include "server/routes/datasetroutes.h"
#include "support/verifyresult.h"

using namespace sluice;
using namespace sluice::test;

namespace {

// Independent of the server's writer: RFC 4180 as a reader expects it.
QByteArray csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')
        && !text.startsWith(u' ') && !text.endsWith(u' '))
        return text.toUtf8();
    return '"' + QString(text).replace(u'"', QStringLiteral("\"\"")).toUtf8() + '"';
}

} // namespace

class tst_DatasetRoutes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyRouteNeedsTheToken_data();
    void everyRouteNeedsTheToken();
    void badAndUnknownIds_data();
    void badAndUnknownIds();
    void listsDatasets();
    void detailHasSchemaAndCounts();
    void unknownParametersAre400_data();
    void unknownParametersAre400();
    void rowsPassThroughWithFilters();
    void seriesAndGroupsMatchTheTable();
    void profileIsTheStoredStatistics();
    void errorsAsJsonPages();
    void errorsAsCsv_data();
    void errorsAsCsv();
    void rename_data();
    void rename();
    void deleteIsRefusedWhileImporting();
    void deleteRemovesTableAndDetails();

private:
    DatasetInfo import(const QString &name, const QByteArray &content);
    QString datasetPath(const DatasetInfo &dataset, const QString &rest = {}) const
    {
        return QStringLiteral("/api/v1/datasets/") + dataset.id + rest;
    }

    RouteFixture m_fixture;
    DatasetInfo m_sales;
    DatasetInfo m_ragged;
    static constexpr qint64 kSalesRows = 600;
};

DatasetInfo tst_DatasetRoutes::import(const QString &name, const QByteArray &content)
{
    ImportRequest request;
    request.database = m_fixture.database();
    request.sourcePath = m_fixture.writeFile(name, content);
    request.sourceName = name;
    auto imported = DatasetImporter(request).run();
    if (!imported || imported->isEmpty())
        return {};
    return imported->first();
}

void tst_DatasetRoutes::initTestCase()
{
    QVERIFY(m_fixture.start([](const ServerContext &context) { DatasetRoutes::add(context); }));
    m_sales = import(QStringLiteral("sales.csv"), SalesGenerator(11).generate(kSalesRows));
    QCOMPARE(m_sales.rowCount, kSalesRows);
    // Lines 3, 4 and 5 are rejected (wrong field counts); line 5's raw text needs CSV quoting.
    QByteArray ragged = "a,b\n1,x\n2\n3,y,extra\n5,\"a,\"\"b\"\"\",extra\n";
    for (int i = 0; i < 50; ++i)
        ragged += QByteArray::number(10 + i) + ",padding\n";
    m_ragged = import(QStringLiteral("ragged.csv"), ragged);
    QCOMPARE(m_ragged.errorCount, 3);
}

void tst_DatasetRoutes::everyRouteNeedsTheToken_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("rest");
    QTest::newRow("list") << QByteArray("GET") << QStringLiteral("-");
    for (const QString &rest : { QString(), QStringLiteral("/rows"), QStringLiteral("/series"), QStringLiteral("/groups"),
                                 QStringLiteral("/profile"), QStringLiteral("/errors") })
        QTest::newRow(qPrintable(QStringLiteral("GET ") + rest)) << QByteArray("GET") << rest;
    QTest::newRow("PATCH") << QByteArray("PATCH") << QString();
    QTest::newRow("DELETE") << QByteArray("DELETE") << QString();
}

void tst_DatasetRoutes::everyRouteNeedsTheToken()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, rest);
    const QString path = rest == QStringLiteral("-") ? QStringLiteral("/api/v1/datasets") : datasetPath(m_sales, rest);
    const auto reply = m_fixture.send(method, path, method == "PATCH" ? QByteArray("{\"name\":\"x\"}") : QByteArray(),
                                      {}, false);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
    QVERIFY(m_fixture.sql(QStringLiteral("SELECT name FROM datasets WHERE id = ?"), { m_sales.id }).value(0) != QVariant(QStringLiteral("x")));
}

void tst_DatasetRoutes::badAndUnknownIds_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("rest");
    for (const QString &rest : { QString(), QStringLiteral("/rows"), QStringLiteral("/series"), QStringLiteral("/groups"),
                                 QStringLiteral("/profile"), QStringLiteral("/errors") })
        QTest::newRow(qPrintable(QStringLiteral("GET ") + rest)) << QByteArray("GET") << rest;
    QTest::newRow("PATCH") << QByteArray("PATCH") << QString();
    QTest::newRow("DELETE") << QByteArray("DELETE") << QString();
}

void tst_DatasetRoutes::badAndUnknownIds()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, rest);
    const QByteArray body = method == "PATCH" ? QByteArray("{\"name\":\"x\"}") : QByteArray();
    // Well-formed but unknown: 404. Anything else: 400, and never used as a name or a path.
    const auto unknown = m_fixture.send(method, QStringLiteral("/api/v1/datasets/AAAAAAAAAAAAAAAA") + rest, body);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));
    for (const QString &bad : { QStringLiteral("short"), QStringLiteral("AAAAAAAAAAAAAAA%2E"), QStringLiteral("AAAAAAAAAAAAAAAAA"),
                                QStringLiteral("..%2F..%2Fetc%2Fpasswd") }) {
        const auto reply = m_fixture.send(method, QStringLiteral("/api/v1/datasets/") + bad + rest, body);
        QVERIFY2(reply.status == 400 || reply.status == 404, qPrintable(bad + u' ' + QString::number(reply.status)));
        QVERIFY2(!reply.errorCode().isEmpty(), reply.body.constData());
    }
    const auto malformed = m_fixture.send(method, QStringLiteral("/api/v1/datasets/not-an-id") + rest, body);
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.errorCode(), QStringLiteral("invalid_input"));
}

void tst_DatasetRoutes::listsDatasets()
{
    const auto reply = m_fixture.get(QStringLiteral("/api/v1/datasets"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    const QJsonArray datasets = reply.json.value(QStringLiteral("datasets")).toArray();
    QCOMPARE(datasets.size(), 2);
    QJsonObject sales;
    for (const QJsonValue &dataset : datasets) {
        if (dataset[QStringLiteral("id")].toString() == m_sales.id)
            sales = dataset.toObject();
    }
    QCOMPARE(sales.value(QStringLiteral("name")).toString(), QStringLiteral("sales"));
    QCOMPARE(sales.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    QCOMPARE(sales.value(QStringLiteral("rows")).toInteger(), kSalesRows);
    QCOMPARE(sales.value(QStringLiteral("errors")).toInteger(), 0);
    QCOMPARE(sales.value(QStringLiteral("columnCount")).toInt(), 10);
    QCOMPARE(sales.value(QStringLiteral("sourceBytes")).toInteger(), m_sales.sourceBytes);
    QVERIFY(sales.value(QStringLiteral("sourceBytes")).toInteger() > 0);
    QVERIFY(QDateTime::fromString(sales.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(QDateTime::fromString(sales.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs).isValid());
}

void tst_DatasetRoutes::detailHasSchemaAndCounts()
{
    const auto reply = m_fixture.get(datasetPath(m_ragged));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("id")).toString(), m_ragged.id);
    QCOMPARE(reply.json.value(QStringLiteral("rows")).toInteger(), m_ragged.rowCount);
    QCOMPARE(reply.json.value(QStringLiteral("errors")).toInteger(), 3);
    QCOMPARE(reply.json.value(QStringLiteral("records")).toInteger(), m_ragged.rowCount + 3);
    QCOMPARE(reply.json.value(QStringLiteral("sourceName")).toString(), QStringLiteral("ragged.csv"));
    QVERIFY(!reply.json.value(QStringLiteral("dialect")).toObject().isEmpty());
    const QJsonArray schema = reply.json.value(QStringLiteral("schema")).toArray();
    QCOMPARE(schema.size(), 2);
    QCOMPARE(schema.at(0)[QStringLiteral("name")].toString(), QStringLiteral("a"));
    QCOMPARE(schema.at(0)[QStringLiteral("originalName")].toString(), QStringLiteral("a"));
    QCOMPARE(schema.at(0)[QStringLiteral("type")].toString(), QStringLiteral("integer"));
    QCOMPARE(schema.at(1)[QStringLiteral("type")].toString(), QStringLiteral("text"));
    QVERIFY(schema.at(1).toObject().contains(QStringLiteral("nullable")));
    QCOMPARE(schema.at(1)[QStringLiteral("nullCount")].toInteger(), 0);
}

void tst_DatasetRoutes::unknownParametersAre400_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("list") << QStringLiteral("/api/v1/datasets?page=2");
    QTest::newRow("detail") << QStringLiteral("@?verbose=1");
    QTest::newRow("rows") << QStringLiteral("@/rows?rows=5");
    QTest::newRow("rows limit") << QStringLiteral("@/rows?limit=-1");
    QTest::newRow("rows sort") << QStringLiteral("@/rows?sort=nope");
    QTest::newRow("rows filter value") << QStringLiteral("@/rows?min.quantity=abc");
    QTest::newRow("rows filter column") << QStringLiteral("@/rows?eq.nope=1");
    QTest::newRow("series column") << QStringLiteral("@/series?column=team");
    QTest::newRow("series bucket") << QStringLiteral("@/series?column=date&bucket=fortnight");
    QTest::newRow("groups measure") << QStringLiteral("@/groups?column=team&measure=median&of=quantity");
    QTest::newRow("groups extra") << QStringLiteral("@/groups?column=team&bucket=day");
    QTest::newRow("profile") << QStringLiteral("@/profile?x=1");
    QTest::newRow("errors offset") << QStringLiteral("@/errors?offset=-3");
    QTest::newRow("errors limit") << QStringLiteral("@/errors?limit=many");
    QTest::newRow("errors format") << QStringLiteral("@/errors?format=xml");
    QTest::newRow("errors extra") << QStringLiteral("@/errors?line=3");
}

void tst_DatasetRoutes::unknownParametersAre400()
{
    QFETCH(QString, path);
    const auto reply = m_fixture.get(QString(path).replace(u'@', datasetPath(m_sales)));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_input"));
    QVERIFY(!reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
}

void tst_DatasetRoutes::rowsPassThroughWithFilters()
{
    const auto reply = m_fixture.get(datasetPath(m_sales, QStringLiteral("/rows?limit=7&sort=-quantity&min.quantity=50"
                                                                         "&columns=id&columns=quantity")));
    QCOMPARE(reply.status, 200);
    const qint64 expected = m_fixture.sql(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE quantity >= 50").arg(m_sales.tableName))
                                .value(0)
                                .toLongLong();
    QVERIFY(expected > 7);
    QCOMPARE(reply.json.value(QStringLiteral("total")).toInteger(), expected);
    const QJsonArray rows = reply.json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 7);
    const qint64 maximum = m_fixture.sql(QStringLiteral("SELECT max(quantity) FROM \"%1\"").arg(m_sales.tableName)).value(0).toLongLong();
    QCOMPARE(rows.at(0).toArray().at(2).toInteger(), maximum);  // [_row, id, quantity]
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1).toArray().at(2).toInteger() >= rows.at(i).toArray().at(2).toInteger());
}

void tst_DatasetRoutes::seriesAndGroupsMatchTheTable()
{
    const auto series = m_fixture.get(datasetPath(m_sales, QStringLiteral("/series?column=date&bucket=month&measure=sum"
                                                                          "&of=quantity&eq.team=T001&eq.team=T002")));
    QCOMPARE(series.status, 200);
    qint64 rows = 0;
    double sum = 0;
    for (const QJsonValue &point : series.json.value(QStringLiteral("points")).toArray()) {
        rows += point[QStringLiteral("rows")].toInteger();
        sum += point[QStringLiteral("value")].toDouble();
    }
    const QString table = m_sales.tableName;
    QCOMPARE(rows, m_fixture.sql(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE team IN ('T001','T002')").arg(table)).value(0).toLongLong());
    QCOMPARE(qint64(sum), m_fixture.sql(QStringLiteral("SELECT sum(quantity) FROM \"%1\" WHERE team IN ('T001','T002')").arg(table)).value(0).toLongLong());

    const auto groups = m_fixture.get(datasetPath(m_sales, QStringLiteral("/groups?column=team&measure=count&limit=1000")));
    QCOMPARE(groups.status, 200);
    QCOMPARE(groups.json.value(QStringLiteral("total")).toInteger(),
             m_fixture.sql(QStringLiteral("SELECT count(DISTINCT team) FROM \"%1\"").arg(table)).value(0).toLongLong());
    qint64 grouped = 0;
    for (const QJsonValue &group : groups.json.value(QStringLiteral("groups")).toArray())
        grouped += group[QStringLiteral("rows")].toInteger();
    QCOMPARE(grouped, kSalesRows);
}

void tst_DatasetRoutes::profileIsTheStoredStatistics()
{
    const auto reply = m_fixture.get(datasetPath(m_sales, QStringLiteral("/profile")));
    QCOMPARE(reply.status, 200);
    const QJsonObject stored = QJsonDocument::fromJson(
        m_fixture.sql(QStringLiteral("SELECT statistics FROM datasets WHERE id = ?"), { m_sales.id }).value(0).toByteArray()).object();
    QVERIFY(!stored.isEmpty());
    QCOMPARE(reply.json, stored);

    // An import still running has no stored statistics yet: a clear 409.
    const DatasetInfo running = import(QStringLiteral("running.csv"), SalesGenerator(3).generate(20));
    m_fixture.sql(QStringLiteral("UPDATE datasets SET state = 'importing', statistics = NULL WHERE id = ?"), { running.id });
    const auto conflict = m_fixture.get(datasetPath(running, QStringLiteral("/profile")));
    QCOMPARE(conflict.status, 409);
    QVERIFY(conflict.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(
        QStringLiteral("importing")));
    QCOMPARE(m_fixture.sql(QStringLiteral("DELETE FROM datasets WHERE id = ?"), { running.id }), QVariantList());
    m_fixture.sql(QStringLiteral("DROP TABLE \"%1\"").arg(running.tableName));
}

void tst_DatasetRoutes::errorsAsJsonPages()
{
    const auto all = m_fixture.get(datasetPath(m_ragged, QStringLiteral("/errors")));
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.value(QStringLiteral("total")).toInteger(), 3);
    const QJsonArray errors = all.json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0)[QStringLiteral("line")].toInteger(), 3);
    QCOMPARE(errors.at(1)[QStringLiteral("line")].toInteger(), 4);
    QCOMPARE(errors.at(2)[QStringLiteral("line")].toInteger(), 5);
    QCOMPARE(errors.at(1)[QStringLiteral("raw")].toString(), QStringLiteral("3,y,extra"));
    QVERIFY(errors.at(1)[QStringLiteral("column")].isNull());
    QVERIFY(errors.at(1)[QStringLiteral("byteOffset")].toInteger() > 0);
    QVERIFY(!errors.at(1)[QStringLiteral("reason")].toString().isEmpty());

    const auto page = m_fixture.get(datasetPath(m_ragged, QStringLiteral("/errors?offset=1&limit=1")));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.value(QStringLiteral("total")).toInteger(), 3);
    QCOMPARE(page.json.value(QStringLiteral("offset")).toInteger(), 1);
    QCOMPARE(page.json.value(QStringLiteral("errors")).toArray().size(), 1);
    QCOMPARE(page.json.value(QStringLiteral("errors")).toArray().at(0)[QStringLiteral("line")].toInteger(), 4);

    const auto none = m_fixture.get(datasetPath(m_sales, QStringLiteral("/errors")));
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json.value(QStringLiteral("total")).toInteger(), 0);
}

void tst_DatasetRoutes::errorsAsCsv_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("accept");
    QTest::newRow("format=csv") << QStringLiteral("?format=csv") << QByteArray();
    QTest::newRow("Accept") << QString() << QByteArray("text/csv");
}

void tst_DatasetRoutes::errorsAsCsv()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, accept);
    const auto json = m_fixture.get(datasetPath(m_ragged, QStringLiteral("/errors")));
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!accept.isEmpty())
        headers.append({ "Accept", accept });
    const auto reply = m_fixture.send("GET", datasetPath(m_ragged, QStringLiteral("/errors") + query), {}, headers);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("text/csv"));
    QVERIFY(reply.header("Content-Disposition").startsWith("attachment; filename=\"ragged-errors.csv\""));
    QByteArray expected = "line,byte_offset,column,reason,raw\r\n";
    for (const QJsonValue &error : json.json.value(QStringLiteral("errors")).toArray()) {
        expected += QByteArray::number(error[QStringLiteral("line")].toInteger()) + ','
            + QByteArray::number(error[QStringLiteral("byteOffset")].toInteger()) + ','
            + csvField(error[QStringLiteral("column")].toString()) + ',' + csvField(error[QStringLiteral("reason")].toString())
            + ',' + csvField(error[QStringLiteral("raw")].toString()) + "\r\n";
    }
    QCOMPARE(reply.body, expected);
    QVERIFY2(reply.body.contains("\"5,\"\"a,\"\"\"\"b\"\"\"\"\"\",extra\"\r\n"), reply.body.constData());
}

void tst_DatasetRoutes::rename_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("new name") << QByteArray("{\"name\":\"  Sales 2017  \"}") << 200 << QStringLiteral("Sales 2017");
    QTest::newRow("unicode") << QByteArray("{\"name\":\"Umsätze \xe2\x82\xac\"}") << 200 << QStringLiteral("Umsätze €");
    QTest::newRow("malformed JSON") << QByteArray("{\"name\":") << 400 << QString();
    QTest::newRow("not an object") << QByteArray("[\"name\"]") << 400 << QString();
    QTest::newRow("name not a string") << QByteArray("{\"name\":5}") << 400 << QString();
    QTest::newRow("blank name") << QByteArray("{\"name\":\"  \"}") << 400 << QString();
    QTest::newRow("no name") << QByteArray("{}") << 400 << QString();
    QTest::newRow("other field") << QByteArray("{\"name\":\"x\",\"state\":\"ready\"}") << 400 << QString();
    QTest::newRow("too long") << QByteArray("{\"name\":\"" + QByteArray(201, 'n') + "\"}") << 400 << QString();
    QTest::newRow("empty body") << QByteArray() << 400 << QString();
}

void tst_DatasetRoutes::rename()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, name);
    const QString before = m_fixture.sql(QStringLiteral("SELECT name FROM datasets WHERE id = ?"), { m_ragged.id }).value(0).toString();
    const auto reply = m_fixture.send("PATCH", datasetPath(m_ragged), body);
    QCOMPARE(reply.status, status);
    const QString after = m_fixture.sql(QStringLiteral("SELECT name FROM datasets WHERE id = ?"), { m_ragged.id }).value(0).toString();
    if (status == 200) {
        QCOMPARE(reply.json.value(QStringLiteral("name")).toString(), name);
        QCOMPARE(after, name);
        QCOMPARE(m_fixture.get(datasetPath(m_ragged)).json.value(QStringLiteral("name")).toString(), name);
        m_fixture.sql(QStringLiteral("UPDATE datasets SET name = 'ragged' WHERE id = ?"), { m_ragged.id });
    } else {
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_input"));
        QCOMPARE(after, before);
    }
}

void tst_DatasetRoutes::deleteIsRefusedWhileImporting()
{
    m_fixture.sql(QStringLiteral("UPDATE datasets SET state = 'importing' WHERE id = ?"), { m_sales.id });
    const auto reply = m_fixture.send("DELETE", datasetPath(m_sales));
    m_fixture.sql(QStringLiteral("UPDATE datasets SET state = 'ready' WHERE id = ?"), { m_sales.id });
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("conflict"));
    QCOMPARE(m_fixture.sql(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"), { m_sales.tableName }).value(0).toInt(), 1);
    QCOMPARE(m_fixture.get(datasetPath(m_sales)).status, 200);
}

void tst_DatasetRoutes::deleteRemovesTableAndDetails()
{
    const auto reply = m_fixture.send("DELETE", datasetPath(m_ragged));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("deleted")).toBool(), true);
    QCOMPARE(m_fixture.sql(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"), { m_ragged.tableName }).value(0).toInt(), 0);
    QCOMPARE(m_fixture.sql(QStringLiteral("SELECT count(*) FROM dataset_errors WHERE dataset_id = ?"), { m_ragged.id }).value(0).toInt(), 0);
    QCOMPARE(m_fixture.sql(QStringLiteral("SELECT count(*) FROM dataset_columns WHERE dataset_id = ?"), { m_ragged.id }).value(0).toInt(), 0);
    QCOMPARE(m_fixture.get(datasetPath(m_ragged)).status, 404);
    QCOMPARE(m_fixture.send("DELETE", datasetPath(m_ragged)).status, 404);
    const auto list = m_fixture.get(QStringLiteral("/api/v1/datasets"));
    QCOMPARE(list.json.value(QStringLiteral("datasets")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(tst_DatasetRoutes)
#include "tst_datasetroutes.moc"
