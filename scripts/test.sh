#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds (Release) and runs every test
# through ctest. Safe to run again: nothing is reinstalled and the build is incremental.
set -euo pipefail
# CI builds with warnings as errors (STYLE.md, CMake).
if [ "${CI:-}" = "true" ]; then
    EXTRA_CMAKE_ARGS="${EXTRA_CMAKE_ARGS:-} -DSLUICE_WARNINGS_AS_ERRORS=ON"
fi
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" "$@"
