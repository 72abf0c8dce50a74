#include <cmath>

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include "core/csv/valueparser.h"

using namespace sluice;

namespace {

qint64 days(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}

qint64 msecs(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0, int offsetSeconds = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone(offsetSeconds)).toMSecsSinceEpoch();
}

ValueFormat formatWith(char decimal, char thousands)
{
    ValueFormat format;
    format.decimalSeparator = decimal;
    format.thousandsSeparator = thousands;
    return format;
}

} // namespace

class tst_ValueParser : public QObject
{
    Q_OBJECT
private slots:
    void integers_data();
    void integers();
    void reals_data();
    void reals();
    void booleans_data();
    void booleans();
    void nulls_data();
    void nulls();
    void temporal_data();
    void temporal();
    void daysFromCivil();
};

void tst_ValueParser::integers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("thousands");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("value");
    QTest::newRow("plain") << QByteArray("42") << '\0' << true << qint64(42);
    QTest::newRow("negative") << QByteArray("-7") << '\0' << true << qint64(-7);
    QTest::newRow("zero") << QByteArray("0") << '\0' << true << qint64(0);
    QTest::newRow("negative zero") << QByteArray("-0") << '\0' << true << qint64(0);
    QTest::newRow("spaces trimmed") << QByteArray(" 12 ") << '\0' << true << qint64(12);
    QTest::newRow("leading zeros") << QByteArray("00123") << '\0' << false << qint64(0);
    QTest::newRow("negative leading zero") << QByteArray("-012") << '\0' << false << qint64(0);
    QTest::newRow("plus sign") << QByteArray("+1") << '\0' << false << qint64(0);
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << '\0' << true
                               << qint64(9223372036854775807LL);
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << '\0' << true
                               << std::numeric_limits<qint64>::min();
    QTest::newRow("overflow") << QByteArray("9223372036854775808") << '\0' << false << qint64(0);
    QTest::newRow("20 digits") << QByteArray("12345678901234567890") << '\0' << false << qint64(0);
    QTest::newRow("fraction") << QByteArray("1.5") << '\0' << false << qint64(0);
    QTest::newRow("exponent") << QByteArray("1e3") << '\0' << false << qint64(0);
    QTest::newRow("hex") << QByteArray("0x10") << '\0' << false << qint64(0);
    QTest::newRow("minus only") << QByteArray("-") << '\0' << false << qint64(0);
    QTest::newRow("empty") << QByteArray("") << '\0' << false << qint64(0);
    QTest::newRow("grouped dot") << QByteArray("1.234.567") << '.' << true << qint64(1234567);
    QTest::newRow("grouped comma") << QByteArray("-12,345") << ',' << true << qint64(-12345);
    QTest::newRow("bad group") << QByteArray("1.23") << '.' << false << qint64(0);
    QTest::newRow("long first group") << QByteArray("1234.567") << '.' << false << qint64(0);
    QTest::newRow("ungrouped with separator set") << QByteArray("1234") << '.' << true << qint64(1234);
    QTest::newRow("separator not set") << QByteArray("1,234") << '\0' << false << qint64(0);
}

void tst_ValueParser::integers()
{
    QFETCH(QByteArray, text);
    QFETCH(char, thousands);
    QFETCH(bool, ok);
    QFETCH(qint64, value);
    const ValueParser parser(formatWith(thousands == '.' ? ',' : '.', thousands));
    const auto parsed = parser.parseInteger(text);
    QCOMPARE(parsed.has_value(), ok);
    QCOMPARE(parser.isInteger(text), ok);
    if (ok)
        QCOMPARE(*parsed, value);
}

