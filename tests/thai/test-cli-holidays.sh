#!/usr/bin/env bash
# prdesk-cli holidays from the outside: import, list, add, remove. TAP output.
set -u
cli=${PRDESK_CLI:?}
ics="${G_TEST_SRCDIR:?}/thai-holidays-2568-2569.ics"
. "$(dirname "$0")/../tap-lib.sh"
db=(--db "$tmp/h.sqlite")
"$cli" "${db[@]}" init >/dev/null || echo "Bail out! cannot init $tmp/h.sqlite"

check "import the fixture" 0 "$cli" "${db[@]}" holidays import "$ics"
assert "27 new holidays" 'grep -q "27" "$tmp/out"'
check "import it again" 0 "$cli" "${db[@]}" holidays import "$ics"
check "list --year 2568" 0 "$cli" "${db[@]}" holidays list --year 2568
assert "21 holidays in 2568" '[ "$(wc -l < "$tmp/out")" -eq 21 ]'
assert "Khao Phansa is on a Friday" 'grep -q "วันศุกร์ที่ 11 กรกฎาคม 2568  วันเข้าพรรษา" "$tmp/out"'
check "list all" 0 "$cli" "${db[@]}" holidays list
assert "27 holidays in all" '[ "$(wc -l < "$tmp/out")" -eq 27 ]'
check "add a closure with a Thai date" 0 "$cli" "${db[@]}" holidays add "๒ ม.ค. ๖๙" "ปิดสำนักงานพิเศษ" --closure
check "list 2569" 0 "$cli" "${db[@]}" holidays list --year 2569
assert "the closure is listed" 'grep -q "ปิดสำนักงานพิเศษ" "$tmp/out"'
id=$(grep "ปิดสำนักงานพิเศษ" "$tmp/out" | awk '{print $NF}')
check "remove it" 0 "$cli" "${db[@]}" holidays remove "$id"
check "list 2569 again" 0 "$cli" "${db[@]}" holidays list --year 2569
assert "the closure is gone" '! grep -q "ปิดสำนักงานพิเศษ" "$tmp/out"'
check "an impossible date fails" 1 "$cli" "${db[@]}" holidays add "30 ก.พ. 69" "x"
assert "the message names the day" 'grep -q "day\|วัน" "$tmp/err" && [ "$(wc -l < "$tmp/err")" -eq 1 ]'
check "a missing file fails" 1 "$cli" "${db[@]}" holidays import "$tmp/none.ics"
echo "not a calendar" > "$tmp/bad.ics"
check "a file that is not iCalendar fails" 1 "$cli" "${db[@]}" holidays import "$tmp/bad.ics"
check "no action is a usage error" 2 "$cli" "${db[@]}" holidays
check "an unknown action is a usage error" 2 "$cli" "${db[@]}" holidays frob
check "import without a file is a usage error" 2 "$cli" "${db[@]}" holidays import
check "--year must be BE" 2 "$cli" "${db[@]}" holidays list --year 2025
check "--closure goes with add" 2 "$cli" "${db[@]}" holidays list --closure
check "Thai help" 0 env LC_ALL=th_TH.UTF-8 LANGUAGE=th "$cli" holidays --help
assert "the help is in Thai" 'grep -q "วันหยุด" "$tmp/out"'
check "a Thai error message" 1 env LC_ALL=th_TH.UTF-8 LANGUAGE=th "$cli" "${db[@]}" holidays add "30 ก.พ. 69" "x"
assert "the Thai error names the day in Thai" 'grep -q "วันไม่ถูกต้อง" "$tmp/err"'

tap_finish
