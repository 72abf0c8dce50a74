#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/ui/connectdialog.h"
#include "appfixture.h"
#include "core/config/settingsfile.h"
#include "support/testserver.h"

using namespace sluice;

class tst_ConnectDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rememberedServerRoundTrip();
    void embeddedServerTurnsReconnectOff();

private:
    static ConnectDialog *openConnectDialog(MainWindow &window);
};

void tst_ConnectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

ConnectDialog *tst_ConnectDialog::openConnectDialog(MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("connectToServerAction"));
    if (!action)
        return nullptr;
    action->trigger();
    return window.findChild<ConnectDialog *>();
}

void tst_ConnectDialog::rememberedServerRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString settingsPath = dir.filePath(QStringLiteral("sluice.ini"));
    QVERIFY(SettingsFile(settingsPath).writeDefaultsIfMissing());
    test::TestServer server;
    QVERIFY2(server.start(), qPrintable(server.error().message));
    const QString url = QUrl::fromUserInput(server.url().toString()).toString();

    {
        test::AppFixture app(dir);
        app.window->setSettings(SettingsDialog::Values {}, dir.filePath(QStringLiteral("location.ini")));
        ConnectDialog *dialog = openConnectDialog(*app.window);
        QVERIFY(dialog);
        auto *reconnect = dialog->findChild<QCheckBox *>(QStringLiteral("reconnectOnStart"));
        QVERIFY(reconnect && !reconnect->isChecked());
        QVERIFY(!reconnect->accessibleName().isEmpty());
        dialog->setServer(url, QString::fromLatin1(server.token()));
        reconnect->setChecked(true);
        QSignalSpy chosen(app.window.get(), &MainWindow::remoteServerChosen);
        dialog->connectToServer();
        QTRY_COMPARE(chosen.count(), 1);
        QCOMPARE(app.client.baseUrl().toString(), url);
    }

    // The next start reads what was remembered, from a file only its owner can read.
    auto config = SettingsFile(settingsPath).read();
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QCOMPARE(config->desktop.remote.url, url);
    QCOMPARE(config->desktop.remote.token, server.token());
    QVERIFY(config->desktop.remote.reconnectOnStart);
#ifndef Q_OS_WIN
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(settingsPath) & others, QFileDevice::Permissions());
#endif

    test::AppFixture next(dir);
    next.window->setSettings(SettingsDialog::Values { QString(), 8420, config->desktop },
                             dir.filePath(QStringLiteral("location.ini")));
    ConnectDialog *offered = openConnectDialog(*next.window);
    QVERIFY(offered);
    QCOMPARE(offered->findChild<QLineEdit *>(QStringLiteral("serverUrl"))->text(), url);
    QCOMPARE(offered->findChild<QLineEdit *>(QStringLiteral("serverToken"))->text().toLatin1(), server.token());
    QVERIFY(offered->findChild<QCheckBox *>(QStringLiteral("reconnectOnStart"))->isChecked());
    QCOMPARE(offered->remembered().url, url);
}

void tst_ConnectDialog::embeddedServerTurnsReconnectOff()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString settingsPath = dir.filePath(QStringLiteral("sluice.ini"));
    QVERIFY(SettingsFile(settingsPath).writeDefaultsIfMissing());
    SettingsDialog::Values values;
    values.desktop.remote = RemoteServerConfig { QStringLiteral("http://10.9.8.7:8420"), QByteArray(64, 'c'), true };

    test::AppFixture app(dir);
    app.window->setSettings(values, dir.filePath(QStringLiteral("location.ini")));
    ConnectDialog *dialog = openConnectDialog(*app.window);
    QVERIFY(dialog);
    QSignalSpy embedded(app.window.get(), &MainWindow::embeddedServerRequested);
    auto *useEmbedded = dialog->findChild<QPushButton *>(QStringLiteral("useEmbeddedButton"));
    QVERIFY(useEmbedded);
    useEmbedded->click();
    QCOMPARE(embedded.count(), 1);

    auto config = SettingsFile(settingsPath).read();
    QVERIFY(config);
    QVERIFY(!config->desktop.remote.reconnectOnStart);  // the next start is on the embedded server
    QCOMPARE(config->desktop.remote.url, values.desktop.remote.url);  // still offered
    QCOMPARE(config->desktop.remote.token, values.desktop.remote.token);
}

QTEST_MAIN(tst_ConnectDialog)
#include "tst_connectdialog.moc"
