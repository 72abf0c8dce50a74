#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/ui/settingsdialog.h"
#include "appfixture.h"
#include "core/config/datadirectorychoice.h"
#include "core/config/settingsfile.h"

using namespace sluice;

class tst_SettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void valuesLoad();
    void validationErrors_data();
    void validationErrors();
    void savingWritesTheKeys();
    void mainWindowOpensItAndAppliesParallelUploads();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("sluice.ini")); }
    QString locationPath() const { return m_dir->filePath(QStringLiteral("config/location.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // never the user's own config
}

void tst_SettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SettingsDialog::valuesLoad()
{
    SettingsDialog::Values values;
    values.dataDirectory = m_dir->filePath(QStringLiteral("data"));
    values.port = 9001;
    values.desktop.parallelUploads = 7;
    values.desktop.chunkSizeMiB = 16;
    values.desktop.language = QStringLiteral("de");
    SettingsDialog dialog(values, settingsPath(), locationPath());

    QCOMPARE(QDir::fromNativeSeparators(dialog.findChild<QLineEdit *>(QStringLiteral("dataDirectory"))->text()),
             values.dataDirectory);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("port"))->text(), QStringLiteral("9001"));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("parallelUploads"))->value(), 7);
    QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("fixedChunkSize"))->isChecked());
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("chunkSizeMiB"))->value(), 16);
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("language"))->currentText(), QStringLiteral("Deutsch"));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("parallelUploads"))->maximum(), 16);

    // Defaults: automatic chunks, the system's language.
    SettingsDialog defaults(SettingsDialog::Values {}, settingsPath(), locationPath());
    QVERIFY(defaults.findChild<QRadioButton *>(QStringLiteral("automaticChunkSize"))->isChecked());
    QVERIFY(!defaults.findChild<QSpinBox *>(QStringLiteral("chunkSizeMiB"))->isEnabled());
    QCOMPARE(defaults.findChild<QSpinBox *>(QStringLiteral("parallelUploads"))->value(), 3);
    QVERIFY(defaults.findChild<QComboBox *>(QStringLiteral("language"))->currentData().toString().isEmpty());
    const auto *note = defaults.findChild<QLabel *>(QStringLiteral("restartNote"));
    QVERIFY(note && note->text().contains(QStringLiteral("restart")));

    const auto widgets = defaults.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (widget->objectName().startsWith(u"qt_"))
            continue;  // a spin box's own line edit
        if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QSpinBox *>(widget)
            || qobject_cast<const QComboBox *>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void tst_SettingsDialog::validationErrors_data()
{
    QTest::addColumn<QString>("dataDirectory");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("expected");
    QTest::newRow("port too big") << QString() << QStringLiteral("70000") << QStringLiteral("70000");
    QTest::newRow("port not a number") << QString() << QStringLiteral("http") << QStringLiteral("65535");
    QTest::newRow("relative data directory") << QStringLiteral("data/here") << QStringLiteral("8420")
                                             << QStringLiteral("full path");
    QTest::newRow("data directory is a file") << QStringLiteral("FILE") << QStringLiteral("8420")
                                              << QStringLiteral("is a file");
    QTest::newRow("no parent folder") << QStringLiteral("MISSING/a/b") << QStringLiteral("8420")
                                      << QStringLiteral("does not exist");
}

void tst_SettingsDialog::validationErrors()
{
    QFETCH(QString, dataDirectory);
    QFETCH(QString, port);
    QFETCH(QString, expected);
    if (dataDirectory == u"FILE") {
        dataDirectory = test::writeTextFile(*m_dir, QStringLiteral("plain.txt"), "x");
        QVERIFY(!dataDirectory.isEmpty());
    } else if (dataDirectory.startsWith(u"MISSING")) {
        dataDirectory = m_dir->filePath(QStringLiteral("missing/a/b"));
    }

    SettingsDialog dialog(SettingsDialog::Values {}, settingsPath(), locationPath());
    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
    dialog.findChild<QLineEdit *>(QStringLiteral("dataDirectory"))->setText(dataDirectory);
    dialog.findChild<QLineEdit *>(QStringLiteral("port"))->setText(port);
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.errorText().contains(expected), qPrintable(dialog.errorText()));
    QCOMPARE(saved.count(), 0);
    QVERIFY(!QFile::exists(settingsPath()));  // nothing written while a value is wrong
    QVERIFY(!QFile::exists(locationPath()));

    dialog.findChild<QLineEdit *>(QStringLiteral("dataDirectory"))->clear();
    dialog.findChild<QLineEdit *>(QStringLiteral("port"))->setText(QStringLiteral("8420"));
    QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().isEmpty());
}

void tst_SettingsDialog::savingWritesTheKeys()
{
    QVERIFY(SettingsFile(settingsPath()).writeDefaultsIfMissing());
    SettingsDialog::Values values;
    values.desktop.remote = RemoteServerConfig { QStringLiteral("http://10.1.2.3:8420"), QByteArray(64, 'b'), true };
    SettingsDialog dialog(values, settingsPath(), locationPath());
    QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);

    const QString dataDirectory = m_dir->filePath(QStringLiteral("new-data"));
    dialog.findChild<QLineEdit *>(QStringLiteral("dataDirectory"))->setText(dataDirectory);
    dialog.findChild<QLineEdit *>(QStringLiteral("port"))->setText(QStringLiteral("9555"));
    dialog.findChild<QSpinBox *>(QStringLiteral("parallelUploads"))->setValue(12);
    dialog.findChild<QRadioButton *>(QStringLiteral("fixedChunkSize"))->setChecked(true);
    dialog.findChild<QSpinBox *>(QStringLiteral("chunkSizeMiB"))->setValue(4);
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));
    QCOMPARE(saved.count(), 1);

    auto config = SettingsFile(settingsPath()).read();
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QCOMPARE(config->server.port, quint16(9555));
    QCOMPARE(config->desktop.parallelUploads, 12);
    QCOMPARE(config->desktop.chunkSizeMiB, 4);
    QCOMPARE(config->desktop.language, QStringLiteral("fr"));
    QCOMPARE(config->desktop.remote.url, values.desktop.remote.url);  // the remembered server is kept
    QCOMPARE(config->desktop.remote.token, values.desktop.remote.token);
    QCOMPARE(DataDirectoryChoice(locationPath()).directory(), QDir::cleanPath(dataDirectory));

    // Back to automatic chunks and the default data directory.
    dialog.findChild<QRadioButton *>(QStringLiteral("automaticChunkSize"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("dataDirectory"))->clear();
    QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));
    QCOMPARE(SettingsFile(settingsPath()).read()->desktop.chunkSizeMiB, 0);
    QVERIFY(DataDirectoryChoice(locationPath()).directory().isEmpty());
}

void tst_SettingsDialog::mainWindowOpensItAndAppliesParallelUploads()
{
    test::AppFixture app(*m_dir);
    app.window->setSettings(SettingsDialog::Values {}, locationPath());
    auto *action = app.window->findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action->trigger();
    auto *dialog = app.window->findChild<SettingsDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QSpinBox *>(QStringLiteral("parallelUploads"))->setValue(9);
    QVERIFY2(dialog->save(), qPrintable(dialog->errorText()));
    QCOMPARE(app.uploads.maxParallel(), 9);
    QCOMPARE(app.window->settings().desktop.parallelUploads, 9);
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
