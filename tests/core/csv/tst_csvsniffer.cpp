#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

#include "core/csv/csvsniffer.h"

using namespace sluice;

namespace {

QByteArray utf16(const QString &text, QStringEncoder::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

Result<CsvSniffResult> sniffText(const QByteArray &input, const CsvOverrides &overrides = {})
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    auto result = CsvSniffer().sniff(buffer, overrides, QStringLiteral("sample.csv"));
    if (buffer.pos() != 0)
        return fail(ErrorCode::Internal, QStringLiteral("the sniffer consumed the device"));
    return result;
}

QString charName(char c)
{
    return c == '\0' ? QStringLiteral("none") : c == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(c));
}

} // namespace

class tst_CsvSniffer : public QObject
{
    Q_OBJECT
private slots:
    void detect_data();
    void detect();
    void overrides_data();
    void overrides();
    void columnNames_data();
    void columnNames();
    void truncatedSample();
    void emptyFile();
};

void tst_CsvSniffer::detect_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<bool>("header");
    QTest::addColumn<int>("preamble");
    QTest::addColumn<bool>("trailing");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("thousands");
    QTest::addColumn<QStringList>("names");

    const QString comma = QStringLiteral(",");
    const QString dq = QStringLiteral("\"");
    const QString dot = QStringLiteral(".");
    const QString none = QStringLiteral("none");
    QTest::newRow("comma with header") << QByteArray("name,age\nBob,42\nAlice,37\n") << CsvEncoding::Utf8 << comma
                                       << dq << true << 0 << false << dot << none
                                       << QStringList { QStringLiteral("name"), QStringLiteral("age") };
    QTest::newRow("semicolon decimal comma")
        << QByteArray("name;price\nA;1,5\nB;2,25\nC;3\n") << CsvEncoding::Utf8 << QStringLiteral(";") << dq << true
        << 0 << false << comma << none << QStringList { QStringLiteral("name"), QStringLiteral("price") };
    QTest::newRow("semicolon thousands dot")
        << QByteArray("name;price\nA;1.234,5\nB;12.345.678,9\nC;7,25\n") << CsvEncoding::Utf8 << QStringLiteral(";")
        << dq << true << 0 << false << comma << dot << QStringList { QStringLiteral("name"), QStringLiteral("price") };
    QTest::newRow("tab thousands comma")
        << QByteArray("name\tprice\nA\t1,234.5\nB\t12,345,678.9\n") << CsvEncoding::Utf8 << QStringLiteral("tab")
        << dq << true << 0 << false << dot << comma
        << QStringList { QStringLiteral("name"), QStringLiteral("price") };
    QTest::newRow("1,234 in a comma file is two fields")
        << QByteArray("a,b\n1,234\n5,678\n") << CsvEncoding::Utf8 << comma << dq << true << 0 << false << dot << none
        << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n4|5|6\n") << CsvEncoding::Utf8 << QStringLiteral("|") << dq
                          << true << 0 << false << dot << none
                          << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    QTest::newRow("quote-aware") << QByteArray("a,b\n\"x;y;z\",1\n\"p;q;r\",2\n\"s;t;u\",3\n") << CsvEncoding::Utf8
                                 << comma << dq << true << 0 << false << dot << none
                                 << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("single quote") << QByteArray("a,b\n'x,y',1\n'z,w',2\n") << CsvEncoding::Utf8 << comma
                                  << QStringLiteral("'") << true << 0 << false << dot << none
                                  << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("no header: numbers") << QByteArray("1,2\n3,4\n5,6\n") << CsvEncoding::Utf8 << comma << dq << false
                                        << 0 << false << dot << none
                                        << QStringList { QStringLiteral("column_1"), QStringLiteral("column_2") };
    QTest::newRow("header with a number as a name")
        << QByteArray("city,population,2016\nParis,2000000,5\nRome,3000000,6\n") << CsvEncoding::Utf8 << comma << dq
        << true << 0 << false << dot << none
        << QStringList { QStringLiteral("city"), QStringLiteral("population"), QStringLiteral("2016") };
    QTest::newRow("all text with header") << QByteArray("city,country\nParis,France\nRome,Italy\n")
                                          << CsvEncoding::Utf8 << comma << dq << true << 0 << false << dot << none
                                          << QStringList { QStringLiteral("city"), QStringLiteral("country") };
    QTest::newRow("all text without header")
        << QByteArray("Paris,France\nRome,Italy\nParis,Spain\n") << CsvEncoding::Utf8 << comma << dq << false << 0
        << false << dot << none << QStringList { QStringLiteral("column_1"), QStringLiteral("column_2") };
    QTest::newRow("dates without header") << QByteArray("2016-01-01,5\n2016-01-02,6\n") << CsvEncoding::Utf8 << comma
                                          << dq << false << 0 << false << dot << none
                                          << QStringList { QStringLiteral("column_1"), QStringLiteral("column_2") };
    QTest::newRow("preamble") << QByteArray("Report generated 2016-01-01\nSource: shop\n\na,b,c\n1,2,3\n4,5,6\n")
                              << CsvEncoding::Utf8 << comma << dq << true << 3 << false << dot << none
                              << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    QTest::newRow("trailing delimiter everywhere")
        << QByteArray("a,b,\n1,2,\n3,4,\n") << CsvEncoding::Utf8 << comma << dq << true << 0 << true << dot << none
        << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("named last column is data")
        << QByteArray("a,b,c\n1,2,\n3,4,\n") << CsvEncoding::Utf8 << comma << dq << true << 0 << false << dot << none
        << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFid,caf\xC3\xA9\n1,2\n") << CsvEncoding::Utf8 << comma << dq
                               << true << 0 << false << dot << none
                               << QStringList { QStringLiteral("id"), QStringLiteral("caf\u00e9") };
    QTest::newRow("UTF-16LE tab text") << utf16(QStringLiteral("name\tvalue\r\n\u00e9t\u00e9\t1\r\nx\t2\r\n"),
                                                QStringEncoder::Utf16LE)
                                       << CsvEncoding::Utf16LE << QStringLiteral("tab") << dq << true << 0 << false
                                       << dot << none
                                       << QStringList { QStringLiteral("name"), QStringLiteral("value") };
    QTest::newRow("UTF-16BE") << utf16(QStringLiteral("a;b\r\n1;2\r\n"), QStringEncoder::Utf16BE)
                              << CsvEncoding::Utf16BE << QStringLiteral(";") << dq << true << 0 << false << dot << none
                              << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("Windows-1252") << QByteArray("name;price\ncaf\xE9;\x80 5\n") << CsvEncoding::Windows1252
                                  << QStringLiteral(";") << dq << true << 0 << false << dot << none
                                  << QStringList { QStringLiteral("name"), QStringLiteral("price") };
    QTest::newRow("single column") << QByteArray("name\nBob\nAlice\n") << CsvEncoding::Utf8 << comma << dq << true
                                   << 0 << false << dot << none << QStringList { QStringLiteral("name") };
    QTest::newRow("colon when nothing else fits")
        << QByteArray("a:b:c\n1:2:3\n4:5:6\n") << CsvEncoding::Utf8 << QStringLiteral(":") << dq << true << 0 << false
        << dot << none << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    QTest::newRow("times do not make colon the delimiter")
        << QByteArray("t,v\n10:30,1\n11:45,2\n") << CsvEncoding::Utf8 << comma << dq << true << 0 << false << dot
        << none << QStringList { QStringLiteral("t"), QStringLiteral("v") };
}

