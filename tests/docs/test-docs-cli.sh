#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# prdesk-cli memo / order / certificates from the outside. TAP output.
set -u
cli=${PRDESK_CLI:?}
. "$(dirname "$0")/../tap-lib.sh"
db="$tmp/d.sqlite"

is_pdf() { [ "$(head -c 5 "$1")" = "%PDF-" ] && tail -c 1024 "$1" | grep -q '%%EOF'; }

check "init --demo" 0 "$cli" --db "$db" init --demo --members 200
check "memo list" 0 "$cli" --db "$db" memo list
assert "memo list has the five demo memos" '[ "$(wc -l < "$tmp/out")" -eq 5 ]'
assert "each line starts with the memo id" '! grep -qvE "^[0-9a-f-]{36}	" "$tmp/out"'
assert "the memo number runs per year" 'grep -q "	ศธ 04999/5	" "$tmp/out"'
id=$(head -1 "$tmp/out" | cut -f1)
# Decisions: listed in the order recorded, recorded through the same checks as the editor.
check "memo list for the ids" 0 "$cli" --db "$db" memo list
awaiting=$(grep "ศธ 04999/4" "$tmp/out" | cut -f1)
check "memo decisions ID" 0 "$cli" --db "$db" memo decisions "$awaiting"
assert "the memo awaiting the director has its review only" \
  '[ "$(wc -l < "$tmp/out")" -eq 1 ] && grep -q "^review	allow	2026-11-18	self	นายณัฐวุฒิ ทองศรีสุข	" "$tmp/out"'
rows=$(sqlite3 "$db" "select count(*) from decision")
check "not allowing without a reason is refused" 1 "$cli" --db "$db" memo decide "$awaiting" --step order \
  --outcome refuse --signer ประเสริฐ
assert "it says why in one line, and nothing was recorded" \
  '[ "$(wc -l < "$tmp/err")" -eq 1 ] && [ "$(sqlite3 "$db" "select count(*) from decision")" -eq "$rows" ]'
check "a signer nobody is called is refused" 1 "$cli" --db "$db" memo decide "$awaiting" --step order \
  --outcome allow --signer "ไม่มีคนนี้"
check "decide without --signer is a usage error" 2 "$cli" --db "$db" memo decide "$awaiting" --step order --outcome allow
check "memo decide ID … on the director's behalf" 0 "$cli" --db "$db" memo decide "$awaiting" --step order \
  --outcome allow --signer วิภาวดี --capacity on_behalf --date 2026-11-19
assert "one decision more, and the memo is approved" \
  '[ "$(sqlite3 "$db" "select count(*) from decision")" -eq $((rows + 1)) ] && grep -q "Approved\|อนุญาตให้เผยแพร่แล้ว" "$tmp/out"'
check "memo decisions after it" 0 "$cli" --db "$db" memo decisions "$awaiting"
assert "the order follows the review" 'sed -n 2p "$tmp/out" | grep -q "^order	allow	2026-11-19	on_behalf	"'
check "the memo's PDF" 0 "$cli" --db "$db" memo pdf "$awaiting" -o "$tmp/decided.pdf"
assert "it prints the capacity" 'pdftotext "$tmp/decided.pdf" - | grep -q "ปฏิบัติราชการแทน"'
check "a decision is never changed, even by hand (SQLITE_CONSTRAINT)" 19 sqlite3 "$db" "update decision set outcome = 'refuse'"
assert "the database says so" 'grep -q "a decision is never changed" "$tmp/err"'

check "memo pdf ID -o FILE" 0 "$cli" --db "$db" memo pdf "$id" -o "$tmp/memo.pdf"
assert "the memo is a PDF" 'is_pdf "$tmp/memo.pdf"'
check "memo pdf without -o is a usage error" 2 "$cli" --db "$db" memo pdf "$id"
check "memo without a subcommand is a usage error" 2 "$cli" --db "$db" memo
check "memo pdf of an unknown id fails" 1 "$cli" --db "$db" memo pdf no-such-memo -o "$tmp/x.pdf"
assert "a failure is one line on stderr" '[ "$(wc -l < "$tmp/err")" -eq 1 ]'
assert "nothing was written for it" '[ ! -e "$tmp/x.pdf" ]'
oid=$(sqlite3 "$db" "select id from appointment_order limit 1")
check "order pdf ID -o FILE" 0 "$cli" --db "$db" order pdf "$oid" -o "$tmp/order.pdf"
assert "the order is a PDF" 'is_pdf "$tmp/order.pdf"'
assert "the order says it wrote two pages" 'grep -q "2" "$tmp/out"'
check "certificates --search --reason -o" 0 "$cli" --db "$db" certificates --search "ครูผู้สร้างสรรค์สื่อ" \
  --reason "ครูผู้สร้างสรรค์สื่อการศึกษาที่มียอดผู้ชมสูงสุด" --date 2026-11-25 -o "$tmp/certs.pdf"
