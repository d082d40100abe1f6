/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The memo papers of the demo office, read back with poppler, against a
 * recording made before decisions became records (tests/fixtures/).
 *
 * memo-golden-v6.sqlite is `prdesk-cli init --demo --members 20` as the code
 * of database version 6 wrote it (approvals as review_* / order_* columns);
 * memo-golden.txt holds, per memo, its number, its state then and the text
 * of its PDF. An upgraded copy of that database and a fresh demo office must
 * both give every memo the same state and exactly the same text.
 *
 * PRDESK_GOLDEN_RECORD=1 rewrites memo-golden.txt from the fixture database
 * (only ever with the code the recording stands for). */
#include <poppler.h>

#include "golden-util.h"
#include "docs/prd-memo-doc.h"
#include "model/prd-demo.h"
#include "model/prd-memo.h"
#include "model/prd-office.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* The states under the names the recording gave them. The old form knew
 * four: nobody decided ("draft"), the group director allowed ("reviewed"),
 * the director allowed ("allowed") and refused by either ("refused"). */
static const char *
state_key (PrdMemo  *memo,
           PrdStore *store)
{
  switch (prd_memo_get_state (memo, store))
    {
    case PRD_MEMO_AWAITING_REVIEW:
      return "draft";
    case PRD_MEMO_AWAITING_ORDER:
      return "reviewed";
    case PRD_MEMO_APPROVED:
      return "allowed";
    case PRD_MEMO_REFUSED:
    case PRD_MEMO_NOT_APPROVED:
      return "refused";
    case PRD_MEMO_DRAFT:
    case PRD_MEMO_RETURNED:
    case PRD_MEMO_N_STATES:
    default:
      g_error ("memo %s is in a state the old form did not have", prd_memo_get_id (memo));
    }
}

/* Every page's text without white space (readers guess spaces from gaps). */
static char *
pdf_text (PrdStore  *store,
          PrdOffice *office,
          PrdMemo   *memo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdDoc) doc = prd_memo_doc_new (store, office, memo, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  bytes = prd_doc_to_pdf_bytes (doc, &error);
  g_assert_no_error (error);
  pdf = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      g_autofree char *text = poppler_page_get_text (page);

      for (const char *p = text; *p; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          g_string_append_unichar (out, g_utf8_get_char (p));
    }
  return g_string_free (out, FALSE);
}

/* "# <seq> <state>\n<text>\n" per memo, newest first. */
static char *
record_memos (PrdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdOffice) office = prd_office_load (store, &error);
  g_autoptr(GListModel) memos = NULL;
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  memos = prd_memo_list (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (memos); i++)
    {
      g_autoptr(PrdMemo) memo = g_list_model_get_item (memos, i);
      g_autofree char *text = pdf_text (store, office, memo);

      g_string_append_printf (out, "# %d %s\n%s\n", prd_memo_get_number_seq (memo),
                              state_key (memo, store), text);
    }
  return g_string_free (out, FALSE);
}

static void
test_upgraded_demo (void)
{
  golden_test_upgraded ("memo-golden.txt", record_memos);
}

static void
test_fresh_demo (void)
{
  golden_test_fresh ("memo-golden.txt", record_memos);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/memo-golden/upgraded-demo", test_upgraded_demo);
  g_test_add_func ("/memo-golden/fresh-demo", test_fresh_demo);
  return g_test_run ();
}
