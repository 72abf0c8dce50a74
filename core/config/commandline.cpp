#include "core/config/commandline.h"

#include <QCommandLineParser>

#include "core/version.h"

namespace sluice {

namespace {

struct Options
{
    QCommandLineOption server { QStringLiteral("server"),
                                CommandLine::tr("Run the API server headless, without a window.") };
    QCommandLineOption bind { QStringLiteral("bind"),
                              CommandLine::tr("Address the server listens on (default 127.0.0.1; 0.0.0.0 for the LAN)."),
                              QStringLiteral("ADDR") };
    QCommandLineOption port { QStringLiteral("port"), CommandLine::tr("Port the server listens on (default 8420; 0 = any "
                                                                      "free port)."),
                              QStringLiteral("N") };
    QCommandLineOption dataDir { QStringLiteral("data-dir"),
                                 CommandLine::tr("Directory for the database, uploads, exports, settings and token."),
                                 QStringLiteral("DIR") };
    QCommandLineOption logRules { QStringLiteral("log-rules"),
                                  CommandLine::tr("Logging rules, e.g. \"sluice.*.debug=true\"."), QStringLiteral("RULES") };
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(CommandLine::tr("Sluice: move CSV data in, get answers out."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ options.server, options.bind, options.port, options.dataDir, options.logRules });
    parser.addPositionalArgument(QStringLiteral("files"), CommandLine::tr("CSV files to upload (desktop only)."),
                                 QStringLiteral("[files...]"));
    parser.addPositionalArgument(QStringLiteral("inspect"),
                                 CommandLine::tr("`sluice inspect FILE` shows how a CSV file is read "
                                                 "(see `sluice inspect --help`)."),
                                 QStringLiteral("| inspect FILE"));
}

} // namespace

void CommandLineOptions::applyTo(SluiceConfig &config) const
{
    if (bindAddress)
        config.server.bindAddress = *bindAddress;
    if (port)
        config.server.port = *port;
    if (logRules)
        config.logRules = *logRules;
}

Result<CommandLineOptions> CommandLine::parse(const QStringList &arguments)
{
    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    if (!parser.parse(arguments))
        return fail(ErrorCode::InvalidInput, parser.errorText());

    CommandLineOptions result;
    if (parser.isSet(QStringLiteral("help"))) {
        result.action = CommandLineOptions::Action::ShowHelp;
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.action = CommandLineOptions::Action::ShowVersion;
        return result;
    }
    result.action = parser.isSet(options.server) ? CommandLineOptions::Action::RunServer
                                                 : CommandLineOptions::Action::RunDesktop;
    if (parser.isSet(options.bind)) {
        result.bindAddress = parser.value(options.bind).trimmed();
    }
    if (parser.isSet(options.port)) {
        const QString text = parser.value(options.port);
        bool ok = false;
        const uint port = text.toUInt(&ok);
        if (!ok || port > 65535)
            return fail(ErrorCode::InvalidInput, tr("--port: \"%1\" is not a port number (0 to 65535).").arg(text));
        result.port = quint16(port);
    }
    if (parser.isSet(options.dataDir)) {
        result.dataDir = parser.value(options.dataDir);
        if (result.dataDir.isEmpty())
            return fail(ErrorCode::InvalidInput, tr("--data-dir needs a directory."));
    }
    if (parser.isSet(options.logRules))
        result.logRules = parser.value(options.logRules);
    result.files = parser.positionalArguments();
    if (result.action == CommandLineOptions::Action::RunServer && !result.files.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("--server takes no files; upload them through the API instead: %1").arg(result.files.first()));
    return result;
}

QString CommandLine::helpText()
{
    const Options options;
    QCommandLineParser parser;
    describe(parser, options);
    return parser.helpText();
}

bool CommandLine::needsNoDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--server" || argument == "--help" || argument == "-h" || argument == "--version"
            || argument == "-v" || argument == "--help-all")
            return true;
    }
    return false;
}

} // namespace sluice
