#pragma once

#include <memory>

#include <QString>

namespace sluice {
class LocalInstance;
}

namespace sluice::bench {

/// A local instance on `dataDirectory` whose server listens on 127.0.0.1, on any free port, as
/// the benchmarks' embedded servers do; null, with the reason printed after `benchName`, if it
/// cannot be opened.
std::unique_ptr<LocalInstance> openLoopbackInstance(const QString &dataDirectory, const char *benchName);

} // namespace sluice::bench
