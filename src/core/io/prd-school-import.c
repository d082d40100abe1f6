/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-school-import.c — the office's school list (CSV) into the registry. */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-school-import.h"
#include "prd-csv.h"
#include "prd-school-columns.h"
#include "model/prd-school-names.h"
#include "store/prd-store-sql.h"

G_DEFINE_QUARK (prd-school-import-error-quark, prd_school_import_error)

struct _PrdSchoolImport
{
  GObject    parent_instance;
  PrdStore  *store;
  GPtrArray *lines;          /* PrdSchoolLine* */
};

G_DEFINE_FINAL_TYPE (PrdSchoolImport, prd_school_import, G_TYPE_OBJECT)

/* A school already in the registry. */
typedef struct {
  char *id, *name, *code[3], *district, *subdistrict, *province;
} Known;

static const char *const code_columns[3] = { "school_code", "smis_code", "obec_code" };

static void
line_free (gpointer data)
{
  PrdSchoolLine *l = data;

  g_free (l->reason);
  g_free (l->school_id);
  g_free (l->code);
  g_free (l->name);
  g_free (l->district);
  g_free (l->subdistrict);
  g_free (l->province);
  g_free (l);
}

static void
known_free (gpointer data)
{
  Known *k = data;

  g_free (k->id);
  g_free (k->name);
  for (guint i = 0; i < 3; i++)
    g_free (k->code[i]);
  g_free (k->district);
  g_free (k->subdistrict);
  g_free (k->province);
  g_free (k);
}

