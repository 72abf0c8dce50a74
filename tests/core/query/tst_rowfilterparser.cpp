#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include "support/verifyresult.h"

#include "core/query/rowfilterparser.h"

using namespace sluice;

class tst_RowFilterParser : public QObject
{
    Q_OBJECT
private slots:
    void parsesEachKind_data();
    void parsesEachKind();
    void refusesWithAClearMessage_data();
    void refusesWithAClearMessage();
    void readsQueryParameters();
    void queryParameterErrors_data();
    void queryParameterErrors();
    void jsonRoundTrip_data();
    void jsonRoundTrip();

private:
    static DatasetInfo dataset();
    static QJsonObject object(const char *json);
};

DatasetInfo tst_RowFilterParser::dataset()
{
    DatasetInfo info;
    info.tableName = QStringLiteral("ds_x");
    info.columns = { DatasetColumn { QStringLiteral("day"), QStringLiteral("Day"), ColumnType::Date, true, 0 },
        DatasetColumn { QStringLiteral("at"), QStringLiteral("At"), ColumnType::DateTime, true, 0 },
        DatasetColumn { QStringLiteral("amount"), QStringLiteral("Amount"), ColumnType::Real, true, 0 },
        DatasetColumn { QStringLiteral("qty"), QStringLiteral("Qty"), ColumnType::Integer, true, 0 },
        DatasetColumn { QStringLiteral("flag"), QStringLiteral("Flag"), ColumnType::Boolean, true, 0 },
        DatasetColumn { QStringLiteral("team"), QStringLiteral("Team"), ColumnType::Text, true, 0 },
        DatasetColumn { QStringLiteral("a.b"), QStringLiteral("a.b"), ColumnType::Text, true, 0 } };
    return info;
}

QJsonObject tst_RowFilterParser::object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

void tst_RowFilterParser::parsesEachKind_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QVariant>("from");
    QTest::addColumn<QVariant>("to");
    QTest::addColumn<QVariantList>("values");

    const QVariant none;
    const int range = int(FilterKind::Range);
    const int oneOf = int(FilterKind::OneOf);
    QTest::newRow("date range") << QByteArray(R"({"column":"day","from":"2016-03-01","to":"2016-09-30"})") << range
                                << QVariant(QDate(2016, 3, 1)) << QVariant(QDate(2016, 9, 30)) << QVariantList();
    QTest::newRow("date from only") << QByteArray(R"({"column":"day","from":"2016-03-01"})") << range
                                    << QVariant(QDate(2016, 3, 1)) << none << QVariantList();
    QTest::newRow("datetime, date-only to") << QByteArray(R"({"column":"at","to":"2016-09-30"})") << range << none
                                            << QVariant(QDate(2016, 9, 30)) << QVariantList();
    QTest::newRow("datetime bound, UTC assumed")
        << QByteArray(R"({"column":"at","from":"2016-03-01T12:30:00.250"})") << range
        << QVariant(QDateTime(QDate(2016, 3, 1), QTime(12, 30, 0, 250), Qt::UTC)) << none << QVariantList();
    QTest::newRow("datetime bound with offset")
        << QByteArray(R"({"column":"at","from":"2016-03-01T02:00:00+02:00"})") << range
        << QVariant(QDateTime(QDate(2016, 3, 1), QTime(0, 0), Qt::UTC)) << none << QVariantList();
    QTest::newRow("datetime bound with a space")
        << QByteArray(R"({"column":"at","to":"2016-03-01 08:00:00Z"})") << range << none
        << QVariant(QDateTime(QDate(2016, 3, 1), QTime(8, 0), Qt::UTC)) << QVariantList();
    QTest::newRow("numeric min and max") << QByteArray(R"({"column":"amount","min":-2.5,"max":"10"})") << range
                                         << QVariant(-2.5) << QVariant(qint64(10)) << QVariantList();
    QTest::newRow("integer max only") << QByteArray(R"({"column":"qty","max":7})") << range << none
                                      << QVariant(qint64(7)) << QVariantList();
    QTest::newRow("_row range") << QByteArray(R"({"column":"_row","min":10,"max":20})") << range << QVariant(qint64(10))
                                << QVariant(qint64(20)) << QVariantList();
    QTest::newRow("text equals") << QByteArray(R"({"column":"team","equals":"t1"})") << oneOf << none << none
                                 << QVariantList { QStringLiteral("t1") };
    QTest::newRow("text equals a number") << QByteArray(R"({"column":"team","equals":42})") << oneOf << none << none
                                          << QVariantList { QStringLiteral("42") };
    QTest::newRow("text in") << QByteArray(R"({"column":"team","in":["a","b"]})") << oneOf << none << none
                             << QVariantList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("integer equals") << QByteArray(R"({"column":"qty","equals":"12"})") << oneOf << none << none
                                    << QVariantList { qint64(12) };
    QTest::newRow("real in") << QByteArray(R"({"column":"amount","in":[1.5,"2"]})") << oneOf << none << none
                             << QVariantList { 1.5, 2.0 };
    QTest::newRow("boolean equals") << QByteArray(R"({"column":"flag","equals":"yes"})") << oneOf << none << none
                                    << QVariantList { true };
    QTest::newRow("date equals") << QByteArray(R"({"column":"day","equals":"2016-02-29"})") << oneOf << none << none
                                 << QVariantList { QDate(2016, 2, 29) };
    QTest::newRow("is null") << QByteArray(R"({"column":"team","isNull":true})") << int(FilterKind::IsNull) << none
                             << none << QVariantList();
    QTest::newRow("is not null") << QByteArray(R"({"column":"team","isNull":"false"})") << int(FilterKind::IsNotNull)
                                 << none << none << QVariantList();
}

