/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-import-fields.h — importer internals: field keys and header recognition. */
#pragma once

#include "io/prd-import-row.h"

G_BEGIN_DECLS

/* The member column ("phone", "school_id", "social:tiktok", …) FIELD fills, or NULL. */
const char     *prd_import_field_member_field      (PrdImportField  field);
PrdImportField  prd_import_field_from_member_field (const char     *member_field);
/* The field a header written by a person most likely means, or IGNORE. */
PrdImportField  prd_import_field_recognise         (const char     *header);

/* HEADER lower case, without the spaces and punctuation people sprinkle in
 * headers: what the column matchers compare. */
char *prd_import_fold_header (const char *header);

G_END_DECLS
