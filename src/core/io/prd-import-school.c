/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-import-school.c — the school of a survey row: known, new, or an organisation. */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-import-school.h"
#include "prd-import-row-private.h"
#include "model/prd-school-names.h"

gboolean
prd_import_school_column_is_mixed (const char *header)
{
  static const char *const agency[] = { "หน่วยงาน", "องค์กร", "สังกัด", "agency", "organi", "office" };
  g_autofree char *h = g_utf8_strdown (header != NULL ? header : "", -1);

  for (guint i = 0; i < G_N_ELEMENTS (agency); i++)
    if (strstr (h, agency[i]) != NULL)
      return TRUE;
  return FALSE;
}

char *
prd_import_school_full_name (const char *text)
{
  static const char *const short_forms[] = { "ร.ร.", "รร." };
  g_autofree char *t = g_strstrip (g_strdup (text));

  for (guint i = 0; i < G_N_ELEMENTS (short_forms); i++)
    if (g_str_has_prefix (t, short_forms[i]))
      {
        const char *rest = t + strlen (short_forms[i]);

        while (*rest == ' ')
          rest++;
        return g_strconcat ("โรงเรียน", rest, NULL);
      }
  if (!g_str_has_prefix (t, "โรงเรียน"))
    return g_strconcat ("โรงเรียน", t, NULL);
  return g_steal_pointer (&t);
}

/* A school code (digits only, Thai or Arabic): never a new school's name. */
static gboolean
is_code (const char *text)
{
  gboolean digits = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= '0' && c <= '9') || (c >= 0x0E50 && c <= 0x0E59))
        digits = TRUE;
      else if (!g_unichar_isspace (c) && c != '-')
        return FALSE;
    }
  return digits;
}

void
prd_import_school_resolve (PrdMemberValidator *validator,
                           PrdImportRow       *row,
                           guint               column,
                           gboolean            mixed,
                           const char         *text)
{
  const char *id = prd_member_validator_find_school (validator, text);
  gboolean says_school = prd_school_name_is_school (text);

  if (id != NULL && (says_school || !mixed || is_code (text)))
    {
      const char *name = prd_member_validator_school_name (validator, id);

      prd_import_row_set_value (row, ROW_SCHOOL_ID, id);
      /* A near-duplicate spelling is linked, and said. */
      if (!is_code (text) && name != NULL && !g_str_equal (name, text))
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” is taken as %s of the registry."), text, name);
          prd_import_row_add_notice (row, msg);
        }
      return;
    }
  if (id != NULL)
    {
      /* ชุมชนบ้านหนองบัว is not โรงเรียนชุมชนบ้านหนองบัว unless the row says so. */
      g_autofree char *msg =
        g_strdup_printf (_("“%s” is kept as an organisation, not linked to %s: write the school's "
                           "full name or its code if it is that school."),
                         text, prd_member_validator_school_name (validator, id));

      if (prd_import_row_get_value (row, ROW_ORGANIZATION) == NULL)
        prd_import_row_set_value (row, ROW_ORGANIZATION, text);
      prd_import_row_add_notice (row, msg);
      return;
    }
  if (is_code (text))
    {
      g_autofree char *msg =
        g_strdup_printf (_("No school of the registry has the code %s; import the office's school "
                           "list first (schools import) or write the school's name."), text);
      prd_import_row_add_problem (row, column, PRD_IMPORT_FIELD_SCHOOL, msg);
      return;
    }
  if (says_school || !mixed)
    {
      g_autofree char *name = prd_import_school_full_name (text);

      prd_import_row_set_new_school (row, name);
      return;
    }
  /* "หน่วยงาน/โรงเรียน" columns hold agencies too. */
  if (prd_import_row_get_value (row, ROW_ORGANIZATION) == NULL)
    prd_import_row_set_value (row, ROW_ORGANIZATION, text);
}
