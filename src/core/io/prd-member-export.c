/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-export.c — CSV, XLSX, vCard and PDF of the registry. */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "prd-member-export.h"
#include "store/prd-output-file.h"
#include "prd-csv.h"
#include "prd-import-row.h"
#include "model/prd-member-rows.h"
#include "thai/prd-thai.h"
#include "store/prd-store-sql.h"

G_DEFINE_QUARK (prd-member-export-error-quark, prd_member_export_error)

G_DEFINE_ENUM_TYPE (PrdMemberExportFormat, prd_member_export_format,
  G_DEFINE_ENUM_VALUE (PRD_MEMBER_EXPORT_CSV, "csv"),
  G_DEFINE_ENUM_VALUE (PRD_MEMBER_EXPORT_XLSX, "xlsx"),
  G_DEFINE_ENUM_VALUE (PRD_MEMBER_EXPORT_VCARD, "vcf"),
  G_DEFINE_ENUM_VALUE (PRD_MEMBER_EXPORT_PDF, "pdf"))

gboolean
prd_member_export_format_from_name (const char            *name,
                                    PrdMemberExportFormat *format)
{
  static const struct { const char *name; PrdMemberExportFormat format; } names[] = {
    { "csv", PRD_MEMBER_EXPORT_CSV }, { "xlsx", PRD_MEMBER_EXPORT_XLSX },
    { "vcf", PRD_MEMBER_EXPORT_VCARD }, { "vcard", PRD_MEMBER_EXPORT_VCARD },
    { "pdf", PRD_MEMBER_EXPORT_PDF },
  };

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i].name) == 0)
      {
        *format = names[i].format;
        return TRUE;
      }
  return FALSE;
}

const char *
prd_member_export_format_extension (PrdMemberExportFormat format)
{
  switch (format)
    {
    case PRD_MEMBER_EXPORT_XLSX:  return "xlsx";
    case PRD_MEMBER_EXPORT_VCARD: return "vcf";
    case PRD_MEMBER_EXPORT_PDF:   return "pdf";
    case PRD_MEMBER_EXPORT_CSV:
    default:                      return "csv";
    }
}

/* ---- the columns of CSV and XLSX ---------------------------------------- */

/* Headers are the importer's field names, so an exported file imports again
 * as it is (round trip). */
static const PrdImportField columns[] = {
  PRD_IMPORT_FIELD_TITLE, PRD_IMPORT_FIELD_GIVEN_NAME, PRD_IMPORT_FIELD_SURNAME,
  PRD_IMPORT_FIELD_POSITION, PRD_IMPORT_FIELD_SCHOOL, PRD_IMPORT_FIELD_ORGANIZATION,
  PRD_IMPORT_FIELD_DISTRICT, PRD_IMPORT_FIELD_PHONE, PRD_IMPORT_FIELD_EMAIL,
  PRD_IMPORT_FIELD_LINE_ID, PRD_IMPORT_FIELD_FACEBOOK, PRD_IMPORT_FIELD_TIKTOK,
  PRD_IMPORT_FIELD_YOUTUBE, PRD_IMPORT_FIELD_INSTAGRAM, PRD_IMPORT_FIELD_X,
  PRD_IMPORT_FIELD_LINE_OA, PRD_IMPORT_FIELD_CATEGORY,
  PRD_IMPORT_FIELD_NETWORK, PRD_IMPORT_FIELD_CONSENT_CONTACT, PRD_IMPORT_FIELD_CONSENT_PHOTO,
  PRD_IMPORT_FIELD_JOINED_AT, PRD_IMPORT_FIELD_NOTES,
};

/* Column widths in Excel characters (Thai text is narrow per character). */
static const double widths[G_N_ELEMENTS (columns)] = {
  10, 16, 18, 24, 30, 26, 14, 14, 26, 14, 30, 26, 26, 26, 26, 26, 28, 12, 12, 12, 14, 30,
};

/* "25/11/2567" from ISO: what a Thai office reads, and what imports again. */
static char *
thai_short_date (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return g_strdup ("");
  return g_strdup_printf ("%d/%d/%d", d, m, y + 543);
}

