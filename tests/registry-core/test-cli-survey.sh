#!/usr/bin/env bash
# Issue 14 from the outside: a new office's first survey import, the school
# list, and a phone that belongs to someone else. TAP output, Thai messages.
set -u
cli=${PRDESK_CLI:?}
. "$(dirname "$0")/../tap-lib.sh"
export LC_ALL=th_TH.UTF-8 LANGUAGE=th
db="$tmp/office.sqlite"

q() { sqlite3 "$db" "$1"; }

# ---- a phone of another person is never merged into them ----------------
check "init" 0 "$cli" --db "$db" init
printf 'คำนำหน้า,ชื่อ,นามสกุล,หน่วยงาน,เบอร์โทร\nนาง,สมศรี,มีสุข,เทศบาลตำบลดอนแก้ว,081-234-5678\n' > "$tmp/first.csv"
check "the first member" 0 "$cli" --db "$db" members import "$tmp/first.csv"
printf 'คำนำหน้า,ชื่อ,นามสกุล,หน่วยงาน,เบอร์โทร\nนาย,ประยุทธ,ใจกล้า,เทศบาลตำบลดอนแก้ว,0812345678\n' > "$tmp/other.csv"
check "same phone, another name, --duplicates merge" 0 "$cli" --db "$db" members import --duplicates merge "$tmp/other.csv"
assert "both names are listed" 'grep -q "บรรทัด 2: นายประยุทธ ใจกล้า มีเบอร์โทรเดียวกับนางสมศรี มีสุข" "$tmp/out"'
assert "it was not merged" 'grep -q "รวมกับรายการเดิม 0 รายการ ข้ามแถวที่ผิดพลาด 0 แถว ข้ามรายการซ้ำ 1 รายการ" "$tmp/out"'
assert "nobody was renamed" '[ "$(q "select group_concat(title || given_name || surname) from member")" = "นางสมศรีมีสุข" ]'
assert "the member was not written again" '[ "$(q "select rev from member")" = 1 ]'
check "--duplicates add makes a second member" 0 "$cli" --db "$db" members import --duplicates add "$tmp/other.csv"
assert "two members now" '[ "$(q "select count(*) from member")" = 2 ]'

tap_finish
