// The real `sluice --server` process, started as an admin or a script would start it.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/version.h"

class tst_HeadlessServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void servesUntilTerminated();
    void secondInstanceOnSameDataDirRefuses();
    void badFlagsExitWithUsage_data();
    void badFlagsExitWithUsage();
    void versionAndHelp();

private:
    /// Starts `sluice --server --port 0` on m_dataDir and returns its URL from the first line it prints.
    QUrl startServer(QProcess &process);

    std::unique_ptr<QTemporaryDir> m_dataDir;
};

void tst_HeadlessServer::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
}

QUrl tst_HeadlessServer::startServer(QProcess &process)
{
    process.start(QStringLiteral(SLUICE_EXECUTABLE),
                  { QStringLiteral("--server"), QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--data-dir"), m_dataDir->path() });
    if (!process.waitForStarted(10000))
        return {};
    QByteArray out;
    while (!out.contains('\n') && process.waitForReadyRead(20000))
        out += process.readAllStandardOutput();
    const QString line = QString::fromUtf8(out).trimmed();
    // "Sluice 0.1.0 serving http://127.0.0.1:PORT; access token in DIR/token"
    const QRegularExpression pattern(QStringLiteral("serving (http://127\\.0\\.0\\.1:(\\d+)); access token in (.+)$"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch() || match.captured(2).toInt() == 0) {
        qWarning() << "unexpected first line:" << line << process.readAllStandardError();
        return {};
    }
    if (match.captured(3) != QDir(m_dataDir->path()).filePath(QStringLiteral("token"))) {
        qWarning() << "token path not reported:" << line;
        return {};
    }
    return QUrl(match.captured(1));
}

void tst_HeadlessServer::servesUntilTerminated()
{
    QProcess process;
    const QUrl url = startServer(process);
    QVERIFY(url.isValid());

    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url.resolved(QUrl(QStringLiteral("/api/v1/health")))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("version")).toString(),
             sluice::sluiceVersion());
    delete reply;

    QFile token(QDir(m_dataDir->path()).filePath(QStringLiteral("token")));
    QVERIFY(token.exists());
    QCOMPARE(token.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    process.terminate();  // SIGTERM
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void tst_HeadlessServer::secondInstanceOnSameDataDirRefuses()
{
    QProcess first;
    QVERIFY(startServer(first).isValid());

    QProcess second;
    second.start(QStringLiteral(SLUICE_EXECUTABLE), { QStringLiteral("--server"), QStringLiteral("--port"),
                                                      QStringLiteral("0"), QStringLiteral("--data-dir"),
                                                      m_dataDir->path() });
    QVERIFY(second.waitForFinished(15000));
    QVERIFY(second.exitCode() != 0);
    const QString message = QString::fromUtf8(second.readAllStandardError());
    QVERIFY2(message.contains(QStringLiteral("already using the data directory")), qPrintable(message));
    QVERIFY2(message.contains(m_dataDir->path()), qPrintable(message));

    first.terminate();
    QVERIFY(first.waitForFinished(15000));
    QCOMPARE(first.exitCode(), 0);

    // The lock goes with the process: the directory can be used again.
    QProcess third;
    QVERIFY(startServer(third).isValid());
    third.terminate();
    QVERIFY(third.waitForFinished(15000));
}

void tst_HeadlessServer::badFlagsExitWithUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("port out of range") << QStringList { QStringLiteral("--server"), QStringLiteral("--port"),
                                                        QStringLiteral("70000") }
                                       << QStringLiteral("--port");
    QTest::newRow("unknown flag") << QStringList { QStringLiteral("--frobnicate") } << QStringLiteral("frobnicate");
    QTest::newRow("bind not an address") << QStringList { QStringLiteral("--server"), QStringLiteral("--port"),
                                                          QStringLiteral("0"), QStringLiteral("--bind"),
                                                          QStringLiteral("not-an-ip") }
                                         << QStringLiteral("not-an-ip");
}

void tst_HeadlessServer::badFlagsExitWithUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QProcess process;
    process.start(QStringLiteral(SLUICE_EXECUTABLE),
                  arguments + QStringList { QStringLiteral("--data-dir"), m_dataDir->path() });
    QVERIFY(process.waitForFinished(15000));
    QVERIFY(process.exitCode() != 0);
    const QString message = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void tst_HeadlessServer::versionAndHelp()
{
    QProcess version;
    version.start(QStringLiteral(SLUICE_EXECUTABLE), { QStringLiteral("--version") });
    QVERIFY(version.waitForFinished(15000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().contains(sluice::sluiceVersion().toUtf8()));

    QProcess help;
    help.start(QStringLiteral(SLUICE_EXECUTABLE), { QStringLiteral("--help") });
    QVERIFY(help.waitForFinished(15000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    for (const char *flag : { "--server", "--bind", "--port", "--data-dir", "--log-rules" })
        QVERIFY2(text.contains(flag), flag);
}

QTEST_GUILESS_MAIN(tst_HeadlessServer)
#include "tst_headlessserver.moc"