void tst_ValueParser::reals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("decimal");
    QTest::addColumn<char>("thousands");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("plain") << QByteArray("1.5") << '.' << '\0' << true << 1.5;
    QTest::newRow("integer") << QByteArray("12") << '.' << '\0' << true << 12.0;
    QTest::newRow("negative") << QByteArray("-2.25") << '.' << '\0' << true << -2.25;
    QTest::newRow("leading dot") << QByteArray(".5") << '.' << '\0' << true << 0.5;
    QTest::newRow("trailing dot") << QByteArray("5.") << '.' << '\0' << false << 0.0;
    QTest::newRow("exponent") << QByteArray("1e-3") << '.' << '\0' << true << 0.001;
    QTest::newRow("exponent upper plus") << QByteArray("2.5E+3") << '.' << '\0' << true << 2500.0;
    QTest::newRow("big exponent") << QByteArray("1e300") << '.' << '\0' << true << 1e300;
    QTest::newRow("out of range") << QByteArray("1e999") << '.' << '\0' << false << 0.0;
    QTest::newRow("zero point") << QByteArray("0.5") << '.' << '\0' << true << 0.5;
    QTest::newRow("leading zeros") << QByteArray("00.5") << '.' << '\0' << false << 0.0;
    QTest::newRow("two dots") << QByteArray("1.5.6") << '.' << '\0' << false << 0.0;
    QTest::newRow("nan") << QByteArray("NaN") << '.' << '\0' << false << 0.0;
    QTest::newRow("inf") << QByteArray("inf") << '.' << '\0' << false << 0.0;
    QTest::newRow("huge digit string") << QByteArray("99999999999999999999") << '.' << '\0' << false << 0.0;
    QTest::newRow("huge with fraction") << QByteArray("99999999999999999999.0") << '.' << '\0' << true << 1e20;
    QTest::newRow("plus") << QByteArray("+1.5") << '.' << '\0' << false << 0.0;
    QTest::newRow("comma in dot format") << QByteArray("1,5") << '.' << '\0' << false << 0.0;
    QTest::newRow("decimal comma") << QByteArray("1,5") << ',' << '\0' << true << 1.5;
    QTest::newRow("decimal comma thousands dot") << QByteArray("-1.234,5") << ',' << '.' << true << -1234.5;
    QTest::newRow("thousands comma") << QByteArray("1,234.5") << '.' << ',' << true << 1234.5;
    QTest::newRow("millions") << QByteArray("12.345.678,9") << ',' << '.' << true << 12345678.9;
    QTest::newRow("bad grouping") << QByteArray("1.5") << ',' << '.' << false << 0.0;
    QTest::newRow("dot in comma format") << QByteArray("1.25") << ',' << '\0' << false << 0.0;
}

void tst_ValueParser::reals()
{
    QFETCH(QByteArray, text);
    QFETCH(char, decimal);
    QFETCH(char, thousands);
    QFETCH(bool, ok);
    QFETCH(double, value);
    const ValueParser parser(formatWith(decimal, thousands));
    const auto parsed = parser.parseReal(text);
    QCOMPARE(parsed.has_value(), ok);
    QCOMPARE(parser.isReal(text), ok);
    if (ok)
        QCOMPARE(*parsed, value);
}

void tst_ValueParser::booleans_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("expected");  // -1: not a boolean
    QTest::newRow("true") << QByteArray("true") << 1;
    QTest::newRow("TRUE") << QByteArray("TRUE") << 1;
    QTest::newRow("False") << QByteArray("False") << 0;
    QTest::newRow("Yes") << QByteArray("Yes") << 1;
    QTest::newRow("no") << QByteArray(" no ") << 0;
    QTest::newRow("1 is not") << QByteArray("1") << -1;
    QTest::newRow("0 is not") << QByteArray("0") << -1;
    QTest::newRow("t is not") << QByteArray("t") << -1;
    QTest::newRow("truth is not") << QByteArray("truth") << -1;
}

void tst_ValueParser::booleans()
{
    QFETCH(QByteArray, text);
    QFETCH(int, expected);
    const auto parsed = ValueParser::parseBoolean(text);
    QCOMPARE(parsed.has_value(), expected >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), expected);
}

void tst_ValueParser::nulls_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("isNull");
    QTest::addColumn<bool>("isNaN");
    QTest::newRow("empty") << QByteArray("") << true << false;
    QTest::newRow("spaces") << QByteArray("   ") << true << false;
    QTest::newRow("NA") << QByteArray("NA") << true << false;
    QTest::newRow("N/A") << QByteArray("N/A") << true << false;
    QTest::newRow("null") << QByteArray("null") << true << false;
    QTest::newRow("NULL padded") << QByteArray(" NULL ") << true << false;
    QTest::newRow("#N/A") << QByteArray("#N/A") << true << false;
    QTest::newRow("NaN") << QByteArray("NaN") << false << true;
    QTest::newRow("nan") << QByteArray("nan") << false << true;
    QTest::newRow("Nancy") << QByteArray("Nancy") << false << false;
    QTest::newRow("Null is not in the list") << QByteArray("Null") << false << false;
    QTest::newRow("text") << QByteArray("North") << false << false;
    QTest::newRow("zero") << QByteArray("0") << false << false;
}

