#include <QFile>
#include <QSettings>
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
    void desktopDefaultsWritten();
    void desktopValuesRead();
    void desktopWrittenAndReadBack();
    void tokenMakesTheFileOwnerOnly();
    void portParsed_data();
    void portParsed();

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
    QTest::newRow("parallel uploads zero") << QByteArray("[desktop]\nparallel_uploads=0\n")
                                           << QStringLiteral("desktop/parallel_uploads") << QStringLiteral("0");
    QTest::newRow("parallel uploads 17") << QByteArray("[desktop]\nparallel_uploads=17\n")
                                         << QStringLiteral("desktop/parallel_uploads") << QStringLiteral("17");
    QTest::newRow("chunk size negative") << QByteArray("[desktop]\nchunk_size_mib=-4\n")
                                         << QStringLiteral("desktop/chunk_size_mib") << QStringLiteral("-4");
    QTest::newRow("unknown language") << QByteArray("[desktop]\nlanguage=klingon\n")
                                      << QStringLiteral("desktop/language") << QStringLiteral("klingon");
    QTest::newRow("remote url not http") << QByteArray("[remote]\nurl=ftp://example.com\n")
                                         << QStringLiteral("remote/url") << QStringLiteral("ftp://example.com");
    QTest::newRow("reconnect not a bool") << QByteArray("[remote]\nreconnect_on_start=maybe\n")
                                          << QStringLiteral("remote/reconnect_on_start") << QStringLiteral("maybe");
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

void tst_SettingsFile::desktopDefaultsWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sluice.ini"));
    QVERIFY(SettingsFile(path).writeDefaultsIfMissing());
    const QSettings written(path, QSettings::IniFormat);
    QCOMPARE(written.value(QStringLiteral("desktop/parallel_uploads")).toInt(), 3);
    QCOMPARE(written.value(QStringLiteral("desktop/chunk_size_mib")).toString(), QStringLiteral("0"));
    QVERIFY(written.contains(QStringLiteral("desktop/language")));
    QVERIFY(written.contains(QStringLiteral("remote/url")));
    QCOMPARE(written.value(QStringLiteral("remote/reconnect_on_start")).toString(), QStringLiteral("false"));
    QVERIFY(!written.contains(QStringLiteral("remote/token")));  // no secret in a file others may read

    auto config = SettingsFile(path).read();
    QVERIFY(config);
    QCOMPARE(config->desktop.parallelUploads, 3);
    QCOMPARE(config->desktop.chunkSizeMiB, 0);
    QVERIFY(config->desktop.language.isEmpty());
    QVERIFY(!config->desktop.remote.reconnectOnStart);
}

void tst_SettingsFile::desktopValuesRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sluice.ini"));
    writeFile(path, "[desktop]\nparallel_uploads=16\nchunk_size_mib=8\nlanguage=de\n"
                    "[remote]\nurl=http://192.168.1.20:8420\ntoken=abc123\nreconnect_on_start=true\n");
    auto config = SettingsFile(path).read();
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QCOMPARE(config->desktop.parallelUploads, 16);
    QCOMPARE(config->desktop.chunkSizeMiB, 8);
    QCOMPARE(config->desktop.language, QStringLiteral("de"));
    QCOMPARE(config->desktop.remote.url, QStringLiteral("http://192.168.1.20:8420"));
    QCOMPARE(config->desktop.remote.token, QByteArray("abc123"));
    QVERIFY(config->desktop.remote.reconnectOnStart);
}

void tst_SettingsFile::desktopWrittenAndReadBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sluice.ini"));
    const SettingsFile settings(path);
    QVERIFY(settings.writeDefaultsIfMissing());
    DesktopConfig desktop;
    desktop.parallelUploads = 5;
    desktop.chunkSizeMiB = 32;
    desktop.language = QStringLiteral("fr");
    QVERIFY(settings.writeDesktop(desktop));
    QVERIFY(settings.writePort(9123));
    auto config = settings.read();
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QCOMPARE(config->desktop.parallelUploads, 5);
    QCOMPARE(config->desktop.chunkSizeMiB, 32);
    QCOMPARE(config->desktop.language, QStringLiteral("fr"));
    QCOMPARE(config->server.port, quint16(9123));
    QCOMPARE(config->server.bindAddress, SluiceConfig().server.bindAddress);  // other keys kept
}

void tst_SettingsFile::tokenMakesTheFileOwnerOnly()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX permission bits are checked on Unix only");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sluice.ini"));
    const SettingsFile settings(path);
    QVERIFY(settings.writeDefaultsIfMissing());
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther | QFileDevice::ReadGroup));

    DesktopConfig desktop;
    desktop.remote = RemoteServerConfig { QStringLiteral("http://10.0.0.5:8420"), QByteArray(64, 'a'), true };
    QVERIFY(settings.writeDesktop(desktop));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);

    auto config = settings.read();
    QVERIFY(config);
    QCOMPARE(config->desktop.remote.token, QByteArray(64, 'a'));
    QCOMPARE(config->desktop.remote.url, QStringLiteral("http://10.0.0.5:8420"));
    QVERIFY(config->desktop.remote.reconnectOnStart);

    // A file created by writeDesktop() itself is private from the start too.
    const QString fresh = dir.filePath(QStringLiteral("fresh.ini"));
    QVERIFY(SettingsFile(fresh).writeDesktop(desktop));
    QCOMPARE(QFile::permissions(fresh) & others, QFileDevice::Permissions());

    desktop.remote.token.clear();  // forgetting the token removes it from the file
    QVERIFY(settings.writeDesktop(desktop));
    QVERIFY(!QSettings(path, QSettings::IniFormat).contains(QStringLiteral("remote/token")));
}

void tst_SettingsFile::portParsed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("port");
    QTest::newRow("any free port") << QStringLiteral("0") << true << 0;
    QTest::newRow("usual") << QStringLiteral(" 8420 ") << true << 8420;
    QTest::newRow("largest") << QStringLiteral("65535") << true << 65535;
    QTest::newRow("too big") << QStringLiteral("65536") << false << 0;
    QTest::newRow("negative") << QStringLiteral("-1") << false << 0;
    QTest::newRow("text") << QStringLiteral("http") << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
}

void tst_SettingsFile::portParsed()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, port);
    auto parsed = SettingsFile::parsePort(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, quint16(port));
    else
        QVERIFY(parsed.error().message.contains(QStringLiteral("65535")));
}

QTEST_APPLESS_MAIN(tst_SettingsFile)
#include "tst_settingsfile.moc"
