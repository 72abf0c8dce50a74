#pragma once

#include <QString>

namespace sluice {

/// The version of this build, e.g. "0.1.0" (from the CMake project version).
QString sluiceVersion();

} // namespace sluice
