/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-rows.c — one flat row per member for exports and printing. */
#define G_LOG_DOMAIN "prd-model"

#include "prd-member-rows.h"

#define SOCIAL(platform) \
  "coalesce ((SELECT CASE WHEN a.url <> '' THEN a.url ELSE a.handle END FROM social_account a " \
  "WHERE a.member_id = m.id AND a.platform = '" platform "' AND a.deleted = 0 " \
  "ORDER BY a.created_at LIMIT 1), '')"

static const char *const columns =
  "m.id, m.title, m.given_name, m.surname, m.position, coalesce (s.name, ''), m.organization, "
  "m.district, m.phone, m.email, m.line_id, coalesce (c.label, ''), m.internal, "
  "m.consent_contact, m.consent_photo, coalesce (m.joined_at, ''), m.notes, "
  SOCIAL ("facebook") ", " SOCIAL ("tiktok") ", " SOCIAL ("youtube") ", " SOCIAL ("instagram") ", "
  SOCIAL ("x") ", " SOCIAL ("line_oa");

sqlite3_stmt *
prd_member_rows_prepare (PrdMemberQuery  *query,
                         PrdStore        *store,
                         GError         **error)
{
  return prd_member_query_prepare (query, store, columns, NULL, error);
}

static const char *
text (sqlite3_stmt *stmt,
      int           i)
{
  const char *t = (const char *) sqlite3_column_text (stmt, i);
  return t != NULL ? t : "";
}

void
prd_member_rows_read (sqlite3_stmt *stmt,
                      PrdMemberRow *row)
{
  row->id = text (stmt, 0);
  row->title = text (stmt, 1);
  row->given_name = text (stmt, 2);
  row->surname = text (stmt, 3);
  row->position = text (stmt, 4);
  row->school = text (stmt, 5);
  row->organization = text (stmt, 6);
  row->district = text (stmt, 7);
  row->phone = text (stmt, 8);
  row->email = text (stmt, 9);
  row->line_id = text (stmt, 10);
  row->category = text (stmt, 11);
  row->internal = sqlite3_column_int (stmt, 12) != 0;
  row->consent_contact = sqlite3_column_int (stmt, 13) != 0;
  row->consent_photo = sqlite3_column_int (stmt, 14) != 0;
  row->joined_at = text (stmt, 15);
  row->notes = text (stmt, 16);
  row->facebook = text (stmt, 17);
  row->tiktok = text (stmt, 18);
  row->youtube = text (stmt, 19);
  row->instagram = text (stmt, 20);
  row->x = text (stmt, 21);
  row->line_oa = text (stmt, 22);
}

char *
prd_member_row_full_name (const PrdMemberRow *row)
{
  return *row->surname != '\0'
           ? g_strdup_printf ("%s%s %s", row->title, row->given_name, row->surname)
           : g_strdup_printf ("%s%s", row->title, row->given_name);
}
