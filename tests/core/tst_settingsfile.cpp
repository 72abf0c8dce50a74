#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/settingsfile.h"

using namespace sluice;

class tst_SettingsFile : public QObject
{
    Q_OBJECT
private slots:
    void defaultsWrittenOnce();
    void valuesRead();
    void badValues_data();
    void badValues();

private:
    static void writeFile(const QString &path, const QByteArray &content);
};

void tst_SettingsFile::writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void tst_SettingsFile::defaultsWrittenOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sluice.ini"));
    const SettingsFile settings(path);
    QVERIFY(settings.writeDefaultsIfMissing());
    QVERIFY(QFile::exists(path));
    auto config = settings.read();
    QVERIFY(config);
    const SluiceConfig defaults;
    QCOMPARE(config->server.bindAddress, defaults.server.bindAddress);
    QCOMPARE(config->server.port, defaults.server.port);
    QCOMPARE(config->server.limits.maxChunkBytes, defaults.server.limits.maxChunkBytes);

    writeFile(path, "[server]\nport=9999\n");
    QVERIFY(settings.writeDefaultsIfMissing());  // an existing file is never overwritten
    QCOMPARE(settings.read()->server.port, quint16(9999));
}

void tst_SettingsFile::valuesRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sluice.ini"));
    writeFile(path, "[server]\nbind=0.0.0.0\nport=0\n[limits]\nmax_chunk_bytes=1048576\nmax_concurrent_uploads=3\n"
                    "[log]\nrules=sluice.*.debug=true\n");
    auto config = SettingsFile(path).read();
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QCOMPARE(config->server.bindAddress, QStringLiteral("0.0.0.0"));
    QCOMPARE(config->server.port, quint16(0));
    QCOMPARE(config->server.limits.maxChunkBytes, 1048576);
    QCOMPARE(config->server.limits.maxConcurrentUploads, 3);
    QCOMPARE(config->server.limits.maxWebSocketClients, ServerLimits().maxWebSocketClients);
    QCOMPARE(config->logRules, QStringLiteral("sluice.*.debug=true"));
}

void tst_SettingsFile::badValues_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("port not a number") << QByteArray("[server]\nport=http\n") << QStringLiteral("server/port")
                                       << QStringLiteral("http");
    QTest::newRow("port too big") << QByteArray("[server]\nport=65536\n") << QStringLiteral("server/port")
                                  << QStringLiteral("65536");
    QTest::newRow("chunk too small") << QByteArray("[limits]\nmax_chunk_bytes=10\n")
                                     << QStringLiteral("limits/max_chunk_bytes") << QStringLiteral("10");
    QTest::newRow("negative uploads") << QByteArray("[limits]\nmax_concurrent_uploads=-1\n")
                                      << QStringLiteral("limits/max_concurrent_uploads") << QStringLiteral("-1");
}

void tst_SettingsFile::badValues()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sluice.ini"));
    writeFile(path, content);
    auto config = SettingsFile(path).read();
    QVERIFY(!config);
    QCOMPARE(config.error().code, ErrorCode::InvalidInput);
    const QString message = config.error().message;
    QVERIFY2(message.contains(path) && message.contains(key) && message.contains(value), qPrintable(message));
}

QTEST_APPLESS_MAIN(tst_SettingsFile)
#include "tst_settingsfile.moc"
