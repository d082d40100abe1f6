/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-office.h — the office profile: names, document prefix, emblem, font.
 *
 * One row that travels between the office's PCs. Forms bind to its
 * properties; prd_office_save() writes it back through the store.
 */
#pragma once

#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_TYPE_OFFICE (prd_office_get_type ())
G_DECLARE_FINAL_TYPE (PrdOffice, prd_office, PRD, OFFICE, GObject)

PrdOffice  *prd_office_load            (PrdStore   *store,
                                        GError    **error);
gboolean    prd_office_save            (PrdOffice  *self,
                                        GError    **error);
gboolean    prd_office_is_set_up       (PrdOffice  *self);

const char *prd_office_get_name        (PrdOffice  *self);
const char *prd_office_get_short_name  (PrdOffice  *self);
const char *prd_office_get_doc_prefix  (PrdOffice  *self);
const char *prd_office_get_doc_font    (PrdOffice  *self);
gboolean    prd_office_get_thai_digits (PrdOffice  *self);
GBytes     *prd_office_get_emblem      (PrdOffice  *self);
const char *prd_office_get_emblem_mime (PrdOffice  *self);
void        prd_office_set_emblem      (PrdOffice  *self,
                                        GBytes     *data,
                                        const char *mime);

G_END_DECLS
