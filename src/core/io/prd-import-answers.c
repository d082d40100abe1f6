/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-import-answers.c — the network type column: what it holds, what it gives. */
#define G_LOG_DOMAIN "prd-io"

#include "prd-import-answers.h"
#include "model/prd-network-answers.h"

PrdImportField
prd_import_answers_sniff (PrdImportField  field,
                          GPtrArray      *table,
                          guint           column,
                          const gboolean *taken)
{
  guint given = 0, types = 0;

  if (field != PRD_IMPORT_FIELD_NETWORK && field != PRD_IMPORT_FIELD_CATEGORY)
    return field;
  for (guint r = 0; r < table->len; r++)
    {
      PrdCsvRow *row = g_ptr_array_index (table, r);
      g_autofree char *text = NULL;

      if (column >= row->n_cells)
        continue;
      text = g_strstrip (g_strdup (row->cells[column]));
      if (*text == '\0')
        continue;
      given++;
      if (prd_network_type_parse (text) >= 0)
        types++;
    }
  if (given == 0)
    return field;
  if (field == PRD_IMPORT_FIELD_NETWORK && 2 * types < given && !taken[PRD_IMPORT_FIELD_CATEGORY])
    return PRD_IMPORT_FIELD_CATEGORY;
  if (field == PRD_IMPORT_FIELD_CATEGORY && types == given && !taken[PRD_IMPORT_FIELD_NETWORK])
    return PRD_IMPORT_FIELD_NETWORK;
  return field;
}

static void
answer_free (gpointer data)
{
  PrdImportAnswer *a = data;

  g_free (a->answer);
  g_free (a->category_id);
  g_free (a->category_label);
  g_free (a);
}

GPtrArray *
prd_import_answers_new (void)
{
  return g_ptr_array_new_with_free_func (answer_free);
}

void
prd_import_answers_count (GPtrArray  *answers,
                          const char *answer,
                          int         internal,
                          const char *category_id,
                          const char *category_label)
{
  g_autofree char *key = prd_network_answer_fold (answer);
  PrdImportAnswer *a;

  for (guint i = 0; i < answers->len; i++)
    {
      g_autofree char *other = NULL;

      a = g_ptr_array_index (answers, i);
      other = prd_network_answer_fold (a->answer);
      if (g_str_equal (key, other))
        {
          a->rows++;
          return;
        }
    }
  a = g_new0 (PrdImportAnswer, 1);
  a->answer = g_strdup (answer);
  a->internal = internal;
  a->category_id = g_strdup (category_id);
  a->category_label = g_strdup (category_label);
  a->rows = 1;
  g_ptr_array_add (answers, a);
}
