#pragma once

#include <optional>

#include <QCoreApplication>
#include <QStringList>

#include "core/config/serverconfig.h"
#include "core/error.h"

namespace sluice {

/// What the user asked for on the command line.
struct CommandLineOptions
{
    enum class Action { RunDesktop, RunServer, ShowHelp, ShowVersion };

    Action action = Action::RunDesktop;
    std::optional<QString> bindAddress;
    std::optional<quint16> port;
    QString dataDir;  // empty: the platform's default
    std::optional<QString> logRules;
    QStringList files;  // files to open in the desktop app

    /// Flags override what the settings file says.
    void applyTo(SluiceConfig &config) const;
};

/// Parses `sluice` arguments. Parsing is pure, so it is tested without starting anything.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    [[nodiscard]] static Result<CommandLineOptions> parse(const QStringList &arguments);

    /// The --help text.
    static QString helpText();

    /// True when the arguments ask for something that needs no display (--server, --help,
    /// --version), checked on raw argv before any QCoreApplication exists.
    static bool needsNoDisplay(int argc, char **argv);
};

} // namespace sluice
