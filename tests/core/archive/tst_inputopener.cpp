#include <algorithm>
#include <cstring>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/archive/inputopener.h"

#include "archivefixtures.h"

using namespace sluice;
using namespace ArchiveFixtures;

namespace {

struct Contents
{
    QList<InputInfo> infos;
    QList<QByteArray> data;
    QStringList skipped;
    qint64 consumed = 0;
    qint64 sourceSize = 0;
};

// Everything a source holds, read the way an importer would; the first failure at any stage.
Result<Contents> readEverything(InputSet &set)
{
    Contents contents;
    for (;;) {
        auto input = set.nextInput();
        if (!input)
            return tl::unexpected(input.error());
        if (!*input)
            break;
        InputStream &stream = **input;
        QByteArray bytes;
        char block[100000];
        qint64 n = 0;
        while ((n = stream.read(block, sizeof block)) > 0)
            bytes.append(block, n);
        if (n < 0) {
            // The device and the Result tell the same story.
            const Result<void> status = stream.status();
            if (status || status.error().message != stream.errorString())
                return fail(ErrorCode::Internal, QStringLiteral("read() failed but status() disagrees"));
            return tl::unexpected(status.error());
        }
        if (!stream.atEnd() || stream.decompressedBytes() != bytes.size())
            return fail(ErrorCode::Internal, QStringLiteral("stream end or byte count inconsistent"));
        contents.infos.append(stream.info());
        contents.data.append(bytes);
    }
    contents.skipped = set.skippedEntries();
    contents.consumed = set.compressedBytesConsumed();
    contents.sourceSize = set.sourceSize();
    return contents;
}

Result<Contents> readEverything(const QString &path, ArchiveLimits limits = {})
{
    auto set = InputOpener::open(path, limits);
    if (!set)
        return tl::unexpected(set.error());
    return readEverything(**set);
}

// A device that cannot seek, like a socket or a pipe, handing out its bytes in odd-sized pieces.
class SequentialDevice final : public QIODevice
{
public:
    explicit SequentialDevice(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({ maxSize, m_bytes.size() - m_offset, qint64(7777) });
        memcpy(data, m_bytes.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_offset = 0;
};

} // namespace

class tst_InputOpener : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void singleInput_data();
    void singleInput();
    void fromDevice_data();
    void fromDevice();
    void zipWithSeveralEntries();
    void tarGzWithSeveralEntries();
    void hostileEntryNames_data();
    void hostileEntryNames();
    void damaged_data();
    void damaged();
    void encryptedEntryIsReportedAndSkippable();
    void bomb_data();
    void bomb();
    void smallCompressibleFileIsFine();
    void emptyTarHasNoInputs();
    void zerosAreAnEmptyTar();
    void missingFile();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool make(const QString &command) const { return shell(command, m_dir.path()); }

    QTemporaryDir m_dir;
    QByteArray m_sample;
};

void tst_InputOpener::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = sampleCsv(100000); // ~3 MB: many blocks for every decompressor
    QVERIFY(m_sample.size() > 2 * 1024 * 1024);
    QVERIFY(writeFile(path(QStringLiteral("sample.csv")), m_sample));
    QVERIFY(writeFile(path(QStringLiteral("empty.csv")), QByteArray()));
    QVERIFY(make(QStringLiteral("gzip -c sample.csv > sample.csv.gz && bzip2 -c sample.csv > sample.csv.bz2"
                                " && xz -c sample.csv > sample.csv.xz && zstd -q -c sample.csv > sample.csv.zst"
                                " && tar cf sample.tar sample.csv && tar czf sample.tar.gz sample.csv"
                                " && tar cJf sample.tar.xz sample.csv && tar --zstd -cf sample.tar.zst sample.csv"
                                " && zip -q sample.zip sample.csv")));
    // The same bytes under names that lie about them: detection must go by content.
    QVERIFY(make(QStringLiteral("cp sample.csv.gz gzip-named.csv && cp sample.csv plain-named.gz"
                                " && cp sample.zip zip-named.tar.gz && cp sample.tar.gz targz-named.zip"
                                " && cp sample.csv.zst zstd-named.txt")));
    QVERIFY(make(QStringLiteral("gzip -c empty.csv > empty.csv.gz && zstd -q -c empty.csv > empty.csv.zst"
                                " && xz -c empty.csv > empty.csv.xz")));
}

