#pragma once

#include <QCoreApplication>

#include "core/config/commandline.h"

namespace sluice {

/// `sluice --server`: the API server without a GUI, until SIGINT or SIGTERM.
/// Prints one line with the server's URL and where the token is, so scripts can find it.
class HeadlessServer final
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessServer)
public:
    /// Needs a QCoreApplication; returns the process exit code.
    static int run(const CommandLineOptions &options);
};

} // namespace sluice
