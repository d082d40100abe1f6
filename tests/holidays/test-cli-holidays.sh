#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# prdesk-cli holidays from the outside: import, list, add, remove; Google's
# calendar of holidays and observances. TAP output.
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

# Google's Thai calendar: public holidays and observances, Thai and English.
g="${G_TEST_SRCDIR:?}/google-th-2569.ics"
gdb=(--db "$tmp/g.sqlite")
for f in g g2 g3 g4; do
  "$cli" --db "$tmp/$f.sqlite" init >/dev/null || echo "Bail out! cannot init $tmp/$f.sqlite"
done
skipped_line="Public holidays imported: 9 · observances left out: 5 (use --include-observance to take one in)"
check "import Google's calendar" 0 "$cli" "${gdb[@]}" holidays import "$g"
assert "9 holidays in, 5 observances out" 'grep -qxF "$skipped_line" "$tmp/out"'
assert "11 days written" 'grep -q "11 new, 0 renamed, 0 already there" "$tmp/out"'
assert "each observance left out is listed with its UID" \
  '[ "$(grep -c "@google.com" "$tmp/out")" -eq 5 ] && grep -q "วันครู.*20260116_th_o2@google.com" "$tmp/out"'
check "list 2569" 0 "$cli" "${gdb[@]}" holidays list --year 2569
assert "11 days off, no observance among them" \
  '[ "$(wc -l < "$tmp/out")" -eq 11 ] && ! grep -q "วันครู\|วันวาเลนไทน์\|Loy Krathong\|วันเด็ก" "$tmp/out"'
check "take in วันครู by name and Loy Krathong by UID" 0 "$cli" "${gdb[@]}" holidays import "$g" \
  --include-observance "วันครู" --include-observance 20261124_en_o5@google.com
assert "the summary counts them" \
  'grep -qxF "Public holidays imported: 9 · observances taken in: 2 · observances left out: 3 (use --include-observance to take one in)" "$tmp/out"'
assert "2 new days, 11 already there" 'grep -q "2 new, 0 renamed, 11 already there" "$tmp/out"'
check "list 2569 again" 0 "$cli" "${gdb[@]}" holidays list --year 2569
assert "13 days off; วันครู as an office closure" \
  '[ "$(wc -l < "$tmp/out")" -eq 13 ] && grep -q "วันศุกร์ที่ 16 มกราคม 2569  วันครู  (office closure)" "$tmp/out"'
check "an observance the calendar does not have" 1 "$cli" "--db" "$tmp/g2.sqlite" holidays import "$g" \
  --include-observance "วันไม่มีจริง"
assert "the message names it" 'grep -q "วันไม่มีจริง" "$tmp/err" && [ "$(wc -l < "$tmp/err")" -eq 1 ]'
check "nothing was imported then" 0 "$cli" "--db" "$tmp/g2.sqlite" holidays list
assert "no holidays" 'grep -q "No holidays" "$tmp/out"'
check "--include-observance goes with import" 2 "$cli" "${gdb[@]}" holidays list --include-observance x
sed '14s/:/ /' "$g" > "$tmp/broken.ics"
check "a broken line fails" 1 "$cli" "--db" "$tmp/g3.sqlite" holidays import "$tmp/broken.ics"
assert "the message names line 14" 'grep -q "Line 14: “DTEND;VALUE=DATE 20260102” " "$tmp/err"'
check "the Thai summary" 0 env LC_ALL=th_TH.UTF-8 LANGUAGE=th "$cli" "--db" "$tmp/g4.sqlite" holidays import "$g"
assert "in Thai, a line per kind" 'grep -qF "นำเข้าวันหยุด 9 วัน · ข้ามวันสำคัญ 5 วัน (ใช้ --include-observance เพื่อรวม)" "$tmp/out"'
check "the Thai broken-line message" 1 env LC_ALL=th_TH.UTF-8 LANGUAGE=th "$cli" "--db" "$tmp/g3.sqlite" holidays import "$tmp/broken.ics"
assert "names the line in Thai" 'grep -q "บรรทัดที่ 14: “DTEND" "$tmp/err"'

tap_finish
