/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-doc-font.h — which installed family the papers are set in. Private to core/docs. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TH Sarabun New over Laksaman: the glyphs of Laksaman are TH Sarabun New's
 * scaled up by 150.42 %, so Laksaman set at size / 1.504 matches. */
#define PRD_DOC_LAKSAMAN_SCALE (1.0 / 1.504)

/* Returns the family to use for WANTED (NULL: the TH Sarabun family), and in
 * SCALE the factor that makes its 16 pt look like TH Sarabun's 16 pt. */
char *prd_doc_font_resolve (const char *wanted,
                            double     *scale);

G_END_DECLS
