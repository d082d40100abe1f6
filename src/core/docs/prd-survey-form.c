/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-survey-form.c — the blank survey form, on the flow engine. */
#define G_LOG_DOMAIN "prd-docs"

#include <glib/gi18n.h>

#include "prd-survey-form.h"
#include "prd-paper.h"
#include "model/prd-office.h"
#include "store/prd-store-sql.h"

static void
field_row (PrdDoc     *doc,
           const char *label1,
           double      width1,
           const char *label2,
           double      width2,
           const char *label3)
{
  PrdDocField f[3] = {
    { label1, 0, FALSE, "", 0, width1, TRUE },
    { label2, 0, FALSE, "", 0, width2, TRUE },
    { label3, 0, FALSE, "", 0, 0, TRUE },
  };
  guint n = label3 != NULL ? 3 : label2 != NULL ? 2 : 1;

  if (n == 2)
    f[1].width = 0;
  if (n == 1)
    f[0].width = 0;
  prd_doc_add_fields (doc, f, n, 4);
}

static void
section (PrdDoc     *doc,
         const char *title)
{
  PrdDocStyle style = { .size = 16, .bold = TRUE, .space_before = 12, .space_after = 2,
                        .keep_with_next = TRUE };
  prd_doc_add_paragraph (doc, title, &style);
}

static void
tick (PrdDoc     *doc,
      const char *text)
{
  PrdDocStyle style = { .size = 16, .left_indent = PRD_DOC_CM (0.5), .space_before = 2 };
  g_autofree char *line = g_strdup_printf ("☐ %s", text);

  prd_doc_add_paragraph (doc, line, &style);
}

PrdDoc *
prd_survey_form_new (PrdStore  *store,
                     GError   **error)
{
  g_autoptr(PrdOffice) office = NULL;
  g_autoptr(PrdDoc) doc = NULL;
  g_autoptr(GPtrArray) categories = g_ptr_array_new_with_free_func (g_free);
  PrdDocStyle title = { .size = 20, .bold = TRUE, .align = PRD_DOC_ALIGN_CENTER };
  PrdDocStyle centre = { .size = 16, .align = PRD_DOC_ALIGN_CENTER };
  PrdDocStyle body = { .size = 16, .align = PRD_DOC_ALIGN_JUSTIFY, .first_indent = PRD_DOC_CM (1.5),
                       .space_before = 8 };
  PrdDocSignature sign = { 0 };
  const char *sign_lines[] = { NULL, NULL, NULL };
  sqlite3_stmt *stmt;
  guint half;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  office = prd_office_load (store, error);
  if (office == NULL)
    return NULL;
  stmt = prd_store_prepare (store, "SELECT label FROM member_category WHERE deleted = 0 "
                                   "ORDER BY sort_order", error);
  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (categories, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  doc = prd_paper_doc_new (office, FALSE);
  prd_doc_set_margins (doc, 1.5, 2.0, 1.5, 2.5);
  prd_doc_set_title (doc, _("Public-relations network survey"));
  if (!prd_paper_add_emblem (doc, office, PRD_DOC_CM (1.5), PRD_DOC_ALIGN_CENTER, TRUE, error))
    return NULL;
  prd_doc_add_paragraph (doc, _("Public-relations network survey"), &title);
  prd_doc_add_paragraph (doc, prd_office_get_name (office), &centre);
  prd_doc_add_paragraph (doc, _("Please fill in every item. The office uses this information only to "
                                "contact the network and to share its news, as the Personal Data "
                                "Protection Act B.E. 2562 allows."), &body);

  section (doc, _("Part 1. About you"));
  field_row (doc, _("Name prefix"), PRD_DOC_CM (4.0), _("Given name"), PRD_DOC_CM (6.0), _("Surname"));
  field_row (doc, _("Position"), 0, NULL, 0, NULL);
  field_row (doc, _("School or organisation"), 0, NULL, 0, NULL);
  field_row (doc, _("District"), PRD_DOC_CM (7.0), _("Phone"), 0, NULL);
  field_row (doc, _("E-mail"), PRD_DOC_CM (9.0), _("LINE ID"), 0, NULL);

  section (doc, _("Part 2. Social media accounts (name or link)"));
  field_row (doc, "Facebook", 0, NULL, 0, NULL);
  field_row (doc, "TikTok", 0, NULL, 0, NULL);
  field_row (doc, "YouTube", 0, NULL, 0, NULL);
  field_row (doc, _("Other"), 0, NULL, 0, NULL);

  section (doc, _("Part 3. Kind of network member (tick one)"));
  prd_doc_begin_columns (doc, 2, 0);
  half = (categories->len + 1) / 2;
  for (guint i = 0; i < categories->len; i++)
    {
      if (i == half)
        prd_doc_next_column (doc);
      tick (doc, g_ptr_array_index (categories, i));
    }
  prd_doc_end_columns (doc);

  section (doc, _("Part 4. Consent (Personal Data Protection Act B.E. 2562)"));
  tick (doc, _("I agree that the office may contact me about its news and activities"));
  tick (doc, _("I agree that the office may publish photos in which I appear"));

  sign_lines[0] = _("the person giving the information");
  sign_lines[1] = _("Date ........../................../..........");
  sign.lead = _("Signed");
  sign.lines = sign_lines;
  sign.center = prd_doc_get_content_width (doc) * 0.7;
  sign.space_above = 24;
  prd_doc_add_signature (doc, &sign, 18);
  return g_steal_pointer (&doc);
}
