#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./build.sh package-test: installs the Debian package with apt, as a user would, runs the installed programs,
# checks that the desktop entry, icon, MIME type, man pages and completion landed and that the system's caches
# took them in, then purges the package and checks that every file it installed is gone.
# Changes the system: run it as root, on a machine (or chroot) you can spare; never from ./build.sh test.
set -euo pipefail
deb=$(readlink -f "$1")
version=$2
[ "$(id -u)" -eq 0 ] || { echo "check-package.sh: run as root (it installs and purges the package)" >&2; exit 2; }
say() { printf '==> %s\n' "$*" >&2; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

if dpkg-query -W -f='${Status}' kapsel 2>/dev/null | grep -q "install ok installed"; then
  fail "kapsel is already installed: purge it first (apt-get purge kapsel)"
fi
say "apt-get install ./$(basename "$deb")"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >/tmp/kapsel-package-install.log 2>&1 \
  || { cat /tmp/kapsel-package-install.log >&2; fail "apt-get install"; }
grep -E '^(Setting up|Processing triggers)' /tmp/kapsel-package-install.log | sed 's/^/    /' >&2

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home LC_ALL=C.UTF-8
mkdir -p "$HOME"
unset XDG_CONFIG_HOME XDG_DATA_HOME

say "running the installed programs"
[ "$(command -v kapsel-cli)" = /usr/bin/kapsel-cli ] || fail "kapsel-cli is not /usr/bin/kapsel-cli"
[ "$(kapsel-cli --version)" = "kapsel-cli $version" ] || fail "kapsel-cli --version: $(kapsel-cli --version)"
[ "$(QT_QPA_PLATFORM=offscreen kapsel --version)" = "kapsel $version" ] || fail "kapsel --version"
kapsel-cli --lang nb --help | head -1 | grep -q '^Bruk: kapsel-cli' || fail "kapsel-cli --lang nb --help is not in Bokmål"
kapsel-cli --db "$tmp/x.kapsel" demo >/dev/null
kapsel-cli --db "$tmp/x.kapsel" visitors --format csv >"$tmp/visitors.csv"
[ "$(wc -l <"$tmp/visitors.csv")" -gt 6 ] || fail "visitors on the demo workspace: $(cat "$tmp/visitors.csv")"
sed 's/^/    /' "$tmp/visitors.csv" | head -4 >&2
QT_QPA_PLATFORM=offscreen kapsel --lang en --size 1024x640 --screenshot "$tmp/shot.png" "$tmp/x.kapsel"
[ -s "$tmp/shot.png" ] || fail "kapsel --screenshot made no picture"

say "checking what landed"
for f in /usr/share/applications/no.kapsel.Kapsel.desktop /usr/share/metainfo/no.kapsel.Kapsel.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/no.kapsel.Kapsel.svg /usr/share/icons/hicolor/48x48/apps/no.kapsel.Kapsel.png \
  /usr/share/icons/hicolor/256x256/apps/no.kapsel.Kapsel.png /usr/share/kapsel/translations/kapsel_nb.qm \
  /usr/share/bash-completion/completions/kapsel-cli; do
  [ -s "$f" ] || fail "missing $f"
done
man -w kapsel-cli >/dev/null 2>&1 || [ -s /usr/share/man/man1/kapsel-cli.1.gz ] || fail "no kapsel-cli(1)"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/no.kapsel.Kapsel.desktop || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net /usr/share/metainfo/no.kapsel.Kapsel.metainfo.xml >/dev/null \
    || fail "appstreamcli validate"
fi
# The triggers of shared-mime-info and desktop-file-utils, where installed, took the package in.
if [ -f /usr/share/mime/globs2 ] && dpkg-query -W shared-mime-info >/dev/null 2>&1; then
  grep -q 'application/x-kapsel-workspace:\*\.kapsel' /usr/share/mime/globs2 || fail "MIME type not registered"
  echo "    MIME database: application/x-kapsel-workspace registered" >&2
fi
if [ -f /usr/share/applications/mimeinfo.cache ]; then
  grep -q 'application/x-kapsel-workspace=no.kapsel.Kapsel.desktop' /usr/share/applications/mimeinfo.cache \
    || fail "desktop database does not list Kapsel for its workspaces"
  echo "    desktop database: Kapsel opens application/x-kapsel-workspace" >&2
fi

dpkg -L kapsel | sort >"$tmp/files"
say "apt-get purge kapsel ($(wc -l <"$tmp/files") paths)"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q kapsel >/tmp/kapsel-package-purge.log 2>&1 \
  || { cat /tmp/kapsel-package-purge.log >&2; fail "apt-get purge"; }
left=0
while read -r f; do
  # Folders shared with other packages (/usr/bin, /usr/share/man/man1, ...) stay; Kapsel's own files and
  # folders go.
  if [ -d "$f" ]; then
    case "$f" in /usr/share/kapsel*) echo "left behind: $f" >&2; left=1 ;; esac
  elif [ -e "$f" ] || [ -L "$f" ]; then
    echo "left behind: $f" >&2
    left=1
  fi
done <"$tmp/files"
[ "$left" -eq 0 ] || fail "files left behind after purge"
if [ -f /usr/share/mime/globs2 ] && grep -q 'x-kapsel-workspace' /usr/share/mime/globs2; then
  fail "the MIME type is still registered after purge"
fi
hash -r # bash remembers where kapsel-cli was
! command -v kapsel-cli >/dev/null || fail "kapsel-cli still on PATH"
say "installed, ran and purged cleanly: every file the package listed is gone"
