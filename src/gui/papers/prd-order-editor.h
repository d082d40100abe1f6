/* prd-order-editor.h — an appointment order: sections of registry members
 * with roles and duties, beside its live PDF preview. */
#pragma once

#include <adwaita.h>

#include "model/prd-order.h"

G_BEGIN_DECLS

#define PRD_TYPE_ORDER_EDITOR (prd_order_editor_get_type ())
G_DECLARE_FINAL_TYPE (PrdOrderEditor, prd_order_editor, PRD, ORDER_EDITOR, AdwWindow)

/* ORDER_ID NULL starts a new order. The window belongs to GTK. */
PrdOrderEditor *prd_order_editor_new                 (PrdStore       *store,
                                                      const char     *order_id,
                                                      GError        **error);
PrdOrder       *prd_order_editor_get_order           (PrdOrderEditor *self);
int             prd_order_editor_get_n_preview_pages (PrdOrderEditor *self);
/* Opens the member chooser for SECTION, searches SEARCH, ticks the first N
 * and adds them, as a person would; for tests. */
void            prd_order_editor_choose_members      (PrdOrderEditor *self,
                                                      guint           section,
                                                      const char     *search,
                                                      guint           n);

G_END_DECLS
