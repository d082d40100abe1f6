#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# prdesk-cli from the outside: exit codes, messages, Thai help. TAP output.
set -u
cli=${PRDESK_CLI:?}
. "$(dirname "$0")/../tap-lib.sh"

check "--version" 0 "$cli" --version
assert "--version prints the version" 'grep -q "^prdesk-cli [0-9]" "$tmp/out"'
check "--help" 0 "$cli" --help
assert "--help lists init and backup" 'grep -q "init" "$tmp/out" && grep -q "backup" "$tmp/out"'
check "no command is a usage error" 2 "$cli"
check "unknown command is a usage error" 2 "$cli" frobnicate
check "unknown option is a usage error" 2 "$cli" --frob init
check "init creates the database" 0 "$cli" --db "$tmp/a.sqlite" init
assert "the database file exists" '[ -s "$tmp/a.sqlite" ]'
check "init --demo fills it" 0 "$cli" --db "$tmp/a.sqlite" init --demo
check "init --demo again keeps the data" 0 "$cli" --db "$tmp/a.sqlite" init --demo
check "init takes no arguments" 2 "$cli" --db "$tmp/a.sqlite" init extra
check "init --members wants a number" 2 "$cli" --db "$tmp/a.sqlite" init --members lots
check "backup FILE" 0 "$cli" --db "$tmp/a.sqlite" backup "$tmp/copy.sqlite"
assert "the backup holds the demo office" '[ "$(sqlite3 "$tmp/copy.sqlite" "select count(*) from school")" = 185 ]'
assert "the backup has no WAL beside it" '[ ! -e "$tmp/copy.sqlite-wal" ]'
check "backup without a file is a usage error" 2 "$cli" --db "$tmp/a.sqlite" backup
check "backup into a missing folder fails" 1 "$cli" --db "$tmp/a.sqlite" backup "$tmp/no/such/dir.sqlite"
assert "a failure is one line on stderr" '[ "$(wc -l < "$tmp/err")" -eq 1 ]'
mkdir "$tmp/dir.sqlite"
check "a folder is not a database" 1 "$cli" --db "$tmp/dir.sqlite" init
printf 'not a database, only text\n%.0s' $(seq 200) > "$tmp/text.sqlite"
check "a text file is not a database" 1 "$cli" --db "$tmp/text.sqlite" init
# A typo in --db must not make an empty office: only init creates a database.
for args in "memo list" "holidays list" "members export --format csv -o $tmp/x.csv" "backup $tmp/b.sqlite"; do
  # shellcheck disable=SC2086
  check "$args on a --db that does not exist fails" 1 "$cli" --db "$tmp/typo.sqlite" $args
done
assert "no database was made by the typo" '[ ! -e "$tmp/typo.sqlite" ]'
assert "the refusal names the path" 'grep -q "typo.sqlite" "$tmp/err"'
# The desktop program's --page (its desktop actions use it): a wrong page is
# refused in Thai before any window opens.
if [ -n "${PRDESK_GUI:-}" ]; then
  check "prdesk --page with no such page" 2 env LC_ALL=th_TH.UTF-8 LANGUAGE=th "$PRDESK_GUI" --page nowhere
  assert "the refusal names the pages in Thai" 'grep -q "ไม่มีหน้า" "$tmp/err" && grep -q "calendar" "$tmp/err"'
  check "prdesk --help lists --page" 0 env LC_ALL=th_TH.UTF-8 LANGUAGE=th "$PRDESK_GUI" --help
  assert "in Thai" 'grep -q -- "--page" "$tmp/out" && grep -q "เปิดที่หน้า" "$tmp/out"'
fi
check "--help in Thai" 0 env LC_ALL=th_TH.UTF-8 LANGUAGE=th "$cli" --help
assert "the Thai help is Thai" 'grep -q "คำสั่ง" "$tmp/out"'
# The README's own line: no PRDESK_LOCALEDIR, no LANGUAGE, only LANG.
check "--help in Thai without setup" 0 env -u PRDESK_LOCALEDIR -u LANGUAGE -u LC_ALL LANG=th_TH.UTF-8 "$cli" --help
assert "the Thai help without setup is Thai" 'grep -q "คำสั่ง" "$tmp/out"'
check "a Thai error message" 2 env LC_ALL=th_TH.UTF-8 LANGUAGE=th "$cli" frobnicate
assert "the Thai error is Thai" 'grep -q "ไม่รู้จัก" "$tmp/err"'

tap_finish
