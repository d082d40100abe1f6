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

# ---- the school list: all or nothing, each bad line named ----------------
sdb="$tmp/schools.sqlite"
check "init a new office" 0 "$cli" --db "$sdb" init
printf '%s\n' 'รหัสโรงเรียน,ชื่อโรงเรียน,ตำบล,อำเภอ,จังหวัด' \
  '1048190001,โรงเรียนบ้านหนองบัว,หนองบัว,ดอนแก้ว,นครธารทอง' \
  '1048190002,โรงเรียนอนุบาลดอนแก้ว,ดอนแก้ว,ดอนแก้ว,นครธารทอง' \
  '10481900,โรงเรียนบ้านโคกสูง,โคกสูง,ดอนแก้ว,นครธารทอง' \
  '104819000X,โรงเรียนบ้านห้วยทราย,ห้วยทราย,ท่าอุเทน,นครธารทอง' \
  '1048190005,,นาเหนือ,ท่าอุเทน,นครธารทอง' \
  '1048190001,โรงเรียนบ้านหนองบัวซ้ำ,หนองบัว,ดอนแก้ว,นครธารทอง' > "$tmp/schools-bad.csv"
iconv -f UTF-8 -t CP874 "$tmp/schools-bad.csv" > "$tmp/schools-bad-874.csv"
check "a list with bad lines is refused" 1 "$cli" --db "$sdb" schools import "$tmp/schools-bad-874.csv"
assert "each bad line is named with its reason" 'grep -q "^บรรทัด 5, รหัสโรงเรียน: “104819000X” ไม่ใช่รหัสโรงเรียน" "$tmp/out" &&
  grep -q "^บรรทัด 6, ชื่อโรงเรียน: บรรทัดนี้ไม่มีชื่อโรงเรียน" "$tmp/out" &&
  grep -q "^บรรทัด 7, รหัสโรงเรียน: รหัส 1048190001 มีอยู่แล้วในบรรทัด 2" "$tmp/out" &&
  [ "$(grep -c "^บรรทัด" "$tmp/out")" = 3 ]'
assert "the refusal says why, on stderr" 'grep -q "มี 3 บรรทัดที่มีปัญหา จึงไม่ได้นำเข้าโรงเรียนใดเลย" "$tmp/err"'
assert "nothing was written" '[ "$(sqlite3 "$sdb" "select count(*) from school")" = 0 ]'
head -4 "$tmp/schools-bad.csv" | iconv -f UTF-8 -t CP874 > "$tmp/schools-874.csv"
check "dry run of the good lines" 0 "$cli" --db "$sdb" schools import --dry-run "$tmp/schools-874.csv"
assert "it counts three new schools" 'grep -q "โรงเรียน 3 แห่ง: ใหม่ 3 แห่ง" "$tmp/out" && [ "$(sqlite3 "$sdb" "select count(*) from school")" = 0 ]'
check "import the Windows-874 list" 0 "$cli" --db "$sdb" schools import "$tmp/schools-874.csv"
assert "three schools with their codes and places" '[ "$(sqlite3 "$sdb" "select count(*) from school where district = '"'"'ดอนแก้ว'"'"' and province = '"'"'นครธารทอง'"'"'")" = 3 ] &&
  [ "$(sqlite3 "$sdb" "select smis_code from school where name = '"'"'โรงเรียนบ้านโคกสูง'"'"'")" = 10481900 ]'
check "schools list" 0 "$cli" --db "$sdb" schools list
assert "one school a line: code, name, district, sub-district" '[ "$(wc -l < "$tmp/out")" = 3 ] && grep -q "^1048190001	โรงเรียนบ้านหนองบัว	ดอนแก้ว	หนองบัว$" "$tmp/out"'
printf 'รหัสโรงเรียน,ชื่อโรงเรียน,ตำบล,อำเภอ\n๑๐๔๘๑๙๐๐๐๑,โรงเรียนบ้านหนองบัว,หนองบัวใต้,ดอนแก้ว\n1048190002,โรงเรียนอนุบาลดอนแก้ว,ดอนแก้ว,ดอนแก้ว\n' > "$tmp/schools-again.csv"
check "the list again updates, never doubles" 0 "$cli" --db "$sdb" schools import "$tmp/schools-again.csv"
assert "one updated, one as listed, still three" 'grep -q "เพิ่มใหม่ 0 แห่ง ปรับปรุงข้อมูล 1 แห่ง มีอยู่แล้วตรงตามรายการ 1 แห่ง" "$tmp/out" &&
  [ "$(sqlite3 "$sdb" "select count(*) from school")" = 3 ] &&
  [ "$(sqlite3 "$sdb" "select subdistrict from school where school_code = '"'"'1048190001'"'"'")" = หนองบัวใต้ ]'
printf 'PK\003\004rest' > "$tmp/schools.xlsx"
check "an XLSX file is refused with what to do" 1 "$cli" --db "$sdb" schools import "$tmp/schools.xlsx"
assert "it says to save as CSV" 'grep -q "CSV UTF-8" "$tmp/err"'
check "schools without what to do is a usage error" 2 "$cli" --db "$sdb" schools

tap_finish
