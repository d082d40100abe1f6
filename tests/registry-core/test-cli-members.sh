#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `prdesk-cli members …` from the outside: import reports and exit codes,
# exports, PDPA. TAP output. Messages are checked in Thai.
set -u
cli=${PRDESK_CLI:?}
fixtures=${G_TEST_SRCDIR:?}/registry-core/fixtures
. "$(dirname "$0")/../tap-lib.sh"
export LC_ALL=th_TH.UTF-8 LANGUAGE=th
db="$tmp/office.sqlite"

members() { sqlite3 "$db" "select count(*) from member where deleted = 0"; }

check "init" 0 "$cli" --db "$db" init
sqlite3 "$db" "insert into school (id, created_at, updated_at, name, district, school_code) values
  ('school-nongbua', '2024-01-01', '2024-01-01', 'โรงเรียนบ้านหนองบัว', 'ดอนแก้ว', '8000000001'),
  ('school-anuban', '2024-01-01', '2024-01-01', 'โรงเรียนอนุบาลดอนแก้ว', 'ดอนแก้ว', '8000000002')"

check "refused rows: exit 1" 1 "$cli" --db "$db" members import "$fixtures/bad-rows.csv"
assert "the report names line, field and reason in Thai" 'grep -q "บรรทัด 3, โทรศัพท์:" "$tmp/out" && grep -q "บรรทัด 5, โรงเรียน: ไม่พบ" "$tmp/out"'
assert "the refusal says nothing was imported" 'grep -q "ไม่ได้นำเข้าข้อมูลใดเลย" "$tmp/err"'
assert "all or nothing: no member was written" '[ "$(members)" = 0 ]'
check "dry run of the good file" 0 "$cli" --db "$db" members import --dry-run "$fixtures/google-forms-utf8-bom.csv"
assert "dry run reports the encoding and columns" 'grep -q "UTF-8 (BOM)" "$tmp/out" && grep -q "คอลัมน์ 16 .* ไม่นำเข้า" "$tmp/out"'
assert "dry run writes nothing" '[ "$(members)" = 0 ]'
check "import the Google Forms file" 0 "$cli" --db "$db" members import "$fixtures/google-forms-utf8-bom.csv"
assert "three members" '[ "$(members)" = 3 ]'
check "the same file again merges" 0 "$cli" --db "$db" members import "$fixtures/google-forms-utf8-bom.csv"
assert "duplicates are reported" 'grep -q "มีอยู่ในทะเบียนแล้ว" "$tmp/out"'
assert "still three members" '[ "$(members)" = 3 ]'
check "skip-invalid imports the rest, exit 1" 1 "$cli" --db "$db" members import --skip-invalid "$fixtures/bad-rows.csv"
assert "one more member" '[ "$(members)" = 4 ]'
check "Windows-874 read as UTF-8 is refused" 1 "$cli" --db "$db" members import --encoding utf-8 "$fixtures/excel-windows-874.csv"
assert "a failure is one line on stderr" '[ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -q "บรรทัด 1" "$tmp/err"'
check "Windows-874 named" 0 "$cli" --db "$db" members import --encoding windows-874 "$fixtures/excel-windows-874.csv"
check "auto-detected semicolons" 0 "$cli" --db "$db" members import "$fixtures/semicolon-english.csv"
assert "nine members" '[ "$(members)" = 9 ]'
check "a wrong --encoding is a usage error" 2 "$cli" --db "$db" members import --encoding latin1 "$fixtures/bad-rows.csv"
check "a missing file fails" 1 "$cli" --db "$db" members import "$tmp/none.csv"

printf 'คอลัมน์ ก,คอลัมน์ ข\nนายอภิชาติ พูนผล,098-555-4321\n' > "$tmp/unnamed.csv"
check "no name column: refused" 1 "$cli" --db "$db" members import "$tmp/unnamed.csv"
assert "it says to choose the name column" 'grep -q "ชื่อ-สกุล" "$tmp/err"'
check "--map names the columns" 0 "$cli" --db "$db" members import --map 1=full_name --map "คอลัมน์ ข=phone" "$tmp/unnamed.csv"
assert "the mapped member is there" '[ "$(sqlite3 "$db" "select title || given_name || phone from member where surname = '"'"'พูนผล'"'"'")" = "นายอภิชาติ098-555-4321" ]'
check "a wrong --map is a usage error" 2 "$cli" --db "$db" members import --map 9=phone "$tmp/unnamed.csv"