void tst_ValueParser::nulls()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, isNull);
    QFETCH(bool, isNaN);
    const ValueParser parser;
    QCOMPARE(parser.isNull(text), isNull);
    QCOMPARE(parser.isNaN(text), isNaN);

    ValueFormat custom;
    custom.nullTokens = { QByteArrayLiteral("-"), QByteArrayLiteral("North") };
    custom.nanIsNull = false;
    const ValueParser customParser(custom);
    QCOMPARE(customParser.isNull(text), text.trimmed().isEmpty() || text == "North");
    QVERIFY(customParser.isNull("-"));
    QVERIFY(!customParser.isNaN(text));
}

void tst_ValueParser::temporal_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<TemporalKind>("kind");
    QTest::addColumn<qint64>("value");
    const DateOrder dmy = DateOrder::DayFirst;
    const DateOrder mdy = DateOrder::MonthFirst;
    const TemporalKind date = TemporalKind::Date;
    const TemporalKind dateTime = TemporalKind::DateTime;
    const TemporalKind none = TemporalKind::None;
    QTest::newRow("ISO date") << QByteArray("2016-03-04") << dmy << date << days(2016, 3, 4);
    // The shapes "YYYY-MM-DD" and "YYYY-MM-DD[T ]HH:MM:SS" have a fast path: its edges.
    QTest::newRow("ISO space seconds") << QByteArray("2016-03-04 05:06:07") << dmy << dateTime
                                       << msecs(2016, 3, 4, 5, 6, 7);
    QTest::newRow("ISO end of day") << QByteArray("2016-12-31T23:59:59") << dmy << dateTime
                                    << msecs(2016, 12, 31, 23, 59, 59);
    QTest::newRow("ISO hour 24") << QByteArray("2016-03-04T24:00:00") << dmy << none << qint64(0);
    QTest::newRow("ISO minute 60") << QByteArray("2016-03-04T05:60:00") << dmy << none << qint64(0);
    QTest::newRow("ISO second 60") << QByteArray("2016-03-04T05:06:60") << dmy << none << qint64(0);
    QTest::newRow("ISO datetime on Feb 30") << QByteArray("2016-02-30T05:06:07") << dmy << none << qint64(0);
    QTest::newRow("ISO day 00") << QByteArray("2016-03-00") << dmy << none << qint64(0);
    QTest::newRow("ISO letter in year") << QByteArray("2O16-03-04") << dmy << none << qint64(0);
    QTest::newRow("ISO letter in time") << QByteArray("2016-03-04T05:O6:07") << dmy << none << qint64(0);
    QTest::newRow("ISO other separator") << QByteArray("2016-03-04x05:06:07") << dmy << none << qint64(0);
    QTest::newRow("ISO padded") << QByteArray(" 2016-03-04 ") << dmy << date << days(2016, 3, 4);
    QTest::newRow("ISO date ignores order") << QByteArray("2016-03-04") << mdy << date << days(2016, 3, 4);
    QTest::newRow("epoch") << QByteArray("1970-01-01") << dmy << date << qint64(0);
    QTest::newRow("before epoch") << QByteArray("1969-12-31") << dmy << date << qint64(-1);
    QTest::newRow("leap day") << QByteArray("2016-02-29") << dmy << date << days(2016, 2, 29);
    QTest::newRow("no leap day") << QByteArray("2015-02-29") << dmy << none << qint64(0);
    QTest::newRow("Feb 30") << QByteArray("2016-02-30") << dmy << none << qint64(0);
    QTest::newRow("month 13") << QByteArray("2016-13-01") << dmy << none << qint64(0);
    QTest::newRow("year first slash") << QByteArray("2016/03/04") << mdy << date << days(2016, 3, 4);
    QTest::newRow("ISO T") << QByteArray("2016-03-04T05:06") << dmy << dateTime << msecs(2016, 3, 4, 5, 6);
    QTest::newRow("ISO T seconds Z") << QByteArray("2016-03-04T05:06:07Z") << dmy << dateTime
                                     << msecs(2016, 3, 4, 5, 6, 7);
    QTest::newRow("ISO space fraction") << QByteArray("2016-03-04 05:06:07.123") << dmy << dateTime
                                        << msecs(2016, 3, 4, 5, 6, 7, 123);
    QTest::newRow("ISO microseconds") << QByteArray("2016-03-04 05:06:07.123456") << dmy << dateTime
                                      << msecs(2016, 3, 4, 5, 6, 7, 123);
    QTest::newRow("ISO fraction 1 digit") << QByteArray("2016-03-04T05:06:07.5") << dmy << dateTime
                                          << msecs(2016, 3, 4, 5, 6, 7, 500);
    QTest::newRow("zone +02:00") << QByteArray("2016-03-04T05:06:07+02:00") << dmy << dateTime
                                 << msecs(2016, 3, 4, 5, 6, 7, 0, 7200);
    QTest::newRow("zone -0130") << QByteArray("2016-03-04T05:06:07-0130") << dmy << dateTime
                                << msecs(2016, 3, 4, 5, 6, 7, 0, -5400);
    QTest::newRow("zone +05") << QByteArray("2016-03-04T05:06+05") << dmy << dateTime
                              << msecs(2016, 3, 4, 5, 6, 0, 0, 18000);
    QTest::newRow("hour 24") << QByteArray("2016-03-04T24:00") << dmy << none << qint64(0);
    QTest::newRow("minute 60") << QByteArray("2016-03-04T10:60") << dmy << none << qint64(0);
    QTest::newRow("T without time") << QByteArray("2016-03-04T") << dmy << none << qint64(0);
    QTest::newRow("day first slash") << QByteArray("04/03/2016") << dmy << date << days(2016, 3, 4);
    QTest::newRow("month first slash") << QByteArray("04/03/2016") << mdy << date << days(2016, 4, 3);
    QTest::newRow("day 13 month first") << QByteArray("13/03/2016") << mdy << none << qint64(0);
    QTest::newRow("day first dots") << QByteArray("4.3.2016") << dmy << date << days(2016, 3, 4);
    QTest::newRow("day first dashes") << QByteArray("4-3-2016") << dmy << date << days(2016, 3, 4);
    QTest::newRow("mixed separators") << QByteArray("4-3/2016") << dmy << none << qint64(0);
    QTest::newRow("two-digit year") << QByteArray("3/4/16") << dmy << none << qint64(0);
    QTest::newRow("US with time PM") << QByteArray("3/4/2016 1:05:00 PM") << mdy << dateTime
                                     << msecs(2016, 3, 4, 13, 5);
    QTest::newRow("12 AM") << QByteArray("2016-03-04 12:00 AM") << dmy << dateTime << msecs(2016, 3, 4, 0, 0);
    QTest::newRow("13 PM") << QByteArray("2016-03-04 13:00 PM") << dmy << none << qint64(0);
    QTest::newRow("day month name") << QByteArray("3 Mar 2016") << mdy << date << days(2016, 3, 3);
    QTest::newRow("day full month name") << QByteArray("3 March 2016") << dmy << date << days(2016, 3, 3);
    QTest::newRow("dashed month name") << QByteArray("03-Mar-2016") << dmy << date << days(2016, 3, 3);
    QTest::newRow("month name comma") << QByteArray("March 3, 2016") << dmy << date << days(2016, 3, 3);
    QTest::newRow("abbreviated no comma") << QByteArray("mar 3 2016") << dmy << date << days(2016, 3, 3);
    QTest::newRow("Sept") << QByteArray("Sept 3, 2016") << dmy << date << days(2016, 9, 3);
    QTest::newRow("month name with time") << QByteArray("3 Mar 2016 10:30") << dmy << dateTime
                                          << msecs(2016, 3, 3, 10, 30);
    QTest::newRow("not a month") << QByteArray("3 Mat 2016") << dmy << none << qint64(0);
    QTest::newRow("number") << QByteArray("20160304") << dmy << none << qint64(0);
    QTest::newRow("real") << QByteArray("3.14") << dmy << none << qint64(0);
    QTest::newRow("trailing text") << QByteArray("2016-03-04 x") << dmy << none << qint64(0);
}

void tst_ValueParser::temporal()
{
    QFETCH(QByteArray, text);
    QFETCH(DateOrder, order);
    QFETCH(TemporalKind, kind);
    QFETCH(qint64, value);
    qint64 parsed = 0;
    QCOMPARE(ValueParser::parseTemporal(text, order, &parsed), kind);
    if (kind != TemporalKind::None)
        QCOMPARE(parsed, value);
    QCOMPARE(ValueParser::temporalKind(text, order), kind);
}

void tst_ValueParser::daysFromCivil()
{
    for (int year : { 1, 1600, 1899, 1970, 2000, 2016, 2100, 9999 }) {
        for (int month = 1; month <= 12; ++month)
            QCOMPARE(ValueParser::daysFromCivil(year, month, 28), days(year, month, 28));
    }
}

QTEST_APPLESS_MAIN(tst_ValueParser)
#include "tst_valueparser.moc"
