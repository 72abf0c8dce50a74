#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

#include "core/csv/csvdecoder.h"
#include "core/csv/csvreader.h"

using namespace sluice;

using Records = QList<QByteArrayList>;

namespace {

// Block sizes that put block boundaries everywhere, and the production one.
const qsizetype kBlockSizes[] = { 1, 2, 3, 4, 5, 7, 64, CsvReader::kDefaultBlockBytes };

struct Parsed
{
    Records records;
    QList<qint64> lines;
    QString error;
    qint64 blankLines = 0;
};

Parsed parse(const QByteArray &input, const CsvDialect &dialect, qsizetype blockBytes, const CsvLimits &limits = {})
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvDecoder decoder(buffer, dialect.encoding, QStringLiteral("test.csv"));
    CsvReader reader(decoder, dialect, limits, QStringLiteral("test.csv"), blockBytes);
    Parsed parsed;
    CsvRecord record;
    for (;;) {
        auto found = reader.next(record);
        if (!found) {
            parsed.error = found.error().message;
            break;
        }
        if (!*found)
            break;
        QByteArrayList fields;
        for (int i = 0; i < record.fieldCount(); ++i)
            fields.append(record.field(i).toByteArray());
        parsed.records.append(fields);
        parsed.lines.append(record.lineNumber());
    }
    parsed.blankLines = reader.blankLines();
    return parsed;
}

CsvDialect dialectWith(char delimiter = ',', char quote = '"', bool trailing = false)
{
    CsvDialect dialect;
    dialect.delimiter = delimiter;
    dialect.quote = quote;
    dialect.trailingDelimiter = trailing;
    return dialect;
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT
private slots:
    void records_data();
    void records();
    void errors_data();
    void errors();
    void recordDetails();
    void issues_data();
    void issues();
    void skipLines();
    void longFieldAcrossBlocks();
    void randomRoundTrip();
};