void tst_InputOpener::singleInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("compression");
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("entryName");
    QTest::addColumn<bool>("sizeKnown");
    QTest::addColumn<bool>("empty");

    const QString none = QStringLiteral("none");
    const QString gzip = QStringLiteral("gzip");
    const QString csv = QStringLiteral("sample.csv");
    QTest::newRow("plain utf-8") << csv << none << none << csv << true << false;
    QTest::newRow("gzip") << QStringLiteral("sample.csv.gz") << gzip << none << csv << false << false;
    QTest::newRow("bzip2") << QStringLiteral("sample.csv.bz2") << QStringLiteral("bzip2") << none << csv << false
                           << false;
    QTest::newRow("xz") << QStringLiteral("sample.csv.xz") << QStringLiteral("xz") << none << csv << false << false;
    QTest::newRow("zstd") << QStringLiteral("sample.csv.zst") << QStringLiteral("zstd") << none << csv << false
                          << false;
    QTest::newRow("zip") << QStringLiteral("sample.zip") << none << QStringLiteral("zip") << csv << true << false;
    QTest::newRow("tar") << QStringLiteral("sample.tar") << none << QStringLiteral("tar") << csv << true << false;
    QTest::newRow("tar.gz") << QStringLiteral("sample.tar.gz") << gzip << QStringLiteral("tar") << csv << true << false;
    QTest::newRow("tar.xz") << QStringLiteral("sample.tar.xz") << QStringLiteral("xz") << QStringLiteral("tar") << csv
                            << true << false;
    QTest::newRow("tar.zst") << QStringLiteral("sample.tar.zst") << QStringLiteral("zstd") << QStringLiteral("tar")
                             << csv << true << false;
    QTest::newRow("gzip named .csv") << QStringLiteral("gzip-named.csv") << gzip << none
                                     << QStringLiteral("gzip-named.csv") << false << false;
    QTest::newRow("plain named .gz") << QStringLiteral("plain-named.gz") << none << none
                                     << QStringLiteral("plain-named.gz") << true << false;
    QTest::newRow("zip named .tar.gz") << QStringLiteral("zip-named.tar.gz") << none << QStringLiteral("zip") << csv
                                       << true << false;
    QTest::newRow("tar.gz named .zip") << QStringLiteral("targz-named.zip") << gzip << QStringLiteral("tar") << csv
                                       << true << false;
    QTest::newRow("zstd named .txt") << QStringLiteral("zstd-named.txt") << QStringLiteral("zstd") << none
                                     << QStringLiteral("zstd-named.txt") << false << false;
    QTest::newRow("empty plain") << QStringLiteral("empty.csv") << none << none << QStringLiteral("empty.csv") << true
                                 << true;
    QTest::newRow("empty gzip") << QStringLiteral("empty.csv.gz") << gzip << none << QStringLiteral("empty.csv") << true
                                << true;
    QTest::newRow("empty zstd") << QStringLiteral("empty.csv.zst") << QStringLiteral("zstd") << none
                                << QStringLiteral("empty.csv") << true << true;
    QTest::newRow("empty xz") << QStringLiteral("empty.csv.xz") << QStringLiteral("xz") << none
                              << QStringLiteral("empty.csv") << true << true;
}

void tst_InputOpener::singleInput()
{
    QFETCH(QString, file);
    QFETCH(QString, compression);
    QFETCH(QString, container);
    QFETCH(QString, entryName);
    QFETCH(bool, sizeKnown);
    QFETCH(bool, empty);

    const auto contents = readEverything(path(file));
    QVERIFY2(contents, qPrintable(contents ? QString() : contents.error().message));
    QCOMPARE(contents->infos.size(), 1);
    const InputInfo &info = contents->infos.first();
    QCOMPARE(info.sourceName, file);
    QCOMPARE(info.compression, compression);
    QCOMPARE(info.container, container);
    QCOMPARE(info.entryName, entryName);
    const QByteArray expected = empty ? QByteArray() : m_sample;
    QCOMPARE(contents->data.first().size(), expected.size());
    QVERIFY(contents->data.first() == expected); // byte-exact, BOM and CRLF included
    QCOMPARE(info.uncompressedSize, sizeKnown ? expected.size() : -1);
    QVERIFY(contents->skipped.isEmpty());
    QCOMPARE(contents->sourceSize, QFileInfo(path(file)).size());
    QVERIFY(contents->consumed > 0 || contents->sourceSize == 0);
    QVERIFY(contents->consumed <= contents->sourceSize);
    if (container == QStringLiteral("none"))
        QCOMPARE(contents->consumed, contents->sourceSize); // a stream is read to its very end
}

