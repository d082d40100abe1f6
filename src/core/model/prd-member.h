/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member.h — one network member, as the registry page shows it and the
 * member editor edits it.
 *
 * Plain GObject properties over the columns of the member table, plus what
 * the list shows beside them (school name, category label, committee role)
 * and derived read-only texts (full-name, place, joined-text). Properties emit
 * "notify" only when a value really changes, so a form can bind to them and
 * tell whether anything was edited. */
#pragma once

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_TYPE_MEMBER (prd_member_get_type ())
G_DECLARE_FINAL_TYPE (PrdMember, prd_member, PRD, MEMBER, GObject)

/* The columns prd_member_new_from_stmt() reads, in order, for a query over
 * member m LEFT JOIN school s LEFT JOIN member_category c. */
#define PRD_MEMBER_COLUMNS \
  "m.rowid, m.id, m.rev, m.internal, m.category_id, c.label, m.title, m.given_name, " \
  "m.surname, m.position, m.organization, m.school_id, s.name, m.district, m.phone, " \
  "m.email, m.line_id, m.consent_contact, m.consent_photo, m.consent_date, m.joined_at, " \
  "m.active, m.notes, " \
  "(SELECT count(*) FROM committee_role r WHERE r.member_id = m.id AND r.deleted = 0)"

PrdMember  *prd_member_new              (void);
PrdMember  *prd_member_new_from_stmt    (sqlite3_stmt *stmt);
PrdMember  *prd_member_load             (PrdStore     *store,
                                         const char   *id,
                                         GError      **error);
PrdMember  *prd_member_copy             (PrdMember    *self);
/* Takes every value of OTHER, notifying what changed (a refresh updates
 * the rows a view shows in place). */
void        prd_member_update_from      (PrdMember    *self,
                                         PrdMember    *other);

/* The member's own columns as a record for prd_store_put(); NULL id is
 * left out so the store makes one. */
JsonObject *prd_member_to_record        (PrdMember    *self);
/* TRUE when every editable property of A equals B's. */
gboolean    prd_member_equal            (PrdMember    *a,
                                         PrdMember    *b);

gint64      prd_member_get_rowid        (PrdMember    *self);
const char *prd_member_get_id           (PrdMember    *self);
gint64      prd_member_get_rev          (PrdMember    *self);
gboolean    prd_member_get_internal     (PrdMember    *self);
const char *prd_member_get_category_id  (PrdMember    *self);
const char *prd_member_get_category_label (PrdMember  *self);
const char *prd_member_get_title        (PrdMember    *self);
const char *prd_member_get_given_name   (PrdMember    *self);
const char *prd_member_get_surname      (PrdMember    *self);
const char *prd_member_get_position     (PrdMember    *self);
const char *prd_member_get_organization (PrdMember    *self);
const char *prd_member_get_school_id    (PrdMember    *self);
const char *prd_member_get_school_name  (PrdMember    *self);
const char *prd_member_get_district     (PrdMember    *self);
const char *prd_member_get_phone        (PrdMember    *self);
const char *prd_member_get_email        (PrdMember    *self);
const char *prd_member_get_line_id      (PrdMember    *self);
gboolean    prd_member_get_consent_contact (PrdMember *self);
gboolean    prd_member_get_consent_photo (PrdMember   *self);
const char *prd_member_get_consent_date (PrdMember    *self);
const char *prd_member_get_joined_at    (PrdMember    *self);
gboolean    prd_member_get_active       (PrdMember    *self);
const char *prd_member_get_notes        (PrdMember    *self);
guint       prd_member_get_committee_roles (PrdMember *self);
/* "นางสาวสมศรี ใจดี": title, given name and surname as Thai lists write them. */
const char *prd_member_get_full_name    (PrdMember    *self);
/* The school's name for school people, else the organisation. */
const char *prd_member_get_place        (PrdMember    *self);
/* The joined date as Thai lists write it: "25 พ.ย. 67". */
const char *prd_member_get_joined_text  (PrdMember    *self);

G_END_DECLS
