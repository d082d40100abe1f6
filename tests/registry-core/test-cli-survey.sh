#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
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

# ---- a new office's first survey, as a user meets it ---------------------
# A freshly initialised database (no demo, no schools) and the survey sheet
# of seed 002's form as Thai Excel saves it: Windows-874, Google Forms'
# timestamp, ประเภทเครือข่าย answered ภายใน / ภายนอก, and five bad rows.
ndb="$tmp/new-office.sqlite"
check "init a new office for the survey" 0 "$cli" --db "$ndb" init
printf '%s\r\n' \
  'ประทับเวลา,คำนำหน้า,ชื่อ,นามสกุล,ตำแหน่ง,โรงเรียนหรือหน่วยงาน,อำเภอ,เบอร์โทรศัพท์,อีเมล,LINE ID,TikTok,ประเภทเครือข่าย' \
  '2/12/2567 9:15:02,นาง,สมพร,ใจดี,ครูชำนาญการ,โรงเรียนบ้านหนองบัว,อำเภอดอนแก้ว,081-234-0001,somporn@example.com,somporn.k,@kru.somporn,ภายใน' \
  '2/12/2567 9:20:41,นาย,ประเสริฐ,มั่นคง,ผู้อำนวยการโรงเรียน,รร.บ้านหนองบัว,ดอนแก้ว,0812340002,,,,ภายใน' \
  '2/12/2567 10:02:13,นางสาว,กมลวรรณ,ศรีสุข,ครูผู้ช่วย,โรงเรียนอนุบาลท่าอุเทน,ท่าอุเทน,081-234-0003,kamonwan@example.com,,@krukamonwan,ภายใน' \
  '2/12/2567 10:15:00,นาย,ธนพล,แก้วกล้า,นักข่าว,สถานีวิทยุชุมชนดอนแก้ว,ดอนแก้ว,081-234-0004,,thanaphon.news,,ภายนอก' \
  '3/12/2567 8:05:59,นาง,อัมพร,ทองดี,ผู้ใหญ่บ้าน,ชุมชนบ้านหนองบัว,ดอนแก้ว,081-234-0005,,,,ภายนอก' \
  '3/12/2567 8:30:12,นาย,วีระ,สุขใจ,ครู,โรงเรียนบ้านหนองบัว,ดอนแก้ว,12345,,,,ภายใน' \
  '3/12/2567 9:00:00,นาง,,ไม่มีชื่อ,ครู,โรงเรียนบ้านหนองบัว,ดอนแก้ว,081-234-0007,,,,ภายใน' \
  '3/12/2567 9:10:10,นาย,สมศักดิ์,ดีมาก,ครู,โรงเรียนอนุบาลท่าอุเทน,ท่าอุเทน,081-234-0008,somsak(at)example,,,ภายใน' \
  '3/12/2567 9:20:20,นางสาว,มาลี,ชื่นใจ,พนักงาน,เทศบาลตำบลดอนแก้ว,ดอนแก้ว,081-234-0009,,,,ไม่ทราบ' \
  '31/02/2567 9:30:30,นาย,ชาญ,ชัยชนะ,ครู,โรงเรียนบ้านหนองบัว,ดอนแก้ว,081-234-0010,,,,ภายใน' > "$tmp/survey.csv"
iconv -f UTF-8 -t CP874 "$tmp/survey.csv" > "$tmp/survey-874.csv"
check "all or nothing: the sheet with bad rows is refused" 1 "$cli" --db "$ndb" members import "$tmp/survey-874.csv"
assert "nothing was written" '[ "$(sqlite3 "$ndb" "select (select count(*) from member) || (select count(*) from school)")" = 00 ]'
check "--skip-invalid imports every good row (exit 1: rows were left out)" 1 "$cli" --db "$ndb" members import --skip-invalid "$tmp/survey-874.csv"
assert "read as Windows-874, ประเภทเครือข่าย as the network type" 'grep -q "Windows-874" "$tmp/out" && grep -q "คอลัมน์ 12 “ประเภทเครือข่าย” → เครือข่าย" "$tmp/out"'
assert "each bad line is named with its reason, and only those" '
  grep -q "^บรรทัด 7, โทรศัพท์: " "$tmp/out" &&
  grep -q "^บรรทัด 8, ชื่อ: " "$tmp/out" &&
  grep -q "^บรรทัด 9, อีเมล: " "$tmp/out" &&
  grep -q "^บรรทัด 10, เครือข่าย (ภายในหรือภายนอก): " "$tmp/out" &&
  grep -q "^บรรทัด 11, วันที่เข้าร่วม: " "$tmp/out" &&
  [ "$(grep -c "^บรรทัด [0-9]*, " "$tmp/out")" = 5 ]'