void tst_CsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvDialect>("dialect");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<qint64>("blankLines");

    const CsvDialect comma = dialectWith();
    using L = QList<qint64>;
    QTest::newRow("simple LF") << QByteArray("a,b\n1,2\n") << comma << Records { { "a", "b" }, { "1", "2" } }
                               << L { 1, 2 } << qint64(0);
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << comma << Records { { "a", "b" }, { "1", "2" } }
                                       << L { 1, 2 } << qint64(0);
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << comma << Records { { "a", "b" }, { "1", "2" } }
                          << L { 1, 2 } << qint64(0);
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r") << comma << Records { { "a", "b" }, { "1", "2" } }
                             << L { 1, 2 } << qint64(0);
    QTest::newRow("mixed line ends") << QByteArray("a\r\nb\nc\rd") << comma
                                     << Records { { "a" }, { "b" }, { "c" }, { "d" } } << L { 1, 2, 3, 4 }
                                     << qint64(0);
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << comma << Records { { "a,b", "c" } } << L { 1 }
                                      << qint64(0);
    QTest::newRow("escaped quotes") << QByteArray("\"he said \"\"hi\"\"\",x\n") << comma
                                    << Records { { "he said \"hi\"", "x" } } << L { 1 } << qint64(0);
    QTest::newRow("only escaped quotes") << QByteArray("\"\"\"\"\"\"\n") << comma << Records { { "\"\"" } } << L { 1 }
                                         << qint64(0);
    QTest::newRow("quoted LF") << QByteArray("\"line1\nline2\",x\ny,z\n") << comma
                               << Records { { "line1\nline2", "x" }, { "y", "z" } } << L { 1, 3 } << qint64(0);
    QTest::newRow("quoted CRLF and CR") << QByteArray("\"a\r\nb\rc\",x\r\ny,z\r\n") << comma
                                        << Records { { "a\r\nb\rc", "x" }, { "y", "z" } } << L { 1, 4 } << qint64(0);
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << comma << Records { { "a" }, { "b" } }
                                         << L { 1, 4 } << qint64(2);
    QTest::newRow("blank CRLF lines") << QByteArray("\r\na\r\n\r\nb") << comma << Records { { "a" }, { "b" } }
                                      << L { 2, 4 } << qint64(2);
    QTest::newRow("blank CR lines") << QByteArray("a\r\r\rb\r") << comma << Records { { "a" }, { "b" } }
                                    << L { 1, 4 } << qint64(2);
    QTest::newRow("spaces around quoted") << QByteArray("a, \"b\" ,c\n") << comma << Records { { "a", "b", "c" } }
                                          << L { 1 } << qint64(0);
    QTest::newRow("spaces in unquoted kept") << QByteArray("a, b ,c\n") << comma
                                             << Records { { "a", " b ", "c" } } << L { 1 } << qint64(0);
    QTest::newRow("empty fields") << QByteArray(",,\n") << comma << Records { { "", "", "" } } << L { 1 } << qint64(0);
    QTest::newRow("quoted empty") << QByteArray("\"\",x\n") << comma << Records { { "", "x" } } << L { 1 }
                                  << qint64(0);
    QTest::newRow("trailing delimiter kept") << QByteArray("a,b,\n1,2,\n") << comma
                                             << Records { { "a", "b", "" }, { "1", "2", "" } } << L { 1, 2 }
                                             << qint64(0);
    QTest::newRow("trailing delimiter dropped")
        << QByteArray("a,b,\n1,2,\n3,\"\"\n") << dialectWith(',', '"', true)
        << Records { { "a", "b" }, { "1", "2" }, { "3", "" } } << L { 1, 2, 3 } << qint64(0);
    QTest::newRow("ends with delimiter at EOF") << QByteArray("a,") << comma << Records { { "a", "" } } << L { 1 }
                                                << qint64(0);
    QTest::newRow("quote inside unquoted") << QByteArray("5\" screen,x\n") << comma
                                           << Records { { "5\" screen", "x" } } << L { 1 } << qint64(0);
    QTest::newRow("quoted at EOF") << QByteArray("x,\"a\"") << comma << Records { { "x", "a" } } << L { 1 }
                                   << qint64(0);
    QTest::newRow("escaped quote at EOF") << QByteArray("\"a\"\"\"") << comma << Records { { "a\"" } } << L { 1 }
                                          << qint64(0);
    QTest::newRow("empty input") << QByteArray() << comma << Records {} << L {} << qint64(0);
    QTest::newRow("only line ends") << QByteArray("\n\r\n\r") << comma << Records {} << L {} << qint64(3);
    QTest::newRow("single field") << QByteArray("x") << comma << Records { { "x" } } << L { 1 } << qint64(0);
    QTest::newRow("semicolon") << QByteArray("a;b,c\n") << dialectWith(';') << Records { { "a", "b,c" } } << L { 1 }
                               << qint64(0);
    QTest::newRow("tab keeps spaces") << QByteArray("a\t b\t\"c\"\n") << dialectWith('\t')
                                      << Records { { "a", " b", "c" } } << L { 1 } << qint64(0);
    QTest::newRow("quoting off") << QByteArray("\"a\",b\n") << dialectWith(',', '\0') << Records { { "\"a\"", "b" } }
                                 << L { 1 } << qint64(0);
    QTest::newRow("single quote") << QByteArray("'a,b','it''s'\n") << dialectWith(',', '\'')
                                  << Records { { "a,b", "it's" } } << L { 1 } << qint64(0);
    QTest::newRow("multibyte UTF-8") << QByteArray("caf\xC3\xA9,\xE2\x82\xAC,\xF0\x9F\x98\x80\n") << comma
                                     << Records { { "caf\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80" } } << L { 1 }
                                     << qint64(0);
    QTest::newRow("whitespace-only line is a record") << QByteArray("a\n  \nb\n") << comma
                                                      << Records { { "a" }, { "  " }, { "b" } } << L { 1, 2, 3 }
                                                      << qint64(0);
}

void tst_CsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvDialect, dialect);
    QFETCH(Records, expected);
    QFETCH(QList<qint64>, lines);
    QFETCH(qint64, blankLines);
    for (qsizetype block : kBlockSizes) {
        const Parsed parsed = parse(input, dialect, block);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records, expected);
        QCOMPARE(parsed.lines, lines);
        QCOMPARE(parsed.blankLines, blankLines);
    }
}

