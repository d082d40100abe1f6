# SPDX-License-Identifier: GPL-3.0-or-later
# tap-lib.sh — the TAP harness the command-line test scripts share.
# Source it: . "$(dirname "$0")/../tap-lib.sh"; then call check / assert,
# and end with tap_finish. $tmp is a fresh folder removed at exit; each
# command's output is in $tmp/out and $tmp/err.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0

check() { # check "name" expected_code command...
  local name=$1 want=$2; shift 2
  n=$((n + 1))
  "$@" >"$tmp/out" 2>"$tmp/err"; local got=$?
  if [ "$got" -eq "$want" ]; then echo "ok $n - $name"
  else echo "not ok $n - $name (exit $got, wanted $want)"; sed 's/^/# /' "$tmp/err" "$tmp/out"; failed=$((failed + 1)); fi
}

assert() { # assert "name" test-expression
  n=$((n + 1))
  if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; sed 's/^/# /' "$tmp/out" "$tmp/err"; failed=$((failed + 1)); fi
}

tap_finish() { # prints the plan; the script's status says whether all passed
  echo "1..$n"
  [ "$failed" -eq 0 ]
}
