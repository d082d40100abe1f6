#!/usr/bin/env bash
# run-fuzzers.sh SECONDS — builds the libFuzzer targets of fuzz/ with clang,
# AddressSanitizer and UBSan in build-fuzz/, and runs each for SECONDS on its
# seed corpus (fuzz/corpus/NAME/). Exits non-zero when a target crashes or a
# sanitizer reports; the log and crashing input stay in build-fuzz/fuzz-out/.
set -eu
seconds=${1:-20}
cd "$(dirname "$0")/.."
src=$PWD
build=$src/build-fuzz
targets=(date phone id amount text csv)

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dfuzzing=true -Dgui_tests=false
fi
ninja -C "$build" $(printf 'fuzz/fuzz-%s ' "${targets[@]}")

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=0
for t in "${targets[@]}"; do
  work=$build/fuzz-out/$t
  mkdir -p "$work/corpus"
  # New inputs go to the work folder; the committed seeds stay as they are.
  if (cd "$work" && "$build/fuzz/fuzz-$t" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 \
        "$work/corpus" "$src/fuzz/corpus/$t" >"$work/log" 2>&1); then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || echo '?')
    echo "fuzz-$t: ok, $runs runs in ${seconds}s"
  else
    echo "fuzz-$t: FAILED (log: $work/log)"
    grep -E 'ERROR|SUMMARY|check failed|runtime error' "$work/log" | head -20
    failed=1
  fi
done
exit $failed
