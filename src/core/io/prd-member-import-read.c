/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-import-read.c — the file read: decoded, split into rows, the
 * header recognised and its columns mapped to member fields. */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-member-import-private.h"
#include "prd-csv.h"
#include "prd-import-answers.h"
#include "prd-import-fields.h"

/* ---- the sheet: what a file gives ----------------------------------------- */

void
prd_import_sheet_init (PrdImportSheet *sheet)
{
  sheet->encoding_name = "";
  sheet->delimiter = ',';
  sheet->headers = g_ptr_array_new_with_free_func (g_free);
  sheet->mapping = g_array_new (FALSE, TRUE, sizeof (PrdImportField));
  sheet->recognised = g_array_new (FALSE, TRUE, sizeof (gboolean));
  sheet->table = g_ptr_array_new_with_free_func ((GDestroyNotify) prd_csv_row_free);
}

void
prd_import_sheet_clear (PrdImportSheet *sheet)
{
  g_clear_pointer (&sheet->headers, g_ptr_array_unref);
  g_clear_pointer (&sheet->mapping, g_array_unref);
  g_clear_pointer (&sheet->recognised, g_array_unref);
  g_clear_pointer (&sheet->table, g_ptr_array_unref);
}

/* Headers and table are never changed once read, so a copy shares them;
 * the mapping is the user's to change, so a copy has its own. */
void
prd_import_sheet_copy (const PrdImportSheet *from,
                       PrdImportSheet       *to)
{
  to->encoding_name = from->encoding_name;
  to->delimiter = from->delimiter;
  to->headers = g_ptr_array_ref (from->headers);
  to->table = g_ptr_array_ref (from->table);
  to->mapping = g_array_copy (from->mapping);
  to->recognised = g_array_copy (from->recognised);
}

gboolean
prd_import_sheet_has_name_column (const PrdImportSheet *sheet)
{
  for (guint c = 0; c < sheet->mapping->len; c++)
    {
      PrdImportField f = g_array_index (sheet->mapping, PrdImportField, c);
      if (f == PRD_IMPORT_FIELD_GIVEN_NAME || f == PRD_IMPORT_FIELD_FULL_NAME)
        return TRUE;
    }
  return FALSE;
}

static void
recognise_headers (PrdImportSheet *sheet)
{
  gboolean taken[PRD_IMPORT_N_FIELDS] = { FALSE, };

  g_array_set_size (sheet->mapping, sheet->headers->len);
  g_array_set_size (sheet->recognised, sheet->headers->len);
  for (guint c = 0; c < sheet->headers->len; c++)
    {
      PrdImportField f = prd_import_field_recognise (g_ptr_array_index (sheet->headers, c));

      /* A field fills from one column; a second look-alike waits for the user. */
      if (f != PRD_IMPORT_FIELD_IGNORE && taken[f])
        f = PRD_IMPORT_FIELD_IGNORE;
      taken[f] = TRUE;
      g_array_index (sheet->mapping, PrdImportField, c) = f;
      g_array_index (sheet->recognised, gboolean, c) = f != PRD_IMPORT_FIELD_IGNORE;
    }
  /* ประเภทเครือข่าย holds the network type, or on some forms a category:
   * the answers decide. */
  for (guint c = 0; c < sheet->headers->len; c++)
    {
      PrdImportField f = g_array_index (sheet->mapping, PrdImportField, c);
      PrdImportField sniffed = prd_import_answers_sniff (f, sheet->table, c, taken);

      if (sniffed != f)
        {
          taken[f] = FALSE;
          taken[sniffed] = TRUE;
          g_array_index (sheet->mapping, PrdImportField, c) = sniffed;
        }
    }
}

gboolean
prd_import_sheet_read_data (PrdImportSheet     *sheet,
                            const char         *data,
                            gssize              len,
                            PrdImportEncoding   encoding,
                            GError            **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) parsed = NULL;
  const char *found = NULL;
  PrdCsvRow *header;
  char delimiter;

  if (len < 0)
    len = (gssize) strlen (data);
  text = prd_csv_decode (data, (gsize) len,
                         encoding == PRD_IMPORT_ENCODING_UTF8 ? "UTF-8"
                         : encoding == PRD_IMPORT_ENCODING_WINDOWS_874 ? "WINDOWS-874" : NULL,
                         &found, &local);
  if (text == NULL)
    {
      g_set_error_literal (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_ENCODING,
                           local->message);
      return FALSE;
    }

  delimiter = prd_csv_detect_delimiter (text);
  parsed = prd_csv_parse (text, delimiter, &local);
  if (parsed == NULL)
    {
      g_set_error_literal (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_FORMAT,
                           local->message);
      return FALSE;
    }
  if (parsed->len < 2)
    {
      g_set_error_literal (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_EMPTY,
                           parsed->len == 0
                             ? _("The file is empty.")
                             : _("The file has a header line but no members under it."));
      return FALSE;
    }

  prd_import_sheet_init (sheet);
  sheet->encoding_name = found;
  sheet->delimiter = delimiter;
  header = g_ptr_array_index (parsed, 0);
  for (guint c = 0; c < header->n_cells; c++)
    g_ptr_array_add (sheet->headers, g_strstrip (g_strdup (header->cells[c])));
  /* Rows longer than the header get columns of their own (unnamed). */
  for (guint r = 1; r < parsed->len; r++)
    {
      PrdCsvRow *row = g_ptr_array_index (parsed, r);
      while (sheet->headers->len < row->n_cells)
        g_ptr_array_add (sheet->headers, g_strdup (""));
    }
  for (guint r = 1; r < parsed->len; r++)
    g_ptr_array_add (sheet->table, g_steal_pointer (&g_ptr_array_index (parsed, r)));
  recognise_headers (sheet);
  return TRUE;
}

