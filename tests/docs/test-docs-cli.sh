#!/usr/bin/env bash
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

tap_finish
