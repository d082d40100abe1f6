/* prd-order.h — PrdOrder: an appointment order (คำสั่ง) with its sections
 * of members.
 *
 * A typed record of the appointment_order table (prd-record.h) that holds
 * its sections (PrdOrderSection, each with its members) in a GListStore.
 * It lives in memory while it is edited (so the preview shows unsaved
 * edits) and is read by prd_order_load() and written whole, in one
 * transaction, by prd_order_save(): the one boundary to the store. The
 * number "ที่ N/<BE year>" comes from PrdNumberBook and runs per calendar
 * year. "changed" is emitted after any edit of the order, its sections or
 * their members. */
#pragma once

#include "model/prd-order-section.h"
#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_TYPE_ORDER (prd_order_get_type ())
G_DECLARE_FINAL_TYPE (PrdOrder, prd_order, PRD, ORDER, PrdRecord)

/* A new order dated today, in force "ตั้งแต่บัดนี้เป็นต้นไป". */
PrdOrder    *prd_order_new                (void);
/* The order ID with its sections and their members. */
PrdOrder    *prd_order_load               (PrdStore        *store,
                                           const char      *id,
                                           GError         **error);
/* Validates, numbers when needed, and writes the order, its sections and
 * members in one transaction; sections and members no longer in it are
 * tombstoned. */
gboolean     prd_order_save               (PrdOrder        *self,
                                           PrdStore        *store,
                                           GError         **error);
/* Every order not deleted, newest number first (sections not loaded). */
GListModel  *prd_order_list               (PrdStore        *store,
                                           GError         **error);

/* "" until saved */
const char  *prd_order_get_id             (PrdOrder        *self);
const char  *prd_order_get_subject        (PrdOrder        *self);
void         prd_order_set_subject        (PrdOrder        *self, const char *value);
/* The preamble: paragraphs separated by a blank line */
const char  *prd_order_get_body           (PrdOrder        *self);
void         prd_order_set_body           (PrdOrder        *self, const char *value);
/* After the sections */
const char  *prd_order_get_closing        (PrdOrder        *self);
void         prd_order_set_closing        (PrdOrder        *self, const char *value);
/* After "ทั้งนี้" */
const char  *prd_order_get_effective      (PrdOrder        *self);
void         prd_order_set_effective      (PrdOrder        *self, const char *value);
/* YYYY-MM-DD */
const char  *prd_order_get_order_date     (PrdOrder        *self);
void         prd_order_set_order_date     (PrdOrder        *self, const char *value);
/* The office signer; "" for none */
const char  *prd_order_get_signer_id      (PrdOrder        *self);
void         prd_order_set_signer_id      (PrdOrder        *self, const char *value);
/* The signer's name and position as printed */
const char  *prd_order_get_signer_name    (PrdOrder        *self);
void         prd_order_set_signer_name    (PrdOrder        *self, const char *value);
const char  *prd_order_get_signer_position(PrdOrder        *self);
void         prd_order_set_signer_position(PrdOrder        *self, const char *value);
/* The calendar year (CE) the number runs in; 0 before the first save */
int          prd_order_get_number_year    (PrdOrder        *self);
/* The running number; 0: the next one on saving */
int          prd_order_get_number_seq     (PrdOrder        *self);
void         prd_order_set_number_seq     (PrdOrder        *self, int value);

/* The sections in their order (PrdOrderSection); owned by the order. */
GListModel      *prd_order_get_sections   (PrdOrder        *self);
/* Appends a new section and returns it (owned by the order). */
PrdOrderSection *prd_order_add_section    (PrdOrder        *self,
                                           const char      *title,
                                           const char      *duties);
void             prd_order_remove_section (PrdOrder        *self,
                                           guint            index);
/* Puts SECTION (one removed before, for undo) back at INDEX. */
void             prd_order_insert_section (PrdOrder        *self,
                                           guint            index,
                                           PrdOrderSection *section);
/* Appends the registry member MEMBER_ID to SECTION; FALSE with ERROR when
 * the registry has no such member. */
gboolean         prd_order_add_member     (PrdOrder        *self,
                                           PrdStore        *store,
                                           PrdOrderSection *section,
                                           const char      *member_id,
                                           const char      *role,
                                           const char      *heading,
                                           GError         **error);

G_END_DECLS
