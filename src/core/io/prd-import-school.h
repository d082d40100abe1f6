/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-import-school.h — importer internals: the school a survey row names.
 *
 * A new office has no schools yet, so a school the registry does not know
 * is added (the preview says "will be added"), not refused. Names are
 * matched first against the known schools ignoring spaces, the โรงเรียน
 * prefix and Thai/Arabic digits, so a near-duplicate is linked and said,
 * never made twice. A name that does not say it is a school (ชุมชนบ้านหนองบัว)
 * in a column of schools and agencies is an organisation, even when a school
 * of that name exists (โรงเรียนชุมชนบ้านหนองบัว): the row says so. */
#pragma once

#include "io/prd-import-row.h"
#include "model/prd-member-validator.h"

G_BEGIN_DECLS

/* Does the school column's HEADER hold agencies too ("โรงเรียน/หน่วยงาน")? */
gboolean prd_import_school_column_is_mixed (const char         *header);

/* Fills ROW's school (an id, or a new school) or organisation from TEXT,
 * the cell of COLUMN (a school column, MIXED as above). */
void     prd_import_school_resolve         (PrdMemberValidator *validator,
                                            PrdImportRow       *row,
                                            guint               column,
                                            gboolean            mixed,
                                            const char         *text);

/* The name a new school is written under: "รร.บ้านโคก" → "โรงเรียนบ้านโคก". */
char    *prd_import_school_full_name       (const char         *text);

G_END_DECLS
