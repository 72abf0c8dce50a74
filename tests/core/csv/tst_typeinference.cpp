#include <QBuffer>
#include <QTest>

#include "core/csv/csvfilereader.h"
#include "core/csv/typeinference.h"

using namespace sluice;

namespace {

// Runs the values of one column (one per line, no header) through a TypeInference.
struct Outcome
{
    InferredColumn column;
    QStringList widenings;  // "integer->real@3"
};

Outcome infer(const QByteArrayList &values, qint64 sample, std::optional<DateOrder> order = std::nullopt,
              ValueFormat format = {})
{
    QByteArray input;
    for (const QByteArray &value : values)
        input += '"' + value + "\"\n";  // quoted, so an empty value is still a record
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvDialect dialect;
    dialect.hasHeader = false;
    CsvFileReader reader(buffer, dialect, QStringLiteral("t"));
    Outcome outcome;
    if (!reader.open())
        return outcome;
    TypeInference inference(std::move(format), sample);
    inference.setDateOrder(order);
    CsvRecord record;
    std::vector<TypeWidening> widenings;
    while (*reader.next(record))
        inference.observe(record, &widenings);
    inference.decide();
    outcome.column = inference.column(0);
    for (const TypeWidening &w : widenings)
        outcome.widenings.append(QStringLiteral("%1->%2@%3")
                                     .arg(columnTypeName(w.from), columnTypeName(w.to))
                                     .arg(w.recordNumber));
    return outcome;
}

} // namespace

class tst_TypeInference : public QObject
{
    Q_OBJECT
private slots:
    void types_data();
    void types();
    void dateOrder_data();
    void dateOrder();
    void decimalComma();
    void numericNullTokens();
    void shortAndLongRecords();
};