void tst_CsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvLimits>("limits");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("recordsBefore");

    const CsvLimits defaults;
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"x\n") << defaults
                                        << QStringLiteral("test.csv, line 2, column 2:")
                                        << QStringLiteral("not closed") << 1;
    QTest::newRow("unterminated after multi-line field")
        << QByteArray("a\n\"x\ny\",\"z") << defaults << QStringLiteral("test.csv, line 3, column 2:")
        << QStringLiteral("not closed") << 1;
    CsvLimits field;
    field.maxFieldBytes = 4;
    QTest::newRow("field too long") << QByteArray("a,b\nabc,defgh\n") << field
                                    << QStringLiteral("test.csv, line 2, column 2:") << QStringLiteral("4 bytes") << 1;
    QTest::newRow("quoted field too long") << QByteArray("a,b\nabc,\"de\n\"\"fgh\"\n") << field
                                           << QStringLiteral("test.csv, line 2, column 2:")
                                           << QStringLiteral("4 bytes") << 1;
    QTest::newRow("field too long at EOF") << QByteArray("abcdefgh") << field
                                           << QStringLiteral("test.csv, line 1, column 1:")
                                           << QStringLiteral("4 bytes") << 0;
    CsvLimits record;
    record.maxRecordBytes = 10;
    QTest::newRow("record too long") << QByteArray("a\n0123,456789abc\n") << record
                                     << QStringLiteral("test.csv, line 2,") << QStringLiteral("10 bytes") << 1;
    CsvLimits columns;
    columns.maxColumns = 3;
    QTest::newRow("too many columns") << QByteArray("a,b,c\n1,2,3,4\n") << columns
                                      << QStringLiteral("test.csv, line 2, column 4:") << QStringLiteral("3 columns")
                                      << 1;
    QTest::newRow("NUL unquoted") << QByteArray("a,b\nc,d\0e\n", 10) << defaults
                                  << QStringLiteral("test.csv, line 2, column 2:") << QStringLiteral("NUL") << 1;
    QTest::newRow("NUL quoted") << QByteArray("a,b\n\"c\nx\",\"d\0\"\n", 15) << defaults
                                << QStringLiteral("test.csv, line 3, column 2:") << QStringLiteral("NUL") << 1;
    QTest::newRow("NUL in quotes after line ends") << QByteArray("a,b\n\"c\r\n\rx\0\",d\n", 16) << defaults
                                                   << QStringLiteral("test.csv, line 2, column 1:")
                                                   << QStringLiteral("NUL") << 1;
    // The quote that never closes is reported, not the NUL before it.
    QTest::newRow("NUL in an unclosed quote") << QByteArray("a,b\n\"c\0d\n", 10) << defaults
                                              << QStringLiteral("test.csv, line 2, column 1:")
                                              << QStringLiteral("not closed") << 1;
}

void tst_CsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvLimits, limits);
    QFETCH(QString, where);
    QFETCH(QString, what);
    QFETCH(int, recordsBefore);
    for (qsizetype block : kBlockSizes) {
        const Parsed parsed = parse(input, dialectWith(), block, limits);
        QVERIFY2(parsed.error.startsWith(where), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(what), qPrintable(parsed.error));
        QCOMPARE(parsed.records.size(), recordsBefore);
    }
}

void tst_CsvReader::recordDetails()
{
    const QByteArray input("h1,h2\n\"x\ny\",2\n\nlast,3");
    for (qsizetype block : kBlockSizes) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvDecoder decoder(buffer, CsvEncoding::Utf8, QString());
        CsvReader reader(decoder, CsvDialect(), CsvLimits(), QStringLiteral("t"), block);
        CsvRecord record;
        QVERIFY(*reader.readHeader(record));
        QCOMPARE(record.recordNumber(), 0);
        QCOMPARE(record.lineNumber(), 1);
        QCOMPARE(record.byteOffset(), 0);
        QCOMPARE(record.rawText(), QByteArrayView("h1,h2"));
        QVERIFY(*reader.next(record));
        QCOMPARE(record.recordNumber(), 1);
        QCOMPARE(record.lineNumber(), 2);
        QCOMPARE(record.byteOffset(), 6);
        QCOMPARE(record.rawText(), QByteArrayView("\"x\ny\",2"));
        QVERIFY(record.isQuoted(0));
        QVERIFY(!record.isQuoted(1));
        QVERIFY(*reader.next(record));
        QCOMPARE(record.recordNumber(), 2);
        QCOMPARE(record.lineNumber(), 5);
        QCOMPARE(record.byteOffset(), 15);
        QCOMPARE(record.rawText(), QByteArrayView("last,3"));
        QCOMPARE(record.field(0), QByteArrayView("last"));
        QVERIFY(!*reader.next(record));
        QCOMPARE(reader.recordCount(), 2);
        QCOMPARE(reader.blankLines(), 1);
        QVERIFY(!*reader.next(record));  // stays at the end
    }
}