gboolean
prd_import_sheet_read_file (PrdImportSheet     *sheet,
                            GFile              *file,
                            PrdImportEncoding   encoding,
                            GCancellable       *cancellable,
                            GError            **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!g_file_load_contents (file, cancellable, &data, &len, NULL, &local))
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local));
      else
        {
          g_autofree char *name = g_file_get_parse_name (file);
          g_set_error (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_READ,
                       _("The file %s cannot be read: %s"), name, local->message);
        }
      return FALSE;
    }
  return prd_import_sheet_read_data (sheet, data, (gssize) len, encoding, error);
}

/* ---- the importer's sheet ------------------------------------------------- */

void
prd_member_import_take_sheet (PrdMemberImport *self,
                              PrdImportSheet  *sheet)
{
  /* Rows of the last analysis keep the old table alive. */
  prd_import_sheet_clear (&self->sheet);
  self->sheet = *sheet;
  memset (sheet, 0, sizeof *sheet);
  self->n_valid = self->n_invalid = self->n_duplicates = 0;
}

gboolean
prd_member_import_load_data (PrdMemberImport    *self,
                             const char         *data,
                             gssize              len,
                             PrdImportEncoding   encoding,
                             GError            **error)
{
  PrdImportSheet sheet;

  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  if (!prd_import_sheet_read_data (&sheet, data, len, encoding, error))
    return FALSE;
  prd_member_import_take_sheet (self, &sheet);
  return TRUE;
}

gboolean
prd_member_import_load_file (PrdMemberImport    *self,
                             GFile              *file,
                             PrdImportEncoding   encoding,
                             GCancellable       *cancellable,
                             GError            **error)
{
  PrdImportSheet sheet;

  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!prd_import_sheet_read_file (&sheet, file, encoding, cancellable, error))
    return FALSE;
  prd_member_import_take_sheet (self, &sheet);
  return TRUE;
}

const char *
prd_member_import_get_encoding_name (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), NULL);
  return self->sheet.encoding_name;
}

char
prd_member_import_get_delimiter (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), ',');
  return self->sheet.delimiter;
}

guint
prd_member_import_get_n_columns (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), 0);
  return self->sheet.headers->len;
}

const char *
prd_member_import_get_header (PrdMemberImport *self,
                              guint            column)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), NULL);
  g_return_val_if_fail (column < self->sheet.headers->len, NULL);
  return g_ptr_array_index (self->sheet.headers, column);
}

PrdImportField
prd_member_import_get_mapping (PrdMemberImport *self,
                               guint            column)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), PRD_IMPORT_FIELD_IGNORE);
  g_return_val_if_fail (column < self->sheet.mapping->len, PRD_IMPORT_FIELD_IGNORE);
  return g_array_index (self->sheet.mapping, PrdImportField, column);
}

gboolean
prd_member_import_get_recognised (PrdMemberImport *self,
                                  guint            column)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), FALSE);
  g_return_val_if_fail (column < self->sheet.recognised->len, FALSE);
  return g_array_index (self->sheet.recognised, gboolean, column);
}

void
prd_member_import_set_mapping (PrdMemberImport *self,
                               guint            column,
                               PrdImportField   field)
{
  g_return_if_fail (PRD_IS_MEMBER_IMPORT (self));
  g_return_if_fail (column < self->sheet.mapping->len);
  g_return_if_fail (field < PRD_IMPORT_N_FIELDS);

  /* One column per field: the column that had FIELD gives it up. */
  if (field != PRD_IMPORT_FIELD_IGNORE)
    for (guint c = 0; c < self->sheet.mapping->len; c++)
      if (c != column && g_array_index (self->sheet.mapping, PrdImportField, c) == field)
        g_array_index (self->sheet.mapping, PrdImportField, c) = PRD_IMPORT_FIELD_IGNORE;
  g_array_index (self->sheet.mapping, PrdImportField, column) = field;
}

gboolean
prd_member_import_has_name_column (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), FALSE);
  return prd_import_sheet_has_name_column (&self->sheet);
}
