#!/usr/bin/env bash
# prdesk-cli calendar from the outside: add, list, export, import (preview,
# duplicates by UID, a broken file refused with its line), remove. TAP.
set -u
cli=${PRDESK_CLI:?}
. "$(dirname "$0")/../tap-lib.sh"
a=(--db "$tmp/a.sqlite")
b=(--db "$tmp/b.sqlite")
"$cli" "${a[@]}" init >/dev/null || echo "Bail out! cannot init a"
"$cli" "${b[@]}" init >/dev/null || echo "Bail out! cannot init b"

# Seed 000: OBEC's programme every Thursday 08:00–09:00 from 28 Nov 2567.
check "add the weekly broadcast" 0 "$cli" "${a[@]}" calendar add "28 พ.ย. 67" "รายการข่าว สพฐ. ช่วง Kru influ" \
  --time 08.00-09.00 --kind broadcast --place "DLTV ช่อง 15" --repeat "FREQ=WEEKLY;BYDAY=TH"
check "add a camp of four days" 0 "$cli" "${a[@]}" calendar add "29 พ.ย. 69" "ค่ายสื่อสร้างสรรค์, รุ่นที่ 1" --to "2 ธ.ค. 69"
check "add a meeting" 0 "$cli" "${a[@]}" calendar add 2026-12-08 "ประชุมเครือข่าย" --time 13:30-16:30 --kind ประชุม
"$cli" "${a[@]}" holidays add "5 ธ.ค. 69" "วันพ่อแห่งชาติ" >/dev/null
check "list December 2569" 0 "$cli" "${a[@]}" calendar list --from "1 ธ.ค. 69" --to "31 ธ.ค. 69"
assert "5 Thursdays, the camp, the meeting, the holiday" '[ "$(wc -l < "$tmp/out")" -eq 8 ]'
assert "the camp first, with its last day" \
  'head -1 "$tmp/out" | grep -qxF "วันอาทิตย์ที่ 29 พฤศจิกายน 2569 to 2 ธันวาคม 2569  all day  ค่ายสื่อสร้างสรรค์, รุ่นที่ 1  (activity)"'
assert "the broadcast at 08:00 on Thursday 3 Dec" \
  'grep -qxF "วันพฤหัสบดีที่ 3 ธันวาคม 2569  08:00–09:00  รายการข่าว สพฐ. ช่วง Kru influ  (broadcast)  @ DLTV ช่อง 15" "$tmp/out"'
assert "the holiday on Saturday 5 Dec" 'grep -q "วันเสาร์ที่ 5 ธันวาคม 2569  all day  วันพ่อแห่งชาติ" "$tmp/out"'
assert "the last Thursday is 31 Dec" 'tail -1 "$tmp/out" | grep -q "^วันพฤหัสบดีที่ 31 ธันวาคม 2569  08:00"'
cp "$tmp/out" "$tmp/a-list"
check "list in Thai" 0 env LC_ALL=th_TH.UTF-8 LANGUAGE=th "$cli" "${a[@]}" calendar list --from "1 ธ.ค. 69" --to "3 ธ.ค. 69"
assert "Thai kinds and ทั้งวัน" 'grep -q "ทั้งวัน" "$tmp/out" && grep -q "(ออกอากาศ)" "$tmp/out"'

check "export December" 0 "$cli" "${a[@]}" calendar export -o "$tmp/pr.ics" --from "1 ธ.ค. 69" --to "31 ธ.ค. 69"
assert "3 events written" 'grep -q ": 3$" "$tmp/out"'
assert "CRLF lines of at most 75 octets" \
  '[ "$(grep -c $'"'"'\r$'"'"' "$tmp/pr.ics")" -eq "$(wc -l < "$tmp/pr.ics")" ] && ! LC_ALL=C grep -q "^.\{76,\}" <(tr -d "\r" < "$tmp/pr.ics")'
assert "VERSION, PRODID, VTIMEZONE, one UID and DTSTAMP an event" \
  'grep -q "^VERSION:2.0" "$tmp/pr.ics" && grep -q "^PRODID:" "$tmp/pr.ics" && grep -q "^TZID:Asia/Bangkok" "$tmp/pr.ics" && [ "$(grep -c "^UID:" "$tmp/pr.ics")" -eq 3 ] && [ "$(grep -c "^DTSTAMP:" "$tmp/pr.ics")" -eq 3 ]'