void tst_CsvReader::issues_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("fields");
    QTest::addColumn<QList<int>>("invalidUtf8Columns");
    QTest::addColumn<QList<int>>("textAfterQuoteColumns");

    QTest::newRow("invalid UTF-8") << QByteArray("a,\xFF,caf\xC3\xA9\n") << QByteArrayList { "a", "\xFF", "caf\xC3\xA9" }
                                   << QList<int> { 1 } << QList<int> {};
    QTest::newRow("Latin-1 byte") << QByteArray("caf\xE9,x\n") << QByteArrayList { "caf\xE9", "x" }
                                  << QList<int> { 0 } << QList<int> {};
    QTest::newRow("overlong") << QByteArray("\xC0\xAF\n") << QByteArrayList { "\xC0\xAF" } << QList<int> { 0 }
                              << QList<int> {};
    QTest::newRow("surrogate") << QByteArray("x,\xED\xA0\x80\n") << QByteArrayList { "x", "\xED\xA0\x80" }
                               << QList<int> { 1 } << QList<int> {};
    QTest::newRow("text after quote") << QByteArray("\"ab\"cd,e\n") << QByteArrayList { "abcd", "e" }
                                      << QList<int> {} << QList<int> { 0 };
    QTest::newRow("text after escaped quote") << QByteArray("x,\"a\"\"b\" c\n") << QByteArrayList { "x", "a\"b c" }
                                              << QList<int> {} << QList<int> { 1 };
    QTest::newRow("clean") << QByteArray("\"ab\" ,\xE2\x82\xAC\n") << QByteArrayList { "ab", "\xE2\x82\xAC" }
                           << QList<int> {} << QList<int> {};
    // The scanner notes bytes >= 0x80 per 64-byte block: a record of several blocks, invalid
    // bytes in a later block or inside quotes, and a next record's bytes in the same block.
    const QByteArray filler(70, 'x');
    QTest::newRow("invalid after the first block") << (filler + ",y\xFF\n") << QByteArrayList { filler, "y\xFF" }
                                                   << QList<int> { 1 } << QList<int> {};
    QTest::newRow("invalid in a long quoted field")
        << ("a,\"" + filler + "\n\xFE" + filler + "\"\n") << QByteArrayList { "a", filler + "\n\xFE" + filler }
        << QList<int> { 1 } << QList<int> {};
    QTest::newRow("valid UTF-8 split across blocks")
        << (QByteArray(63, 'x') + "\xE2\x82\xAC,\"" + filler + "\xC3\xA9\"\n")
        << QByteArrayList { QByteArray(63, 'x') + "\xE2\x82\xAC", filler + "\xC3\xA9" } << QList<int> {}
        << QList<int> {};
    QTest::newRow("invalid byte in the next record only") << QByteArray("a,b\nc,\xFF\n") << QByteArrayList { "a", "b" }
                                                          << QList<int> {} << QList<int> {};
    QTest::newRow("invalid after an escaped quote") << QByteArray("\"a\"\"\xFF\",b\n")
                                                    << QByteArrayList { "a\"\xFF", "b" } << QList<int> { 0 }
                                                    << QList<int> {};
    QTest::newRow("invalid in text after quote") << QByteArray("\"a\"\xFF,b\n") << QByteArrayList { "a\xFF", "b" }
                                                 << QList<int> { 0 } << QList<int> { 0 };
}

