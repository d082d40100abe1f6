/* prd-certificate-doc.h — certificates (เกียรติบัตร): landscape A4, one page
 * a recipient, a batch into one PDF. */
#pragma once

#include "docs/prd-doc.h"
#include "model/prd-office.h"
#include "model/prd-certificate-batch.h"
#include "model/prd-signer.h"

G_BEGIN_DECLS

/* One certificate. */
PrdDoc    *prd_certificate_doc_new         (PrdOffice          *office,
                                            const char         *recipient,
                                            const char         *detail,
                                            const char         *reason,
                                            const char         *date_iso,
                                            const char         *signer_name,
                                            const char         *signer_position,
                                            GBytes             *signature,
                                            const char         *signature_mime,
                                            GError            **error);
/* Every certificate of the resolved BATCH into one PDF at PATH, signed by
 * SIGNER (its signature picture; NULL for none); reads no database. */
gboolean   prd_certificate_batch_layout_pdf (PrdOffice          *office,
                                             PrdCertificateBatch *batch,
                                             PrdSigner          *signer,
                                             const char         *path,
                                             PrdProgressFunc     progress,
                                             gpointer            user_data,
                                             GError            **error);
/* Loads the batch BATCH_ID and its signer, then lays it out into PATH. */
gboolean   prd_certificate_batch_write_pdf (PrdStore           *store,
                                            PrdOffice          *office,
                                            const char         *batch_id,
                                            const char         *path,
                                            PrdProgressFunc     progress,
                                            gpointer            user_data,
                                            GError            **error);
/* Records a batch for MEMBER_IDS (as prd_certificate_batch_create) and
 * writes it to PATH in one transaction: when the PDF cannot be written no
 * batch is recorded. Returns the new batch's id. */
char      *prd_certificate_batch_issue_pdf (PrdStore           *store,
                                            PrdOffice          *office,
                                            const char *const  *member_ids,
                                            guint               n_members,
                                            const char         *reason,
                                            const char         *date,
                                            const char         *path,
                                            PrdProgressFunc     progress,
                                            gpointer            user_data,
                                            GError            **error);

G_END_DECLS