/* The text of column I for ROW; *OWNED is set when it must be freed. */
static const char *
cell_text (const PrdMemberRow *row,
           PrdImportField      field,
           char              **owned)
{
  *owned = NULL;
  switch (field)
    {
    case PRD_IMPORT_FIELD_TITLE:           return row->title;
    case PRD_IMPORT_FIELD_GIVEN_NAME:      return row->given_name;
    case PRD_IMPORT_FIELD_SURNAME:         return row->surname;
    case PRD_IMPORT_FIELD_POSITION:        return row->position;
    case PRD_IMPORT_FIELD_SCHOOL:          return row->school;
    case PRD_IMPORT_FIELD_ORGANIZATION:    return row->organization;
    case PRD_IMPORT_FIELD_DISTRICT:        return row->district;
    case PRD_IMPORT_FIELD_PHONE:           return row->phone;
    case PRD_IMPORT_FIELD_EMAIL:           return row->email;
    case PRD_IMPORT_FIELD_LINE_ID:         return row->line_id;
    case PRD_IMPORT_FIELD_FACEBOOK:        return row->facebook;
    case PRD_IMPORT_FIELD_TIKTOK:          return row->tiktok;
    case PRD_IMPORT_FIELD_YOUTUBE:         return row->youtube;
    case PRD_IMPORT_FIELD_INSTAGRAM:       return row->instagram;
    case PRD_IMPORT_FIELD_X:               return row->x;
    case PRD_IMPORT_FIELD_LINE_OA:         return row->line_oa;
    case PRD_IMPORT_FIELD_CATEGORY:        return row->category;
    case PRD_IMPORT_FIELD_NETWORK:         return row->internal ? _("internal") : _("external");
    case PRD_IMPORT_FIELD_CONSENT_CONTACT: return row->consent_contact ? _("yes") : _("no");
    case PRD_IMPORT_FIELD_CONSENT_PHOTO:   return row->consent_photo ? _("yes") : _("no");
    case PRD_IMPORT_FIELD_JOINED_AT:       return *owned = thai_short_date (row->joined_at);
    case PRD_IMPORT_FIELD_NOTES:           return row->notes;
    case PRD_IMPORT_FIELD_IGNORE:
    case PRD_IMPORT_FIELD_FULL_NAME:
    case PRD_IMPORT_N_FIELDS:
    default:                               return "";
    }
}

/* ---- walking the rows --------------------------------------------------- */

typedef gboolean (*RowFunc) (const PrdMemberRow *row, gpointer data, GError **error);

static gboolean
for_each_row (PrdStore        *store,
              PrdMemberQuery  *query,
              GCancellable    *cancellable,
              RowFunc          func,
              gpointer         data,
              guint           *n,
              GError         **error)
{
  sqlite3_stmt *stmt = prd_member_rows_prepare (query, store, error);
  guint count = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PrdMemberRow row;

      if (count % 512 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      prd_member_rows_read (stmt, &row);
      if (!func (&row, data, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      count++;
    }
  if (rc != SQLITE_DONE)
    g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL,
                 _("The members could not be read: %s"), sqlite3_errmsg (prd_store_get_db (store)));
  sqlite3_finalize (stmt);
  if (n != NULL)
    *n = count;
  return rc == SQLITE_DONE;
}

static gboolean
write_failed (GError     **error,
              const char  *path,
              const char  *why)
{
  g_set_error (error, PRD_MEMBER_EXPORT_ERROR, PRD_MEMBER_EXPORT_ERROR_WRITE,
               _("The file %s could not be written: %s"), path, why);
  return FALSE;
}

/* ---- CSV ---------------------------------------------------------------- */

static gboolean
csv_row (const PrdMemberRow *row,
         gpointer            data,
         GError            **error)
{
  GString *out = data;

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      g_autofree char *owned = NULL;

      if (c > 0)
        g_string_append_c (out, ',');
      prd_csv_append_cell (out, cell_text (row, columns[c], &owned), ',');
    }
  g_string_append (out, "\r\n");
  return TRUE;
}

static GString *
csv_build (PrdStore        *store,
           PrdMemberQuery  *query,
           GCancellable    *cancellable,
           guint           *n,
           GError         **error)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      prd_csv_append_cell (out, prd_import_field_label (columns[c]), ',');
    }
  g_string_append (out, "\r\n");
  if (!for_each_row (store, query, cancellable, csv_row, out, n, error))
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return out;
}

