/* prd-certificate-batch.h — PrdCertificateBatch: certificates (เกียรติบัตร)
 * given together for one reason on one day, signed by one signer.
 *
 * A typed record of the certificate_batch table (prd-record.h) that holds
 * its certificates (PrdCertificate) in a GListStore. Read whole by
 * prd_certificate_batch_load() and written whole, in one transaction, by
 * prd_certificate_batch_save(). */
#pragma once

#include "model/prd-certificate.h"
#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_TYPE_CERTIFICATE_BATCH (prd_certificate_batch_get_type ())
G_DECLARE_FINAL_TYPE (PrdCertificateBatch, prd_certificate_batch, PRD, CERTIFICATE_BATCH, PrdRecord)

/* A new batch issued today, for REASON. */
PrdCertificateBatch *prd_certificate_batch_new     (const char           *reason);
/* The batch ID with its certificates. */
PrdCertificateBatch *prd_certificate_batch_load    (PrdStore             *store,
                                                    const char           *id,
                                                    GError              **error);
/* Validates and writes the batch and its certificates in one transaction. */
gboolean             prd_certificate_batch_save    (PrdCertificateBatch  *self,
                                                    PrdStore             *store,
                                                    GError              **error);

/* Every batch not deleted, newest first, with their numbers of
 * certificates (certificates not loaded). */
GListModel          *prd_certificate_batch_list    (PrdStore             *store,
                                                    GError              **error);

const char *prd_certificate_batch_get_id              (PrdCertificateBatch *self);
/* "เกียรติบัตร" */
const char *prd_certificate_batch_get_title           (PrdCertificateBatch *self);
void        prd_certificate_batch_set_title           (PrdCertificateBatch *self, const char *value);
/* Why they are given, printed on every certificate */
const char *prd_certificate_batch_get_reason          (PrdCertificateBatch *self);
void        prd_certificate_batch_set_reason          (PrdCertificateBatch *self, const char *value);
/* YYYY-MM-DD */
const char *prd_certificate_batch_get_issued_on       (PrdCertificateBatch *self);
void        prd_certificate_batch_set_issued_on       (PrdCertificateBatch *self, const char *value);
/* The office signer; "" for none */
const char *prd_certificate_batch_get_signer_id       (PrdCertificateBatch *self);
void        prd_certificate_batch_set_signer_id       (PrdCertificateBatch *self, const char *value);
const char *prd_certificate_batch_get_signer_name     (PrdCertificateBatch *self);
void        prd_certificate_batch_set_signer_name     (PrdCertificateBatch *self, const char *value);
const char *prd_certificate_batch_get_signer_position (PrdCertificateBatch *self);
void        prd_certificate_batch_set_signer_position (PrdCertificateBatch *self, const char *value);

/* How many live certificates the stored batch has (as listed; a loaded
 * batch: the length of its list) */
int         prd_certificate_batch_get_n_certificates  (PrdCertificateBatch *self);

/* The certificates in their order (PrdCertificate); owned by the batch. */
GListModel *prd_certificate_batch_get_certificates    (PrdCertificateBatch *self);
void        prd_certificate_batch_append              (PrdCertificateBatch *self,
                                                       PrdCertificate      *certificate);

/* Records a batch for MEMBER_IDS in one transaction; DATE NULL = today,
 * SIGNER_ID NULL = the office director. Returns the batch's id. */
char       *prd_certificate_batch_create              (PrdStore           *store,
                                                       const char *const  *member_ids,
                                                       guint               n_members,
                                                       const char         *reason,
                                                       const char         *date,
                                                       const char         *signer_id,
                                                       GError            **error);

G_END_DECLS
