/* prd-order.h — an appointment order (คำสั่ง) with its sections of members.
 *
 * Held in memory while it is edited (so the preview shows unsaved edits)
 * and written whole, in one transaction, by prd_order_save(). The number
 * "ที่ N/<BE year>" runs per calendar year.
 */
#pragma once

#include "store/prd-store.h"

G_BEGIN_DECLS

typedef struct {
  char *id;            /* order_member row, NULL until saved */
  char *member_id;
  char *name;          /* title + given name + surname, from the registry */
  char *position;
  char *role;          /* "", chair, vice_chair, member, secretary, assistant_secretary */
  char *heading;       /* starts a sub-list ("กลุ่มอำนวยการ"), may be "" */
} PrdOrderMember;

typedef struct {
  char      *id;       /* order_section row, NULL until saved */
  char      *title;    /* "คณะที่ปรึกษา ประกอบด้วย" */
  char      *duties;
  GPtrArray *members;  /* PrdOrderMember */
} PrdOrderSection;

#define PRD_TYPE_ORDER (prd_order_get_type ())
G_DECLARE_FINAL_TYPE (PrdOrder, prd_order, PRD, ORDER, GObject)

/* A new order dated today. */
PrdOrder        *prd_order_new            (void);
PrdOrder        *prd_order_load           (PrdStore     *store,
                                           const char   *id,
                                           GError      **error);
/* Validates, numbers when needed, and writes the order, its sections and
 * members in one transaction; removed sections and members are tombstoned. */
gboolean         prd_order_save           (PrdOrder     *self,
                                           PrdStore     *store,
                                           GError      **error);

const char      *prd_order_get_id         (PrdOrder     *self);
/* Text fields: subject, body, closing, effective, order_date,
 * signer_id, signer_name, signer_position. */
const char      *prd_order_get            (PrdOrder     *self,
                                           const char   *field);
void             prd_order_set            (PrdOrder     *self,
                                           const char   *field,
                                           const char   *value);
int              prd_order_get_number_seq (PrdOrder     *self);
int              prd_order_get_number_year(PrdOrder     *self);
void             prd_order_set_number_seq (PrdOrder     *self,
                                           int           seq);

GPtrArray       *prd_order_get_sections   (PrdOrder     *self);
PrdOrderSection *prd_order_add_section    (PrdOrder     *self,
                                           const char   *title,
                                           const char   *duties);
void             prd_order_remove_section (PrdOrder     *self,
                                           guint         index);
/* Adds the registry member MEMBER_ID to SECTION; FALSE when not found. */
gboolean         prd_order_add_member     (PrdOrder        *self,
                                           PrdStore        *store,
                                           PrdOrderSection *section,
                                           const char      *member_id,
                                           const char      *role,
                                           const char      *heading);
void             prd_order_remove_member  (PrdOrder        *self,
                                           PrdOrderSection *section,
                                           guint            index);
/* Tells listeners (the preview) that a section or member was edited. */
void             prd_order_changed        (PrdOrder     *self);

G_END_DECLS
