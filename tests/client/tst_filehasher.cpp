#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include "app/client/filehasher.h"
#include "support/verifyresult.h"

using namespace sluice;

// A file larger than one hashing block, with bytes that differ by position.
class tst_FileHasher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wholeFile();
    void range_data();
    void range();
    void canceledStops();
    void startAnswersInTheContextsThread();
    void chunkHoldsItsBytesAndTheirDigest_data();
    void chunkHoldsItsBytesAndTheirDigest();
    void chunkPastTheEndIsRefused();
    void startChunkAnswersInTheContextsThread();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_contents;
};

void tst_FileHasher::initTestCase()
{
    m_contents.resize(3 * 1024 * 1024 + 17);
    for (qsizetype i = 0; i < m_contents.size(); ++i)
        m_contents[i] = char((i * 31 + i / 4096) & 0xff);
    m_path = m_dir.filePath(QStringLiteral("data.bin"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_contents), m_contents.size());
}

void tst_FileHasher::wholeFile()
{
    FileHasher::Control control;
    auto digest = FileHasher::hash(m_path, 0, -1, control);
    SLUICE_VERIFY_RESULT(digest);
    QCOMPARE(*digest, QCryptographicHash::hash(m_contents, QCryptographicHash::Sha256));
    QCOMPARE(control.bytesDone.load(), m_contents.size());
}

void tst_FileHasher::range_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("length");
    QTest::newRow("first chunk") << qint64(0) << qint64(256 * 1024);
    QTest::newRow("across blocks") << qint64(1000) << qint64(2 * 1024 * 1024 + 5);
    QTest::newRow("tail") << qint64(3 * 1024 * 1024) << qint64(17);
    QTest::newRow("empty") << qint64(5) << qint64(0);
}

void tst_FileHasher::range()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, length);
    FileHasher::Control control;
    auto digest = FileHasher::hash(m_path, offset, length, control);
    SLUICE_VERIFY_RESULT(digest);
    QCOMPARE(*digest, QCryptographicHash::hash(m_contents.mid(offset, length), QCryptographicHash::Sha256));
}

void tst_FileHasher::canceledStops()
{
    FileHasher::Control control;
    control.canceled = true;
    auto digest = FileHasher::hash(m_path, 0, -1, control);
    QVERIFY(!digest);
    QCOMPARE(digest.error().code, ErrorCode::Canceled);
    QCOMPARE(control.bytesDone.load(), 0);
}

void tst_FileHasher::startAnswersInTheContextsThread()
{
    QThreadPool pool;
    QObject context;
    std::optional<Result<QByteArray>> answer;
    QThread *answeredIn = nullptr;
    FileHasher::start(
        &pool, m_path, 0, -1, std::make_shared<FileHasher::Control>(), &context, [&](const Result<QByteArray> &digest) {
            answer = digest;
            answeredIn = QThread::currentThread();
        });
    QTRY_VERIFY(answer.has_value());
    SLUICE_VERIFY_RESULT(*answer);
    QCOMPARE(**answer, QCryptographicHash::hash(m_contents, QCryptographicHash::Sha256));
    QCOMPARE(answeredIn, QThread::currentThread());
}

void tst_FileHasher::chunkHoldsItsBytesAndTheirDigest_data()
{
    range_data();
}

void tst_FileHasher::chunkHoldsItsBytesAndTheirDigest()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, length);
    FileHasher::Control control;
    auto chunk = FileHasher::readChunk(m_path, offset, length, control);
    SLUICE_VERIFY_RESULT(chunk);
    QCOMPARE(chunk->offset, offset);
    QCOMPARE(chunk->bytes, m_contents.mid(offset, length));
    QCOMPARE(chunk->digest, QCryptographicHash::hash(m_contents.mid(offset, length), QCryptographicHash::Sha256));
    QCOMPARE(control.bytesDone.load(), length);
}

void tst_FileHasher::chunkPastTheEndIsRefused()
{
    FileHasher::Control control;
    auto chunk = FileHasher::readChunk(m_path, m_contents.size() - 10, 11, control);
    QVERIFY(!chunk);
    QCOMPARE(chunk.error().code, ErrorCode::Io);
    QVERIFY2(chunk.error().message.contains(m_path), qPrintable(chunk.error().message));
}

void tst_FileHasher::startChunkAnswersInTheContextsThread()
{
    QThreadPool pool;
    QObject context;
    std::optional<Result<FileHasher::Chunk>> answer;
    QThread *answeredIn = nullptr;
    FileHasher::startChunk(&pool, m_path, 1024 * 1024 - 3, 700000, std::make_shared<FileHasher::Control>(), &context,
        [&](const Result<FileHasher::Chunk> &chunk) {
            answer = chunk;
            answeredIn = QThread::currentThread();
        });
    QTRY_VERIFY(answer.has_value());
    SLUICE_VERIFY_RESULT(*answer);
    QCOMPARE((*answer)->bytes, m_contents.mid(1024 * 1024 - 3, 700000));
    QCOMPARE(answeredIn, QThread::currentThread());
}

QTEST_GUILESS_MAIN(tst_FileHasher)
#include "tst_filehasher.moc"
