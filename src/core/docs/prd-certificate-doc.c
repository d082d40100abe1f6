/* prd-certificate-doc.c — เกียรติบัตร: landscape A4 in a double frame with
 * the emblem, the office, the recipient, the reason, the date and the
 * signer; a batch goes into one PDF, the emblem decoded once. */
#define G_LOG_DOMAIN "prd-docs"

#include <glib/gi18n.h>

#include "prd-certificate-doc.h"
#include "prd-paper.h"
#include "model/prd-certificate.h"
#include "store/prd-store-sql.h"

PrdDoc *
prd_certificate_doc_new (PrdOffice   *office,
                         const char  *recipient,
                         const char  *detail,
                         const char  *reason,
                         const char  *date_iso,
                         const char  *signer_name,
                         const char  *signer_position,
                         GBytes      *signature,
                         const char  *signature_mime,
                         GError     **error)
{
  g_autoptr(PrdDoc) doc = prd_paper_doc_new (office, TRUE);
  g_autofree char *date = prd_paper_date_be (date_iso);
  g_autofree char *given = g_strdup_printf ("ให้ไว้ ณ วันที่ %s", date ? date : "");
  const char *lines[] = { signer_position, NULL };
  PrdDocSignature sig = { signature, signature_mime, NULL, signer_name, lines, 0, PRD_DOC_CM (1.8), 18 };

  prd_doc_set_margins (doc, 1.8, 2.5, 1.5, 2.5);
  prd_doc_set_page_numbers (doc, FALSE);
  prd_doc_set_border (doc, TRUE);
  prd_doc_set_title (doc, "เกียรติบัตร");

  if (!prd_paper_add_emblem (doc, office, PRD_DOC_CM (3.0), PRD_DOC_ALIGN_CENTER, TRUE, error))
    return NULL;
  prd_doc_add_paragraph (doc, prd_office_get_name (office),
                         &(PrdDocStyle) { .size = 28, .bold = TRUE, .align = PRD_DOC_ALIGN_CENTER, .space_before = 8 });
  prd_doc_add_paragraph (doc, "มอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า",
                         &(PrdDocStyle) { .size = 22, .align = PRD_DOC_ALIGN_CENTER, .space_before = 6 });
  prd_doc_add_paragraph (doc, recipient,
                         &(PrdDocStyle) { .size = 40, .bold = TRUE, .align = PRD_DOC_ALIGN_CENTER, .space_before = 6 });
  if (detail != NULL && *detail != '\0')
    prd_doc_add_paragraph (doc, detail, &(PrdDocStyle) { .size = 20, .align = PRD_DOC_ALIGN_CENTER });
  prd_doc_add_paragraph (doc, reason,
                         &(PrdDocStyle) { .size = 24, .align = PRD_DOC_ALIGN_CENTER, .space_before = 10,
                                          .left_indent = PRD_DOC_CM (1.5), .right_indent = PRD_DOC_CM (1.5) });
  prd_doc_add_paragraph (doc, "ขอให้มีความสุข ความเจริญ สืบไป",
                         &(PrdDocStyle) { .size = 22, .align = PRD_DOC_ALIGN_CENTER, .space_before = 4 });
  prd_doc_add_paragraph (doc, given, &(PrdDocStyle) { .size = 22, .align = PRD_DOC_ALIGN_CENTER, .space_before = 10 });
  prd_doc_add_signature (doc, &sig, 0);
  return g_steal_pointer (&doc);
}

gboolean
prd_certificate_batch_write_pdf (PrdStore         *store,
                                 PrdOffice        *office,
                                 const char       *batch_id,
                                 const char       *path,
                                 PrdProgressFunc   progress,
                                 gpointer          user_data,
                                 GError          **error)
{
  g_autofree char *reason = NULL, *issued = NULL, *signer_id = NULL, *name = NULL, *position = NULL;
  g_autofree char *mime = NULL;
  g_autoptr(GBytes) signature = NULL;
  PrdDocPdf *pdf;
  sqlite3_stmt *stmt;
  gint64 total, done = 0;

  stmt = prd_store_prepare (store, "SELECT reason, issued_on, signer_id, signer_name, signer_position "
                            "FROM certificate_batch WHERE id = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, batch_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      reason = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      issued = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      signer_id = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      position = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
    }
  sqlite3_finalize (stmt);
  if (reason == NULL)
    {
      g_set_error (error, PRD_DOC_ERROR, PRD_DOC_ERROR_NOT_FOUND,
                   _("There is no certificate batch with the id %s"), batch_id);
      return FALSE;
    }
  signature = prd_paper_signature (store, signer_id, &mime);

  {
    char *sql = sqlite3_mprintf ("SELECT count(*) FROM certificate WHERE batch_id = %Q AND deleted = 0", batch_id);
    total = prd_store_count (store, sql);
    sqlite3_free (sql);
  }

  stmt = prd_store_prepare (store,
                            "SELECT c.recipient, TRIM(COALESCE(m.position, '') || ' ' || "
                            "  COALESCE(NULLIF(s.name, ''), m.organization, '')) "
                            "FROM certificate c LEFT JOIN member m ON m.id = c.member_id "
                            "LEFT JOIN school s ON s.id = m.school_id "
                            "WHERE c.batch_id = ?1 AND c.deleted = 0 ORDER BY c.sort_order", error);
  if (stmt == NULL)
    return FALSE;
  pdf = prd_doc_pdf_new (path, "เกียรติบัตร", error);
  if (pdf == NULL)
    {
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, batch_id, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(PrdDoc) doc = prd_certificate_doc_new (office, (const char *) sqlite3_column_text (stmt, 0),
                                                       (const char *) sqlite3_column_text (stmt, 1),
                                                       reason, issued, name, position, signature, mime, error);
      if (doc == NULL)
        {
          sqlite3_finalize (stmt);
          prd_doc_pdf_abandon (pdf);
          return FALSE;
        }
      prd_doc_pdf_add (pdf, doc);
      if (progress != NULL && (++done % 10 == 0 || done == total))
        progress ((double) done / MAX (total, 1), user_data);
    }
  sqlite3_finalize (stmt);
  return prd_doc_pdf_finish (pdf, error);
}

char *
prd_certificate_batch_issue_pdf (PrdStore           *store,
                                 PrdOffice          *office,
                                 const char *const  *member_ids,
                                 guint               n_members,
                                 const char         *reason,
                                 const char         *date,
                                 const char         *path,
                                 PrdProgressFunc     progress,
                                 gpointer            user_data,
                                 GError            **error)
{
  g_autoptr(PrdStoreTxn) txn = prd_store_txn_begin (store, error);
  g_autofree char *batch = NULL;

  if (txn == NULL)
    return NULL;
  batch = prd_certificate_batch_create (store, member_ids, n_members, reason, date, NULL, error);
  if (batch == NULL ||
      !prd_certificate_batch_write_pdf (store, office, batch, path, progress, user_data, error) ||
      !prd_store_txn_commit (txn, error))
    return NULL;
  return g_steal_pointer (&batch);
}
