/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-paper.c — shared pieces of the office's papers. */
#define G_LOG_DOMAIN "prd-docs"

#include <stdio.h>

#include <glib/gi18n.h>

#include "prd-paper.h"
#include "thai/prd-thai.h"
#include "store/prd-store-sql.h"

PrdDoc *
prd_paper_doc_new (PrdOffice *office,
                   gboolean   landscape)
{
  PrdDoc *doc = landscape ? prd_doc_new (PRD_DOC_A4_LONG, PRD_DOC_A4_SHORT)
                          : prd_doc_new (PRD_DOC_A4_SHORT, PRD_DOC_A4_LONG);

  prd_doc_set_font (doc, prd_office_get_doc_font (office));
  prd_doc_set_thai_digits (doc, prd_office_get_thai_digits (office));
  return doc;
}

static char *
format_date (const char       *iso,
             PrdThaiDateFlags  flags)
{
  GDate date;
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  /* Digits are the document's business: it turns them Thai when asked. */
  return prd_thai_date_format (&date, PRD_THAI_DATE_FULL, flags);
}

char *
prd_paper_date (const char *iso)
{
  return format_date (iso, PRD_THAI_DATE_PLAIN);
}

char *
prd_paper_date_be (const char *iso)
{
  return format_date (iso, PRD_THAI_DATE_BE_PREFIX);
}

GBytes *
prd_paper_signature (PrdStore    *store,
                     const char  *signer_id,
                     char       **mime)
{
  sqlite3_stmt *stmt;
  GBytes *bytes = NULL;

  *mime = NULL;
  if (signer_id == NULL || *signer_id == '\0')
    return NULL;
  stmt = prd_store_prepare (store, "SELECT signature, signature_mime FROM office_signer "
                            "WHERE id = ?1 AND deleted = 0 AND signature IS NOT NULL", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, signer_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_bytes (stmt, 0) > 0)
    {
      bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
      *mime = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  return bytes;
}

char *
prd_paper_lookup (PrdStore   *store,
                  const char *sql,
                  const char *id)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  if (id == NULL || *id == '\0')
    return NULL;
  stmt = prd_store_prepare (store, sql, NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

char *
prd_paper_expand (const char *text,
                  ...)
{
  g_autoptr(GString) out = g_string_new (text);
  GString *folded;
  va_list args;
  const char *key;

  va_start (args, text);
  while ((key = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);
      g_autofree char *mark = g_strdup_printf ("{%s}", key);

      g_string_replace (out, mark, value ? value : "", 0);
    }
  va_end (args);

  /* Fold runs of spaces (not newlines) left by empty values. */
  folded = g_string_new (NULL);
  for (const char *p = out->str; *p != '\0'; p++)
    if (!(*p == ' ' && (folded->len == 0 || folded->str[folded->len - 1] == ' ' ||
                        folded->str[folded->len - 1] == '\n' || p[1] == '\n')))
      g_string_append_c (folded, *p);
  return g_string_free (folded, FALSE);
}

gboolean
prd_paper_add_emblem (PrdDoc       *doc,
                      PrdOffice    *office,
                      double        height,
                      PrdDocAlign   align,
                      gboolean      advance,
                      GError      **error)
{
  GBytes *emblem = prd_office_get_emblem (office);

  if (emblem == NULL)
    {
      /* Keep the band so the rest of the page stays where it belongs. */
      if (advance)
        prd_doc_add_space (doc, height);
      return TRUE;
    }
  return prd_doc_add_image (doc, emblem, prd_office_get_emblem_mime (office), height, align, advance, error);
}

const char *
prd_paper_role_label (const char *role)
{
  static const struct { const char *code, *label; } roles[] = {
    { "chair", "ประธาน" },
    { "vice_chair", "รองประธาน" },
    { "member", "กรรมการ" },
    { "secretary", "กรรมการและเลขานุการ" },
    { "assistant_secretary", "กรรมการและผู้ช่วยเลขานุการ" },
  };

  for (guint i = 0; role != NULL && i < G_N_ELEMENTS (roles); i++)
    if (g_str_equal (role, roles[i].code))
      return roles[i].label;
  return "";
}