for f in csv xlsx vcf pdf; do
  check "export $f" 0 "$cli" --db "$db" members export --format $f -o "$tmp/registry.$f"
done
assert "CSV starts with a BOM" '[ "$(head -c 3 "$tmp/registry.csv" | od -An -tx1 | tr -d " ")" = efbbbf ]'
assert "CSV has every member" '[ "$(grep -c $'"'"'\r$'"'"' "$tmp/registry.csv")" = 11 ]'
assert "XLSX is a zip" '[ "$(head -c 2 "$tmp/registry.xlsx")" = PK ]'
assert "vCard has ten cards" '[ "$(grep -c "^BEGIN:VCARD" "$tmp/registry.vcf")" = 10 ]'
assert "PDF is a PDF" '[ "$(head -c 5 "$tmp/registry.pdf")" = %PDF- ]'
check "export what a search finds" 0 "$cli" --db "$db" members export --format csv --search ห้วยพลู -o "$tmp/found.csv"
assert "only the member of ห้วยพลู" '[ "$(grep -c $'"'"'\r$'"'"' "$tmp/found.csv")" = 2 ] && grep -q "สมชาย" "$tmp/found.csv"'
check "export pdf by category" 0 "$cli" --db "$db" members export --format pdf --group category -o "$tmp/bycat.pdf"
check "an unknown format is a usage error" 2 "$cli" --db "$db" members export --format doc -o "$tmp/x.doc"
check "export needs -o" 2 "$cli" --db "$db" members export --format csv
# A cell Excel would run as a formula is exported after a ' and kept as typed.
inj="$tmp/formula.sqlite"
"$cli" --db "$inj" init >/dev/null
printf 'ชื่อ-สกุล,เบอร์โทร,ตำแหน่ง\nนายทดสอบ สูตรคำนวณ,098-777-1111,=HYPERLINK("http://x";"คลิก")\n' > "$tmp/formula.csv"
check "import a cell that looks like a formula" 0 "$cli" --db "$inj" members import "$tmp/formula.csv"
check "export it as CSV" 0 "$cli" --db "$inj" members export --format csv -o "$tmp/formula-out.csv"
assert "the exported cell cannot run" 'grep -qF "\"'"'"'=HYPERLINK(\"\"http://x\"\";" "$tmp/formula-out.csv"'
assert "the stored value is as typed" '[ "$(sqlite3 "$inj" "select position from member")" = "=HYPERLINK(\"http://x\";\"คลิก\")" ]'
check "the survey form" 0 "$cli" --db "$db" members survey-form -o "$tmp/form.pdf"
assert "the form is a PDF" '[ "$(head -c 5 "$tmp/form.pdf")" = %PDF- ]'

id=$(sqlite3 "$db" "select id from member where phone = '081-234-5678'")
check "pdpa-export" 0 "$cli" --db "$db" members pdpa-export "$id" -o "$tmp/person.json"
assert "the export holds the person" 'grep -q "พิมพ์ชนก" "$tmp/person.json" && grep -q krupim "$tmp/person.json"'
check "erase" 0 "$cli" --db "$db" members erase "$id"
assert "the person is gone from the registry" '[ "$(members)" = 9 ] && [ "$(sqlite3 "$db" "select given_name || phone from member where id = '"'"'$id'"'"'")" = "" ]'
assert "both are in the audit log" '[ "$(sqlite3 "$db" "select group_concat(action) from pdpa_audit")" = "export,erase" ]'
check "erasing an unknown id fails" 1 "$cli" --db "$db" members erase no-such-member
check "an unknown action is a usage error" 2 "$cli" --db "$db" members frobnicate

tap_finish