void tst_CsvSniffer::detect()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvEncoding, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QString, quote);
    QFETCH(bool, header);
    QFETCH(int, preamble);
    QFETCH(bool, trailing);
    QFETCH(QString, decimal);
    QFETCH(QString, thousands);
    QFETCH(QStringList, names);
    auto result = sniffText(input);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    const CsvDialect &dialect = result->dialect;
    QCOMPARE(csvEncodingName(dialect.encoding), csvEncodingName(encoding));
    QCOMPARE(charName(dialect.delimiter), delimiter);
    QCOMPARE(charName(dialect.quote), quote);
    QCOMPARE(dialect.hasHeader, header);
    QCOMPARE(dialect.preambleLines, preamble);
    QCOMPARE(dialect.trailingDelimiter, trailing);
    QCOMPARE(charName(dialect.decimalSeparator), decimal);
    QCOMPARE(charName(dialect.thousandsSeparator), thousands);
    QCOMPARE(result->columnNames, names);
    QCOMPARE(result->columnCount, names.size());
    // Nothing is ever claimed as set by the user when nothing was.
    const CsvDialectSources &s = result->sources;
    for (SettingSource source : { s.encoding, s.delimiter, s.quote, s.hasHeader, s.preambleLines,
                                  s.trailingDelimiter, s.decimalSeparator, s.thousandsSeparator })
        QVERIFY(source != SettingSource::UserSet);
    QCOMPARE(s.hasHeader, SettingSource::Detected);
    QCOMPARE(s.preambleLines, preamble > 0 ? SettingSource::Detected : SettingSource::Default);
    QCOMPARE(s.trailingDelimiter, trailing ? SettingSource::Detected : SettingSource::Default);
    QCOMPARE(s.thousandsSeparator, thousands == QLatin1String("none") ? SettingSource::Default : SettingSource::Detected);
    if (decimal == QLatin1String(","))
        QCOMPARE(s.decimalSeparator, SettingSource::Detected);
    if (encoding != CsvEncoding::Utf8 || input.startsWith("\xEF\xBB\xBF"))
        QCOMPARE(s.encoding, SettingSource::Detected);
}

