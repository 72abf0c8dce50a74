#!/usr/bin/env bash
# Shared set-up for scripts/run.sh and scripts/test.sh: installs the Debian/Ubuntu packages
# that are missing (nothing when all are there), then configures and builds incrementally.
# Sourced, not run: the caller sets BUILD_DIR and may set EXTRA_CMAKE_ARGS.
set -euo pipefail

SLUICE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$SLUICE_ROOT/build}"

# Everything Sluice builds and tests with, by Debian 12 / Ubuntu 24.04 package name.
SLUICE_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqcustomplot-dev libarchive-dev libexpected-dev libgl-dev libssl-dev zlib1g-dev
    libqt6svg6 libsqlite3-dev sqlite3 gzip zstd xz-utils bzip2 zip tar openssl
)

sluice_install_packages()
{
    local missing=()
    for pkg in "${SLUICE_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "sluice: installing missing packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

sluice_build()
{
    local launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        cmake -S "$SLUICE_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            "${launcher[@]}" ${EXTRA_CMAKE_ARGS:-}
    fi
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

sluice_install_packages
sluice_build
