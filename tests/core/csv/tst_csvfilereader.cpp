#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

#include "core/csv/csvfilereader.h"
#include "core/csv/csvsniffer.h"

using namespace sluice;

class tst_CsvFileReader : public QObject
{
    Q_OBJECT
private slots:
    void endToEnd_data();
    void endToEnd();
    void errorNamesFile();
};

void tst_CsvFileReader::endToEnd_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("firstRecord");
    QTest::addColumn<qint64>("firstLine");
    QTest::addColumn<qint64>("records");

    QTest::newRow("preamble, BOM, CRLF")
        << QByteArray("\xEF\xBB\xBFReport 2016\r\n\r\nid,name\r\n1,\"caf\xC3\xA9\"\r\n2,x\r\n")
        << QStringList { QStringLiteral("id"), QStringLiteral("name") }
        << QStringList { QStringLiteral("1"), QStringLiteral("caf\u00e9") } << qint64(4) << qint64(2);
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-16LE tab")
        << QByteArray(encoder.encode(QStringLiteral("a\tb\r\n\u20ac\t2\r\n")))
        << QStringList { QStringLiteral("a"), QStringLiteral("b") }
        << QStringList { QStringLiteral("\u20ac"), QStringLiteral("2") } << qint64(2) << qint64(1);
    QTest::newRow("Windows-1252 trailing delimiter")
        << QByteArray("name;price;\ncaf\xE9;1,5;\nx;2;\n") << QStringList { QStringLiteral("name"), QStringLiteral("price") }
        << QStringList { QStringLiteral("caf\u00e9"), QStringLiteral("1,5") } << qint64(2) << qint64(2);
    QTest::newRow("no header") << QByteArray("1,2\n3,4\n") << QStringList {}
                               << QStringList { QStringLiteral("1"), QStringLiteral("2") } << qint64(1) << qint64(2);
}

void tst_CsvFileReader::endToEnd()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(QStringList, firstRecord);
    QFETCH(qint64, firstLine);
    QFETCH(qint64, records);
    for (qsizetype block : { qsizetype(1), qsizetype(5), CsvReader::kDefaultBlockBytes }) {
        QBuffer buffer;
        buffer.setData(input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto sniffed = CsvSniffer().sniff(buffer, {}, QStringLiteral("in.csv"));
        QVERIFY(sniffed);
        CsvFileReader reader(buffer, sniffed->dialect, QStringLiteral("in.csv"), CsvLimits(), block);
        QVERIFY(reader.open());
        QCOMPARE(reader.headerNames(), header);
        CsvRecord record;
        QVERIFY(*reader.next(record));
        QStringList fields;
        for (int i = 0; i < record.fieldCount(); ++i)
            fields.append(QString::fromUtf8(record.field(i)));
        QCOMPARE(fields, firstRecord);
        QCOMPARE(record.lineNumber(), firstLine);
        QCOMPARE(record.recordNumber(), 1);
        QVERIFY(!record.hasIssues());
        while (*reader.next(record)) {
        }
        QCOMPARE(reader.recordCount(), records);
        QCOMPARE(reader.bytesConsumed(), input.size());
    }
}

void tst_CsvFileReader::errorNamesFile()
{
    QBuffer buffer;
    buffer.setData("a,b\n1,\"open\n");
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvFileReader reader(buffer, CsvDialect(), QStringLiteral("orders.csv"));
    QVERIFY(reader.open());
    CsvRecord record;
    auto found = reader.next(record);
    QVERIFY(!found);
    QCOMPARE(found.error().code, ErrorCode::InvalidInput);
    QVERIFY2(found.error().message.startsWith(QStringLiteral("orders.csv, line 2, column 2:")),
             qPrintable(found.error().message));
}

QTEST_APPLESS_MAIN(tst_CsvFileReader)
#include "tst_csvfilereader.moc"