void tst_TypeInference::types_data()
{
    QTest::addColumn<QByteArrayList>("values");
    QTest::addColumn<qint64>("sample");
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<qint64>("nulls");
    QTest::addColumn<QStringList>("widenings");

    const qint64 all = 1000;
    QTest::newRow("integers") << QByteArrayList { "1", "2", "-3" } << all << ColumnType::Integer << qint64(0)
                              << QStringList {};
    QTest::newRow("leading zeros are identifiers") << QByteArrayList { "00123", "00456" } << all << ColumnType::Text
                                                   << qint64(0) << QStringList {};
    QTest::newRow("one leading zero makes text") << QByteArrayList { "123", "0456", "7" } << all << ColumnType::Text
                                                 << qint64(0) << QStringList {};
    QTest::newRow("plus sign") << QByteArrayList { "+1", "+2" } << all << ColumnType::Text << qint64(0)
                               << QStringList {};
    QTest::newRow("huge integer is text") << QByteArrayList { "1", "99999999999999999999" } << all
                                          << ColumnType::Text << qint64(0) << QStringList {};
    QTest::newRow("integer and real") << QByteArrayList { "1", "2.5" } << all << ColumnType::Real << qint64(0)
                                      << QStringList {};
    QTest::newRow("negative zero") << QByteArrayList { "-0", "-0.0" } << all << ColumnType::Real << qint64(0)
                                   << QStringList {};
    QTest::newRow("NaN is null in reals") << QByteArrayList { "1.5", "NaN", "2" } << all << ColumnType::Real
                                          << qint64(1) << QStringList {};
    QTest::newRow("NaN is text in dates") << QByteArrayList { "2016-01-01", "NaN" } << all << ColumnType::Text
                                          << qint64(0) << QStringList {};
    QTest::newRow("null tokens") << QByteArrayList { "1", "NA", "", "null", "N/A" } << all << ColumnType::Integer
                                 << qint64(4) << QStringList {};
    QTest::newRow("booleans") << QByteArrayList { "true", "False", "YES", "no" } << all << ColumnType::Boolean
                              << qint64(0) << QStringList {};
    QTest::newRow("0 and 1 are integers") << QByteArrayList { "1", "0", "1" } << all << ColumnType::Integer
                                          << qint64(0) << QStringList {};
    QTest::newRow("boolean and number") << QByteArrayList { "true", "1" } << all << ColumnType::Text << qint64(0)
                                        << QStringList {};
    QTest::newRow("dates") << QByteArrayList { "2016-01-01", "2016-12-31" } << all << ColumnType::Date << qint64(0)
                           << QStringList {};
    QTest::newRow("date and datetime") << QByteArrayList { "2016-01-01", "2016-01-01 10:00" } << all
                                       << ColumnType::DateTime << qint64(0) << QStringList {};
    QTest::newRow("datetime then date") << QByteArrayList { "2016-01-01T10:00Z", "2016-01-02" } << all
                                        << ColumnType::DateTime << qint64(0) << QStringList {};
    QTest::newRow("integer and date") << QByteArrayList { "12", "2016-01-01" } << all << ColumnType::Text
                                      << qint64(0) << QStringList {};
    QTest::newRow("month names") << QByteArrayList { "3 Mar 2016", "March 4, 2016" } << all << ColumnType::Date
                                 << qint64(0) << QStringList {};
    QTest::newRow("all null") << QByteArrayList { "", "NA" } << all << ColumnType::Text << qint64(2)
                              << QStringList {};
    QTest::newRow("widening after the sample")
        << QByteArrayList { "1", "2", "3.5", "4", "x" } << qint64(2) << ColumnType::Text << qint64(0)
        << QStringList { QStringLiteral("integer->real@3"), QStringLiteral("real->text@5") };
    QTest::newRow("date widening after the sample")
        << QByteArrayList { "2016-01-01", "2016-01-01T10:00", "oops" } << qint64(1) << ColumnType::Text << qint64(0)
        << QStringList { QStringLiteral("date->datetime@2"), QStringLiteral("datetime->text@3") };
    QTest::newRow("boolean widening") << QByteArrayList { "yes", "maybe" } << qint64(1) << ColumnType::Text
                                      << qint64(0) << QStringList { QStringLiteral("boolean->text@2") };
    QTest::newRow("leading zero after the sample")
        << QByteArrayList { "10", "20", "007" } << qint64(2) << ColumnType::Text << qint64(0)
        << QStringList { QStringLiteral("integer->text@3") };
    QTest::newRow("all-null sample stays text") << QByteArrayList { "", "5" } << qint64(1) << ColumnType::Text
                                                << qint64(1) << QStringList {};
    // Decided columns check their usual values on fast paths; everything else must still widen.
    QTest::newRow("decided integer sees NaN") << QByteArrayList { "1", "NaN", "2" } << qint64(1)
                                              << ColumnType::Integer << qint64(1) << QStringList {};
    QTest::newRow("decided integer sees padding") << QByteArrayList { "1", " 12 ", "-0" } << qint64(1)
                                                  << ColumnType::Integer << qint64(0) << QStringList {};
    QTest::newRow("decided integer sees 19 digits") << QByteArrayList { "1", "1234567890123456789" } << qint64(1)
                                                    << ColumnType::Integer << qint64(0) << QStringList {};
    QTest::newRow("decided integer sees a huge number")
        << QByteArrayList { "1", "9999999999999999999" } << qint64(1) << ColumnType::Text << qint64(0)
        << QStringList { QStringLiteral("integer->text@2") };
    QTest::newRow("decided integer sees a minus alone") << QByteArrayList { "1", "-" } << qint64(1)
                                                        << ColumnType::Text << qint64(0)
                                                        << QStringList { QStringLiteral("integer->text@2") };
    QTest::newRow("decided integer sees an exponent")
        << QByteArrayList { "1", "1e3", "x" } << qint64(1) << ColumnType::Text << qint64(0)
        << QStringList { QStringLiteral("integer->real@2"), QStringLiteral("real->text@3") };
    QTest::newRow("decided real takes other numbers") << QByteArrayList { "1.5", "2", "1e3", ".5", "-0.0" }
                                                      << qint64(1) << ColumnType::Real << qint64(0) << QStringList {};
    QTest::newRow("decided real sees a trailing dot") << QByteArrayList { "1.5", "2." } << qint64(1)
                                                      << ColumnType::Text << qint64(0)
                                                      << QStringList { QStringLiteral("real->text@2") };
    QTest::newRow("decided real sees a leading zero") << QByteArrayList { "1.5", "01.5" } << qint64(1)
                                                      << ColumnType::Text << qint64(0)
                                                      << QStringList { QStringLiteral("real->text@2") };
    QTest::newRow("decided date sees an ISO datetime")
        << QByteArrayList { "2016-01-01", "2016-01-01 10:00:00", "2016-01-02" } << qint64(1) << ColumnType::DateTime
        << qint64(0) << QStringList { QStringLiteral("date->datetime@2") };
    QTest::newRow("decided date sees Feb 30") << QByteArrayList { "2016-01-01", "2016-02-30" } << qint64(1)
                                              << ColumnType::Text << qint64(0)
                                              << QStringList { QStringLiteral("date->text@2") };
    QTest::newRow("decided datetime sees hour 24")
        << QByteArrayList { "2016-01-01T10:00:00", "2016-01-01T24:00:00" } << qint64(1) << ColumnType::Text
        << qint64(0) << QStringList { QStringLiteral("datetime->text@2") };
    QTest::newRow("decided text counts nulls") << QByteArrayList { "x", "5", "", "NA" } << qint64(1)
                                               << ColumnType::Text << qint64(2) << QStringList {};
    QTest::newRow("no widening within the sample")
        << QByteArrayList { "1", "2.5", "x" } << qint64(3) << ColumnType::Text << qint64(0) << QStringList {};
}