void tst_CsvReader::issues()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, fields);
    QFETCH(QList<int>, invalidUtf8Columns);
    QFETCH(QList<int>, textAfterQuoteColumns);
    for (qsizetype block : kBlockSizes) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvDecoder decoder(buffer, CsvEncoding::Utf8, QString());
        CsvReader reader(decoder, CsvDialect(), CsvLimits(), QStringLiteral("t"), block);
        CsvRecord record;
        auto found = reader.next(record);
        QVERIFY(found && *found);  // per-row problems are never fatal
        QByteArrayList got;
        for (int i = 0; i < record.fieldCount(); ++i)
            got.append(record.field(i).toByteArray());
        QCOMPARE(got, fields);
        QList<int> invalid;
        QList<int> afterQuote;
        for (const CsvRecordIssue &issue : record.issues())
            (issue.kind == CsvRecordIssue::Kind::InvalidUtf8 ? invalid : afterQuote).append(issue.column);
        QCOMPARE(invalid, invalidUtf8Columns);
        QCOMPARE(afterQuote, textAfterQuoteColumns);
        QCOMPARE(record.hasIssues(), !invalidUtf8Columns.isEmpty() || !textAfterQuoteColumns.isEmpty());
    }
}

void tst_CsvReader::skipLines()
{
    // Preamble lines are skipped without looking at quotes; line numbers keep counting.
    const QByteArray input("Report \"generated\r\n2016-01-01\r\rdata\na,b\n");
    for (qsizetype block : kBlockSizes) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvDecoder decoder(buffer, CsvEncoding::Utf8, QString());
        CsvReader reader(decoder, CsvDialect(), CsvLimits(), QStringLiteral("t"), block);
        QVERIFY(reader.skipLines(3));
        CsvRecord record;
        QVERIFY(*reader.next(record));
        QCOMPARE(record.field(0), QByteArrayView("data"));
        QCOMPARE(record.lineNumber(), 4);
        QVERIFY(*reader.next(record));
        QCOMPARE(record.lineNumber(), 5);
        QCOMPARE(record.fieldCount(), 2);
    }
}

void tst_CsvReader::longFieldAcrossBlocks()
{
    QByteArray longValue(200000, 'x');
    QByteArray quotedValue;
    for (int i = 0; i < 20000; ++i)
        quotedValue += "ab\"\"c,\n";
    const QByteArray input = "a," + longValue + "\n\"" + quotedValue + "\",z\n";
    QByteArray unescaped = quotedValue;
    unescaped.replace("\"\"", "\"");
    for (qsizetype block : { qsizetype(7), qsizetype(4096), CsvReader::kDefaultBlockBytes }) {
        const Parsed parsed = parse(input, dialectWith(), block);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records.size(), 2);
        QCOMPARE(parsed.records[0][1], longValue);
        QCOMPARE(parsed.records[1][0], unescaped);
        QCOMPARE(parsed.lines, (QList<qint64> { 1, 2 }));
    }
}

void tst_CsvReader::randomRoundTrip()
{
    // Records with every awkward character, written as a careful writer would, read back the
    // same at every block size.
    QRandomGenerator random(4180);
    const char alphabet[] = { 'a', 'b', ',', '"', '\n', '\r', ' ', '1', '\xC3', '\xA9' };
    const char *lineEnds[] = { "\n", "\r\n", "\r" };
    Records expected;
    QByteArray input;
    for (int r = 0; r < 300; ++r) {
        QByteArrayList fields;
        const int count = 1 + random.bounded(6);
        for (int f = 0; f < count; ++f) {
            QByteArray value;
            const int length = random.bounded(8);
            for (int i = 0; i < length; ++i) {
                char c = alphabet[random.bounded(int(sizeof alphabet))];
                if (c == '\xC3') {
                    value += "\xC3\xA9";
                    continue;
                }
                if (c == '\xA9')
                    c = 'z';
                value += c;
            }
            fields.append(value);
            const bool needsQuotes = value.isEmpty() || value.contains(',') || value.contains('"')
                || value.contains('\n') || value.contains('\r') || value.startsWith(' ');
            if (needsQuotes) {
                QByteArray escaped = value;
                escaped.replace("\"", "\"\"");
                input += '"' + escaped + '"';
            } else {
                input += value;
            }
            if (f + 1 < count)
                input += ',';
        }
        expected.append(fields);
        input += lineEnds[random.bounded(3)];
    }
    for (qsizetype block : kBlockSizes) {
        const Parsed parsed = parse(input, dialectWith(), block);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.records, expected);
    }
}

QTEST_APPLESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