char *
prd_member_export_csv_text (PrdStore        *store,
                            PrdMemberQuery  *query,
                            guint           *n_members,
                            GError         **error)
{
  GString *out = csv_build (store, query, NULL, n_members, error);
  return out != NULL ? g_string_free (out, FALSE) : NULL;
}

/* ---- vCard -------------------------------------------------------------- */

static void
vcard_escape (GString    *out,
              const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == ',' || *p == ';')
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p != '\r')
        g_string_append_c (out, *p);
    }
}

/* One content line, folded at 75 octets without cutting a character. */
static void
vcard_line (GString    *out,
            const char *name,
            const char *value_escaped)
{
  g_autofree char *line = g_strconcat (name, ":", value_escaped, NULL);
  const char *p = line;
  gsize width = 0;

  for (; *p != '\0'; )
    {
      const char *next = g_utf8_next_char (p);
      gsize len = next - p;

      if (width + len > 75)
        {
          g_string_append (out, "\r\n ");
          width = 1;
        }
      g_string_append_len (out, p, len);
      width += len;
      p = next;
    }
  g_string_append (out, "\r\n");
}

static void
vcard_field (GString    *out,
             const char *name,
             const char *value)
{
  g_autoptr(GString) v = NULL;

  if (value == NULL || *value == '\0')
    return;
  v = g_string_new (NULL);
  vcard_escape (v, value);
  vcard_line (out, name, v->str);
}

static gboolean
vcard_row (const PrdMemberRow *row,
           gpointer            data,
           GError            **error)
{
  GString *out = data;
  g_autoptr(GString) n = g_string_new (NULL);
  g_autofree char *full = prd_member_row_full_name (row);
  g_auto(GStrv) phones = g_strsplit (row->phone, ",", -1);
  const char *org = *row->school != '\0' ? row->school : row->organization;
  const char *socials[] = { row->facebook, row->tiktok, row->youtube, row->instagram, row->x, row->line_oa };

  g_string_append (out, "BEGIN:VCARD\r\nVERSION:3.0\r\n");
  /* N: family; given; additional; prefix; suffix */
  vcard_escape (n, row->surname);
  g_string_append_c (n, ';');
  vcard_escape (n, row->given_name);
  g_string_append (n, ";;");
  vcard_escape (n, row->title);
  g_string_append_c (n, ';');
  vcard_line (out, "N", n->str);
  vcard_field (out, "FN", full);
  vcard_field (out, "ORG", org);
  vcard_field (out, "TITLE", row->position);
  for (guint i = 0; phones[i] != NULL; i++)
    vcard_field (out, "TEL;TYPE=CELL", g_strstrip (phones[i]));
  vcard_field (out, "EMAIL;TYPE=INTERNET", row->email);
  for (guint i = 0; i < G_N_ELEMENTS (socials); i++)
    if (g_str_has_prefix (socials[i], "http"))
      vcard_field (out, "URL", socials[i]);
  if (*row->line_id != '\0')
    vcard_field (out, "X-LINE", row->line_id);
  vcard_field (out, "CATEGORIES", row->category);
  vcard_field (out, "UID", row->id);
  g_string_append (out, "END:VCARD\r\n");
  return TRUE;
}

/* ---- XLSX --------------------------------------------------------------- */

typedef struct {
  lxw_workbook  *book;
  lxw_format    *header;
  lxw_format    *text;
  gboolean       per_category;
  GHashTable    *sheets;       /* category label → Sheet */
  GPtrArray     *order;        /* Sheet*, in creation order */
} Xlsx;

typedef struct {
  lxw_worksheet *ws;
  lxw_row_t      next;
} Sheet;

/* Excel sheet names: at most 31 characters, none of []:*?/\ , unique. A
 * remark in brackets goes ("ครูผู้สร้างสรรค์สื่อ (ครู TikToker)"), a longer
 * name ends in "…". */
