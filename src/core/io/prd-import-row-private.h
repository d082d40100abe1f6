/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-import-row-private.h — what the importer keeps in each row. */
#pragma once

#include "io/prd-import-row.h"

G_BEGIN_DECLS

/* The member values a row gives, tidied and checked (NULL: not given). */
typedef enum {
  ROW_TITLE, ROW_GIVEN_NAME, ROW_SURNAME, ROW_POSITION, ROW_ORGANIZATION, ROW_SCHOOL_ID,
  ROW_DISTRICT, ROW_PHONE, ROW_EMAIL, ROW_LINE_ID, ROW_CATEGORY_ID, ROW_INTERNAL,
  ROW_CONSENT_CONTACT, ROW_CONSENT_PHOTO, ROW_CONSENT_DATE, ROW_JOINED_AT, ROW_NOTES,
  ROW_N_VALUES
} PrdImportRowValue;

/* Social accounts: platform i has handle SOCIAL_HANDLE + 2i and url + 2i + 1. */
#define PRD_IMPORT_N_PLATFORMS 6
extern const char *const prd_import_platforms[PRD_IMPORT_N_PLATFORMS];

/* Member column and whether it is a 0/1 number, per value. */
const char *prd_import_row_value_column (PrdImportRowValue value);
gboolean    prd_import_row_value_is_int (PrdImportRowValue value);

/* CELLS belong to OWNER (the importer's table of rows), which the row keeps
 * a reference on: 100,000 rows need not copy every cell. */
PrdImportRow *prd_import_row_new            (guint          line,
                                             char         **cells,
                                             guint          n_cells,
                                             GPtrArray     *owner);
void          prd_import_row_reset          (PrdImportRow  *self);
void          prd_import_row_add_problem    (PrdImportRow  *self,
                                             guint          column,
                                             PrdImportField field,
                                             const char    *reason);
void          prd_import_row_set_value      (PrdImportRow  *self,
                                             PrdImportRowValue value,
                                             const char    *text);
const char   *prd_import_row_get_value      (PrdImportRow  *self,
                                             PrdImportRowValue value);
void          prd_import_row_set_social     (PrdImportRow  *self,
                                             guint          platform,
                                             const char    *handle,
                                             const char    *url);
void          prd_import_row_get_social     (PrdImportRow  *self,
                                             guint          platform,
                                             const char   **handle,
                                             const char   **url);
void          prd_import_row_set_duplicate  (PrdImportRow  *self,
                                             const char    *member_id,
                                             guint          line);
/* NAME: the duplicate is another person (same phone, another name). */
void          prd_import_row_set_other_name (PrdImportRow  *self,
                                             const char    *name);
void          prd_import_row_set_new_school (PrdImportRow  *self,
                                             const char    *name);
void          prd_import_row_add_notice     (PrdImportRow  *self,
                                             const char    *text);
/* Settles state and display name after the checks. */
void          prd_import_row_finish         (PrdImportRow  *self);

G_END_DECLS