void tst_CsvSniffer::overrides_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvOverrides>("overrides");
    QTest::addColumn<QString>("check");

    const QByteArray plain("name,price\nA,1.5\nB,2\n");
    CsvOverrides o;
    o.delimiter = ';';
    QTest::newRow("delimiter") << plain << o << QStringLiteral("delimiter");
    o = {};
    o.hasHeader = false;
    QTest::newRow("header") << plain << o << QStringLiteral("header");
    o = {};
    o.quote = '\0';
    QTest::newRow("quote") << plain << o << QStringLiteral("quote");
    o = {};
    o.encoding = CsvEncoding::Windows1252;
    QTest::newRow("encoding") << plain << o << QStringLiteral("encoding");
    o = {};
    o.preambleLines = 1;
    QTest::newRow("preamble") << plain << o << QStringLiteral("preamble");
    o = {};
    o.trailingDelimiter = true;
    QTest::newRow("trailing") << plain << o << QStringLiteral("trailing");
    o = {};
    o.decimalSeparator = ',';
    QTest::newRow("decimal") << plain << o << QStringLiteral("decimal");
    o = {};
    o.thousandsSeparator = ' ';
    QTest::newRow("thousands") << plain << o << QStringLiteral("thousands");
}

void tst_CsvSniffer::overrides()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvOverrides, overrides);
    QFETCH(QString, check);
    auto result = sniffText(input, overrides);
    QVERIFY(result);
    const CsvDialect &d = result->dialect;
    const CsvDialectSources &s = result->sources;
    if (check == QLatin1String("delimiter")) {
        QCOMPARE(d.delimiter, ';');
        QCOMPARE(s.delimiter, SettingSource::UserSet);
        QCOMPARE(result->columnCount, 1);  // the user is obeyed even when it looks wrong
    } else if (check == QLatin1String("header")) {
        QCOMPARE(d.hasHeader, false);
        QCOMPARE(s.hasHeader, SettingSource::UserSet);
        QCOMPARE(result->columnNames, (QStringList { QStringLiteral("column_1"), QStringLiteral("column_2") }));
    } else if (check == QLatin1String("quote")) {
        QCOMPARE(d.quote, '\0');
        QCOMPARE(s.quote, SettingSource::UserSet);
    } else if (check == QLatin1String("encoding")) {
        QCOMPARE(d.encoding, CsvEncoding::Windows1252);
        QCOMPARE(s.encoding, SettingSource::UserSet);
    } else if (check == QLatin1String("preamble")) {
        QCOMPARE(d.preambleLines, 1);
        QCOMPARE(s.preambleLines, SettingSource::UserSet);
        // The header line was skipped: what is left is data.
        QCOMPARE(d.hasHeader, false);
        QCOMPARE(result->columnNames, (QStringList { QStringLiteral("column_1"), QStringLiteral("column_2") }));
    } else if (check == QLatin1String("trailing")) {
        QCOMPARE(d.trailingDelimiter, true);
        QCOMPARE(s.trailingDelimiter, SettingSource::UserSet);
    } else if (check == QLatin1String("decimal")) {
        QCOMPARE(d.decimalSeparator, ',');
        QCOMPARE(s.decimalSeparator, SettingSource::UserSet);
        QCOMPARE(s.delimiter, SettingSource::Detected);
    } else if (check == QLatin1String("thousands")) {
        QCOMPARE(d.thousandsSeparator, ' ');
        QCOMPARE(s.thousandsSeparator, SettingSource::UserSet);
    } else {
        QFAIL("unknown check");
    }
}

void tst_CsvSniffer::columnNames_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("cleaned");
    QTest::newRow("trim, blank, duplicates")
        << QStringList { QStringLiteral(" a "), QString(), QStringLiteral("a"), QStringLiteral("A") }
        << QStringList { QStringLiteral("a"), QStringLiteral("column_2"), QStringLiteral("a_2"),
                         QStringLiteral("A_3") };
    QTest::newRow("generated name taken later")
        << QStringList { QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("x_2") }
        << QStringList { QStringLiteral("x"), QStringLiteral("x_3"), QStringLiteral("x_2") };
    QTest::newRow("blank named like an existing column")
        << QStringList { QStringLiteral("column_2"), QStringLiteral("  ") }
        << QStringList { QStringLiteral("column_2"), QStringLiteral("column_2_2") };
    QTest::newRow("unchanged") << QStringList { QStringLiteral("id"), QStringLiteral("name") }
                               << QStringList { QStringLiteral("id"), QStringLiteral("name") };
}

void tst_CsvSniffer::columnNames()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, cleaned);
    QCOMPARE(CsvSniffer::cleanColumnNames(names), cleaned);
}

void tst_CsvSniffer::truncatedSample()
{
    // The sample ends inside a line, a quoted field and a UTF-8 sequence: still detected.
    QByteArray input("id;text\n");
    for (int i = 0; i < 2000; ++i)
        input += QByteArray::number(i) + ";\"caf\xC3\xA9; \"\"x\"\"\"\n";
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    auto result = CsvSniffer(4096 + 7).sniff(buffer);
    QVERIFY(result);
    QCOMPARE(result->dialect.delimiter, ';');
    QCOMPARE(result->dialect.encoding, CsvEncoding::Utf8);
    QCOMPARE(result->sources.encoding, SettingSource::Detected);
    QCOMPARE(result->columnNames, (QStringList { QStringLiteral("id"), QStringLiteral("text") }));
}

void tst_CsvSniffer::emptyFile()
{
    auto result = sniffText(QByteArray());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY(result.error().message.contains(QStringLiteral("sample.csv")));
}

QTEST_APPLESS_MAIN(tst_CsvSniffer)
#include "tst_csvsniffer.moc"
