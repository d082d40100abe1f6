/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-school-columns.h — the columns of a school list (OBEC's data system,
 * or a sheet the office keeps): which header holds what. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PRD_SCHOOL_COLUMN_IGNORE = 0,
  PRD_SCHOOL_COLUMN_CODE,         /* OBEC code: 10 digits, or SMIS 8, or 6 */
  PRD_SCHOOL_COLUMN_NAME,
  PRD_SCHOOL_COLUMN_DISTRICT,
  PRD_SCHOOL_COLUMN_SUBDISTRICT,
  PRD_SCHOOL_COLUMN_PROVINCE,
  PRD_SCHOOL_N_COLUMNS
} PrdSchoolColumn;

PrdSchoolColumn  prd_school_column_recognise (const char      *header);
/* The column's name in the user's language, for messages. */
const char      *prd_school_column_label     (PrdSchoolColumn  column);

G_END_DECLS