static void
prd_school_import_finalize (GObject *object)
{
  PrdSchoolImport *self = PRD_SCHOOL_IMPORT (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  G_OBJECT_CLASS (prd_school_import_parent_class)->finalize (object);
}

static void
prd_school_import_class_init (PrdSchoolImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = prd_school_import_finalize;
}

static void
prd_school_import_init (PrdSchoolImport *self)
{
  self->lines = g_ptr_array_new_with_free_func (line_free);
}

PrdSchoolImport *
prd_school_import_new (PrdStore *store)
{
  PrdSchoolImport *self;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  self = g_object_new (PRD_TYPE_SCHOOL_IMPORT, NULL);
  self->store = g_object_ref (store);
  return self;
}

/* ---- what the registry holds ------------------------------------------- */

/* KNOWN gets every live school; BY_CODE and BY_NAME point into it. */
static gboolean
load_known (PrdStore    *store,
            GPtrArray   *known,
            GHashTable  *by_code,
            GHashTable  *by_name,
            GError     **error)
{
  sqlite3_stmt *stmt = prd_store_prepare (store,
    "SELECT id, name, school_code, smis_code, obec_code, district, subdistrict, province "
    "FROM school WHERE deleted = 0", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Known *k = g_new0 (Known, 1);

      k->id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      k->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      for (guint i = 0; i < 3; i++)
        {
          k->code[i] = g_strdup ((const char *) sqlite3_column_text (stmt, 2 + i));
          if (k->code[i] != NULL && *k->code[i] != '\0')
            g_hash_table_insert (by_code, g_strdup (k->code[i]), k);
        }
      k->district = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      k->subdistrict = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      k->province = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      g_hash_table_insert (by_name, prd_school_name_fold (k->name), k);
      g_ptr_array_add (known, k);
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

/* ---- checking a line ---------------------------------------------------- */

/* The digits of a school code (Thai digits, spaces and dashes allowed), or
 * NULL when it is not one; KIND 0 = 10-digit, 1 = SMIS 8, 2 = OBEC 6. */
static char *
parse_code (const char *text,
            guint      *kind)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0E50 && c <= 0x0E59)
        c = '0' + (c - 0x0E50);
      if (c >= '0' && c <= '9')
        g_string_append_c (s, (char) c);
      else if (!g_unichar_isspace (c) && c != '-')
        {
          g_string_free (s, TRUE);
          return NULL;
        }
    }
  switch (s->len)
    {
    case 10: *kind = 0; break;
    case 8:  *kind = 1; break;
    case 6:  *kind = 2; break;
    default:
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

static void
refuse (PrdSchoolLine   *l,
        PrdSchoolColumn  column,
        const char      *reason)
{
  if (l->state == PRD_SCHOOL_LINE_INVALID)
    return;   /* the first problem is the one to fix first */
  l->state = PRD_SCHOOL_LINE_INVALID;
  /* TRANSLATORS: a field and what is wrong with it, e.g. "Phone: …" */
  l->reason = g_strdup_printf (_("%s: %s"), prd_school_column_label (column), reason);
}

static gboolean
differs (const char *given,
         const char *held)
{
  return given != NULL && *given != '\0' && g_strcmp0 (given, held) != 0;
}

/* Whether L (a valid line) is new, a change of school K, or nothing new. */
static void
settle (PrdSchoolLine *l,
        Known         *k,
        guint          kind)
{
  if (k == NULL)
    {
      l->state = PRD_SCHOOL_LINE_NEW;
      return;
    }
  l->school_id = g_strdup (k->id);
  l->state = differs (l->name, k->name) || differs (l->district, k->district) ||
             differs (l->subdistrict, k->subdistrict) || differs (l->province, k->province) ||
             (l->code != NULL && differs (l->code, k->code[kind]))
             ? PRD_SCHOOL_LINE_UPDATE : PRD_SCHOOL_LINE_UNCHANGED;
}

static char *
cell (PrdCsvRow *row,
      guint      column)
{
  if (column == G_MAXUINT || column >= row->n_cells)
    return NULL;
  return g_strstrip (g_strdup (row->cells[column]));
}

typedef struct {
  guint       column[PRD_SCHOOL_N_COLUMNS];   /* G_MAXUINT: not in the file */
  GHashTable *by_code, *by_name;              /* the registry's */
  GHashTable *seen_code, *seen_name;          /* this file's: → line */
} Check;

static PrdSchoolLine *
check_line (Check     *c,
            PrdCsvRow *row)
{
  PrdSchoolLine *l = g_new0 (PrdSchoolLine, 1);
  g_autofree char *code_text = cell (row, c->column[PRD_SCHOOL_COLUMN_CODE]);
  g_autofree char *key = NULL;
  Known *by_code = NULL, *by_name = NULL;
  guint kind = 0, earlier;

  l->line = row->line;
  l->state = PRD_SCHOOL_LINE_NEW;
  l->name = cell (row, c->column[PRD_SCHOOL_COLUMN_NAME]);
  l->district = cell (row, c->column[PRD_SCHOOL_COLUMN_DISTRICT]);
  l->subdistrict = cell (row, c->column[PRD_SCHOOL_COLUMN_SUBDISTRICT]);
  l->province = cell (row, c->column[PRD_SCHOOL_COLUMN_PROVINCE]);

  if (code_text != NULL && *code_text != '\0')
    {
      l->code = parse_code (code_text, &kind);
      if (l->code == NULL)
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” is not a school code: OBEC's school "
                                                    "code has 10 digits (SMIS 8, the old OBEC "
                                                    "code 6)."), code_text);
          refuse (l, PRD_SCHOOL_COLUMN_CODE, msg);
        }
    }
  else if (c->column[PRD_SCHOOL_COLUMN_CODE] != G_MAXUINT)
    refuse (l, PRD_SCHOOL_COLUMN_CODE, _("The line has no school code."));
  if (l->name == NULL || *l->name == '\0')
    refuse (l, PRD_SCHOOL_COLUMN_NAME, _("The line has no school name."));
  if (l->state == PRD_SCHOOL_LINE_INVALID)
    return l;

  key = prd_school_name_fold (l->name);
  earlier = l->code != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (c->seen_code, l->code)) : 0;
  if (earlier > 0)
    {
      g_autofree char *msg = g_strdup_printf (_("The code %s is on line %u already."), l->code, earlier);
      refuse (l, PRD_SCHOOL_COLUMN_CODE, msg);
      return l;
    }
  earlier = GPOINTER_TO_UINT (g_hash_table_lookup (c->seen_name, key));
  if (earlier > 0)
    {
      g_autofree char *msg = g_strdup_printf (_("The same school as line %u."), earlier);
      refuse (l, PRD_SCHOOL_COLUMN_NAME, msg);
      return l;
    }
  if (l->code != NULL)
    g_hash_table_insert (c->seen_code, g_strdup (l->code), GUINT_TO_POINTER (l->line));
  g_hash_table_insert (c->seen_name, g_strdup (key), GUINT_TO_POINTER (l->line));

  /* The code is the school's identity; the name finds schools typed in
   * by hand without one. A name whose school has another code is a question,
   * not an update. */
  if (l->code != NULL)
    by_code = g_hash_table_lookup (c->by_code, l->code);
  by_name = g_hash_table_lookup (c->by_name, key);
  if (by_code == NULL && by_name != NULL && l->code != NULL &&
      by_name->code[kind] != NULL && *by_name->code[kind] != '\0')
    {
      g_autofree char *msg = g_strdup_printf (_("%s is in the registry with the code %s, not %s."),
                                              by_name->name, by_name->code[kind], l->code);
      refuse (l, PRD_SCHOOL_COLUMN_CODE, msg);
      return l;
    }
  settle (l, by_code != NULL ? by_code : by_name, kind);
  return l;
}

