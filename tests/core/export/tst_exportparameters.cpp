#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/export/exportparameters.h"
#include "support/verifyresult.h"

using namespace sluice;

namespace {

const QString kId = QStringLiteral("AbCdEfGh12345678");

DatasetInfo dataset(DatasetState state = DatasetState::Ready)
{
    DatasetInfo info;
    info.id = kId;
    info.name = QStringLiteral("sales");
    info.tableName = QStringLiteral("ds_") + kId;
    info.state = state;
    info.columns = { DatasetColumn { QStringLiteral("day"), QStringLiteral("Day"), ColumnType::Date, true, 0 },
        DatasetColumn { QStringLiteral("team"), QStringLiteral("Team"), ColumnType::Text, true, 0 },
        DatasetColumn { QStringLiteral("amount"), QStringLiteral("Amount"), ColumnType::Real, true, 0 } };
    return info;
}

QJsonObject withId(const QByteArray &json)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    if (!object.contains(QStringLiteral("datasetId")))
        object.insert(QStringLiteral("datasetId"), kId);
    return object;
}

} // namespace

class tst_ExportParameters : public QObject
{
    Q_OBJECT
private slots:
    void defaultsAreFilledIn();
    void keepsChoicesThroughJson();
    void refusesMalformedParameters_data();
    void refusesMalformedParameters();
    void resolvesAgainstTheDataset();
    void refusesWhatTheDatasetDoesNotHave_data();
    void refusesWhatTheDatasetDoesNotHave();
};

void tst_ExportParameters::defaultsAreFilledIn()
{
    auto parsed = ExportParameters::fromJson(withId("{}"));
    SLUICE_VERIFY_RESULT(parsed);
    QCOMPARE(parsed->format, ExportFormat::Csv);
    QCOMPARE(parsed->delimiter, ',');
    QVERIFY(!parsed->bom);
    QVERIFY(!parsed->neutralizeFormulas);
    const QJsonObject json = parsed->toJson();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(json.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
    QCOMPARE(json.value(QStringLiteral("columns")).toArray().size(), 0);
    QCOMPARE(json.value(QStringLiteral("datasetId")).toString(), kId);
}

void tst_ExportParameters::keepsChoicesThroughJson()
{
    const QJsonObject given = withId(R"({"columns":["team","day"],"sort":["-amount"],"format":"csv.zst",
        "delimiter":"\t","bom":true,"neutralizeFormulas":true,
        "filters":[{"column":"day","from":"2016-03-01","to":"2016-09-30"}]})");
    auto parsed = ExportParameters::fromJson(given);
    SLUICE_VERIFY_RESULT(parsed);
    auto again = ExportParameters::fromJson(parsed->toJson());
    SLUICE_VERIFY_RESULT(again);
    QCOMPARE(again->toJson(), parsed->toJson());
    QCOMPARE(again->format, ExportFormat::CsvZstd);
    QCOMPARE(again->delimiter, '\t');
    QVERIFY(again->bom && again->neutralizeFormulas);
    QCOMPARE(again->columns, (QStringList { QStringLiteral("team"), QStringLiteral("day") }));
}

void tst_ExportParameters::refusesMalformedParameters_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no dataset") << QByteArray(R"({"datasetId":""})") << QStringLiteral("datasetId");
    QTest::newRow("dataset id with a path")
        << QByteArray(R"({"datasetId":"../../etc/passwd"})") << QStringLiteral("datasetId");
    QTest::newRow("unknown key") << QByteArray(R"({"neutraliseFormulas":true})")
                                 << QStringLiteral("neutraliseFormulas");
    QTest::newRow("unknown format") << QByteArray(R"({"format":"xlsx"})") << QStringLiteral("format");
    QTest::newRow("format not a string") << QByteArray(R"({"format":1})") << QStringLiteral("format");
    QTest::newRow("two-character delimiter") << QByteArray(R"({"delimiter":",,"})") << QStringLiteral("delimiter");
    QTest::newRow("dot delimiter") << QByteArray(R"({"delimiter":"."})") << QStringLiteral("delimiter");
    QTest::newRow("quote delimiter") << QByteArray(R"({"delimiter":"\""})") << QStringLiteral("delimiter");
    QTest::newRow("bom not a boolean") << QByteArray(R"({"bom":"yes"})") << QStringLiteral("bom");
    QTest::newRow("neutralize not a boolean")
        << QByteArray(R"({"neutralizeFormulas":1})") << QStringLiteral("neutralizeFormulas");
    QTest::newRow("columns not an array") << QByteArray(R"({"columns":"day"})") << QStringLiteral("columns");
    QTest::newRow("columns with a number") << QByteArray(R"({"columns":["day",3]})") << QStringLiteral("columns");
    QTest::newRow("sort not an array") << QByteArray(R"({"sort":"-day"})") << QStringLiteral("sort");
    QTest::newRow("filters not an array") << QByteArray(R"({"filters":{"column":"day"}})") << QStringLiteral("filters");
}

