/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-import-answers.h — importer internals: the network type column.
 *
 * A column headed ประเภทเครือข่าย usually holds the network type (ภายใน /
 * ภายนอก), but some offices' forms put a category under that header: the
 * column's answers decide. And the answers the file gives, with the
 * category each brings, for the report and the dialog. */
#pragma once

#include "io/prd-csv.h"
#include "io/prd-import-row.h"
#include "io/prd-member-import.h"

G_BEGIN_DECLS

/* FIELD as recognised from the header of COLUMN, corrected by what the
 * column holds: NETWORK whose answers are mostly not ภายใน / ภายนอก becomes
 * CATEGORY (unless TAKEN[CATEGORY]); CATEGORY whose answers all are becomes
 * NETWORK (unless TAKEN[NETWORK]). TABLE holds PrdCsvRow*. */
PrdImportField prd_import_answers_sniff (PrdImportField  field,
                                         GPtrArray      *table,
                                         guint           column,
                                         const gboolean *taken);

/* The answers of the network column, in the order first met: a GPtrArray of
 * PrdImportAnswer (see prd-member-import.h), counting ROWS. */
GPtrArray *prd_import_answers_new       (void);
void       prd_import_answers_count     (GPtrArray      *answers,
                                         const char     *answer,
                                         int             internal,
                                         const char     *category_id,
                                         const char     *category_label);

G_END_DECLS
