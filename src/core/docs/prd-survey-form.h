/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-survey-form.h — the blank network survey form (แบบสำรวจเครือข่าย
 * การประชาสัมพันธ์) for schools that answer on paper: the same fields the
 * importer reads, the office's member categories to tick, PDPA consent. */
#pragma once

#include "docs/prd-doc.h"
#include "store/prd-store.h"

G_BEGIN_DECLS

/* An A4 portrait PrdDoc: write it with prd_doc_write_pdf() or print it. */
PrdDoc *prd_survey_form_new (PrdStore  *store,
                             GError   **error);

G_END_DECLS
