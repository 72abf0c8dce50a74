#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tusfixture.h"

using namespace sluice;
using namespace sluice::test;

// The reference client, tus-js-client 4, against the gate and the tus routes: an upload
// interrupted after its first chunk and resumed from its URL, and a parallel upload that
// ends in a concatenation. Skipped only when node or npm is missing.
class tst_TusJsClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void uploadsWithTheReferenceClient();

private:
    QString m_node;
    QString m_module;
};

void tst_TusJsClient::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (m_node.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty())
        QSKIP("node or npm is not installed: the tus-js-client integration test needs both");
    m_module = QStringLiteral(SLUICE_TUSJS_PREFIX "/node_modules/tus-js-client");
    QVERIFY2(QFile::exists(m_module + QStringLiteral("/package.json")),
        "tus-js-client is missing although npm is installed: the tusjs_install fixture failed");
}

void tst_TusJsClient::uploadsWithTheReferenceClient()
{
    QTemporaryDir dir;
    TusFixture::Options options;
    options.limits.idleTimeoutSeconds = 30;
    TusFixture server(dir.filePath(QStringLiteral("data")), options);
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("data"))));
    QVERIFY(server.start());

    QByteArray bytes(300 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    const QString source = dir.filePath(QStringLiteral("source.bin"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QProcess node;
    node.start(m_node,
        { QStringLiteral(SLUICE_TUSJS_SCRIPT), m_module, QStringLiteral("http://127.0.0.1:%1/files").arg(server.port()),
            QString::fromLatin1(TusFixture::token()), source });
    QVERIFY(node.waitForFinished(120000));
    const QByteArray errors = node.readAllStandardError();
    QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, errors.constData());
    const QJsonObject result = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    QCOMPARE(result.value(QStringLiteral("chunksBeforeAbort")).toInt(), 1);

    for (const QString &key : { QStringLiteral("resumed"), QStringLiteral("parallel") }) {
        const QString id = result.value(key).toString().section(QLatin1Char('/'), -1);
        QFile file(server.storeConfig().directory + QStringLiteral("/") + id + QStringLiteral(".part"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(key));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256),
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }
    // One import per file: the resumed upload and the concatenated one, never the parts.
    QTRY_COMPARE(server.completed().size(), 2);
    for (const UploadInfo &upload : server.completed())
        QCOMPARE(upload.kind, QStringLiteral("dataset"));
}

QTEST_GUILESS_MAIN(tst_TusJsClient)
#include "tst_tusjsclient.moc"