void tst_InputOpener::fromDevice_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("sequential");
    for (const QString &file : { QStringLiteral("sample.csv"), QStringLiteral("sample.csv.gz"),
             QStringLiteral("sample.csv.zst"), QStringLiteral("sample.zip"), QStringLiteral("sample.tar.gz") }) {
        QTest::addRow("%s random access", qPrintable(file)) << file << false;
        QTest::addRow("%s sequential", qPrintable(file)) << file << true;
    }
}

void tst_InputOpener::fromDevice()
{
    QFETCH(QString, file);
    QFETCH(bool, sequential);
    const QByteArray bytes = readFile(path(file));
    QBuffer randomAccess;
    randomAccess.setData(bytes);
    SequentialDevice stream(bytes);
    QIODevice &device = sequential ? static_cast<QIODevice &>(stream) : randomAccess;
    QVERIFY(device.open(QIODevice::ReadOnly));

    auto set = InputOpener::open(device, QStringLiteral("upload 42"));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    QCOMPARE((*set)->sourceSize(), sequential ? -1 : bytes.size());
    const auto contents = readEverything(**set);
    QVERIFY2(contents, qPrintable(contents ? QString() : contents.error().message));
    QCOMPARE(contents->infos.size(), 1);
    QCOMPARE(contents->infos.first().sourceName, QStringLiteral("upload 42"));
    QVERIFY(contents->data.first() == m_sample);
}

void tst_InputOpener::zipWithSeveralEntries()
{
    const QString dir = path(QStringLiteral("several"));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/sub/deeper")));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/__MACOSX")));
    QVERIFY(writeFile(dir + QStringLiteral("/a.csv"), "a\n1\n"));
    QVERIFY(writeFile(dir + QStringLiteral("/README.md"), "# readme\n"));
    QVERIFY(writeFile(dir + QStringLiteral("/b.TSV"), "b\t2\n"));
    QVERIFY(writeFile(dir + QStringLiteral("/logo.png"), QByteArray("\x89PNG\r\n\x1a\n", 8)));
    QVERIFY(writeFile(dir + QStringLiteral("/sub/deeper/c.Csv"), m_sample));
    QVERIFY(writeFile(dir + QStringLiteral("/notes.txt"), "notes\n"));
    QVERIFY(writeFile(dir + QStringLiteral("/__MACOSX/._a.csv"), QByteArray("\0\5\26\7", 4)));
    QVERIFY(writeFile(dir + QStringLiteral("/data.csv.bak"), "old\n"));
    QVERIFY(shell(QStringLiteral("zip -q -r ../several.zip a.csv README.md b.TSV logo.png sub notes.txt __MACOSX "
                                 "data.csv.bak"),
        dir));

    const auto contents = readEverything(path(QStringLiteral("several.zip")));
    QVERIFY2(contents, qPrintable(contents ? QString() : contents.error().message));
    QStringList names;
    for (const InputInfo &info : contents->infos) {
        names << info.entryName;
        QCOMPARE(info.container, QStringLiteral("zip"));
    }
    QCOMPARE(names,
        QStringList({ QStringLiteral("a.csv"), QStringLiteral("b.TSV"), QStringLiteral("sub/deeper/c.Csv"),
            QStringLiteral("notes.txt") }));
    QCOMPARE(contents->data.at(0), QByteArray("a\n1\n"));
    QCOMPARE(contents->data.at(1), QByteArray("b\t2\n"));
    QVERIFY(contents->data.at(2) == m_sample);
    QCOMPARE(contents->data.at(3), QByteArray("notes\n"));
    QCOMPARE(contents->infos.at(2).displayName(), QStringLiteral("several.zip: sub/deeper/c.Csv"));
    // Directories are not listed; everything else that was passed over is.
    QCOMPARE(contents->skipped,
        QStringList({ QStringLiteral("README.md"), QStringLiteral("logo.png"), QStringLiteral("__MACOSX/._a.csv"),
            QStringLiteral("data.csv.bak") }));
}