void tst_RowFilterParser::parsesEachKind()
{
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    QFETCH(QVariant, from);
    QFETCH(QVariant, to);
    QFETCH(QVariantList, values);
    auto filter = RowFilterParser::filterFromJson(QJsonDocument::fromJson(json).object(), dataset());
    SLUICE_VERIFY_RESULT(filter);
    QCOMPARE(int(filter->kind), kind);
    QCOMPARE(filter->from, from);
    QCOMPARE(filter->to, to);
    QCOMPARE(filter->values, values);
}

void tst_RowFilterParser::refusesWithAClearMessage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown column") << QByteArray(R"({"column":"x","equals":1})")
                                    << QStringLiteral("unknown column \"x\"");
    QTest::newRow("no column") << QByteArray(R"({"equals":1})") << QStringLiteral("a filter needs a column name");
    QTest::newRow("from not a date") << QByteArray(R"({"column":"day","from":"March"})")
                                     << QStringLiteral("from must be a date (YYYY-MM-DD)");
    QTest::newRow("impossible date") << QByteArray(R"({"column":"day","to":"2015-02-29"})")
                                     << QStringLiteral("to must be a date (YYYY-MM-DD)");
    QTest::newRow("datetime on a date column") << QByteArray(R"({"column":"day","from":"2016-03-01T10:00:00"})")
                                               << QStringLiteral("from must be a date (YYYY-MM-DD)");
    QTest::newRow("bad datetime") << QByteArray(R"({"column":"at","from":"2016-03-01T25:00:00"})")
                                  << QStringLiteral("from must be a date (YYYY-MM-DD) or an ISO 8601 datetime");
    QTest::newRow("from on a number") << QByteArray(R"({"column":"qty","from":"2016-03-01"})")
                                      << QStringLiteral(
                                             "from and to apply to date and datetime columns; \"qty\" is integer");
    QTest::newRow("min on text") << QByteArray(R"({"column":"team","min":1})")
                                 << QStringLiteral("min and max apply to integer and real columns; \"team\" is text");
    QTest::newRow("min not a number") << QByteArray(R"({"column":"amount","min":"lots"})")
                                      << QStringLiteral("min must be a number");
    QTest::newRow("empty range") << QByteArray(R"({"column":"amount","min":null})")
                                 << QStringLiteral("a range on \"amount\" needs min, max or both");
    QTest::newRow("two kinds")
        << QByteArray(R"({"column":"qty","min":1,"equals":2})")
        << QStringLiteral("a filter on \"qty\" needs exactly one of from/to, min/max, equals, in or isNull");
    QTest::newRow("no kind") << QByteArray(R"({"column":"qty"})")
                             << QStringLiteral(
                                    "a filter on \"qty\" needs exactly one of from/to, min/max, equals, in or isNull");
    QTest::newRow("unknown key") << QByteArray(R"({"column":"qty","like":"a%"})")
                                 << QStringLiteral("unknown filter key \"like\"");
    QTest::newRow("integer equals a fraction")
        << QByteArray(R"({"column":"qty","equals":2.5})")
        << QStringLiteral("equals must be an integer: \"qty\" is an integer column");
    QTest::newRow("boolean equals maybe")
        << QByteArray(R"({"column":"flag","equals":"maybe"})")
        << QStringLiteral("equals must be true or false: \"flag\" is a boolean column");
    QTest::newRow("equals null") << QByteArray(R"({"column":"team","equals":null})")
                                 << QStringLiteral("equals needs a value; use isNull to find empty cells");
    QTest::newRow("empty in") << QByteArray(R"({"column":"team","in":[]})")
                              << QStringLiteral("in must be a list of at least one value");
    QTest::newRow("isNull not a boolean")
        << QByteArray(R"({"column":"team","isNull":"perhaps"})") << QStringLiteral("isNull must be true or false");
}