/* ---- loading ------------------------------------------------------------ */

gboolean
prd_school_import_load_data (PrdSchoolImport  *self,
                             const char       *data,
                             gssize            len,
                             GError          **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GPtrArray) known = g_ptr_array_new_with_free_func (known_free);
  g_autofree char *text = NULL;
  PrdCsvRow *header;
  const char *found = NULL;
  Check c;
  gboolean ok;

  g_return_val_if_fail (PRD_IS_SCHOOL_IMPORT (self), FALSE);
  if (len < 0)
    len = (gssize) strlen (data);

  g_ptr_array_set_size (self->lines, 0);
  if (len >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    {
      g_set_error_literal (error, PRD_SCHOOL_IMPORT_ERROR, PRD_SCHOOL_IMPORT_ERROR_READ,
                           _("This is an Excel workbook (.xlsx). Open it in Excel and save it as "
                             "“CSV UTF-8”, then import the CSV file."));
      return FALSE;
    }
  text = prd_csv_decode (data, (gsize) len, NULL, &found, &local);
  if (text != NULL)
    parsed = prd_csv_parse (text, prd_csv_detect_delimiter (text), &local);
  if (parsed == NULL)
    {
      g_set_error_literal (error, PRD_SCHOOL_IMPORT_ERROR, PRD_SCHOOL_IMPORT_ERROR_READ, local->message);
      return FALSE;
    }
  if (parsed->len < 2)
    {
      g_set_error_literal (error, PRD_SCHOOL_IMPORT_ERROR, PRD_SCHOOL_IMPORT_ERROR_READ,
                           parsed->len == 0 ? _("The file is empty.")
                                            : _("The file has a header line but no schools under it."));
      return FALSE;
    }

  for (guint i = 0; i < PRD_SCHOOL_N_COLUMNS; i++)
    c.column[i] = G_MAXUINT;
  header = g_ptr_array_index (parsed, 0);
  for (guint i = 0; i < header->n_cells; i++)
    {
      PrdSchoolColumn col = prd_school_column_recognise (header->cells[i]);

      if (col != PRD_SCHOOL_COLUMN_IGNORE && c.column[col] == G_MAXUINT)
        c.column[col] = i;
    }
  if (c.column[PRD_SCHOOL_COLUMN_NAME] == G_MAXUINT)
    {
      g_set_error_literal (error, PRD_SCHOOL_IMPORT_ERROR, PRD_SCHOOL_IMPORT_ERROR_COLUMNS,
                           _("No column gives the schools' names: the header line needs a column "
                             "such as ชื่อโรงเรียน, next to รหัสโรงเรียน, อำเภอ and ตำบล."));
      return FALSE;
    }

  c.by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c.by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c.seen_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c.seen_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ok = load_known (self->store, known, c.by_code, c.by_name, error);
  for (guint r = 1; ok && r < parsed->len; r++)
    g_ptr_array_add (self->lines, check_line (&c, g_ptr_array_index (parsed, r)));
  g_hash_table_unref (c.by_code);
  g_hash_table_unref (c.by_name);
  g_hash_table_unref (c.seen_code);
  g_hash_table_unref (c.seen_name);
  return ok;
}

gboolean
prd_school_import_load_file (PrdSchoolImport  *self,
                             GFile            *file,
                             GCancellable     *cancellable,
                             GError          **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (PRD_IS_SCHOOL_IMPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!g_file_load_contents (file, cancellable, &data, &len, NULL, &local))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, PRD_SCHOOL_IMPORT_ERROR, PRD_SCHOOL_IMPORT_ERROR_READ,
                   _("The file %s cannot be read: %s"), name, local->message);
      return FALSE;
    }
  return prd_school_import_load_data (self, data, (gssize) len, error);
}

