// The only file that sees both the server and the GUI: it decides which one to run.
#include <cstdio>
#include <memory>
#include <new>

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

#include "app/client/apiclient.h"
#include "app/client/connectionmonitor.h"
#include "app/ui/mainwindow.h"
#include "core/config/commandline.h"
#include "core/config/localinstance.h"
#include "core/inspect/inspectcommand.h"
#include "core/version.h"
#include "server/headlessserver.h"
#include "server/serverthread.h"
#include "server/serverurl.h"

namespace {

using sluice::CommandLineOptions;

// On X11/Wayland desktops a window needs a display; macOS and Windows always have one.
bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

void installTranslators(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("sluice"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

int runDesktop(const CommandLineOptions &options)
{
    auto instance = sluice::LocalInstance::open(options);
    if (!instance) {
        std::fprintf(stderr, "sluice: %s\n", qPrintable(instance.error().message));
        QMessageBox::critical(nullptr, QApplication::tr("Sluice cannot start"), instance.error().message);
        return 1;
    }
    const sluice::LocalInstance &local = **instance;
    const sluice::ServerConfig &config = local.config().server;

    sluice::ApiClient client;
    sluice::ConnectionMonitor monitor(&client);
    sluice::MainWindow window(&client, &monitor, local.dataDirectory().settingsPath());
    sluice::ServerThread server;
    QObject::connect(&server, &sluice::ServerThread::listening, &client, [&](quint16 port) {
        client.setServer(sluice::localServerUrl(config.bindAddress, port), local.token().value());
    });
    QObject::connect(&server, &sluice::ServerThread::failed, &window,
                     [&](const sluice::Error &error) { window.showServerStartFailure(error.message); });
    server.start(sluice::ServerSetup { config, local.token(), local.dataDirectory().isDefault(), true,
                                       sluice::DatabaseConfig { local.dataDirectory().databasePath() },
                                       local.dataDirectory().path() });
    window.show();
    const int exitCode = QApplication::exec();
    server.stop();
    return exitCode;
}

// `sluice inspect FILE ...`: a command-line tool, no window and no server.
int runInspect(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sluice.*.debug=false\nsluice.*.info=false"));  // the report is the output
    QTextStream out(stdout);
    QTextStream err(stderr);
    return sluice::InspectCommand::run(QCoreApplication::arguments().mid(2), out, err);
}

int runMain(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "inspect") == 0)
        return runInspect(argc, argv);
    const bool noDisplay = !sluice::CommandLine::needsNoDisplay(argc, argv) && !hasDisplay();
    const bool headless = noDisplay || sluice::CommandLine::needsNoDisplay(argc, argv);
    std::unique_ptr<QCoreApplication> app = headless ? std::make_unique<QCoreApplication>(argc, argv)
                                                     : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Sluice"));
    QCoreApplication::setOrganizationName(QStringLiteral("Sluice"));
    QCoreApplication::setApplicationVersion(sluice::sluiceVersion());
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} %{type} %{category}: %{message}"));
    installTranslators(*app);

    auto options = sluice::CommandLine::parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "sluice: %s\nTry 'sluice --help'.\n", qPrintable(options.error().message));
        return 2;
    }
    switch (options->action) {
    case CommandLineOptions::Action::ShowHelp:
        std::fputs(qPrintable(sluice::CommandLine::helpText()), stdout);
        return 0;
    case CommandLineOptions::Action::ShowVersion:
        std::printf("sluice %s\n", qPrintable(sluice::sluiceVersion()));
        return 0;
    case CommandLineOptions::Action::RunServer:
        return sluice::HeadlessServer::run(*options);
    case CommandLineOptions::Action::RunDesktop:
        if (noDisplay) {
            std::fputs(qPrintable(QCoreApplication::translate(
                           "main", "sluice: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window "
                                   "cannot open; starting the headless server instead. Use --server to do this on "
                                   "purpose.\n")),
                       stderr);
            options->files.clear();
            return sluice::HeadlessServer::run(*options);
        }
        return runDesktop(*options);
    }
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    try {
        return runMain(argc, argv);
    } catch (const std::bad_alloc &) {
        std::fputs("sluice: out of memory\n", stderr);
        return 3;
    }
}
