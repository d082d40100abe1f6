/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-rows.h — members as flat rows for exports and the printed
 * registry: the query's search, filters and sort, with the school name,
 * category label and one social account per platform joined in. */
#pragma once

#include "model/prd-member-query.h"

G_BEGIN_DECLS

typedef struct {
  const char *id;
  const char *title;
  const char *given_name;
  const char *surname;
  const char *position;
  const char *school;          /* school name, "" when none */
  const char *organization;
  const char *district;
  const char *phone;
  const char *email;
  const char *line_id;
  const char *category;        /* category label, "" when none */
  gboolean    internal;
  gboolean    consent_contact;
  gboolean    consent_photo;
  const char *joined_at;       /* ISO date or "" */
  const char *notes;
  const char *facebook;        /* URL, else handle, else "" */
  const char *tiktok;
  const char *youtube;
  const char *instagram;
  const char *x;
  const char *line_oa;
} PrdMemberRow;

/* The statement for QUERY; step it and read each row with _read. */
sqlite3_stmt *prd_member_rows_prepare (PrdMemberQuery  *query,
                                       PrdStore        *store,
                                       GError         **error);
/* Fills ROW from the current row of STMT; the strings live until the next step. */
void          prd_member_rows_read    (sqlite3_stmt    *stmt,
                                       PrdMemberRow    *row);
/* "นางสาวพิมพ์ชนก ศรีสุวรรณ" */
char         *prd_member_row_full_name (const PrdMemberRow *row);

G_END_DECLS
