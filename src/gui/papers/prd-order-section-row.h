/* prd-order-section-row.h — one section of an order in the order editor:
 * its title and duties and a list of its members (PrdOrderMemberRow, the
 * list bound to the section's members), bound to a PrdOrderSection. Its
 * buttons activate "editor.add-members" and "editor.remove-section" with
 * the row's index. */
#pragma once

#include <gtk/gtk.h>

#include "model/prd-order-section.h"

G_BEGIN_DECLS

#define PRD_TYPE_ORDER_SECTION_ROW (prd_order_section_row_get_type ())
G_DECLARE_FINAL_TYPE (PrdOrderSectionRow, prd_order_section_row, PRD, ORDER_SECTION_ROW, GtkListBoxRow)

GtkWidget       *prd_order_section_row_new         (PrdOrderSection    *section);
PrdOrderSection *prd_order_section_row_get_section (PrdOrderSectionRow *self);
/* Shows "Section N" (1-based) above the row. */
void             prd_order_section_row_set_number  (PrdOrderSectionRow *self,
                                                    guint               number);
/* The member rows' list, for tests. */
GtkListBox      *prd_order_section_row_get_members (PrdOrderSectionRow *self);

G_END_DECLS