static char *
sheet_name (Xlsx       *x,
            const char *label)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *base = NULL;
  const char *paren = strstr (label, " (");
  glong max = 31, n;

  base = paren != NULL && paren != label ? g_strndup (label, paren - label) : g_strdup (label);
  n = g_utf8_strlen (base, -1);
  for (const char *p = base; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n > max && (glong) g_utf8_strlen (s->str, -1) >= max - 1)
        {
          g_string_append (s, "…");
          break;
        }
      if (c < 0x80 && strchr ("[]:*?/\\'", (int) c) != NULL)
        c = '-';
      g_string_append_unichar (s, c);
    }
  if (s->len == 0)
    g_string_assign (s, _("Members"));
  for (guint i = 2; workbook_get_worksheet_by_name (x->book, s->str) != NULL; i++)
    {
      g_autofree char *stem = g_strndup (s->str, s->len);
      g_string_printf (s, "%s %u", stem, i);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static Sheet *
xlsx_sheet (Xlsx       *x,
            const char *label)
{
  Sheet *sheet = g_hash_table_lookup (x->sheets, label);
  g_autofree char *name = NULL;

  if (sheet != NULL)
    return sheet;
  name = sheet_name (x, label);
  sheet = g_new0 (Sheet, 1);
  sheet->ws = workbook_add_worksheet (x->book, name);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      worksheet_set_column (sheet->ws, (lxw_col_t) c, (lxw_col_t) c, widths[c], x->text);
      worksheet_write_string (sheet->ws, 0, (lxw_col_t) c, prd_import_field_label (columns[c]), x->header);
    }
  worksheet_freeze_panes (sheet->ws, 1, 0);
  sheet->next = 1;
  g_hash_table_insert (x->sheets, g_strdup (label), sheet);
  g_ptr_array_add (x->order, sheet);
  return sheet;
}

static gboolean
xlsx_row (const PrdMemberRow *row,
          gpointer            data,
          GError            **error)
{
  Xlsx *x = data;
  Sheet *sheet = xlsx_sheet (x, x->per_category
                                  ? (*row->category != '\0' ? row->category : _("No category"))
                                  : _("Network registry"));

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      g_autofree char *owned = NULL;
      const char *t = cell_text (row, columns[c], &owned);

      if (*t != '\0')
        worksheet_write_string (sheet->ws, sheet->next, (lxw_col_t) c, t, NULL);
    }
  sheet->next++;
  return TRUE;
}

static gboolean
write_xlsx (PrdStore        *store,
            PrdMemberQuery  *query,
            PrdOutputFile   *out,
            gboolean         per_category,
            GCancellable    *cancellable,
            guint           *n,
            GError         **error)
{
  lxw_workbook_options opts = { .constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE };
  Xlsx x = { 0, };
  const char *tmp = prd_output_file_get_staging_path (out);
  lxw_error err;
  gboolean ok;

  /* libxlsxwriter writes by name: into the output file's staging file. */
  x.book = tmp != NULL ? workbook_new_opt (tmp, &opts) : NULL;
  if (x.book == NULL)
    return write_failed (error, prd_output_file_get_path (out), g_strerror (errno));
  x.per_category = per_category;
  x.sheets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  x.order = g_ptr_array_new ();

  x.header = workbook_add_format (x.book);
  format_set_bold (x.header);
  format_set_bg_color (x.header, 0xDDEBF7);
  format_set_border (x.header, LXW_BORDER_THIN);
  format_set_font_name (x.header, "TH Sarabun New");
  format_set_font_size (x.header, 16);
  format_set_text_wrap (x.header);
  x.text = workbook_add_format (x.book);
  format_set_font_name (x.text, "TH Sarabun New");
  format_set_font_size (x.text, 16);

  ok = for_each_row (store, query, cancellable, xlsx_row, &x, n, error);
  if (ok && x.order->len == 0)
    xlsx_sheet (&x, _("Network registry"));    /* an empty registry is one empty sheet */
  for (guint i = 0; ok && i < x.order->len; i++)
    {
      Sheet *sheet = g_ptr_array_index (x.order, i);
      worksheet_autofilter (sheet->ws, 0, 0, sheet->next - 1, G_N_ELEMENTS (columns) - 1);
    }

  err = workbook_close (x.book);
  g_hash_table_unref (x.sheets);
  g_ptr_array_unref (x.order);
  if (ok && err != LXW_NO_ERROR)
    return write_failed (error, prd_output_file_get_path (out), lxw_strerror (err));
  return ok;
}

/* ---- writing ------------------------------------------------------------ */

