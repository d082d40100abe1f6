/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-doc-draw.h — drawing helpers of the flow engine that other papers of
 * core/docs share (the printed registry draws its own table). Private to
 * core/docs. */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* Draws LINE with its left end at (X, BASELINE) so that PDF readers copy
 * Thai with its vowel and tone marks in place (see show_line in prd-doc.c). */
void prd_doc_show_layout_line (cairo_t         *cr,
                               PangoLayoutLine *line,
                               double           x,
                               double           baseline);

G_END_DECLS
