#pragma once

#include <functional>

namespace sluice::bench {

/// Runs this thread's event loop until `done` says so (checked every few ms) or `timeoutMs`
/// passes; false on timeout. Times are taken where things happen, not here.
bool runUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace sluice::bench
