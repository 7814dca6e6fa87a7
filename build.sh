#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kapsel's whole set-up:  ./build.sh run   (build and start the GUI on the demo data)
#                         ./build.sh test  (build and run every test)
#                         ./build.sh bench (build Release and run the benchmarks)
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

PACKAGES=(build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev libsqlite3-dev libssl-dev libpsl-dev publicsuffix sqlite3
  fonts-dejavu-core xauth xvfb chromium)
# Only for ./build.sh bench: bench_ga4duckdb installs DuckDB (@duckdb/node-api) with npm and runs it with node.
# Asked for only when the commands are missing: NodeSource's nodejs bundles npm and conflicts with Debian's.
BENCH_PACKAGES=()
command -v node >/dev/null 2>&1 || BENCH_PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || BENCH_PACKAGES+=(npm)

say() { printf '==> %s\n' "$*" >&2; }

install_packages() { # extra package names may follow
  local missing=()
  for p in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      SUDO=sudo
    else
      echo "build.sh: these packages are missing: ${missing[*]}" >&2
      echo "Install them with:" >&2
      echo "  sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  else
    SUDO=
  fi
  say "installing ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

configure_and_build() { # $1 build dir, $2 build type
  export CCACHE_BASEDIR="$PWD" CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
  if [ ! -f "$1/build.ninja" ]; then
    cmake -S . -B "$1" -G Ninja -DCMAKE_BUILD_TYPE="$2" -DKAPSEL_SHARED_DATA="$PWD/../shared/data" >/dev/null
  fi
  cmake --build "$1" --parallel "$(nproc)"
}

cmd=${1:-run}
case "$cmd" in
  run)
    install_packages
    configure_and_build build-release Release
    bin=build-release/app
    data="${XDG_DATA_HOME:-$HOME/.local/share}/kapsel"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
      say "starting Kapsel on a fresh copy of the demo workspace"
      exec "$bin/kapsel" --demo
    fi
    say "no display (neither DISPLAY nor WAYLAND_DISPLAY is set): showing the demo through kapsel-cli instead"
    mkdir -p "$data"
    demo="$data/demo-cli.kapsel"
    rm -f "$demo" "$demo-wal" "$demo-shm"
    "$bin/kapsel-cli" --db "$demo" demo
    for c in "visitors --by month --format table" "cookies" "chats --limit 5" ; do
      echo; say "kapsel-cli $c"
      # shellcheck disable=SC2086
      "$bin/kapsel-cli" --db "$demo" $c || true
    done
    echo; say "redaction preview of a sample message"
    printf 'Hei, fnr 151086 95088, ring +47 912 34 567.\nMøtet er 15.01.2023 kl 14:30, jeg skylder 1 234 567,89 kr.\n' \
      | "$bin/kapsel-cli" redact --preview - || true
    echo; say "rendering the three areas offscreen"
    shots="$data/screenshots"; mkdir -p "$shots"
    for area in visitors cookies chats; do
      QT_QPA_PLATFORM=offscreen "$bin/kapsel" --db "$demo" --area "$area" --screenshot "$shots/$area.png"
      echo "$shots/$area.png"
    done
    ;;
  test)
    install_packages
    configure_and_build build Debug
    cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
    ;;
  docs)
    # Screenshots of each area in both languages, made by the app itself, for the README.
    install_packages
    configure_and_build build-release Release
    bin=build-release/app
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    "$bin/kapsel-cli" --db "$tmp/demo.kapsel" demo
    mkdir -p docs/screenshots
    for lang in en nb; do
      for area in visitors cookies chats; do
        XDG_CONFIG_HOME="$tmp/config" QT_QPA_PLATFORM=offscreen "$bin/kapsel" --db "$tmp/demo.kapsel" --lang "$lang" \
          --area "$area" --size 1280x820 --screenshot "docs/screenshots/$area-$lang.png"
        echo "docs/screenshots/$area-$lang.png"
      done
    done
    ;;
  bench)
    install_packages ${BENCH_PACKAGES[@]+"${BENCH_PACKAGES[@]}"}
    configure_and_build build-release Release
    for b in build-release/bench/bench_*; do
      [ -f "$b" ] && [ -x "$b" ] || continue
      say "$(basename "$b")"
      QT_QPA_PLATFORM=offscreen "$b" || say "$(basename "$b") missed its goal or failed (exit $?)"
    done
    ;;
  *)
    echo "usage: ./build.sh run|test|bench|docs" >&2
    exit 2
    ;;
esac