GPtrArray *
prd_school_import_get_lines (PrdSchoolImport *self)
{
  g_return_val_if_fail (PRD_IS_SCHOOL_IMPORT (self), NULL);
  return self->lines;
}

guint
prd_school_import_count (PrdSchoolImport    *self,
                         PrdSchoolLineState  state)
{
  guint n = 0;

  g_return_val_if_fail (PRD_IS_SCHOOL_IMPORT (self), 0);
  for (guint i = 0; i < self->lines->len; i++)
    if (((PrdSchoolLine *) g_ptr_array_index (self->lines, i))->state == state)
      n++;
  return n;
}

char *
prd_school_import_format_report (PrdSchoolImport *self)
{
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (PRD_IS_SCHOOL_IMPORT (self), NULL);
  for (guint i = 0; i < self->lines->len; i++)
    {
      PrdSchoolLine *l = g_ptr_array_index (self->lines, i);

      if (l->state == PRD_SCHOOL_LINE_INVALID)
        g_string_append_printf (s, _("Line %u, %s\n"), l->line, l->reason);
    }
  g_string_append_printf (s, _("%u schools: %u new, %u to update, %u already as listed, "
                               "%u with problems.\n"),
                          self->lines->len, prd_school_import_count (self, PRD_SCHOOL_LINE_NEW),
                          prd_school_import_count (self, PRD_SCHOOL_LINE_UPDATE),
                          prd_school_import_count (self, PRD_SCHOOL_LINE_UNCHANGED),
                          prd_school_import_count (self, PRD_SCHOOL_LINE_INVALID));
  return g_string_free (s, FALSE);
}

/* ---- writing ------------------------------------------------------------ */

static void
set_if_given (JsonObject *o,
              const char *column,
              const char *value)
{
  if (value != NULL && *value != '\0')
    json_object_set_string_member (o, column, value);
}

static gboolean
write_line (PrdStore       *store,
            PrdSchoolLine  *l,
            GError        **error)
{
  g_autoptr(JsonObject) o = json_object_new ();

  if (l->school_id != NULL)
    json_object_set_string_member (o, "id", l->school_id);
  set_if_given (o, "name", l->name);
  set_if_given (o, "district", l->district);
  set_if_given (o, "subdistrict", l->subdistrict);
  set_if_given (o, "province", l->province);
  if (l->code != NULL)
    {
      guint kind = strlen (l->code) == 10 ? 0 : strlen (l->code) == 8 ? 1 : 2;
      json_object_set_string_member (o, code_columns[kind], l->code);
    }
  return prd_store_put (store, "school", o, error);
}

gboolean
prd_school_import_run (PrdSchoolImport        *self,
                       PrdSchoolImportCounts  *counts,
                       GError                **error)
{
  g_autoptr(PrdStoreTxn) txn = NULL;
  PrdSchoolImportCounts n = { 0, };
  guint invalid;

  g_return_val_if_fail (PRD_IS_SCHOOL_IMPORT (self), FALSE);

  invalid = prd_school_import_count (self, PRD_SCHOOL_LINE_INVALID);
  if (invalid > 0)
    {
      g_set_error (error, PRD_SCHOOL_IMPORT_ERROR, PRD_SCHOOL_IMPORT_ERROR_REFUSED,
                   _("%u lines have problems, so no school was imported. Correct them in the "
                     "file and import it again."), invalid);
      return FALSE;
    }
  txn = prd_store_txn_begin (self->store, error);
  if (txn == NULL)
    return FALSE;
  for (guint i = 0; i < self->lines->len; i++)
    {
      PrdSchoolLine *l = g_ptr_array_index (self->lines, i);
      g_autoptr(GError) local = NULL;

      if (l->state == PRD_SCHOOL_LINE_UNCHANGED)
        {
          n.unchanged++;
          continue;
        }
      if (!write_line (self->store, l, &local))
        {
          g_set_error (error, PRD_SCHOOL_IMPORT_ERROR, PRD_SCHOOL_IMPORT_ERROR_REFUSED,
                       _("Line %u could not be saved, so no school was imported: %s"),
                       l->line, local->message);
          return FALSE;
        }
      if (l->state == PRD_SCHOOL_LINE_NEW)
        n.added++;
      else
        n.updated++;
    }
  if (!prd_store_txn_commit (txn, error))
    return FALSE;
  if (counts != NULL)
    *counts = n;
  return TRUE;
}