void tst_ExportParameters::refusesMalformedParameters()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    auto parsed = ExportParameters::fromJson(withId(json));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

void tst_ExportParameters::resolvesAgainstTheDataset()
{
    auto parsed = ExportParameters::fromJson(withId(R"({"columns":["amount","day"],"sort":["-amount","_row"],
        "filters":[{"column":"team","in":["a","b"]}],"format":"zip","delimiter":";"})"));
    SLUICE_VERIFY_RESULT(parsed);
    auto spec = parsed->resolve(dataset());
    SLUICE_VERIFY_RESULT(spec);
    QCOMPARE(spec->columns.size(), 2);
    QCOMPARE(spec->columns.at(0).name, QStringLiteral("amount"));
    QCOMPARE(spec->columns.at(1).type, ColumnType::Date);
    QCOMPARE(spec->sort.size(), 2);
    QVERIFY(spec->sort.at(0).descending);
    QCOMPARE(spec->sort.at(1).column, QStringLiteral("_row"));
    QCOMPARE(spec->filters.size(), 1);
    QCOMPARE(spec->filters.first().kind, FilterKind::OneOf);
    QCOMPARE(spec->format, ExportFormat::Zip);
    QCOMPARE(spec->delimiter, ';');

    auto all = ExportParameters::fromJson(withId("{}"))->resolve(dataset());
    SLUICE_VERIFY_RESULT(all);
    QCOMPARE(all->columns.size(), 3); // default: every column, in table order
}

void tst_ExportParameters::refusesWhatTheDatasetDoesNotHave_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("state");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("unknown column") << QByteArray(R"({"columns":["nope"]})") << int(DatasetState::Ready)
                                    << ErrorCode::InvalidInput;
    QTest::newRow("column twice") << QByteArray(R"({"columns":["day","day"]})") << int(DatasetState::Ready)
                                  << ErrorCode::InvalidInput;
    QTest::newRow("_row is not exported")
        << QByteArray(R"({"columns":["_row"]})") << int(DatasetState::Ready) << ErrorCode::InvalidInput;
    QTest::newRow("unknown sort column") << QByteArray(R"({"sort":["-nope"]})") << int(DatasetState::Ready)
                                         << ErrorCode::InvalidInput;
    QTest::newRow("filter on an unknown column") << QByteArray(R"({"filters":[{"column":"nope","equals":"x"}]})")
                                                 << int(DatasetState::Ready) << ErrorCode::InvalidInput;
    QTest::newRow("date filter with a number") << QByteArray(R"({"filters":[{"column":"day","from":3}]})")
                                               << int(DatasetState::Ready) << ErrorCode::InvalidInput;
    QTest::newRow("dataset still importing") << QByteArray("{}") << int(DatasetState::Importing) << ErrorCode::Conflict;
}

void tst_ExportParameters::refusesWhatTheDatasetDoesNotHave()
{
    QFETCH(QByteArray, json);
    QFETCH(int, state);
    QFETCH(ErrorCode, code);
    auto parsed = ExportParameters::fromJson(withId(json));
    SLUICE_VERIFY_RESULT(parsed);
    auto spec = parsed->resolve(dataset(DatasetState(state)));
    QVERIFY(!spec);
    QCOMPARE(spec.error().code, code);
    QVERIFY(!spec.error().message.isEmpty());
}

QTEST_APPLESS_MAIN(tst_ExportParameters)
#include "tst_exportparameters.moc"
