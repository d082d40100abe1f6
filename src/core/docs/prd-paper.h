/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-paper.h — what the memo, the order and the certificate share:
 * a PrdDoc set up for the office, Thai dates, signatures, templates. */
#pragma once

#include "docs/prd-doc.h"
#include "model/prd-office.h"

G_BEGIN_DECLS

/* A4 (portrait, or landscape) in the office's font and digits. */
PrdDoc  *prd_paper_doc_new       (PrdOffice   *office,
                                  gboolean     landscape);
/* "2026-11-25" → "25 พฤศจิกายน 2569"; NULL for an empty or wrong date. */
char    *prd_paper_date          (const char  *iso);
/* The same with "พ.ศ." before the year (orders, certificates). */
char    *prd_paper_date_be       (const char  *iso);
/* The signature picture of an office signer, or NULL. */
GBytes  *prd_paper_signature     (PrdStore    *store,
                                  const char  *signer_id,
                                  char       **mime);
/* The first column of the first row of SQL with ?1 bound to ID; NULL if none. */
char    *prd_paper_lookup        (PrdStore    *store,
                                  const char  *sql,
                                  const char  *id);
/* Replaces {key} by the value after it in the NULL-terminated KEY, VALUE
 * list, and folds runs of spaces. */
char    *prd_paper_expand        (const char  *text,
                                  ...) G_GNUC_NULL_TERMINATED;
/* Draws the office's emblem HEIGHT points high; nothing when it has none. */
gboolean prd_paper_add_emblem    (PrdDoc      *doc,
                                  PrdOffice   *office,
                                  double       height,
                                  PrdDocAlign  align,
                                  gboolean     advance,
                                  GError     **error);
/* The Thai label of a committee role code (chair → ประธาน). */
const char *prd_paper_role_label (const char  *role);

G_END_DECLS
