/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-import-report.c — what the analysis found, as the text the
 * CLI prints and the dialog copies: the mapping, then one line per refused
 * row and per duplicate, then the totals. */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-member-import-private.h"
#include "prd-import-fields.h"
#include "prd-import-row-private.h"
#include "model/prd-school-names.h"

static const char *
delimiter_name (char d)
{
  switch (d)
    {
    case ';':  return _("semicolon (;)");
    case '\t': return _("tab");
    case '|':  return _("bar (|)");
    default:   return _("comma (,)");
    }
}

static const char *
action_text (PrdImportDuplicateAction action)
{
  switch (action)
    {
    case PRD_IMPORT_DUPLICATE_SKIP: return _("will be skipped");
    case PRD_IMPORT_DUPLICATE_ADD:  return _("will be added as a new member");
    case PRD_IMPORT_DUPLICATE_MERGE:
    default:                        return _("will be merged into it");
    }
}

char *
prd_member_import_format_report (PrdMemberImport *self)
{
  GString *s = g_string_new (NULL);
  g_autoptr(GHashTable) new_schools = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), NULL);

  g_string_append_printf (s, _("Encoding %s, columns separated by %s."),
                          self->sheet.encoding_name, delimiter_name (self->sheet.delimiter));
  g_string_append_c (s, '\n');
  for (guint c = 0; c < self->sheet.headers->len; c++)
    {
      PrdImportField f = g_array_index (self->sheet.mapping, PrdImportField, c);
      const char *h = g_ptr_array_index (self->sheet.headers, c);

      if (f != PRD_IMPORT_FIELD_IGNORE)
        g_string_append_printf (s, _("  Column %u “%s” → %s"), c + 1, h, prd_import_field_label (f));
      else
        g_string_append_printf (s, _("  Column %u “%s” is not imported"), c + 1, h);
      g_string_append_c (s, '\n');
    }

  for (guint i = 0; i < self->answers->len; i++)
    {
      PrdImportAnswer *a = g_ptr_array_index (self->answers, i);

      g_string_append_printf (s, _("  “%s” (%u rows): %s network, category %s"), a->answer, a->rows,
                              a->internal ? _("internal") : _("external"),
                              a->category_label != NULL ? a->category_label
                                                        : _("from the category column"));
      g_string_append_c (s, '\n');
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      PrdImportRow *row = g_ptr_array_index (self->rows, i);

      for (guint p = 0; p < prd_import_row_get_n_problems (row); p++)
        {
          const PrdImportProblem *pr = prd_import_row_get_problem (row, p);

          g_string_append_printf (s, _("Line %u, %s: %s"), prd_import_row_get_line (row),
                                  prd_import_field_label (pr->field), pr->reason);
          g_string_append_c (s, '\n');
        }
      if (prd_import_row_get_state (row) != PRD_IMPORT_ROW_INVALID)
        {
          for (guint n = 0; n < prd_import_row_get_n_notices (row); n++)
            {
              g_string_append_printf (s, _("Line %u: %s"), prd_import_row_get_line (row),
                                      prd_import_row_get_notice (row, n));
              g_string_append_c (s, '\n');
            }
          /* A new school once, on the first line that names it. */
          g_autofree char *key = prd_import_row_get_new_school (row) != NULL
                                 ? prd_school_name_fold (prd_import_row_get_new_school (row)) : NULL;

          if (key != NULL && !g_hash_table_contains (new_schools, key))
            {
              g_string_append_printf (s, _("Line %u: %s is not in the registry; it will be added."),
                                      prd_import_row_get_line (row), prd_import_row_get_new_school (row));
              g_string_append_c (s, '\n');
              g_hash_table_add (new_schools, g_steal_pointer (&key));
            }
        }
      if (prd_import_row_get_state (row) == PRD_IMPORT_ROW_DUPLICATE &&
          prd_import_row_get_other_name (row) != NULL)
        {
          if (prd_import_row_get_duplicate_of (row) != NULL)
            g_string_append_printf (s, _("Line %u: %s has the same phone as %s, who is in the "
                                         "registry under that other name; %s (not merged)."),
                                    prd_import_row_get_line (row),
                                    prd_import_row_get_display_name (row),
                                    prd_import_row_get_other_name (row),
                                    action_text (prd_import_row_get_action (row)));
          else
            g_string_append_printf (s, _("Line %u: %s has the same phone as %s on line %u, "
                                         "another name; %s (not merged)."),
                                    prd_import_row_get_line (row),
                                    prd_import_row_get_display_name (row),
                                    prd_import_row_get_other_name (row),
                                    prd_import_row_get_duplicate_line (row),
                                    action_text (prd_import_row_get_action (row)));
          g_string_append_c (s, '\n');
        }
      else if (prd_import_row_get_state (row) == PRD_IMPORT_ROW_DUPLICATE)
        {
          if (prd_import_row_get_duplicate_of (row) != NULL)
            g_string_append_printf (s, _("Line %u: %s is already in the registry; %s."),
                                    prd_import_row_get_line (row),
                                    prd_import_row_get_display_name (row),
                                    action_text (prd_import_row_get_action (row)));
          else
            g_string_append_printf (s, _("Line %u: %s repeats line %u; %s."),
                                    prd_import_row_get_line (row),
                                    prd_import_row_get_display_name (row),
                                    prd_import_row_get_duplicate_line (row),
                                    action_text (prd_import_row_get_action (row)));
          g_string_append_c (s, '\n');
        }
    }
  if (g_hash_table_size (new_schools) > 0)
    {
      g_string_append_printf (s, _("%u schools not in the registry will be added."),
                              g_hash_table_size (new_schools));
      g_string_append_c (s, '\n');
    }
  g_string_append_printf (s, _("%u rows: %u ready, %u duplicates, %u with problems."),
                          self->rows->len, self->n_valid, self->n_duplicates, self->n_invalid);
  g_string_append_c (s, '\n');
  return g_string_free (s, FALSE);
}
