#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package PR Desk needs to build, run and test,
# generates the Thai locale and installs the npm CouchDB-protocol test server.
# Safe to run again: it only installs what is missing.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)

packages=(
  # build
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev sqlite3 libsoup-3.0-dev libjson-glib-dev libpoppler-glib-dev
  libthai-dev libical-dev libxlsxwriter-dev librsvg2-dev libsecret-1-dev
  # validation of desktop integration
  desktop-file-utils appstream
  # run and test
  fonts-thai-tlwg fonts-noto-core locales xvfb xauth dbus dbus-x11 at-spi2-core
  poppler-utils imagemagick adwaita-icon-theme hicolor-icon-theme
  clang libclang-rt-14-dev
)
# The machine image may carry its own Node.js with npm; Debian's npm conflicts with it.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

if [ ${#missing[@]} -gt 0 ]; then
  echo "prdesk: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Thai locale: the program and its tests start in Thai under th_TH.UTF-8.
if ! locale -a 2>/dev/null | grep -qi '^th_TH\.utf-\?8$'; then
  $SUDO sed -i 's/^# *th_TH.UTF-8 UTF-8/th_TH.UTF-8 UTF-8/' /etc/locale.gen
  grep -q '^th_TH.UTF-8 UTF-8' /etc/locale.gen || echo 'th_TH.UTF-8 UTF-8' | $SUDO tee -a /etc/locale.gen >/dev/null
  $SUDO locale-gen >/dev/null
fi

# CouchDB-protocol server for the sync tests, kept inside the source tree.
if [ -f "$here/tests/sync-server/package.json" ] && [ ! -x "$here/tests/sync-server/node_modules/.bin/pouchdb-server" ]; then
  (cd "$here/tests/sync-server" && npm install --no-audit --no-fund --loglevel=error)
fi
