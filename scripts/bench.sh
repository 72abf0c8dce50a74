#!/usr/bin/env bash
# Builds (Release) and runs the benchmarks in tests/bench. Each prints figures next to a
# reference measured in the same run (cat, the sqlite3 shell, nginx, curl); nothing here passes
# or fails. Arguments go to the CSV, import, export and client upload benchmarks, e.g.
# `scripts/bench.sh --sizes 100MB --runs 5`. Data files are generated once into
# $SLUICE_BENCH_DIR (default /tmp/sluice-bench) and reused; the 1 GB runs need about 5 GB free.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
dir="${SLUICE_BENCH_DIR:-/tmp/sluice-bench}"
for bench in csv import export; do
    "$BUILD_DIR/tests/bench/bench_$bench" --dir "$dir" "$@"
    echo
done
"$BUILD_DIR/tests/bench/bench_calc"
echo
# The API next to nginx (installs nginx, wrk, curl and jq when missing); it takes no --sizes.
BUILD_DIR="$BUILD_DIR" "$SLUICE_ROOT/tests/bench/bench_server.sh" --dir "$dir"
echo
# The desktop client's upload next to raw tus uploads (curl, installed above when missing) to
# the same embedded server, and the GUI thread's longest stall meanwhile.
"$BUILD_DIR/tests/bench/bench_client_upload" --dir "$dir" "$@"
echo
# The desktop window: chart redraws on a live profile, then the GUI thread's longest gap while
# a 1 GB import is followed and while 10 M rows are scrolled (QT_QPA_PLATFORM=offscreen).
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/bench/bench_charts" --dir "$dir"
echo
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/bench/bench_gui" --dir "$dir"