void tst_InputOpener::tarGzWithSeveralEntries()
{
    const Entries entries = { { QStringLiteral("2016/"), QByteArray() }, { QStringLiteral("2016/q1.csv"), m_sample },
        { QStringLiteral("2016/chart.svg"), "<svg/>" }, { QStringLiteral("2016/q2.CSV"), "x,y\n" },
        { QStringLiteral("empty.txt"), QByteArray() } };
    QVERIFY(writeArchive(path(QStringLiteral("years.tgz")), QStringLiteral("tar"), QStringLiteral("gzip"), entries));
    const auto contents = readEverything(path(QStringLiteral("years.tgz")));
    QVERIFY2(contents, qPrintable(contents ? QString() : contents.error().message));
    QCOMPARE(contents->infos.size(), 3);
    QCOMPARE(contents->infos.at(0).entryName, QStringLiteral("2016/q1.csv"));
    QCOMPARE(contents->infos.at(0).compression, QStringLiteral("gzip"));
    QCOMPARE(contents->infos.at(0).container, QStringLiteral("tar"));
    QCOMPARE(contents->infos.at(0).uncompressedSize, m_sample.size());
    QVERIFY(contents->data.at(0) == m_sample);
    QCOMPARE(contents->data.at(1), QByteArray("x,y\n"));
    QCOMPARE(contents->infos.at(2).entryName, QStringLiteral("empty.txt"));
    QCOMPARE(contents->data.at(2), QByteArray());
    QCOMPARE(contents->skipped, QStringList(QStringLiteral("2016/chart.svg")));
}

void tst_InputOpener::hostileEntryNames_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("entryName");
    QTest::addColumn<QString>("shownName");
    QTest::newRow("zip parent") << QStringLiteral("zip") << QStringLiteral("../evil.csv")
                                << QStringLiteral("../evil.csv");
    QTest::newRow("tar deep parent") << QStringLiteral("tar") << QStringLiteral("../../tmp/evil.csv")
                                     << QStringLiteral("../../tmp/evil.csv");
    QTest::newRow("zip absolute") << QStringLiteral("zip") << QStringLiteral("/tmp/sluice-evil.csv")
                                  << QStringLiteral("/tmp/sluice-evil.csv");
    QTest::newRow("tar escape sequence") << QStringLiteral("tar") << QStringLiteral("red\x1b[31m.csv")
                                         << QStringLiteral("red\uFFFD[31m.csv");
}

void tst_InputOpener::hostileEntryNames()
{
    QFETCH(QString, format);
    QFETCH(QString, entryName);
    QFETCH(QString, shownName);
    const QString sub = path(QStringLiteral("hostile/inner-%1").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(QDir().mkpath(sub));
    const QString archivePath = sub + QStringLiteral("/evil.") + format;
    QVERIFY(writeArchive(archivePath, format, QStringLiteral("none"), { { entryName, "evil,1\n" } }));
    const QString hostile = path(QStringLiteral("hostile"));
    const QStringList before = QDir(hostile).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    const auto contents = readEverything(archivePath);
    QVERIFY2(contents, qPrintable(contents ? QString() : contents.error().message));
    QCOMPARE(contents->infos.size(), 1);
    QCOMPARE(contents->infos.first().entryName, shownName); // shown as it is, never resolved
    QCOMPARE(contents->data.first(), QByteArray("evil,1\n"));
    // Nothing was written next to the archive or where the name points.
    QCOMPARE(QDir(hostile).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    QCOMPARE(
        QDir(sub).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList(QFileInfo(archivePath).fileName()));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/sluice-evil.csv")));
}

void tst_InputOpener::damaged_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason"); // what libarchive's message must mention, lower case

    // Cut in the middle of the data: open succeeds, the read fails.
    QTest::newRow("truncated gzip") << QStringLiteral("head -c 600000 sample.csv.gz > cut.csv.gz")
                                    << QStringLiteral("cut.csv.gz") << QStringLiteral("truncated");
    QTest::newRow("truncated gzip, tiny") << QStringLiteral("head -c 100 sample.csv.gz > tiny.csv.gz")
                                          << QStringLiteral("tiny.csv.gz") << QStringLiteral("truncated");
    QTest::newRow("truncated xz") << QStringLiteral("head -c 100000 sample.csv.xz > cut.csv.xz")
                                  << QStringLiteral("cut.csv.xz") << QStringLiteral("truncated");
    QTest::newRow("truncated zstd") << QStringLiteral("head -c 100000 sample.csv.zst > cut.csv.zst")
                                    << QStringLiteral("cut.csv.zst") << QStringLiteral("truncated");
    QTest::newRow("truncated tar.gz") << QStringLiteral("head -c 400000 sample.tar.gz > cut.tar.gz")
                                      << QStringLiteral("cut.tar.gz") << QStringLiteral("truncated");
    QTest::newRow("truncated zip") << QStringLiteral("head -c 400000 sample.zip > cut.zip") << QStringLiteral("cut.zip")
                                   << QStringLiteral("truncated");
    // Bytes overwritten inside the compressed data: checksums or the decoder notice.
    QTest::newRow("corrupt zip") << QStringLiteral(
        "cp sample.zip bad.zip && printf 'XXXXXXXXXXXXXXXX' | dd of=bad.zip bs=1 seek=300000 "
        "conv=notrunc 2>/dev/null")
                                 << QStringLiteral("bad.zip") << QString();
    // No "corrupt gzip" row: libarchive 3.6 does not check the gzip CRC-32, so damage that still
    // inflates goes unnoticed (see archivereader.cpp); truncation is caught.
    QTest::newRow("corrupt bzip2") << QStringLiteral(
        "cp sample.csv.bz2 bad.csv.bz2 && printf 'XXXXXXXXXXXXXXXX' | dd of=bad.csv.bz2 bs=1 "
        "seek=100000 conv=notrunc 2>/dev/null")
                                   << QStringLiteral("bad.csv.bz2") << QString();
}

void tst_InputOpener::damaged()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(QString, reason);
    QVERIFY(make(command));

    const auto contents = readEverything(path(file));
    QVERIFY(!contents);
    QCOMPARE(contents.error().code, ErrorCode::InvalidInput);
    const QString message = contents.error().message;
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(reason.isEmpty() || message.toLower().contains(reason), qPrintable(message));
}

