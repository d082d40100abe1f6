#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every string a person can meet has its Thai translation: the messages of
# the sources in po/POTFILES (as meson's glib preset extracts them) against
# po/th.po. Prints the untranslated ones and fails on any.
set -eu
src="${1:?usage: check-translations.sh SOURCE_ROOT}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "1..3"
cd "$src"
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --files-from=po/POTFILES -o "$work/prdesk.pot" 2>"$work/xgettext.log" || {
  cat "$work/xgettext.log"; echo "not ok 1 xgettext"; exit 1; }
echo "ok 1 messages extracted ($(grep -c '^msgid ' "$work/prdesk.pot") msgids)"

msgmerge --quiet --no-fuzzy-matching -o "$work/th.po" po/th.po "$work/prdesk.pot"
msgattrib --no-wrap --untranslated --no-obsolete "$work/th.po" > "$work/missing.po"
msgattrib --no-wrap --only-fuzzy --no-obsolete "$work/th.po" >> "$work/missing.po"
if grep -q '^msgid "..*"' "$work/missing.po"; then
  grep -B2 '^msgid "..*"' "$work/missing.po" | sed 's/^/# /'
  echo "not ok 2 untranslated messages in po/th.po"
  exit 1
fi
echo "ok 2 every message has its Thai translation"

# Every file with marked strings is listed, so none is left out of the check.
missing=""
for f in $(grep -rlE '(^|[^a-z_])N?_ \("|translatable="yes"' src ui data --include='*.c' --include='*.ui' --include='*.in' | sort); do
  grep -qx "$f" po/POTFILES || missing="$missing $f"
done
if [ -n "$missing" ]; then
  echo "# not in po/POTFILES:$missing"
  echo "not ok 3 files with strings missing from po/POTFILES"
  exit 1
fi
echo "ok 3 po/POTFILES lists every file with strings"
