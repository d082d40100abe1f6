/* prd-order-doc.h — the appointment order (คำสั่ง) built from the registry,
 * shaped like seed 004's order 62/2565. */
#pragma once

#include "docs/prd-doc.h"
#include "model/prd-office.h"
#include "model/prd-order.h"

G_BEGIN_DECLS

PrdDoc *prd_order_doc_new (PrdStore   *store,
                           PrdOffice  *office,
                           const char *order_id,
                           GError    **error);
/* The same from an order in memory (the editor's unsaved edits). */
PrdDoc *prd_order_doc_build (PrdStore   *store,
                             PrdOffice  *office,
                             PrdOrder   *order,
                             GError    **error);

G_END_DECLS