void tst_RowFilterParser::refusesWithAClearMessage()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto filter = RowFilterParser::filterFromJson(QJsonDocument::fromJson(json).object(), dataset());
    QVERIFY(!filter);
    QCOMPARE(filter.error().code, ErrorCode::InvalidInput);
    QCOMPARE(filter.error().message, message);
}

void tst_RowFilterParser::readsQueryParameters()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offset"), QStringLiteral("10")); // not a filter: left alone
    query.addQueryItem(QStringLiteral("from.day"), QStringLiteral("2016-03-01"));
    query.addQueryItem(QStringLiteral("eq.team"), QStringLiteral("t1"));
    query.addQueryItem(QStringLiteral("to.day"), QStringLiteral("2016-09-30"));
    query.addQueryItem(QStringLiteral("eq.team"), QStringLiteral("t%202")); // percent-encoded
    query.addQueryItem(QStringLiteral("eq.a.b"), QStringLiteral("x")); // the column follows the first dot
    query.addQueryItem(QStringLiteral("null.amount"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("min.qty"), QStringLiteral("3"));
    query.addQueryItem(QStringLiteral("filter"), QStringLiteral(R"([{"column":"flag","equals":false}])"));
    auto filters = RowFilterParser::fromQuery(query, dataset());
    SLUICE_VERIFY_RESULT(filters);
    QCOMPARE(filters->size(), 6);
    // The JSON filters first, then one filter per column and kind, in order of appearance.
    QCOMPARE(filters->at(0).column, QStringLiteral("flag"));
    QCOMPARE(filters->at(0).values, (QVariantList { false }));
    QCOMPARE(filters->at(1).column, QStringLiteral("day"));
    QCOMPARE(filters->at(1).kind, FilterKind::Range);
    QCOMPARE(filters->at(1).from, QVariant(QDate(2016, 3, 1)));
    QCOMPARE(filters->at(1).to, QVariant(QDate(2016, 9, 30)));
    QCOMPARE(filters->at(2).column, QStringLiteral("team"));
    QCOMPARE(filters->at(2).values, (QVariantList { QStringLiteral("t1"), QStringLiteral("t 2") }));
    QCOMPARE(filters->at(3).column, QStringLiteral("a.b"));
    QCOMPARE(filters->at(4).kind, FilterKind::IsNull);
    QCOMPARE(filters->at(5).from, QVariant(qint64(3)));
}

void tst_RowFilterParser::queryParameterErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown prefix") << QStringLiteral("form.day=2016-03-01")
                                    << QStringLiteral("unknown parameter \"form.day\"");
    QTest::newRow("unknown column") << QStringLiteral("eq.nope=1") << QStringLiteral("unknown column \"nope\"");
    QTest::newRow("twice") << QStringLiteral("from.day=2016-03-01&from.day=2016-04-01")
                           << QStringLiteral("from.day is given twice");
    QTest::newRow("bad json") << QStringLiteral("filter=%7Bnot")
                              << QStringLiteral("filter must be a JSON array of filter objects");
    QTest::newRow("bad bound") << QStringLiteral("to.day=yesterday")
                               << QStringLiteral("to must be a date (YYYY-MM-DD)");
}

void tst_RowFilterParser::queryParameterErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    auto filters = RowFilterParser::fromQuery(QUrlQuery(query), dataset());
    QVERIFY(!filters);
    QCOMPARE(filters.error().message, message);
}

void tst_RowFilterParser::jsonRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("date range") << QByteArray(R"({"column":"day","from":"2016-03-01","to":"2016-09-30"})");
    QTest::newRow("datetime range") << QByteArray(
        R"({"column":"at","from":"2016-03-01T10:00:00.5Z","to":"2016-09-30"})");
    QTest::newRow("numbers") << QByteArray(R"({"column":"amount","min":-1.25,"max":3})");
    QTest::newRow("in") << QByteArray(R"({"column":"qty","in":[1,2,3]})");
    QTest::newRow("equals") << QByteArray(R"({"column":"flag","equals":true})");
    QTest::newRow("null") << QByteArray(R"({"column":"team","isNull":false})");
}

void tst_RowFilterParser::jsonRoundTrip()
{
    QFETCH(QByteArray, json);
    auto first = RowFilterParser::filterFromJson(QJsonDocument::fromJson(json).object(), dataset());
    SLUICE_VERIFY_RESULT(first);
    auto second = RowFilterParser::filterFromJson(rowFilterToJson(*first), dataset());
    SLUICE_VERIFY_RESULT(second);
    QCOMPARE(second->column, first->column);
    QCOMPARE(second->kind, first->kind);
    QCOMPARE(second->from, first->from);
    QCOMPARE(second->to, first->to);
    QCOMPARE(second->values, first->values);
}

QTEST_APPLESS_MAIN(tst_RowFilterParser)
#include "tst_rowfilterparser.moc"
