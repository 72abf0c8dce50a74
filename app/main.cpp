// The only file that sees both the server and the GUI: it decides which one to run.
#include <cstdio>
#include <memory>
#include <new>

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QStatusBar>
#include <QTextStream>
#include <QThread>
#include <QTranslator>

#include "app/client/apiclient.h"
#include "app/client/connectionmonitor.h"
#include "app/client/eventsocket.h"
#include "app/client/uploadqueue.h"
#include "app/client/uploadstore.h"
#include "app/ui/mainwindow.h"
#include "app/ui/sharedialog.h"
#include "core/config/commandline.h"
#include "core/config/datadirectorychoice.h"
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

// The embedded server of the desktop app, which "Share on LAN" restarts on another address.
// Thread: GUI; the ApiServer runs in its ServerThread. A restart stops the old server on a
// helper thread (ServerThread::stop() waits), so the window never freezes; the new one starts
// once the old one has let go of the port.
class EmbeddedServer final
{
public:
    EmbeddedServer(const sluice::LocalInstance &local, sluice::ApiClient &client, sluice::MainWindow &window)
        : m_local(local)
        , m_client(client)
        , m_window(window)
        , m_config(local.config().server)
    {
    }

    ~EmbeddedServer()
    {
        if (m_stopper)
            m_stopper->wait();  // at shutdown only
        if (m_server)
            m_server->stop();
    }

    void start() { startWith(m_config); }

    /// Restarts on every interface (true) or on the configured address (false).
    void share(bool onLan)
    {
        m_sharing = onLan;
        sluice::ServerConfig config = m_local.config().server;
        if (onLan)
            config.bindAddress = QStringLiteral("0.0.0.0");
        else if (sluice::isWildcardAddress(config.bindAddress))
            config.bindAddress = QStringLiteral("127.0.0.1");
        restartWith(config);
    }

    /// Points the client at the embedded server again (after a remote one).
    void useEmbedded()
    {
        m_inUse = true;
        if (m_port != 0)
            m_client.setServer(sluice::localServerUrl(m_config.bindAddress, m_port), m_local.token().value());
    }

    void useRemote() { m_inUse = false; }

private:
    void startWith(const sluice::ServerConfig &config)
    {
        m_config = config;
        m_port = 0;
        m_server = std::make_unique<sluice::ServerThread>();
        QObject::connect(m_server.get(), &sluice::ServerThread::listening, &m_window, [this](quint16 port) {
            m_port = port;
            if (m_inUse)
                m_client.setServer(sluice::localServerUrl(m_config.bindAddress, port), m_local.token().value());
            if (m_sharing)
                m_window.showShareDialog(sluice::ShareDialog::lanUrls(QNetworkInterface::allAddresses(), port),
                                         m_local.token().value());
        });
        QObject::connect(m_server.get(), &sluice::ServerThread::failed, &m_window, [this](const sluice::Error &error) {
            m_window.showServerStartFailure(error.message);
            if (m_sharing) {  // back to where it was safe
                m_window.setLanSharing(false);
                share(false);
            }
        });
        m_server->start(sluice::ServerSetup { config, m_local.token(), m_local.dataDirectory().isDefault(), true,
                                              sluice::DatabaseConfig { m_local.dataDirectory().databasePath() },
                                              m_local.dataDirectory().path() });
    }

    void restartWith(const sluice::ServerConfig &config)
    {
        m_next = config;
        if (m_stopper)
            return;  // the restart under way starts m_next when the old server is gone
        std::shared_ptr<sluice::ServerThread> old(m_server.release());
        old->disconnect();
        m_port = 0;
        m_stopper.reset(QThread::create([old] { old->stop(); }));
        QObject::connect(m_stopper.get(), &QThread::finished, &m_window, [this, old]() mutable {
            old.reset();  // its thread has ended: deleting it does not wait
            m_stopper.reset();
            startWith(m_next);
        });
        m_stopper->start();
    }

    const sluice::LocalInstance &m_local;
    sluice::ApiClient &m_client;
    sluice::MainWindow &m_window;
    sluice::ServerConfig m_config;
    sluice::ServerConfig m_next;
    std::unique_ptr<sluice::ServerThread> m_server;
    std::unique_ptr<QThread> m_stopper;
    quint16 m_port = 0;
    bool m_sharing = false;
    bool m_inUse = true;  // the client points at it (not at a remote server)
};

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
    EmbeddedServer server(local, client, window);
    QObject::connect(&window, &sluice::MainWindow::lanSharingRequested, &window,
                     [&server](bool onLan) { server.share(onLan); });
    QObject::connect(&window, &sluice::MainWindow::remoteServerChosen, &window, [&server] { server.useRemote(); });
    QObject::connect(&window, &sluice::MainWindow::embeddedServerRequested, &window,
                     [&server] { server.useEmbedded(); });
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
