/* prd-order-member.h — PrdOrderMember: one registry member named in a
 * section of an appointment order, with a role and an optional sub-heading.
 *
 * A typed record of the order_member table (prd-record.h). The name and
 * position are the registry's, read with the row and never written. */
#pragma once

#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_TYPE_ORDER_MEMBER (prd_order_member_get_type ())
G_DECLARE_FINAL_TYPE (PrdOrderMember, prd_order_member, PRD, ORDER_MEMBER, PrdRecord)

/* The registry member MEMBER_ID as an order member (no role, no heading);
 * NULL with PRD_MODEL_ERROR_NOT_FOUND when the registry has no such member. */
PrdOrderMember *prd_order_member_new_from_registry (PrdStore        *store,
                                                    const char      *member_id,
                                                    GError         **error);

const char *prd_order_member_get_section_id (PrdOrderMember *self);
void        prd_order_member_set_section_id (PrdOrderMember *self, const char *value);
const char *prd_order_member_get_member_id  (PrdOrderMember *self);
void        prd_order_member_set_member_id  (PrdOrderMember *self, const char *value);
/* "", chair, vice_chair, member, secretary, assistant_secretary */
const char *prd_order_member_get_role       (PrdOrderMember *self);
void        prd_order_member_set_role       (PrdOrderMember *self, const char *value);
/* Starts a sub-list ("กลุ่มอำนวยการ"); "" for none */
const char *prd_order_member_get_heading    (PrdOrderMember *self);
void        prd_order_member_set_heading    (PrdOrderMember *self, const char *value);
int         prd_order_member_get_sort_order (PrdOrderMember *self);
void        prd_order_member_set_sort_order (PrdOrderMember *self, int value);
/* Title, given name and surname from the registry */
const char *prd_order_member_get_name       (PrdOrderMember *self);
/* The position from the registry */
const char *prd_order_member_get_position   (PrdOrderMember *self);

/* The members of the section SECTION_ID in their order, with the
 * registry's names (for prd_order_load). */
GListModel *prd_order_member_list_for       (PrdStore       *store,
                                             const char     *section_id,
                                             GError        **error);

G_END_DECLS
