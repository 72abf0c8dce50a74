#include <cstring>

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

#include "core/csv/csvdecoder.h"

using namespace sluice;

namespace {

// Behaves like a pipe or a decompressor: no size, no seeking, small reads.
class SequentialDevice final : public QIODevice
{
public:
    explicit SequentialDevice(QByteArray data)
        : m_data(std::move(data))
    {
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin<qint64>(qMin<qint64>(maxSize, 3), m_data.size() - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, size_t(count));
        m_pos += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

QByteArray encode(const QString &text, QStringEncoder::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

Result<QByteArray> decodeAll(QIODevice &device, CsvEncoding encoding, qsizetype capacity)
{
    CsvDecoder decoder(device, encoding, QStringLiteral("x.csv"));
    QByteArray out;
    QByteArray chunk(capacity, Qt::Uninitialized);
    for (;;) {
        auto count = decoder.read(chunk.data(), capacity);
        if (!count)
            return tl::unexpected(count.error());
        if (*count == 0)
            break;
        out.append(chunk.constData(), *count);
    }
    if (decoder.bytesConsumed() != device.size() && !device.isSequential())
        return fail(ErrorCode::Internal, QStringLiteral("not everything consumed"));
    return out;
}

} // namespace

class tst_CsvDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decode_data();
    void decode();
    void bom();
    void readError();
};

void tst_CsvDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::addColumn<QByteArray>("expected");

    const QString text = QStringLiteral("name\tprice\r\ncaf\u00e9\t\u20ac 5\r\n\U0001F600\tx\n");
    const QByteArray utf8 = text.toUtf8();
    QTest::newRow("UTF-8") << utf8 << CsvEncoding::Utf8 << utf8;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + utf8) << CsvEncoding::Utf8 << utf8;
    QTest::newRow("UTF-8 invalid bytes pass through") << QByteArray("a\xFF\n") << CsvEncoding::Utf8
                                                      << QByteArray("a\xFF\n");
    QTest::newRow("UTF-16LE with BOM") << encode(text, QStringEncoder::Utf16LE, true) << CsvEncoding::Utf16LE << utf8;
    QTest::newRow("UTF-16BE with BOM") << encode(text, QStringEncoder::Utf16BE, true) << CsvEncoding::Utf16BE << utf8;
    QTest::newRow("UTF-16LE without BOM") << encode(text, QStringEncoder::Utf16LE, false) << CsvEncoding::Utf16LE
                                          << utf8;
    QTest::newRow("UTF-16LE odd trailing byte") << QByteArray("a\0b", 3) << CsvEncoding::Utf16LE
                                                << QByteArray("a\xEF\xBF\xBD");
    QTest::newRow("UTF-16LE lone high surrogate") << QByteArray("\x3D\xD8" "a\0", 4) << CsvEncoding::Utf16LE
                                                  << QByteArray("\xEF\xBF\xBD" "a");
    QTest::newRow("UTF-16LE lone low surrogate") << QByteArray("\x00\xDC" "a\0", 4) << CsvEncoding::Utf16LE
                                                 << QByteArray("\xEF\xBF\xBD" "a");
    QTest::newRow("UTF-16LE high surrogate at end") << QByteArray("a\0\x3D\xD8", 4) << CsvEncoding::Utf16LE
                                                    << QByteArray("a\xEF\xBF\xBD");
    QTest::newRow("Windows-1252") << QByteArray("caf\xE9;\x80 5;\x93q\x94;\x81\n") << CsvEncoding::Windows1252
                                  << QByteArray("caf\xC3\xA9;\xE2\x82\xAC 5;\xE2\x80\x9Cq\xE2\x80\x9D;\xC2\x81\n");
    QTest::newRow("Latin-1 range") << QByteArray("\xA0\xFF") << CsvEncoding::Windows1252
                                   << QByteArray("\xC2\xA0\xC3\xBF");
    QTest::newRow("empty") << QByteArray() << CsvEncoding::Utf16LE << QByteArray();
}

void tst_CsvDecoder::decode()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvEncoding, encoding);
    QFETCH(QByteArray, expected);
    for (qsizetype capacity : { 1, 2, 3, 5, 7, 4096 }) {
        QBuffer buffer;
        buffer.setData(input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto decoded = decodeAll(buffer, encoding, capacity);
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
        QCOMPARE(*decoded, expected);

        SequentialDevice sequential(input);
        QVERIFY(sequential.open(QIODevice::ReadOnly));
        auto fromSequential = decodeAll(sequential, encoding, capacity);
        QVERIFY(fromSequential);
        QCOMPARE(*fromSequential, expected);
    }
}

void tst_CsvDecoder::bom()
{
    QBuffer buffer;
    buffer.setData(QByteArray("\xEF\xBB\xBFx"));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvDecoder decoder(buffer, CsvEncoding::Utf8, QString());
    char c = 0;
    QCOMPARE(*decoder.read(&c, 1), 1);
    QCOMPARE(c, 'x');
    QVERIFY(decoder.hadBom());
    QCOMPARE(decoder.bytesConsumed(), 4);
}

void tst_CsvDecoder::readError()
{
    QBuffer buffer;  // not open: read() fails
    CsvDecoder decoder(buffer, CsvEncoding::Utf8, QStringLiteral("broken.csv"));
    char chunk[8];
    auto count = decoder.read(chunk, sizeof chunk);
    QVERIFY(!count);
    QCOMPARE(count.error().code, ErrorCode::Io);
    QVERIFY(count.error().message.contains(QStringLiteral("broken.csv")));
}

QTEST_APPLESS_MAIN(tst_CsvDecoder)
#include "tst_csvdecoder.moc"