assert "the totals say it" 'grep -q "10 แถว: พร้อมนำเข้า 5 แถว" "$tmp/out" && grep -q "เพิ่มใหม่ 5 รายการ รวมกับรายการเดิม 0 รายการ ข้ามแถวที่ผิดพลาด 5 แถว ข้ามรายการซ้ำ 0 รายการ" "$tmp/out"'
assert "five members, internal and external as answered" '[ "$(sqlite3 "$ndb" "select count(*) from member")" = 5 ] &&
  [ "$(sqlite3 "$ndb" "select group_concat(internal, \"\") from (select internal from member order by phone)")" = 11100 ]'
assert "each type got its default category" '[ "$(sqlite3 "$ndb" "select count(*) from member where internal = 1 and category_id = '"'"'category-school-staff'"'"'")" = 3 ] &&
  [ "$(sqlite3 "$ndb" "select count(*) from member where internal = 0 and category_id = '"'"'category-person'"'"'")" = 2 ]'
assert "two schools were added, once each, with their district" '[ "$(sqlite3 "$ndb" "select group_concat(name || '"'"':'"'"' || district, '"'"' '"'"') from (select * from school order by name)")" = "โรงเรียนบ้านหนองบัว:ดอนแก้ว โรงเรียนอนุบาลท่าอุเทน:ท่าอุเทน" ] && grep -q "เพิ่มโรงเรียนที่ยังไม่มีในทะเบียนแล้ว 2 แห่ง" "$tmp/out"'
assert "the agencies stay agencies" '[ "$(sqlite3 "$ndb" "select count(*) from member where school_id is null and organization in ('"'"'สถานีวิทยุชุมชนดอนแก้ว'"'"', '"'"'ชุมชนบ้านหนองบัว'"'"')")" = 2 ]'
assert "the timestamp is the joined date, the TikTok an account" '[ "$(sqlite3 "$ndb" "select joined_at from member where phone = '"'"'081-234-0001'"'"'")" = 2024-12-02 ] &&
  [ "$(sqlite3 "$ndb" "select count(*) from social_account where platform = '"'"'tiktok'"'"'")" = 2 ]'

assert "the answers with the category each brings" 'grep -q "“ภายใน” (3 แถว): เครือข่ายภายใน ประเภท บุคลากรในโรงเรียน" "$tmp/out" && grep -q "“ภายนอก” (2 แถว): เครือข่ายภายนอก" "$tmp/out"'
assert "a new school is said once, on its first line" '[ "$(grep -c "ยังไม่มีในทะเบียน จะเพิ่มเป็นโรงเรียนใหม่" "$tmp/out")" = 2 ] && grep -q "^บรรทัด 2: โรงเรียนบ้านหนองบัว ยังไม่มีในทะเบียน" "$tmp/out"'
printf 'ชื่อ,นามสกุล,ประเภทเครือข่าย\nเอกชัย,มาดี,ภายนอก\n' > "$tmp/media.csv"
check "--answer gives ภายนอก the office's category" 0 "$cli" --db "$ndb" members import --answer "ภายนอก=สื่อมวลชน" "$tmp/media.csv"
assert "the member is in สื่อมวลชน" '[ "$(sqlite3 "$ndb" "select category_id || internal from member where given_name = '"'"'เอกชัย'"'"'")" = category-media0 ]'
printf 'ชื่อ,นามสกุล,ประเภทเครือข่าย\nวรรณา,ใจงาม,ภายนอก\n' > "$tmp/media2.csv"
check "the next import remembers the office's choice" 0 "$cli" --db "$ndb" members import "$tmp/media2.csv"
assert "ภายนอก brings สื่อมวลชน without --answer" '[ "$(sqlite3 "$ndb" "select category_id from member where given_name = '"'"'วรรณา'"'"'")" = category-media ] &&
  [ "$(sqlite3 "$ndb" "select count(*) from change_journal where table_name = '"'"'network_answer'"'"'")" -ge 1 ]'
check "--answer with an unknown category is a usage error" 2 "$cli" --db "$ndb" members import --answer "ภายนอก=นักร้อง" "$tmp/media.csv"
assert "it lists the categories" 'grep -q "สื่อมวลชน" "$tmp/err"'

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
