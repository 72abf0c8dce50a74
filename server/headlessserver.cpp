#include "server/headlessserver.h"

#include <cstdio>

#include "core/config/localinstance.h"
#include "core/version.h"
#include "server/logging.h"
#include "server/serverthread.h"
#include "server/serverurl.h"
#include "server/terminationsignals.h"

namespace sluice {

namespace {

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

int HeadlessServer::run(const CommandLineOptions &options)
{
    auto instance = LocalInstance::open(options);
    if (!instance) {
        printLine(stderr, tr("sluice: %1").arg(instance.error().message));
        return 1;
    }
    const LocalInstance &local = **instance;
    const ServerConfig &config = local.config().server;

    TerminationSignals termination;
    ServerThread server;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, qApp, [] {
        qCInfo(lcHttp) << "termination requested; shutting down";
        QCoreApplication::exit(0);
    });
    QObject::connect(&server, &ServerThread::listening, qApp, [&](quint16 port) {
        const QString where = isWildcardAddress(config.bindAddress)
            ? tr(" (all interfaces)")
            : QString();
        printLine(stdout, tr("Sluice %1 serving %2%3; access token in %4")
                              .arg(sluiceVersion(), localServerUrl(config.bindAddress, port).toString(), where,
                                   local.dataDirectory().tokenPath()));
    });
    QObject::connect(&server, &ServerThread::failed, qApp, [](const Error &error) {
        printLine(stderr, tr("sluice: %1").arg(error.message));
        QCoreApplication::exit(1);
    });
    server.start(ServerSetup { config, local.token(), local.dataDirectory().isDefault(), false,
                               DatabaseConfig { local.dataDirectory().databasePath() }, local.dataDirectory().path() });
    const int exitCode = QCoreApplication::exec();
    server.stop();
    return exitCode;
}

} // namespace sluice
