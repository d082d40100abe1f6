/* prd-order-member-row.h — one member of an order's section in the order
 * editor: the registry's name and position, a sub-heading and the role,
 * bound to a PrdOrderMember. Its remove button activates
 * "editor.remove-member" with the indexes of its section and of itself. */
#pragma once

#include <adwaita.h>

#include "model/prd-order-member.h"

G_BEGIN_DECLS

#define PRD_TYPE_ORDER_MEMBER_ROW (prd_order_member_row_get_type ())
G_DECLARE_FINAL_TYPE (PrdOrderMemberRow, prd_order_member_row, PRD, ORDER_MEMBER_ROW, AdwActionRow)

GtkWidget      *prd_order_member_row_new        (PrdOrderMember    *member);
PrdOrderMember *prd_order_member_row_get_member (PrdOrderMemberRow *self);
/* Picks ROLE ("chair") in the row's list, as a click would. */
void            prd_order_member_row_set_role   (PrdOrderMemberRow *self,
                                                 const char        *role);

G_END_DECLS
