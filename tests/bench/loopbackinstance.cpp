#include "bench/loopbackinstance.h"

#include <cstdio>

#include "core/config/commandline.h"
#include "core/config/localinstance.h"

namespace sluice::bench {

std::unique_ptr<LocalInstance> openLoopbackInstance(const QString &dataDirectory, const char *benchName)
{
    CommandLineOptions options;
    options.dataDir = dataDirectory;
    options.port = 0;
    options.bindAddress = QStringLiteral("127.0.0.1");
    auto local = LocalInstance::open(options);
    if (!local) {
        std::fprintf(stderr, "%s: %s\n", benchName, qPrintable(local.error().message));
        return nullptr;
    }
    return std::move(*local);
}

} // namespace sluice::bench
