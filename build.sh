#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kapsel's whole set-up:  ./build.sh run   (build and start the GUI on the demo data)
#                         ./build.sh test  (build and run every test)
#                         ./build.sh bench (build Release and run the benchmarks)
#                         ./build.sh sanitize (build with ASan+UBSan, run every test and fuzz reproducer)
#                         ./build.sh fuzz [SECONDS] [TARGET...] (run the fuzz targets, growing tests/fuzz)
#                         ./build.sh package (build kapsel_<version>_<arch>.deb here, with CPack)
#                         ./build.sh package-test (as root: install that package, run it, purge it)
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

PACKAGES=(build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev libsqlite3-dev libssl-dev libpsl-dev publicsuffix sqlite3
  libpq-dev postgresql postgresql-common
  fonts-dejavu-core xauth xvfb chromium poppler-utils
  desktop-file-utils appstream shared-mime-info dpkg-dev)
# Only for ./build.sh bench: bench_ga4duckdb installs DuckDB (@duckdb/node-api) with npm and runs it with node.
# Asked for only when the commands are missing: NodeSource's nodejs bundles npm and conflicts with Debian's.
BENCH_PACKAGES=()
command -v node >/dev/null 2>&1 || BENCH_PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || BENCH_PACKAGES+=(npm)

# Only for ./build.sh sanitize and fuzz: clang, its sanitizer and libFuzzer runtimes, and llvm-symbolizer for
# readable stack traces.
SANITIZE_PACKAGES=(clang-14 libclang-rt-14-dev llvm-14)

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

configure() { # $1 build dir, $2 build type, more cmake arguments may follow
  # A clean clone in another folder reuses the cache: paths are relative to the checkout, and the working
  # directory (which -g would otherwise hash) only names the folder in the debug information.
  export CCACHE_BASEDIR="$PWD" CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" CCACHE_NOHASHDIR=1
  if [ ! -f "$1/build.ninja" ]; then
    cmake -S . -B "$1" -G Ninja -DCMAKE_BUILD_TYPE="$2" -DKAPSEL_SHARED_DATA="$PWD/../shared/data" "${@:3}" >/dev/null
  fi
}

configure_and_build() { # $1 build dir, $2 build type, more cmake arguments may follow
  configure "$@"
  cmake --build "$1" --parallel "$(nproc)"
}

# The sanitizer build (build-sanitize) serves ./build.sh sanitize and fuzz: clang, ASan and UBSan with the
# first report fatal, -O1 so that the tests stay quick, and libFuzzer for tests/fuzz.
configure_sanitize() {
  install_packages "${SANITIZE_PACKAGES[@]}"
  CC=clang-14 CXX=clang++-14 configure build-sanitize Debug -DKAPSEL_SANITIZE=ON -DCMAKE_CXX_FLAGS_DEBUG="-g -O1"
  local supp="$PWD/tests/fuzz"
  export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:${ASAN_OPTIONS:-}"
  export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
  export UBSAN_OPTIONS="suppressions=$supp/ubsan.supp:print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
}

