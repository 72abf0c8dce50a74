#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include "core/archive/inputopener.h"

#include "archivefixtures.h"

using namespace sluice;
using namespace ArchiveFixtures;

// InputStream as a QIODevice: the ways an importer reads it, progress figures, and failure.
class tst_InputStream : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readLineUntilAtEnd_data();
    void readLineUntilAtEnd();
    void peekDoesNotConsume();
    void progressFigures();
    void readOnly();
    void failureThroughDeviceAndStatus();
    void supersededStreamFails();
    void outlivesItsSet();

private:
    std::unique_ptr<InputStream> firstInput(const QString &file, ArchiveLimits limits = {});
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QByteArray m_sample;
    std::unique_ptr<InputSet> m_set; // keeps the set of the last firstInput() alive
};

void tst_InputStream::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = sampleCsv(50000);
    QVERIFY(writeFile(path(QStringLiteral("sample.csv")), m_sample));
    QVERIFY(writeFile(path(QStringLiteral("second.csv")), "second\n"));
    QVERIFY(shell(QStringLiteral("gzip -c sample.csv > sample.csv.gz && zstd -q -c sample.csv > sample.csv.zst"
                                 " && zip -q two.zip sample.csv second.csv && head -c 300000 sample.csv.gz > cut.gz"),
        m_dir.path()));
}

std::unique_ptr<InputStream> tst_InputStream::firstInput(const QString &file, ArchiveLimits limits)
{
    auto set = InputOpener::open(path(file), limits);
    if (!set) {
        qWarning().noquote() << set.error().message;
        return nullptr;
    }
    m_set = std::move(*set);
    auto input = m_set->nextInput();
    return input ? std::move(*input) : nullptr;
}

void tst_InputStream::readLineUntilAtEnd_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << QStringLiteral("sample.csv");
    QTest::newRow("gzip") << QStringLiteral("sample.csv.gz");
    QTest::newRow("zstd") << QStringLiteral("sample.csv.zst");
    QTest::newRow("zip") << QStringLiteral("two.zip");
}

void tst_InputStream::readLineUntilAtEnd()
{
    QFETCH(QString, file);
    auto stream = firstInput(file);
    QVERIFY(stream);
    QVERIFY(stream->isSequential());
    QVERIFY(stream->isReadable());
    QVERIFY(!stream->atEnd()); // nothing buffered yet, but more to come
    QByteArray joined;
    int lines = 0;
    while (!stream->atEnd()) {
        const QByteArray line = stream->readLine();
        QVERIFY(!line.isEmpty());
        joined += line;
        ++lines;
    }
    QCOMPARE(lines, 50001);
    QVERIFY(joined == m_sample);
    QVERIFY(stream->status());
    QCOMPARE(stream->read(16), QByteArray());
}

void tst_InputStream::peekDoesNotConsume()
{
    auto stream = firstInput(QStringLiteral("sample.csv.gz"));
    QVERIFY(stream);
    const QByteArray head = stream->peek(64 * 1024); // what a dialect sniffer looks at
    QCOMPARE(head, m_sample.left(64 * 1024));
    QCOMPARE(stream->readAll(), m_sample);
}

void tst_InputStream::progressFigures()
{
    auto stream = firstInput(QStringLiteral("sample.csv.gz"));
    QVERIFY(stream);
    const qint64 compressedSize = QFileInfo(path(QStringLiteral("sample.csv.gz"))).size();
    QCOMPARE(stream->sourceSize(), compressedSize);
    QCOMPARE(stream->decompressedBytes(), 0);
    qint64 lastConsumed = stream->compressedBytesConsumed();
    qint64 total = 0;
    QByteArray block(32 * 1024, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = stream->read(block.data(), block.size())) > 0) {
        total += n;
        QCOMPARE(stream->decompressedBytes(), total);
        QVERIFY(stream->compressedBytesConsumed() >= lastConsumed);
        QVERIFY(stream->compressedBytesConsumed() <= compressedSize);
        lastConsumed = stream->compressedBytesConsumed();
    }
    QCOMPARE(n, 0);
    QCOMPARE(total, m_sample.size());
    QCOMPARE(stream->compressedBytesConsumed(), compressedSize);
}

void tst_InputStream::readOnly()
{
    auto stream = firstInput(QStringLiteral("sample.csv"));
    QVERIFY(stream);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
    QCOMPARE(stream->write("x"), qint64(-1));
    QCOMPARE(stream->read(3), m_sample.left(3));
}

void tst_InputStream::failureThroughDeviceAndStatus()
{
    auto stream = firstInput(QStringLiteral("cut.gz"));
    QVERIFY(stream);
    QVERIFY(stream->status());
    const QByteArray partial = stream->readAll(); // what came before the damage
    QVERIFY(!partial.isEmpty());
    QVERIFY(m_sample.startsWith(partial));
    QVERIFY(stream->atEnd());
    QCOMPARE(stream->read(1), QByteArray());
    char c = 0;
    QCOMPARE(stream->read(&c, 1), qint64(-1));
    const auto status = stream->status();
    QVERIFY(!status);
    QCOMPARE(status.error().code, ErrorCode::InvalidInput);
    QCOMPARE(stream->errorString(), status.error().message);
    QVERIFY2(status.error().message.contains(QStringLiteral("cut.gz")), qPrintable(status.error().message));
}

void tst_InputStream::supersededStreamFails()
{
    auto set = InputOpener::open(path(QStringLiteral("two.zip")));
    QVERIFY(set);
    auto first = (*set)->nextInput();
    QVERIFY(first && *first);
    QCOMPARE((*first)->read(5), m_sample.left(5));
    auto second = (*set)->nextInput();
    QVERIFY(second && *second);
    // Past what QIODevice had already buffered, its bytes are gone: an error, never a short, clean end.
    char block[4096];
    qint64 n = 0;
    qint64 total = 5;
    while ((n = (*first)->read(block, sizeof block)) > 0)
        total += n;
    QCOMPARE(n, qint64(-1));
    QVERIFY(total < m_sample.size());
    QVERIFY(!(*first)->status());
    QVERIFY2((*first)->errorString().contains(QStringLiteral("two.zip")), qPrintable((*first)->errorString()));
    QCOMPARE((*second)->readAll(), QByteArray("second\n"));
}

void tst_InputStream::outlivesItsSet()
{
    std::unique_ptr<InputStream> stream;
    {
        auto set = InputOpener::open(path(QStringLiteral("sample.csv.zst")));
        QVERIFY(set);
        auto input = (*set)->nextInput();
        QVERIFY(input && *input);
        stream = std::move(*input);
    }
    QCOMPARE(stream->readAll(), m_sample);
    QVERIFY(stream->status());
}

QTEST_GUILESS_MAIN(tst_InputStream)
#include "tst_inputstream.moc"
