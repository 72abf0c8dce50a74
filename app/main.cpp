// The only file that sees both the server and the GUI: it decides which one to run.
#include <cstdio>
#include <memory>
#include <new>

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>
#include <QTranslator>

#include "app/client/apiclient.h"
#include "app/client/connectionmonitor.h"
#include "app/client/eventsocket.h"
#include "app/client/uploadqueue.h"
#include "app/client/uploadstore.h"
#include "app/embeddedserver.h"
#include "app/servercontrols.h"
#include "app/ui/mainwindow.h"
#include "core/config/commandline.h"
#include "core/config/datadirectorychoice.h"
#include "core/config/localinstance.h"
#include "core/inspect/inspectcommand.h"
#include "core/version.h"
#include "server/headlessserver.h"

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

// Replaces the translators installed so far (the system's language at first; the one chosen in
// Settings once the data directory's settings are read).
void installTranslators(QCoreApplication &app, const QLocale &locale)
{
    const QList<QTranslator *> previous = app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *old : previous) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("sluice"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

int runDesktop(CommandLineOptions options)
{
    // The data directory chosen in Settings, unless --data-dir names one for this run.
    const sluice::DataDirectoryChoice dataDirectoryChoice;
    if (options.dataDir.isEmpty())
        options.dataDir = dataDirectoryChoice.directory();
    auto instance = sluice::LocalInstance::open(options);
    if (!instance) {
        std::fprintf(stderr, "sluice: %s\n", qPrintable(instance.error().message));
        QMessageBox::critical(nullptr, QApplication::tr("Sluice cannot start"), instance.error().message);
        return 1;
    }
    const sluice::LocalInstance &local = **instance;
    const sluice::DesktopConfig &desktop = local.config().desktop;
    if (!desktop.language.isEmpty()) {  // instead of the system's language
        QLocale::setDefault(QLocale(desktop.language));
        installTranslators(*QCoreApplication::instance(), QLocale(desktop.language));
    }

    sluice::ApiClient client;
    sluice::ConnectionMonitor monitor(&client);
    sluice::EventSocket events(&client);
    sluice::UploadQueue uploads(&client, sluice::UploadStore::defaultFileName(local.dataDirectory().path()));
    uploads.setMaxParallel(desktop.parallelUploads);
    if (desktop.chunkSizeMiB > 0)  // 0: automatic, the uploader adapts up to the server's limit
        uploads.setMaximumChunkSize(qint64(desktop.chunkSizeMiB) * 1024 * 1024);
    const auto restored = uploads.restore();
    sluice::MainWindow window(&client, &monitor, &uploads, &events, local.dataDirectory().settingsPath());
    window.setSettings(sluice::SettingsDialog::Values { dataDirectoryChoice.directory(), local.config().server.port,
                                                        desktop },
                       dataDirectoryChoice.filePath());
    if (!restored)  // the uploads of the last run are lost to the list, not to the server
        window.statusBar()->showMessage(restored.error().message);
    sluice::EmbeddedServer server(local, &client);
    sluice::ServerControls::attach(window, server);
    // The embedded server always starts (Connect to Server… can go back to it), but the client
    // uses the remembered remote server when the user asked to reconnect to it on start.
    const sluice::RemoteServerConfig &remote = desktop.remote;
    if (remote.reconnectOnStart && !remote.url.isEmpty() && !remote.token.isEmpty()) {
        server.useRemote();
        client.setServer(QUrl(remote.url), remote.token);
    }
    server.start();
    window.addPathsWhenConnected(options.files);
    window.show();
    return QApplication::exec();
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
    installTranslators(*app, QLocale());

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
