#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds (Release) and starts Sluice.
# With a display it opens the window; without one it says so and runs the headless server.
# Arguments are passed to sluice, e.g. `scripts/run.sh --server --port 0`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec "$BUILD_DIR/app/sluice" "$@"
