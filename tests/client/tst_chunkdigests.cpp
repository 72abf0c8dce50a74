#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "app/client/chunkdigests.h"

using namespace sluice;

class tst_ChunkDigests : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void digestsOfEachPiece();
    void findOnlyWholePieces_data();
    void findOnlyWholePieces();
    void emptyFileHasNoPieces();
    void cancelStops();
    void readPieceKeepsTheGivenDigest();
    void readPiecePastTheEndFails();
    void readPieceReusesAnUnsharedBuffer();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_bytes;
};

namespace {
constexpr qint64 kPiece = 64 * 1024;

// The failure's message, or nothing: QVERIFY2 builds its message even when the check passes.
template <typename T> QString failureOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}
} // namespace

void tst_ChunkDigests::init()
{
    m_bytes = QByteArray(kPiece * 5 / 2, Qt::Uninitialized); // two whole pieces and a half one
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        m_bytes[i] = char((i * 7) % 253);
    m_path = m_dir.filePath(QStringLiteral("data.bin"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(m_bytes), m_bytes.size());
}

void tst_ChunkDigests::digestsOfEachPiece()
{
    FileHasher::Control control;
    auto digests = ChunkDigests::compute(m_path, m_bytes.size(), kPiece, control);
    QVERIFY2(digests.has_value(), qPrintable(failureOf(digests)));
    QCOMPARE(digests->pieceBytes(), kPiece);
    for (qint64 offset = 0; offset < m_bytes.size(); offset += kPiece) {
        const QByteArray piece = m_bytes.mid(offset, kPiece);
        QCOMPARE(digests->find(offset, piece.size()), QCryptographicHash::hash(piece, QCryptographicHash::Sha256));
    }
}

void tst_ChunkDigests::findOnlyWholePieces_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("length");
    QTest::newRow("not on a boundary") << qint64(1) << kPiece;
    QTest::newRow("shorter than a piece") << qint64(0) << kPiece - 1;
    QTest::newRow("two pieces") << qint64(0) << 2 * kPiece;
    QTest::newRow("the last piece and more") << 2 * kPiece << kPiece;
    QTest::newRow("past the end") << 3 * kPiece << kPiece / 2;
    QTest::newRow("negative offset") << -kPiece << kPiece;
}

void tst_ChunkDigests::findOnlyWholePieces()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, length);
    FileHasher::Control control;
    auto digests = ChunkDigests::compute(m_path, m_bytes.size(), kPiece, control);
    QVERIFY(digests.has_value());
    QVERIFY(digests->find(offset, length).isEmpty());
}

void tst_ChunkDigests::emptyFileHasNoPieces()
{
    FileHasher::Control control;
    auto digests = ChunkDigests::compute(m_path, 0, kPiece, control);
    QVERIFY(digests.has_value());
    QVERIFY(digests->find(0, 0).isEmpty());
    QVERIFY(ChunkDigests().find(0, kPiece).isEmpty()); // none computed at all
    QCOMPARE(ChunkDigests().pieceBytes(), 0);
}

void tst_ChunkDigests::cancelStops()
{
    FileHasher::Control control;
    control.canceled = true;
    auto digests = ChunkDigests::compute(m_path, m_bytes.size(), kPiece, control);
    QVERIFY(!digests.has_value());
    QCOMPARE(digests.error().code, ErrorCode::Canceled);
}

void tst_ChunkDigests::readPieceKeepsTheGivenDigest()
{
    auto chunk = ChunkDigests::readPiece(m_path, kPiece, kPiece, QByteArray("given"));
    QVERIFY2(chunk.has_value(), qPrintable(failureOf(chunk)));
    QCOMPARE(chunk->offset, kPiece);
    QCOMPARE(chunk->bytes, m_bytes.mid(kPiece, kPiece));
    QCOMPARE(chunk->digest, QByteArray("given"));
}

void tst_ChunkDigests::readPiecePastTheEndFails()
{
    auto chunk = ChunkDigests::readPiece(m_path, 2 * kPiece, kPiece, QByteArray("given"));
    QVERIFY(!chunk.has_value());
    QCOMPARE(chunk.error().code, ErrorCode::Io);
    QVERIFY2(chunk.error().message.contains(QStringLiteral("data.bin")), qPrintable(chunk.error().message));
    QVERIFY(!ChunkDigests::readPiece(m_dir.filePath(QStringLiteral("absent.bin")), 0, 1, QByteArray()).has_value());
}

void tst_ChunkDigests::readPieceReusesAnUnsharedBuffer()
{
    QByteArray spare(2 * kPiece, 'x');
    const char *memory = spare.constData();
    auto reused = ChunkDigests::readPiece(m_path, 0, kPiece, QByteArray("d"), std::move(spare));
    QVERIFY(reused.has_value());
    QCOMPARE(reused->bytes, m_bytes.left(kPiece));
    QCOMPARE(reused->bytes.constData(), memory);

    // A buffer someone else still holds is left alone: its bytes must not change under them.
    const QByteArray held(kPiece, 'y');
    auto fresh = ChunkDigests::readPiece(m_path, kPiece, kPiece, QByteArray("d"), held);
    QVERIFY(fresh.has_value());
    QCOMPARE(fresh->bytes, m_bytes.mid(kPiece, kPiece));
    QVERIFY(fresh->bytes.constData() != held.constData());
    QCOMPARE(held, QByteArray(kPiece, 'y'));
}

QTEST_APPLESS_MAIN(tst_ChunkDigests)
#include "tst_chunkdigests.moc"
