/* prd-certificate.h — certificate batches (เกียรติบัตร) in the store. */
#pragma once

#include "store/prd-store.h"

G_BEGIN_DECLS

/* Ids of members whose name, position, organisation or category contains
 * TEXT, most social-media views first (seed 000's top creators). */
GPtrArray *prd_certificate_find_members    (PrdStore           *store,
                                            const char         *text,
                                            GError            **error);
/* Records a batch for MEMBER_IDS in one transaction; DATE NULL = today,
 * SIGNER_ID NULL = the office director. Returns the batch's id. */
char      *prd_certificate_batch_create    (PrdStore           *store,
                                            const char *const  *member_ids,
                                            guint               n_members,
                                            const char         *reason,
                                            const char         *date,
                                            const char         *signer_id,
                                            GError            **error);
G_END_DECLS
