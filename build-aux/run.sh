#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds PR Desk and starts it on the local
# database; on first start that database is filled with the fictional demo
# office. Extra arguments go to prdesk (for example --db PATH).
set -euo pipefail
cd "$(dirname "$0")/.."

bash build-aux/install-deps.sh
[ -f build/build.ninja ] || meson setup build --buildtype=debugoptimized
ninja -C build

# Run from the build tree: schemas and translations are found there.
export GSETTINGS_SCHEMA_DIR="$PWD/build/data"
export PRDESK_LOCALEDIR="$PWD/build/po"
exec build/src/gui/prdesk --demo "$@"
