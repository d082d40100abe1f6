#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every test of PR Desk: installs what is missing, builds in fresh
# folders, runs the suite, then again under AddressSanitizer and UBSan, then
# the fuzz targets for a short while.
#   bash build-aux/test.sh            everything
#   SKIP_SANITIZE=1 SKIP_FUZZ=1 bash build-aux/test.sh   the plain build only
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

bash build-aux/install-deps.sh

run_suite() { # run_suite DIR [meson setup options…]
  local dir=$1; shift
  rm -rf "$dir"
  meson setup "$dir" "$@" >/dev/null
  local t0=$(date +%s)
  ninja -C "$dir"
  echo "prdesk: build in $dir took $(( $(date +%s) - t0 )) s"
  t0=$(date +%s)
  meson test -C "$dir" --print-errorlogs --num-processes 2
  echo "prdesk: tests in $dir took $(( $(date +%s) - t0 )) s"
}

run_suite build-test --buildtype=debugoptimized

if [ -z "${SKIP_SANITIZE:-}" ]; then
  # Leak reports are off: GLib, fontconfig and GTK keep one-time allocations
  # on purpose; memory errors and undefined behaviour stop the run.
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  run_suite build-asan --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false
  unset ASAN_OPTIONS UBSAN_OPTIONS
fi

# Each parser's libFuzzer target, briefly (clang, ASan, UBSan, leak checks).
if [ -z "${SKIP_FUZZ:-}" ]; then
  rm -rf build-fuzz
  bash build-aux/run-fuzzers.sh "${FUZZ_SECONDS:-20}"
fi

echo "prdesk: all tests passed in $(( $(date +%s) - started )) s"
