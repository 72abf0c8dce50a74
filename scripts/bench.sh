#!/usr/bin/env bash
# Builds (Release) and runs the benchmarks in tests/bench. They print figures next to reference
# tools measured in the same run; nothing here passes or fails. Arguments go to every benchmark,
# e.g. `scripts/bench.sh --sizes 100MB --runs 5`. Data files are generated once into
# $SLUICE_BENCH_DIR (default /tmp/sluice-bench) and reused.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
dir="${SLUICE_BENCH_DIR:-/tmp/sluice-bench}"
"$BUILD_DIR/tests/bench/bench_csv" --dir "$dir" "$@"
