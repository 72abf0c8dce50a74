#include <QTest>

#include "core/config/commandline.h"

using namespace sluice;
using Action = CommandLineOptions::Action;
Q_DECLARE_METATYPE(sluice::CommandLineOptions::Action)

class tst_CommandLine : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void flagsOverrideSettings();
    void needsNoDisplay();
};

void tst_CommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("bind");
    QTest::addColumn<int>("port");  // -1: not given
    QTest::addColumn<QString>("dataDir");
    QTest::addColumn<QStringList>("files");

    QTest::newRow("desktop") << QStringList {} << Action::RunDesktop << QString() << -1 << QString() << QStringList {};
    QTest::newRow("help") << QStringList { QStringLiteral("--help") } << Action::ShowHelp << QString() << -1
                          << QString() << QStringList {};
    QTest::newRow("version") << QStringList { QStringLiteral("--version") } << Action::ShowVersion << QString() << -1
                             << QString() << QStringList {};
    QTest::newRow("server with everything")
        << QStringList { QStringLiteral("--server"), QStringLiteral("--bind"), QStringLiteral("0.0.0.0"),
                         QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                         QStringLiteral("/tmp/x") }
        << Action::RunServer << QStringLiteral("0.0.0.0") << 0 << QStringLiteral("/tmp/x") << QStringList {};
    QTest::newRow("files") << QStringList { QStringLiteral("a.csv"), QStringLiteral("b.csv.gz") }
                           << Action::RunDesktop << QString() << -1 << QString()
                           << QStringList { QStringLiteral("a.csv"), QStringLiteral("b.csv.gz") };
    QTest::newRow("port 65535") << QStringList { QStringLiteral("--port=65535") } << Action::RunDesktop << QString()
                                << 65535 << QString() << QStringList {};
}

void tst_CommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(Action, action);
    QFETCH(QString, bind);
    QFETCH(int, port);
    QFETCH(QString, dataDir);
    QFETCH(QStringList, files);

    auto options = CommandLine::parse(QStringList { QStringLiteral("sluice") } + arguments);
    QVERIFY2(options, qPrintable(options ? QString() : options.error().message));
    QCOMPARE(options->action, action);
    QCOMPARE(options->bindAddress.value_or(QString()), bind);
    QCOMPARE(options->port ? int(*options->port) : -1, port);
    QCOMPARE(options->dataDir, dataDir);
    QCOMPARE(options->files, files);
}

void tst_CommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("port too big") << QStringList { QStringLiteral("--port"), QStringLiteral("70000") }
                                  << QStringLiteral("--port");
    QTest::newRow("port not a number") << QStringList { QStringLiteral("--port"), QStringLiteral("http") }
                                       << QStringLiteral("http");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") }
                                    << QStringLiteral("frobnicate");
    QTest::newRow("missing value") << QStringList { QStringLiteral("--data-dir") } << QStringLiteral("data-dir");
    QTest::newRow("server with files") << QStringList { QStringLiteral("--server"), QStringLiteral("a.csv") }
                                       << QStringLiteral("a.csv");
}

void tst_CommandLine::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    auto options = CommandLine::parse(QStringList { QStringLiteral("sluice") } + arguments);
    QVERIFY(!options);
    QCOMPARE(options.error().code, ErrorCode::InvalidInput);
    QVERIFY2(options.error().message.contains(mentions), qPrintable(options.error().message));
}

void tst_CommandLine::flagsOverrideSettings()
{
    SluiceConfig config;
    config.server.port = 9000;
    config.logRules = QStringLiteral("from.settings=true");
    auto options = CommandLine::parse({ QStringLiteral("sluice"), QStringLiteral("--bind=::1"),
                                        QStringLiteral("--log-rules"), QStringLiteral("sluice.*=true") });
    QVERIFY(options);
    options->applyTo(config);
    QCOMPARE(config.server.bindAddress, QStringLiteral("::1"));
    QCOMPARE(config.server.port, quint16(9000));  // not given: the settings file's value stays
    QCOMPARE(config.logRules, QStringLiteral("sluice.*=true"));
}

void tst_CommandLine::needsNoDisplay()
{
    char program[] = "sluice";
    char server[] = "--server";
    char file[] = "a.csv";
    char *withServer[] = { program, file, server };
    char *withFile[] = { program, file };
    QVERIFY(CommandLine::needsNoDisplay(3, withServer));
    QVERIFY(!CommandLine::needsNoDisplay(2, withFile));
    QVERIFY(CommandLine::helpText().contains(QStringLiteral("--data-dir")));
}

QTEST_APPLESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
