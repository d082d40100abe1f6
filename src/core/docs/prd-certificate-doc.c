/* prd-certificate-doc.c — เกียรติบัตร: landscape A4 in a double frame with
 * the emblem, the office, the recipient, the reason, the date and the
 * signer; a batch goes into one PDF, the emblem decoded once. */
#define G_LOG_DOMAIN "prd-docs"

#include <glib/gi18n.h>

#include "prd-certificate-doc.h"
#include "prd-paper.h"

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
prd_certificate_batch_layout_pdf (PrdOffice            *office,
                                  PrdCertificateBatch  *batch,
                                  PrdSigner            *signer,
                                  const char           *path,
                                  PrdProgressFunc       progress,
                                  gpointer              user_data,
                                  GError              **error)
{
  GListModel *certificates = prd_certificate_batch_get_certificates (batch);
  guint total = g_list_model_get_n_items (certificates);
  GBytes *signature = signer ? prd_signer_get_signature (signer) : NULL;
  const char *mime = signer ? prd_signer_get_signature_mime (signer) : NULL;
  PrdDocPdf *pdf;

  g_return_val_if_fail (PRD_IS_CERTIFICATE_BATCH (batch), FALSE);

  if (signature != NULL && g_bytes_get_size (signature) == 0)
    signature = NULL;
  pdf = prd_doc_pdf_new (path, "เกียรติบัตร", error);
  if (pdf == NULL)
    return FALSE;
  for (guint i = 0; i < total; i++)
    {
      g_autoptr(PrdCertificate) c = g_list_model_get_item (certificates, i);
      g_autoptr(PrdDoc) doc = prd_certificate_doc_new (office, prd_certificate_get_recipient (c),
                                                       prd_certificate_get_detail (c),
                                                       prd_certificate_batch_get_reason (batch),
                                                       prd_certificate_batch_get_issued_on (batch),
                                                       prd_certificate_batch_get_signer_name (batch),
                                                       prd_certificate_batch_get_signer_position (batch),
                                                       signature, mime, error);
      if (doc == NULL)
        {
          prd_doc_pdf_abandon (pdf);
          return FALSE;
        }
      prd_doc_pdf_add (pdf, doc);
      if (progress != NULL && ((i + 1) % 10 == 0 || i + 1 == total))
        progress ((double) (i + 1) / MAX (total, 1), user_data);
    }
  return prd_doc_pdf_finish (pdf, error);
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
  g_autoptr(PrdCertificateBatch) batch = prd_certificate_batch_load (store, batch_id, error);
  g_autoptr(PrdSigner) signer = NULL;
  const char *signer_id;

  if (batch == NULL)
    return FALSE;
  /* A signer removed since keeps the printed name, without the picture. */
  signer_id = prd_certificate_batch_get_signer_id (batch);
  if (*signer_id != '\0')
    signer = prd_record_load (store, PRD_TYPE_SIGNER, signer_id, NULL);
  return prd_certificate_batch_layout_pdf (office, batch, signer, path, progress, user_data, error);
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