static gboolean
write_text (PrdStore        *store,
            PrdMemberQuery  *query,
            PrdOutputFile   *file,
            gboolean         vcard,
            GCancellable    *cancellable,
            guint           *n,
            GError         **error)
{
  g_autoptr(GString) out = NULL;

  if (vcard)
    {
      out = g_string_new (NULL);
      if (!for_each_row (store, query, cancellable, vcard_row, out, n, error))
        return FALSE;
    }
  else if ((out = csv_build (store, query, cancellable, n, error)) == NULL)
    return FALSE;

  return prd_output_file_write (file, out->str, out->len, error);
}

gboolean
prd_member_export (PrdStore                     *store,
                   PrdMemberQuery               *query,
                   PrdMemberExportFormat         format,
                   const char                   *path,
                   const PrdMemberExportOptions *options,
                   GCancellable                 *cancellable,
                   guint                        *n_members,
                   GError                      **error)
{
  PrdMemberExportOptions defaults = { FALSE, PRD_REGISTRY_GROUP_DISTRICT };
  g_autoptr(PrdOutputFile) out = NULL;
  guint n = 0;
  gboolean ok;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (PRD_IS_MEMBER_QUERY (query), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (options == NULL)
    options = &defaults;

  switch (format)
    {
    case PRD_MEMBER_EXPORT_CSV:
    case PRD_MEMBER_EXPORT_VCARD:
    case PRD_MEMBER_EXPORT_XLSX:
      out = prd_output_file_open (path, error);
      if (out == NULL)
        return FALSE;
      if (format == PRD_MEMBER_EXPORT_XLSX)
        ok = write_xlsx (store, query, out, options->sheet_per_category, cancellable, &n, error);
      else
        ok = write_text (store, query, out, format == PRD_MEMBER_EXPORT_VCARD, cancellable, &n, error);
      /* Written beside and renamed: an error or a cancel keeps the old file. */
      ok = ok && prd_output_file_commit (g_steal_pointer (&out), error);
      break;
    case PRD_MEMBER_EXPORT_PDF:
      {
        g_autoptr(PrdRegistryDoc) doc = prd_registry_doc_new (store, query, options->group,
                                                              cancellable, error);
        ok = doc != NULL && prd_registry_doc_write_pdf (doc, path, cancellable, error);
        if (ok)
          n = prd_registry_doc_get_n_members (doc);
      }
      break;
    default:
      g_set_error (error, PRD_MEMBER_EXPORT_ERROR, PRD_MEMBER_EXPORT_ERROR_FORMAT,
                   _("Unknown export format"));
      ok = FALSE;
      break;
    }

  if (ok && n_members != NULL)
    *n_members = n;
  return ok;
}

typedef struct {
  char                   *db_path;
  PrdMemberQuery         *query;
  PrdMemberExportFormat   format;
  char                   *path;
  PrdMemberExportOptions  options;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->db_path);
  g_clear_object (&job->query);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(PrdStore) store = NULL;
  GError *error = NULL;
  guint n = 0;

  store = prd_store_open (job->db_path, &error);
  if (store != NULL &&
      prd_member_export (store, job->query, job->format, job->path, &job->options,
                         cancellable, &n, &error))
    g_task_return_int (task, n);
  else
    g_task_return_error (task, error);
}

void
prd_member_export_async (PrdStore                     *store,
                         PrdMemberQuery               *query,
                         PrdMemberExportFormat         format,
                         const char                   *path,
                         const PrdMemberExportOptions *options,
                         GCancellable                 *cancellable,
                         GAsyncReadyCallback           callback,
                         gpointer                      user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ExportJob *job = g_new0 (ExportJob, 1);

  g_return_if_fail (PRD_IS_STORE (store));
  g_return_if_fail (PRD_IS_MEMBER_QUERY (query));

  job->db_path = g_strdup (prd_store_get_path (store));
  job->query = prd_member_query_copy (query);
  job->format = format;
  job->path = g_strdup (path);
  job->options = options != NULL ? *options
                                 : (PrdMemberExportOptions) { FALSE, PRD_REGISTRY_GROUP_DISTRICT };
  g_task_set_source_tag (task, prd_member_export_async);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
prd_member_export_finish (GAsyncResult  *result,
                          guint         *n_members,
                          GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return FALSE;
  if (n_members != NULL)
    *n_members = (guint) n;
  return TRUE;
}