assert "the comma escaped (the line unfolded)" 'perl -0pe "s/\r\n //g" "$tmp/pr.ics" | grep -qF "SUMMARY:ค่ายสื่อสร้างสรรค์\\, รุ่นที่ 1"'

check "preview the import" 0 "$cli" "${b[@]}" calendar import "$tmp/pr.ics" --dry-run
assert "3 new, nothing there" 'grep -q ": 3 new events, 0 changed occurrences, 0 already there" "$tmp/out" && [ "$(grep -c "^+ " "$tmp/out")" -eq 3 ]'
check "the preview wrote nothing" 0 "$cli" "${b[@]}" calendar list --from "1 ธ.ค. 69" --to "31 ธ.ค. 69"
assert "an empty calendar" 'grep -q "^Nothing on the calendar" "$tmp/out"'
check "import" 0 "$cli" "${b[@]}" calendar import "$tmp/pr.ics"
"$cli" "${b[@]}" holidays add "5 ธ.ค. 69" "วันพ่อแห่งชาติ" >/dev/null
check "list the import" 0 "$cli" "${b[@]}" calendar list --from "1 ธ.ค. 69" --to "31 ธ.ค. 69"
assert "the same occurrences as the export's source" 'diff "$tmp/out" "$tmp/a-list"'
check "import again" 0 "$cli" "${b[@]}" calendar import "$tmp/pr.ics"
assert "all 3 already there" 'grep -q ": 0 new events, 0 changed occurrences, 3 already there" "$tmp/out" && [ "$(grep -c "^= " "$tmp/out")" -eq 3 ]'

printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@y\r\nDTSTART:20261215T020000Z\r\nSUMMARY:ก\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:z@y\r\nSUMMARY:ข\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' > "$tmp/bad.ics"
check "a file with an event without a start fails" 1 "$cli" "${b[@]}" calendar import "$tmp/bad.ics"
assert "the message names line 8 and DTSTART, in one line" 'grep -q "Line 8:.*DTSTART" "$tmp/err" && [ "$(wc -l < "$tmp/err")" -eq 1 ]'
check "list after the refused import" 0 "$cli" "${b[@]}" calendar list --from "14 ธ.ค. 69" --to "16 ธ.ค. 69"
assert "its good event was not written either" '! grep -q "  ก  " "$tmp/out"'
check "the Thai message" 1 env LC_ALL=th_TH.UTF-8 LANGUAGE=th "$cli" "${b[@]}" calendar import "$tmp/bad.ics"
assert "names the line in Thai" 'grep -qE "บรรทัด(ที่)? 8:" "$tmp/err"'

id=$("$cli" "${a[@]}" calendar add "20 ธ.ค. 69" "ถ่ายทำคลิป" | awk '{print $NF}')
check "remove an event" 0 "$cli" "${a[@]}" calendar remove "$id"
check "list 20 Dec" 0 "$cli" "${a[@]}" calendar list --from "20 ธ.ค. 69" --to "20 ธ.ค. 69"
assert "it is gone" '! grep -q "ถ่ายทำคลิป" "$tmp/out"'

check "a bad repeat rule fails" 1 "$cli" "${a[@]}" calendar add "1 ธ.ค. 69" "x" --repeat "FREQ=OFTEN"
assert "the message quotes the rule" 'grep -q "FREQ=OFTEN" "$tmp/err"'
check "an unknown kind is a usage error" 2 "$cli" "${a[@]}" calendar add "1 ธ.ค. 69" "x" --kind party
check "a bad time is a usage error" 2 "$cli" "${a[@]}" calendar add "1 ธ.ค. 69" "x" --time 25:00-26:00
check "--to before --from is a usage error" 2 "$cli" "${a[@]}" calendar list --from "2 ธ.ค. 69" --to "1 ธ.ค. 69"
check "export without -o is a usage error" 2 "$cli" "${a[@]}" calendar export
check "export with --from alone is a usage error" 2 "$cli" "${a[@]}" calendar export -o "$tmp/x.ics" --from "1 ธ.ค. 69"
check "no action is a usage error" 2 "$cli" "${a[@]}" calendar
tap_finish
