/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The appointment orders and certificate batches of the demo office, read
 * back with poppler, against a recording made while the order was still a
 * JSON bag and its paper and the certificates queried the database as they
 * laid out (tests/fixtures/paper-golden.txt).
 *
 * Both the version-6 demo fixture (memo-golden-v6.sqlite, upgraded on open)
 * and a fresh demo office must give exactly the recorded text, so typed
 * records and resolved papers change nothing on paper.
 *
 * PRDESK_GOLDEN_RECORD=DIR writes paper-golden.txt into DIR from the
 * fixture database. */
#include <poppler.h>

#include "golden-util.h"
#include "docs/prd-certificate-doc.h"
#include "docs/prd-order-doc.h"
#include "model/prd-demo.h"
#include "model/prd-office.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* Every page's text without white space (readers guess spaces from gaps),
 * pages separated by "|". */
static void
append_text (GString         *out,
             PopplerDocument *pdf)
{
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf, i);
      g_autofree char *text = poppler_page_get_text (page);

      if (i > 0)
        g_string_append_c (out, '|');
      for (const char *p = text; *p; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          g_string_append_unichar (out, g_utf8_get_char (p));
    }
}

/* The ids of a table's live rows in a stable order, read with plain SQL
 * beside the code under test. */
static GPtrArray *
ids_of (PrdStore   *store,
        const char *sql)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = prd_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return ids;
}

/* "# order <n>/<year>\n<text>\n" per order, then
 * "# certificates <n>\n<text>\n" per batch. */
static char *
record_papers (PrdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdOffice) office = prd_office_load (store, &error);
  g_autoptr(GPtrArray) orders = NULL, batches = NULL;
  g_autofree char *dir = prd_test_make_dir ();
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  orders = ids_of (store, "SELECT id FROM appointment_order WHERE deleted = 0 "
                          "ORDER BY number_year, number_seq");
  g_assert_cmpuint (orders->len, >, 0);
  for (guint i = 0; i < orders->len; i++)
    {
      g_autoptr(PrdDoc) doc = prd_order_doc_new (store, office, orders->pdata[i], &error);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PopplerDocument) pdf = NULL;

      g_assert_no_error (error);
      bytes = prd_doc_to_pdf_bytes (doc, &error);
      g_assert_no_error (error);
      pdf = poppler_document_new_from_bytes (bytes, NULL, &error);
      g_assert_no_error (error);
      g_string_append_printf (out, "# order %u\n", i + 1);
      append_text (out, pdf);
      g_string_append_c (out, '\n');
    }

  batches = ids_of (store, "SELECT id FROM certificate_batch WHERE deleted = 0 "
                           "ORDER BY issued_on, created_at");
  g_assert_cmpuint (batches->len, >, 0);
  for (guint i = 0; i < batches->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, "batch.pdf", NULL);
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
      g_autoptr(PopplerDocument) pdf = NULL;

      g_assert_true (prd_certificate_batch_write_pdf (store, office, batches->pdata[i], path,
                                                      NULL, NULL, &error));
      g_assert_no_error (error);
      pdf = poppler_document_new_from_file (uri, NULL, &error);
      g_assert_no_error (error);
      g_string_append_printf (out, "# certificates %u\n", i + 1);
      append_text (out, pdf);
      g_string_append_c (out, '\n');
    }
  prd_test_remove_dir (dir);
  return g_string_free (out, FALSE);
}

static void
test_upgraded_demo (void)
{
  golden_test_upgraded ("paper-golden.txt", record_papers);
}

static void
test_fresh_demo (void)
{
  golden_test_fresh ("paper-golden.txt", record_papers);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/paper-golden/upgraded-demo", test_upgraded_demo);
  g_test_add_func ("/paper-golden/fresh-demo", test_fresh_demo);
  return g_test_run ();
}