void tst_InputOpener::encryptedEntryIsReportedAndSkippable()
{
    QVERIFY(writeFile(path(QStringLiteral("secret.csv")), "s\n1\n"));
    QVERIFY(writeFile(path(QStringLiteral("open.csv")), "o\n2\n"));
    QVERIFY(make(QStringLiteral("zip -q -P hunter2 locked.zip secret.csv && zip -q locked.zip open.csv")));

    auto set = InputOpener::open(path(QStringLiteral("locked.zip")));
    QVERIFY(set);
    auto first = (*set)->nextInput();
    QVERIFY(!first);
    QCOMPARE(first.error().code, ErrorCode::Unsupported);
    QVERIFY2(first.error().message.contains(QStringLiteral("locked.zip: secret.csv"))
            && first.error().message.contains(QStringLiteral("encrypted")),
        qPrintable(first.error().message));
    auto second = (*set)->nextInput(); // the set goes on past an encrypted entry
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QVERIFY(*second);
    QCOMPARE((*second)->info().entryName, QStringLiteral("open.csv"));
    QCOMPARE((*second)->readAll(), QByteArray("o\n2\n"));
    auto end = (*set)->nextInput();
    QVERIFY(end && !*end);
}

void tst_InputOpener::bomb_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("maxInputBytes");
    QTest::addColumn<double>("maxRatio");
    QTest::addColumn<QString>("expected");

    // 96 MiB of one repeated line: a real bomb is bigger, but the limits below are scaled down to
    // match. Not zeros: 512 zero bytes are a tar end marker, so zeros read as an empty tar (see
    // zerosAreAnEmptyTar).
    const QString zeros = QStringLiteral("yes 'bomb,bomb,bomb,bomb' | head -c 100663296");
    const qint64 unlimited = ArchiveLimits().maxInputBytes;
    const QString sizeMessage = QStringLiteral("limit for one input");
    const QString ratioMessage = QStringLiteral("looks like a decompression bomb");
    QTest::newRow("gzip, size") << zeros + QStringLiteral(" | gzip -1 > zeros.gz") << QStringLiteral("zeros.gz")
                                << qint64(8 << 20) << 1000.0 << sizeMessage;
    QTest::newRow("gzip, ratio") << zeros + QStringLiteral(" | gzip -1 > zeros.gz") << QStringLiteral("zeros.gz")
                                 << unlimited << 20.0 << ratioMessage;
    QTest::newRow("zstd, ratio") << zeros + QStringLiteral(" | zstd -q > zeros.zst") << QStringLiteral("zeros.zst")
                                 << unlimited << 100.0 << ratioMessage;
    QTest::newRow("xz, default ratio") << zeros + QStringLiteral(" | xz -1 > zeros.xz") << QStringLiteral("zeros.xz")
                                       << unlimited << 1000.0 << ratioMessage;
    QTest::newRow("zip, ratio") << zeros + QStringLiteral(" > zeros.csv && zip -q zeros.zip zeros.csv && rm zeros.csv")
                                << QStringLiteral("zeros.zip") << unlimited << 100.0 << ratioMessage;
    QTest::newRow("tar.gz, size") << zeros
            + QStringLiteral(" > zeros.csv && tar czf zeros.tgz zeros.csv && rm zeros.csv")
                                  << QStringLiteral("zeros.tgz") << qint64(8 << 20) << 1000.0 << sizeMessage;
}