void tst_TypeInference::types()
{
    QFETCH(QByteArrayList, values);
    QFETCH(qint64, sample);
    QFETCH(ColumnType, type);
    QFETCH(qint64, nulls);
    QFETCH(QStringList, widenings);
    const Outcome outcome = infer(values, sample);
    QCOMPARE(columnTypeName(outcome.column.type), columnTypeName(type));
    QCOMPARE(outcome.column.nullCount, nulls);
    QCOMPARE(outcome.column.isNullable(), nulls > 0);
    QCOMPARE(outcome.column.valueCount, qint64(values.size()) - nulls);
    QCOMPARE(outcome.widenings, widenings);
}

void tst_TypeInference::dateOrder_data()
{
    QTest::addColumn<QByteArrayList>("values");
    QTest::addColumn<qint64>("sample");
    QTest::addColumn<int>("forced");  // -1 none, else a DateOrder
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QStringList>("widenings");

    const qint64 all = 1000;
    QTest::newRow("day > 12 means day-first") << QByteArrayList { "01/02/2016", "13/02/2016" } << all << -1
                                              << ColumnType::Date << DateOrder::DayFirst << QStringList {};
    QTest::newRow("second > 12 means month-first") << QByteArrayList { "01/02/2016", "02/13/2016" } << all << -1
                                                   << ColumnType::Date << DateOrder::MonthFirst << QStringList {};
    QTest::newRow("ambiguous is day-first") << QByteArrayList { "01/02/2016", "03/04/2016" } << all << -1
                                            << ColumnType::Date << DateOrder::DayFirst << QStringList {};
    QTest::newRow("contradicting orders are text") << QByteArrayList { "13/02/2016", "02/13/2016" } << all << -1
                                                   << ColumnType::Text << DateOrder::DayFirst << QStringList {};
    QTest::newRow("decided order contradicted later")
        << QByteArrayList { "13/01/2016", "01/13/2016" } << qint64(1) << -1 << ColumnType::Text
        << DateOrder::DayFirst << QStringList { QStringLiteral("date->text@2") };
    QTest::newRow("forced month-first") << QByteArrayList { "01/02/2016", "03/04/2016 10:00" } << all
                                        << int(DateOrder::MonthFirst) << ColumnType::DateTime
                                        << DateOrder::MonthFirst << QStringList {};
    QTest::newRow("forced order rejects the other") << QByteArrayList { "13/02/2016" } << all
                                                    << int(DateOrder::MonthFirst) << ColumnType::Text
                                                    << DateOrder::MonthFirst << QStringList {};
}

