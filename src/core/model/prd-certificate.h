/* prd-certificate.h — PrdCertificate: one certificate (เกียรติบัตร) of a
 * batch, and finding the members to give them to.
 *
 * A typed record of the certificate table (prd-record.h). The detail line
 * under the name (position and school or organisation) is the registry's,
 * read with the row and never written. Batches: prd-certificate-batch.h. */
#pragma once

#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_TYPE_CERTIFICATE (prd_certificate_get_type ())
G_DECLARE_FINAL_TYPE (PrdCertificate, prd_certificate, PRD, CERTIFICATE, PrdRecord)

const char *prd_certificate_get_batch_id   (PrdCertificate *self);
void        prd_certificate_set_batch_id   (PrdCertificate *self, const char *value);
/* The registry member, "" for someone from outside it */
const char *prd_certificate_get_member_id  (PrdCertificate *self);
void        prd_certificate_set_member_id  (PrdCertificate *self, const char *value);
/* The name as printed */
const char *prd_certificate_get_recipient  (PrdCertificate *self);
void        prd_certificate_set_recipient  (PrdCertificate *self, const char *value);
int         prd_certificate_get_sort_order (PrdCertificate *self);
void        prd_certificate_set_sort_order (PrdCertificate *self, int value);
/* "ครู โรงเรียนบ้านหนองบัว": position and school (or organisation) */
const char *prd_certificate_get_detail     (PrdCertificate *self);

/* The registry member MEMBER_ID as a certificate's recipient; NULL with
 * PRD_MODEL_ERROR_NOT_FOUND when there is none. */
PrdCertificate *prd_certificate_new_for_member (PrdStore    *store,
                                                const char  *member_id,
                                                GError     **error);
/* The certificates of BATCH_ID in their order, with their detail lines. */
GListModel *prd_certificate_list_for       (PrdStore       *store,
                                            const char     *batch_id,
                                            GError        **error);

/* Ids of members whose name, position, organisation or category contains
 * TEXT, most social-media views first (seed 000's top creators). */
GPtrArray  *prd_certificate_find_members   (PrdStore       *store,
                                            const char     *text,
                                            GError        **error);

G_END_DECLS