assert "the certificates are a PDF" 'is_pdf "$tmp/certs.pdf"'
assert "the batch was recorded" '[ "$(sqlite3 "$db" "select count(*) from certificate_batch")" -eq 2 ]'
check "certificates with nobody found fails" 1 "$cli" --db "$db" certificates --search "ไม่มีใครชื่อนี้แน่นอน" \
  --reason "x" -o "$tmp/none.pdf"
assert "nothing recorded when nobody is found" '[ "$(sqlite3 "$db" "select count(*) from certificate_batch")" -eq 2 ]'
check "certificates without --reason is a usage error" 2 "$cli" --db "$db" certificates --search "ครู" -o "$tmp/c.pdf"
check "certificates with a wrong date fails" 1 "$cli" --db "$db" certificates --search "ครู" --reason "x" \
  --date 2026-02-30 -o "$tmp/c.pdf"

# A write that fails says so, names the user's path and keeps what was there.
check "memo pdf onto a full disk fails" 1 "$cli" --db "$db" memo pdf "$id" -o /dev/full
assert "it names /dev/full and does not claim pages" 'grep -q "/dev/full" "$tmp/err" && ! grep -q "1" "$tmp/out"'
assert "/dev/full is still a device" '[ -c /dev/full ]'
check "order pdf onto a full disk fails" 1 "$cli" --db "$db" order pdf "$oid" -o /dev/full
check "certificates onto a full disk fail" 1 "$cli" --db "$db" certificates --search "ครูผู้สร้างสรรค์สื่อ" \
  --reason "ทดสอบดิสก์เต็ม" --date 2026-11-25 -o /dev/full
assert "no batch is recorded for certificates not written" \
  '[ "$(sqlite3 "$db" "select count(*) from certificate_batch")" -eq 2 ]'
cp "$tmp/memo.pdf" "$tmp/keep.pdf"
check "a file-size limit stops the printed registry" 1 bash -c 'ulimit -f 64; exec "$0" "$@"' \
  "$cli" --db "$db" members export --format pdf -o "$tmp/keep.pdf"
assert "the old file is kept whole" 'cmp -s "$tmp/memo.pdf" "$tmp/keep.pdf"'
assert "no temporary file is left" '[ -z "$(ls -A "$tmp" | grep part)" ]'
assert "the message names the file, not a temporary one" 'grep -q "keep.pdf" "$tmp/err" && ! grep -q "part" "$tmp/err"'
ln -s /dev/null "$tmp/to-null.pdf"
check "a link to a device is written through" 0 "$cli" --db "$db" memo pdf "$id" -o "$tmp/to-null.pdf"
assert "the link is still a link" '[ -L "$tmp/to-null.pdf" ]'
check "backup onto a full disk fails" 1 "$cli" --db "$db" backup /dev/full
assert "/dev/full is still a device after the backup" '[ -c /dev/full ]'
check "memo pdf to stdout" 0 "$cli" --db "$db" memo pdf "$id" -o /dev/stdout
assert "stdout got the PDF" 'head -c 5 "$tmp/out" | grep -q "%PDF-"'

# Right-to-left text is drawn, and the rest of the page after it too.
rtl="$tmp/rtl.sqlite"
"$cli" --db "$rtl" init >/dev/null
printf 'ชื่อ-สกุล,เบอร์โทร,ตำแหน่ง\nนายשלום כהן,081-000-0002,ครู مرحبا بكم\nนาย\342\200\256abc def,081-000-0003,ครู\nนางสาวสมหญิง รักดี,081-000-0004,ครู\n' > "$tmp/rtl.csv"
check "import Hebrew, Arabic and U+202E names" 0 "$cli" --db "$rtl" members import "$tmp/rtl.csv"
check "the printed registry with them" 0 "$cli" --db "$rtl" members export --format pdf -o "$tmp/rtl.pdf"
pdftotext "$tmp/rtl.pdf" "$tmp/rtl.txt"
assert "every row is drawn" '[ "$(grep -c "081-000-000" "$tmp/rtl.txt")" -eq 3 ]'
assert "the Hebrew and Arabic are there" 'grep -q "שלום" "$tmp/rtl.txt" && grep -q "مرحبا" "$tmp/rtl.txt"'
assert "the row after them is there" 'grep -q "สมหญิง" "$tmp/rtl.txt"'
assert "members without a district are not under “District District not given”" \
  'grep -q "District not given" "$tmp/rtl.txt" && ! grep -q "District District" "$tmp/rtl.txt"'
check "a certificate for the Hebrew name" 0 "$cli" --db "$rtl" certificates --search "כהן" --reason "ทดสอบ" \
  --date 2026-11-25 -o "$tmp/rtl-cert.pdf"
assert "the certificate shows the name" 'pdftotext "$tmp/rtl-cert.pdf" - | grep -q "שלום"'

tap_finish