void tst_TypeInference::dateOrder()
{
    QFETCH(QByteArrayList, values);
    QFETCH(qint64, sample);
    QFETCH(int, forced);
    QFETCH(ColumnType, type);
    QFETCH(DateOrder, order);
    QFETCH(QStringList, widenings);
    const Outcome outcome = infer(values, sample, forced < 0 ? std::nullopt : std::optional(DateOrder(forced)));
    QCOMPARE(columnTypeName(outcome.column.type), columnTypeName(type));
    if (isTemporal(type))
        QCOMPARE(outcome.column.dateOrder, order);
    QCOMPARE(outcome.widenings, widenings);
}

void tst_TypeInference::decimalComma()
{
    ValueFormat format;
    format.decimalSeparator = ',';
    format.thousandsSeparator = '.';
    QCOMPARE(infer({ "1,5", "1.234,25", "7" }, 1000, std::nullopt, format).column.type, ColumnType::Real);
    QCOMPARE(infer({ "1.234", "5" }, 1000, std::nullopt, format).column.type, ColumnType::Integer);
    QCOMPARE(infer({ "1.5" }, 1000, std::nullopt, format).column.type, ColumnType::Text);
    QCOMPARE(infer({ "1,5" }, 1000).column.type, ColumnType::Text);  // not with the default format
}

void tst_TypeInference::numericNullTokens()
{
    // A null token written like a number stays a null in a decided numeric column.
    ValueFormat format;
    format.nullTokens = { QByteArrayLiteral("-1"), QByteArrayLiteral("0.0") };
    const Outcome integers = infer({ "5", "-1", "7", "-1" }, 1, std::nullopt, format);
    QCOMPARE(integers.column.type, ColumnType::Integer);
    QCOMPARE(integers.column.nullCount, 2);
    const Outcome reals = infer({ "1.5", "0.0", "2.5" }, 1, std::nullopt, format);
    QCOMPARE(reals.column.type, ColumnType::Real);
    QCOMPARE(reals.column.nullCount, 1);
    // With a decimal comma, "1.5" is no plain real: the decided column widens.
    format = ValueFormat();
    format.decimalSeparator = ',';
    const Outcome comma = infer({ "1,5", "2", "1.5" }, 1, std::nullopt, format);
    QCOMPARE(comma.column.type, ColumnType::Text);
    QCOMPARE(comma.widenings, QStringList { QStringLiteral("real->text@3") });
}

void tst_TypeInference::shortAndLongRecords()
{
    QBuffer buffer;
    buffer.setData("1,x\n2\n3,y,2016-01-01\n");
    buffer.open(QIODevice::ReadOnly);
    CsvDialect dialect;
    dialect.hasHeader = false;
    CsvFileReader reader(buffer, dialect, QStringLiteral("t"));
    QVERIFY(reader.open());
    TypeInference inference;
    CsvRecord record;
    while (*reader.next(record))
        inference.observe(record);
    inference.decide();
    QCOMPARE(inference.columnCount(), 3);
    QCOMPARE(inference.column(0).type, ColumnType::Integer);
    QCOMPARE(inference.column(1).type, ColumnType::Text);
    QCOMPARE(inference.column(1).nullCount, 1);  // missing in the short record
    QCOMPARE(inference.column(2).type, ColumnType::Date);
    QCOMPARE(inference.column(2).nullCount, 2);  // appeared in the third record only
}

QTEST_APPLESS_MAIN(tst_TypeInference)
#include "tst_typeinference.moc"