# ./build.sh fuzz: each target runs for $1 seconds, new inputs first in a scratch folder, then merged into its
# corpus only where they add coverage (-merge=1), so the committed corpus stays small. A crash, hang, leak or
# out-of-memory input goes to tests/fuzz/<target>/reproducers.
run_fuzzers() { # $1 seconds, then target names (default: all)
  local seconds=$1 logs=build-sanitize/fuzz-logs found=0
  shift
  # Inputs may hold identity numbers: their temporary copies stay out of /tmp, which test_chatprivacy searches.
  export TMPDIR="$PWD/build-sanitize"
  mkdir -p "$logs"
  local targets=("$@")
  if [ ${#targets[@]} -eq 0 ]; then
    for exe in build-sanitize/tests/fuzz/fuzz-*; do
      if [ -f "$exe" ] && [ -x "$exe" ]; then targets+=("${exe##*/fuzz-}"); fi
    done
  fi
  for t in "${targets[@]}"; do
    local exe=build-sanitize/tests/fuzz/fuzz-$t dir=tests/fuzz/$t scratch
    [ -f "$exe" ] && [ -x "$exe" ] || { echo "build.sh: no fuzz target $t" >&2; exit 2; }
    mkdir -p "$dir/corpus" "$dir/reproducers"
    scratch=$(mktemp -d build-sanitize/fuzz-scratch.XXXXXX)
    local before after
    before=$(find "$dir/reproducers" -type f | sort)
    say "fuzz-$t for ${seconds}s"
    "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -dict=tests/fuzz/kapsel.dict -artifact_prefix="$dir/reproducers/" "$scratch" "$dir/corpus" >"$logs/$t.log" 2>&1 || true
    "$exe" -merge=1 "$dir/corpus" "$scratch" >>"$logs/$t.log" 2>&1 || true
    rm -rf "$scratch"
    after=$(find "$dir/reproducers" -type f | sort)
    printf '    %s, corpus now %s files\n' "$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$logs/$t.log" \
      | sed 's/.*: */runs: /')" "$(find "$dir/corpus" -type f | wc -l)" >&2
    if [ "$before" != "$after" ]; then
      found=1
      comm -13 <(echo "$before") <(echo "$after") | sed 's/^/    FOUND: /' >&2
      grep -m3 -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|kapsel-fuzz:)' "$logs/$t.log" | sed 's/^/    /' >&2
    fi
  done
  [ "$found" -eq 0 ] && say "no new crash, hang or leak (logs in $logs)" || say "findings above (logs in $logs)"
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
          --area "$area" --size 1024x640 --screenshot "docs/screenshots/$area-$lang.png"
        echo "docs/screenshots/$area-$lang.png"
      done
    done
    # The Cookies area after a live scan of the test site (chromium, tests/scansite.h), in both languages.
    KAPSEL_SCREENSHOTS="$PWD/docs/screenshots" XDG_CONFIG_HOME="$tmp/config" QT_QPA_PLATFORM=offscreen \
      build-release/tests/test_scancli scanIsKeptAsAnImportWithItsFindings
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
  sanitize)
    # CI's second build: every unit test and every fuzz corpus and reproducer file under ASan and UBSan.
    configure_sanitize
    cmake --build build-sanitize --parallel "$(nproc)"
    cd build-sanitize && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
    ;;
  fuzz)
    configure_sanitize
    cmake --build build-sanitize --parallel "$(nproc)" --target fuzz
    run_fuzzers "${2:-60}" "${@:3}"
    ;;
  package)
    # A Release build of what `cmake --install` installs, no tests, packed by CPack; the libraries the package
    # depends on come from dpkg-shlibdeps.
    install_packages
    configure build-package Release -DKAPSEL_TESTS=OFF
    cmake --build build-package --parallel "$(nproc)"
    (cd build-package && cpack -G DEB >/dev/null)
    deb=$(ls -t build-package/kapsel_*.deb | head -1)
    mv -f "$deb" .
    deb=${deb##*/}
    say "$deb"
    dpkg-deb --field "$deb" | sed 's/^/    /'
    dpkg-deb --contents "$deb" | awk '{print "    " $6}'
    if command -v lintian >/dev/null 2>&1; then
      lintian "$deb" || true
    fi
    ;;
  package-test)
    # As root. Installs the package with apt-get, runs it and purges it (never part of `test`): on this machine,
    # or with `package-test clean` in a fresh minimal Debian 12 (debootstrap --variant=minbase, from the network,
    # kept in build-package/bookworm-minbase and copied for each run).
    deb=$(ls -t kapsel_*.deb 2>/dev/null | head -1)
    [ -n "$deb" ] || { echo "build.sh: no kapsel_*.deb here: run ./build.sh package first" >&2; exit 2; }
    version=$(dpkg-deb --field "$deb" Version)
    if [ "${2:-}" != clean ]; then
      tests/package/check-package.sh "./$deb" "$version"
      exit 0
    fi
    install_packages debootstrap
    pristine=build-package/bookworm-minbase root=build-package/bookworm-run
    if [ ! -d "$pristine" ]; then
      say "debootstrap --variant=minbase bookworm $pristine"
      debootstrap --variant=minbase bookworm "$pristine.part" http://deb.debian.org/debian >/dev/null
      printf 'deb http://deb.debian.org/debian %s main\n' bookworm bookworm-updates >"$pristine.part/etc/apt/sources.list"
      echo 'deb http://deb.debian.org/debian-security bookworm-security main' >>"$pristine.part/etc/apt/sources.list"
      mv "$pristine.part" "$pristine"
    fi
    rm -rf "$root"
    cp -a "$pristine" "$root"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    cp "$deb" tests/package/check-package.sh "$root/root/"
    mount -t proc proc "$root/proc"
    trap 'umount "$root/proc"' EXIT
    chroot "$root" apt-get update -qq
    say "in a fresh Debian 12 ($(chroot "$root" dpkg-query -W | wc -l) packages)"
    chroot "$root" /root/check-package.sh "/root/$deb" "$version"
    ;;
  *)
    echo "usage: ./build.sh run|test|bench|docs|sanitize|fuzz [SECONDS] [TARGET...]|package|package-test" >&2
    exit 2
    ;;
esac
