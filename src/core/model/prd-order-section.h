/* prd-order-section.h — PrdOrderSection: one numbered section of an
 * appointment order ("คณะที่ปรึกษา ประกอบด้วย"), its members and duties.
 *
 * A typed record of the order_section table (prd-record.h) that holds its
 * members (PrdOrderMember) in a GListStore of its own. "changed" is emitted
 * after any edit of the section, of its list or of one of its members, so
 * a preview needs one signal. Written by prd_order_save(). */
#pragma once

#include "model/prd-order-member.h"
#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_TYPE_ORDER_SECTION (prd_order_section_get_type ())
G_DECLARE_FINAL_TYPE (PrdOrderSection, prd_order_section, PRD, ORDER_SECTION, PrdRecord)

PrdOrderSection *prd_order_section_new            (const char      *title,
                                                   const char      *duties);

const char *prd_order_section_get_order_id   (PrdOrderSection *self);
void        prd_order_section_set_order_id   (PrdOrderSection *self, const char *value);
/* "คณะที่ปรึกษา ประกอบด้วย" */
const char *prd_order_section_get_title      (PrdOrderSection *self);
void        prd_order_section_set_title      (PrdOrderSection *self, const char *value);
/* Printed after "มีหน้าที่"; "" for none */
const char *prd_order_section_get_duties     (PrdOrderSection *self);
void        prd_order_section_set_duties     (PrdOrderSection *self, const char *value);
int         prd_order_section_get_sort_order (PrdOrderSection *self);
void        prd_order_section_set_sort_order (PrdOrderSection *self, int value);

/* The members in their order (PrdOrderMember); owned by the section. */
GListModel *prd_order_section_get_members    (PrdOrderSection *self);
void        prd_order_section_append_member  (PrdOrderSection *self,
                                              PrdOrderMember  *member);
void        prd_order_section_remove_member  (PrdOrderSection *self,
                                              guint            index);
/* Puts MEMBER (one removed before, for undo) back at INDEX. */
void        prd_order_section_insert_member  (PrdOrderSection *self,
                                              guint            index,
                                              PrdOrderMember  *member);

/* The sections of the order ORDER_ID in their order, members not loaded. */
GListModel *prd_order_section_list_for       (PrdStore        *store,
                                              const char      *order_id,
                                              GError         **error);

G_END_DECLS
