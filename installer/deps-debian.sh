#!/usr/bin/env bash
# Installs everything needed to build, test and run Doris Import Assistant on Debian 12.
# Idempotent: skips apt-get entirely when every package is already installed.
# Works as root or through sudo.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git clang-format clang-tidy
    # Qt 6: Widgets, Network, Sql (+ MySQL driver), Concurrent, Test, PrintSupport, Linguist tools
    qt6-base-dev qt6-base-dev-tools libqt6sql6-mysql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6svg6 qt6-svg-dev
    # third-party libraries
    libqcustomplot-dev libuchardet-dev libicu-dev libquazip1-qt6-dev libfreexl-dev qtkeychain-qt6-dev zlib1g-dev liblz4-dev
    # tests: GoogleTest/GoogleMock, offscreen/Xvfb GUI, third-party protocol clients, baselines
    libgtest-dev libgmock-dev googletest xvfb xauth curl mariadb-client python3 python3-xlwt xlsx2csv time
    # a CJK font so the zh_CN interface (and its screenshots) render Chinese glyphs
    fonts-wqy-microhei
    # fuzzing (libFuzzer comes with clang's runtime)
    clang libclang-rt-14-dev
    # packaging checks
    dpkg-dev file fakeroot desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "deps-debian: all ${#packages[@]} packages already installed"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "deps-debian: run as root or install sudo" >&2; exit 1; }
    sudo_cmd=(sudo)
fi
echo "deps-debian: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
