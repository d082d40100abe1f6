/* prd-order-doc.h — the appointment order (คำสั่ง) built from the registry,
 * shaped like seed 004's order 62/2565. */
#pragma once

#include "docs/prd-doc.h"
#include "model/prd-office.h"
#include "model/prd-order.h"
#include "model/prd-signer.h"

G_BEGIN_DECLS

/* The paper of a resolved order (its sections and members in it) signed
 * by SIGNER (its signature picture; NULL for none); reads no database. */
PrdDoc    *prd_order_doc_layout         (PrdOffice   *office,
                                         PrdOrder    *order,
                                         PrdSigner   *signer,
                                         GError     **error);
/* The live signer ORDER names, for its signature picture; NULL if none. */
PrdSigner *prd_order_doc_resolve_signer (PrdStore    *store,
                                         PrdOrder    *order);
/* Loads the order ORDER_ID and its signer, then lays it out. */
PrdDoc    *prd_order_doc_new            (PrdStore    *store,
                                         PrdOffice   *office,
                                         const char  *order_id,
                                         GError     **error);

G_END_DECLS