void tst_InputOpener::bomb()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(qint64, maxInputBytes);
    QFETCH(double, maxRatio);
    QFETCH(QString, expected);
    QVERIFY(make(command));

    ArchiveLimits limits;
    limits.maxInputBytes = maxInputBytes;
    limits.maxRatio = maxRatio;
    limits.ratioFloorBytes = 4 << 20;
    auto set = InputOpener::open(path(file), limits);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    auto input = (*set)->nextInput();
    QVERIFY2(input, qPrintable(input ? QString() : input.error().message));
    QVERIFY(*input);
    InputStream &stream = **input;
    QByteArray block(1 << 20, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = stream.read(block.data(), block.size())) > 0) { }
    QCOMPARE(n, qint64(-1));
    QVERIFY(stream.decompressedBytes() < 96 << 20); // stopped early, not at the end
    const QString message = stream.errorString();
    QVERIFY2(message.contains(file) && message.contains(expected), qPrintable(message));
    QVERIFY(!stream.status());
    QCOMPARE(stream.status().error().code, ErrorCode::TooLarge);
    QCOMPARE(stream.status().error().message, message);
    // The whole source is abandoned: no further input is read from it.
    auto next = (*set)->nextInput();
    QVERIFY(!next);
    QCOMPARE(next.error().message, message);
}

void tst_InputOpener::smallCompressibleFileIsFine()
{
    // 3 MiB of one line compress about a thousandfold, but stay under the ratio floor.
    QVERIFY(make(QStringLiteral("yes 'a,b' | head -c 3145728 | xz -9 > small.xz")));
    ArchiveLimits limits;
    limits.ratioFloorBytes = 4 << 20;
    limits.maxRatio = 10;
    const auto contents = readEverything(path(QStringLiteral("small.xz")), limits);
    QVERIFY2(contents, qPrintable(contents ? QString() : contents.error().message));
    QCOMPARE(contents->data.size(), 1);
    QCOMPARE(contents->data.first(), QByteArray("a,b\n").repeated((3 << 20) / 4));
    QVERIFY(contents->consumed * 100 < contents->data.first().size());
}

void tst_InputOpener::emptyTarHasNoInputs()
{
    QVERIFY(make(QStringLiteral("tar cf nothing.tar --files-from /dev/null")));
    const auto contents = readEverything(path(QStringLiteral("nothing.tar")));
    QVERIFY2(contents, qPrintable(contents ? QString() : contents.error().message));
    QVERIFY(contents->infos.isEmpty());
}

void tst_InputOpener::zerosAreAnEmptyTar()
{
    // Zero blocks end a tar, so libarchive takes a file that starts with them for an empty tar:
    // no input, and the rest is never decompressed, so a bomb of zeros costs nothing.
    // A CSV never starts with 512 NUL bytes, so no real data is lost this way.
    QVERIFY(make(QStringLiteral("head -c 33554432 /dev/zero | gzip > zeros.gz")));
    const auto contents = readEverything(path(QStringLiteral("zeros.gz")));
    QVERIFY2(contents, qPrintable(contents ? QString() : contents.error().message));
    QVERIFY(contents->infos.isEmpty());
}

void tst_InputOpener::missingFile()
{
    auto set = InputOpener::open(path(QStringLiteral("no-such.csv")));
    QVERIFY(!set);
    QCOMPARE(set.error().code, ErrorCode::Io);
    QVERIFY2(set.error().message.contains(QStringLiteral("no-such.csv")), qPrintable(set.error().message));
    auto folder = InputOpener::open(m_dir.path());
    QVERIFY(!folder);
    QCOMPARE(folder.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(tst_InputOpener)
#include "tst_inputopener.moc"
