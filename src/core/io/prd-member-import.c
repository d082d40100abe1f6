/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-import.c — the network survey into the registry.
 *
 * Three steps, each usable from a worker thread: load (decode, split, read
 * the header), analyze (every row built into a member, checked by the same
 * validator the editor uses, duplicates found), run (one transaction: all or
 * nothing, cancel = nothing). See prd-member-import.h for the flow.
 */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-member-import.h"
#include "prd-csv.h"
#include "prd-import-answers.h"
#include "prd-import-fields.h"
#include "prd-import-person.h"
#include "prd-import-row-private.h"
#include "prd-import-school.h"
#include "model/prd-member-index.h"
#include "model/prd-member-validator.h"
#include "model/prd-network-answers.h"
#include "model/prd-school-names.h"
#include "store/prd-store-inserter.h"
#include "thai/prd-thai.h"
#include "store/prd-store-sql.h"

#define CHECK_EVERY 256

G_DEFINE_QUARK (prd-member-import-error-quark, prd_member_import_error)

G_DEFINE_ENUM_TYPE (PrdImportEncoding, prd_import_encoding,
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_ENCODING_AUTO, "auto"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_ENCODING_UTF8, "utf-8"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_ENCODING_WINDOWS_874, "windows-874"))

G_DEFINE_ENUM_TYPE (PrdImportMode, prd_import_mode,
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_MODE_ALL_OR_NOTHING, "all-or-nothing"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_MODE_SKIP_INVALID, "skip-invalid"))

struct _PrdMemberImport
{
  GObject                  parent_instance;
  PrdStore                *store;
  const char              *encoding_name;   /* static string */
  char                     delimiter;
  GPtrArray               *headers;         /* char* */
  GArray                  *mapping;         /* PrdImportField per column */
  GArray                  *recognised;      /* gboolean per column */
  GPtrArray               *table;           /* PrdCsvRow*, the data rows */
  GPtrArray               *rows;            /* PrdImportRow*, the last analysis */
  GListStore              *model;           /* the same rows, for views */
  guint                    n_valid, n_invalid, n_duplicates;
  GHashTable              *answer_choices;  /* folded answer → category id, the user's */
  GHashTable              *answer_texts;    /* folded answer → answer as the user wrote it */
  GPtrArray               *answers;         /* PrdImportAnswer*, the last analysis */
  PrdImportMode            mode;
  PrdImportDuplicateAction duplicate_action;
  double                   fraction;
  GMainContext            *context;         /* where "fraction" is notified */
};

G_DEFINE_FINAL_TYPE (PrdMemberImport, prd_member_import, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRACTION,
  PROP_MODE,
  PROP_DUPLICATE_ACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- GObject ------------------------------------------------------------ */

static void
prd_member_import_dispose (GObject *object)
{
  PrdMemberImport *self = PRD_MEMBER_IMPORT (object);

  g_clear_object (&self->store);
  g_clear_object (&self->model);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (prd_member_import_parent_class)->dispose (object);
}

static void
prd_member_import_finalize (GObject *object)
{
  PrdMemberImport *self = PRD_MEMBER_IMPORT (object);

  g_clear_pointer (&self->headers, g_ptr_array_unref);
  g_clear_pointer (&self->mapping, g_array_unref);
  g_clear_pointer (&self->recognised, g_array_unref);
  g_clear_pointer (&self->table, g_ptr_array_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_pointer (&self->answer_choices, g_hash_table_unref);
  g_clear_pointer (&self->answer_texts, g_hash_table_unref);
  g_clear_pointer (&self->answers, g_ptr_array_unref);
  G_OBJECT_CLASS (prd_member_import_parent_class)->finalize (object);
}

static void
prd_member_import_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PrdMemberImport *self = PRD_MEMBER_IMPORT (object);

  switch (prop_id)
    {
    case PROP_FRACTION:         g_value_set_double (value, self->fraction); break;
    case PROP_MODE:             g_value_set_enum (value, self->mode); break;
    case PROP_DUPLICATE_ACTION: g_value_set_enum (value, self->duplicate_action); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_member_import_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PrdMemberImport *self = PRD_MEMBER_IMPORT (object);

  switch (prop_id)
    {
    case PROP_MODE:
      prd_member_import_set_mode (self, g_value_get_enum (value));
      break;
    case PROP_DUPLICATE_ACTION:
      prd_member_import_set_duplicate_action (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_member_import_class_init (PrdMemberImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = prd_member_import_dispose;
  object_class->finalize = prd_member_import_finalize;
  object_class->get_property = prd_member_import_get_property;
  object_class->set_property = prd_member_import_set_property;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL, PRD_TYPE_IMPORT_MODE,
                       PRD_IMPORT_MODE_ALL_OR_NOTHING, rw);
  properties[PROP_DUPLICATE_ACTION] =
    g_param_spec_enum ("duplicate-action", NULL, NULL, PRD_TYPE_IMPORT_DUPLICATE_ACTION,
                       PRD_IMPORT_DUPLICATE_MERGE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prd_member_import_init (PrdMemberImport *self)
{
  self->model = g_list_store_new (PRD_TYPE_IMPORT_ROW);
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->headers = g_ptr_array_new_with_free_func (g_free);
  self->mapping = g_array_new (FALSE, TRUE, sizeof (PrdImportField));
  self->recognised = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->table = g_ptr_array_new_with_free_func ((GDestroyNotify) prd_csv_row_free);
  self->encoding_name = "";
  self->delimiter = ',';
  self->answer_choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->answer_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->answers = prd_import_answers_new ();
}

PrdMemberImport *
prd_member_import_new (PrdStore *store)
{
  PrdMemberImport *self;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  self = g_object_new (PRD_TYPE_MEMBER_IMPORT, NULL);
  self->store = g_object_ref (store);
  return self;
}

/* ---- progress ----------------------------------------------------------- */

typedef struct {
  PrdMemberImport *self;
  double           fraction;
} FractionUpdate;

static gboolean
apply_fraction (gpointer data)
{
  FractionUpdate *u = data;

  u->self->fraction = u->fraction;
  g_object_notify_by_pspec (G_OBJECT (u->self), properties[PROP_FRACTION]);
  g_object_unref (u->self);
  g_free (u);
  return G_SOURCE_REMOVE;
}

/* From any thread: the notify happens where the async call was made. */
static void
report_fraction (PrdMemberImport *self,
                 double           fraction)
{
  FractionUpdate *u = g_new (FractionUpdate, 1);

  u->self = g_object_ref (self);
  u->fraction = CLAMP (fraction, 0.0, 1.0);
  if (self->context != NULL)
    g_main_context_invoke (self->context, apply_fraction, u);
  else
    apply_fraction (u);
}

double
prd_member_import_get_fraction (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), 0.0);
  return self->fraction;
}

/* ---- loading ------------------------------------------------------------ */

static void
recognise_headers (PrdMemberImport *self)
{
  gboolean taken[PRD_IMPORT_N_FIELDS] = { FALSE, };

  g_array_set_size (self->mapping, self->headers->len);
  g_array_set_size (self->recognised, self->headers->len);
  for (guint c = 0; c < self->headers->len; c++)
    {
      PrdImportField f = prd_import_field_recognise (g_ptr_array_index (self->headers, c));

      /* A field fills from one column; a second look-alike waits for the user. */
      if (f != PRD_IMPORT_FIELD_IGNORE && taken[f])
        f = PRD_IMPORT_FIELD_IGNORE;
      taken[f] = TRUE;
      g_array_index (self->mapping, PrdImportField, c) = f;
      g_array_index (self->recognised, gboolean, c) = f != PRD_IMPORT_FIELD_IGNORE;
    }
  /* ประเภทเครือข่าย holds the network type, or on some forms a category:
   * the answers decide. */
  for (guint c = 0; c < self->headers->len; c++)
    {
      PrdImportField f = g_array_index (self->mapping, PrdImportField, c);
      PrdImportField sniffed = prd_import_answers_sniff (f, self->table, c, taken);

      if (sniffed != f)
        {
          taken[f] = FALSE;
          taken[sniffed] = TRUE;
          g_array_index (self->mapping, PrdImportField, c) = sniffed;
        }
    }
}

gboolean
prd_member_import_load_data (PrdMemberImport    *self,
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

  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);

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

  self->delimiter = prd_csv_detect_delimiter (text);
  parsed = prd_csv_parse (text, self->delimiter, &local);
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

  self->encoding_name = found;
  g_ptr_array_set_size (self->headers, 0);
  header = g_ptr_array_index (parsed, 0);
  for (guint c = 0; c < header->n_cells; c++)
    g_ptr_array_add (self->headers, g_strstrip (g_strdup (header->cells[c])));
  /* Rows longer than the header get columns of their own (unnamed). */
  for (guint r = 1; r < parsed->len; r++)
    {
      PrdCsvRow *row = g_ptr_array_index (parsed, r);
      while (self->headers->len < row->n_cells)
        g_ptr_array_add (self->headers, g_strdup (""));
    }

  /* A new table: rows of the last analysis keep the old one alive. */
  g_ptr_array_unref (self->table);
  self->table = g_ptr_array_new_with_free_func ((GDestroyNotify) prd_csv_row_free);
  for (guint r = 1; r < parsed->len; r++)
    g_ptr_array_add (self->table, g_steal_pointer (&g_ptr_array_index (parsed, r)));
  recognise_headers (self);

  self->n_valid = self->n_invalid = self->n_duplicates = 0;
  return TRUE;
}

gboolean
prd_member_import_load_file (PrdMemberImport    *self,
                             GFile              *file,
                             PrdImportEncoding   encoding,
                             GCancellable       *cancellable,
                             GError            **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

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
  return prd_member_import_load_data (self, data, (gssize) len, encoding, error);
}

const char *
prd_member_import_get_encoding_name (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), NULL);
  return self->encoding_name;
}

char
prd_member_import_get_delimiter (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), ',');
  return self->delimiter;
}

guint
prd_member_import_get_n_columns (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), 0);
  return self->headers->len;
}

const char *
prd_member_import_get_header (PrdMemberImport *self,
                              guint            column)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), NULL);
  g_return_val_if_fail (column < self->headers->len, NULL);
  return g_ptr_array_index (self->headers, column);
}

PrdImportField
prd_member_import_get_mapping (PrdMemberImport *self,
                               guint            column)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), PRD_IMPORT_FIELD_IGNORE);
  g_return_val_if_fail (column < self->mapping->len, PRD_IMPORT_FIELD_IGNORE);
  return g_array_index (self->mapping, PrdImportField, column);
}

gboolean
prd_member_import_get_recognised (PrdMemberImport *self,
                                  guint            column)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), FALSE);
  g_return_val_if_fail (column < self->recognised->len, FALSE);
  return g_array_index (self->recognised, gboolean, column);
}

void
prd_member_import_set_mapping (PrdMemberImport *self,
                               guint            column,
                               PrdImportField   field)
{
  g_return_if_fail (PRD_IS_MEMBER_IMPORT (self));
  g_return_if_fail (column < self->mapping->len);
  g_return_if_fail (field < PRD_IMPORT_N_FIELDS);

  /* One column per field: the column that had FIELD gives it up. */
  if (field != PRD_IMPORT_FIELD_IGNORE)
    for (guint c = 0; c < self->mapping->len; c++)
      if (c != column && g_array_index (self->mapping, PrdImportField, c) == field)
        g_array_index (self->mapping, PrdImportField, c) = PRD_IMPORT_FIELD_IGNORE;
  g_array_index (self->mapping, PrdImportField, column) = field;
}

gboolean
prd_member_import_has_name_column (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), FALSE);

  for (guint c = 0; c < self->mapping->len; c++)
    {
      PrdImportField f = g_array_index (self->mapping, PrdImportField, c);
      if (f == PRD_IMPORT_FIELD_GIVEN_NAME || f == PRD_IMPORT_FIELD_FULL_NAME)
        return TRUE;
    }
  return FALSE;
}

/* ---- analysis ----------------------------------------------------------- */

typedef struct {
  PrdStore           *store;
  PrdMemberValidator *validator;
  PrdImportField     *mapping;        /* per column */
  guint               n_columns;
  guint               field_column[PRD_IMPORT_N_FIELDS];  /* G_MAXUINT: not mapped */
  GHashTable         *seen_phone;     /* first phone → the row with it first (borrowed) */
  GHashTable         *seen_name;      /* "given|surname|school or org" → line */
  char               *category_list;  /* for messages */
  PrdNetworkAnswers  *answers;        /* the office's network answers and defaults */
  gboolean            school_mixed;   /* the school column holds agencies too */
  sqlite3_stmt       *member_name;    /* a member's title and names, by id */
  GHashTable         *answer_choices; /* this import's choices: folded answer → category id */
  char               *today;          /* consent date when the row gives none */
  PrdImportDuplicateAction action;
} Analysis;

/* ใช่ / ยินยอม / yes / ✓ → 1; ไม่ / ไม่ยินยอม / no → 0; else -1. */
static int
parse_yes_no (const char *text)
{
  g_autofree char *t = g_utf8_strdown (text, -1);
  static const char *const yes[] = { "ใช่", "ยินยอม", "ได้", "y", "yes", "true", "1", "✓", "✔", "x", "มี" };
  static const char *const no[] = { "ไม่", "no", "n", "false", "0", "-" };

  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_has_prefix (t, no[i]) && (i != 0 || TRUE))
      if (i == 0 || g_str_equal (t, no[i]))
        return 0;
  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_has_prefix (t, yes[i]))
      if (i < 3 || g_str_equal (t, yes[i]))
        return 1;
  return -1;
}

static const char *
strip_district_prefix (const char *text)
{
  if (g_str_has_prefix (text, "อำเภอ"))
    text += strlen ("อำเภอ");
  else if (g_str_has_prefix (text, "อ."))
    text += strlen ("อ.");
  while (*text == ' ')
    text++;
  return text;
}

static guint
column_of_member_field (Analysis   *a,
                        const char *member_field)
{
  PrdImportField f = prd_import_field_from_member_field (member_field);

  if (f == PRD_IMPORT_FIELD_GIVEN_NAME || f == PRD_IMPORT_FIELD_SURNAME || f == PRD_IMPORT_FIELD_TITLE)
    if (a->field_column[f] == G_MAXUINT)
      return a->field_column[PRD_IMPORT_FIELD_FULL_NAME];
  return f != PRD_IMPORT_FIELD_IGNORE ? a->field_column[f] : G_MAXUINT;
}

static void
fill_from_cell (Analysis       *a,
                PrdImportRow   *row,
                guint           c,
                PrdImportField  f,
                const char     *text)
{
  g_autoptr(GError) error = NULL;

  switch (f)
    {
    case PRD_IMPORT_FIELD_TITLE:
      prd_import_row_set_value (row, ROW_TITLE, text);
      break;
    case PRD_IMPORT_FIELD_GIVEN_NAME:
      prd_import_row_set_value (row, ROW_GIVEN_NAME, text);
      break;
    case PRD_IMPORT_FIELD_SURNAME:
      prd_import_row_set_value (row, ROW_SURNAME, text);
      break;
    case PRD_IMPORT_FIELD_FULL_NAME:
      {
        g_autofree char *title = NULL, *given = NULL, *surname = NULL;

        /* Columns of their own win over what the full name holds. */
        prd_thai_name_split (text, &title, &given, &surname);
        if (prd_import_row_get_value (row, ROW_TITLE) == NULL && title != NULL && *title != '\0')
          prd_import_row_set_value (row, ROW_TITLE, title);
        if (prd_import_row_get_value (row, ROW_GIVEN_NAME) == NULL)
          prd_import_row_set_value (row, ROW_GIVEN_NAME, given);
        if (prd_import_row_get_value (row, ROW_SURNAME) == NULL)
          prd_import_row_set_value (row, ROW_SURNAME, surname);
      }
      break;
    case PRD_IMPORT_FIELD_POSITION:
      prd_import_row_set_value (row, ROW_POSITION, text);
      break;
    case PRD_IMPORT_FIELD_ORGANIZATION:
      prd_import_row_set_value (row, ROW_ORGANIZATION, text);
      break;
    case PRD_IMPORT_FIELD_NOTES:
      prd_import_row_set_value (row, ROW_NOTES, text);
      break;
    case PRD_IMPORT_FIELD_SCHOOL:
      prd_import_school_resolve (a->validator, row, c, a->school_mixed, text);
      break;
    case PRD_IMPORT_FIELD_DISTRICT:
      prd_import_row_set_value (row, ROW_DISTRICT, strip_district_prefix (text));
      break;
    case PRD_IMPORT_FIELD_PHONE:
      prd_import_row_set_value (row, ROW_PHONE, text);
      break;
    case PRD_IMPORT_FIELD_EMAIL:
      prd_import_row_set_value (row, ROW_EMAIL, text);
      break;
    case PRD_IMPORT_FIELD_LINE_ID:
      prd_import_row_set_value (row, ROW_LINE_ID, text);
      break;
    case PRD_IMPORT_FIELD_FACEBOOK:
    case PRD_IMPORT_FIELD_TIKTOK:
    case PRD_IMPORT_FIELD_YOUTUBE:
    case PRD_IMPORT_FIELD_INSTAGRAM:
    case PRD_IMPORT_FIELD_X:
    case PRD_IMPORT_FIELD_LINE_OA:
      {
        guint platform = f - PRD_IMPORT_FIELD_FACEBOOK;
        g_autofree char *handle = NULL, *url = NULL;

        if (prd_member_check_social (prd_import_platforms[platform], text, &handle, &url, &error))
          prd_import_row_set_social (row, platform, handle, url);
        else
          prd_import_row_add_problem (row, c, f, error->message);
      }
      break;
    case PRD_IMPORT_FIELD_CATEGORY:
      {
        const char *id = prd_member_validator_find_category (a->validator, text);

        if (id != NULL)
          prd_import_row_set_value (row, ROW_CATEGORY_ID, id);
        else
          {
            g_autofree char *msg =
              g_strdup_printf (_("“%s” is not a member category. Use one of: %s."),
                               text, a->category_list);
            prd_import_row_add_problem (row, c, f, msg);
          }
      }
      break;
    case PRD_IMPORT_FIELD_NETWORK:
      {
        g_autofree char *key = prd_network_answer_fold (text);
        const char *chosen = g_hash_table_lookup (a->answer_choices, key);
        const char *category = NULL;
        int v = -1;

        if (prd_network_answers_lookup (a->answers, text, &v, &category) || chosen != NULL)
          {
            if (v < 0)   /* an answer only the user's choice knows: the category's type */
              v = MAX (prd_member_validator_category_internal (a->validator, chosen), 0);
            prd_import_row_set_value (row, ROW_INTERNAL, v ? "1" : "0");
            /* The type brings its category when the file has no category
             * column (a survey); a category column, even left empty in this
             * row, says what the category is. */
            if (a->field_column[PRD_IMPORT_FIELD_CATEGORY] == G_MAXUINT)
              prd_import_row_set_value (row, ROW_CATEGORY_ID, chosen != NULL ? chosen : category);
          }
        else
          prd_import_row_add_problem (row, c, f, _("Write ภายใน (internal) or ภายนอก (external)."));
      }
      break;
    case PRD_IMPORT_FIELD_CONSENT_CONTACT:
    case PRD_IMPORT_FIELD_CONSENT_PHOTO:
      {
        int v = parse_yes_no (text);

        if (v >= 0)
          prd_import_row_set_value (row, f == PRD_IMPORT_FIELD_CONSENT_CONTACT
                                           ? ROW_CONSENT_CONTACT : ROW_CONSENT_PHOTO,
                                    v ? "1" : "0");
        else
          prd_import_row_add_problem (row, c, f, _("Write ใช่ (yes) or ไม่ (no)."));
      }
      break;
    case PRD_IMPORT_FIELD_JOINED_AT:
      {
        g_autofree char *iso = NULL;

        if (prd_member_parse_date (text, &iso, &error))
          prd_import_row_set_value (row, ROW_JOINED_AT, iso);
        else
          prd_import_row_add_problem (row, c, f, error->message);
      }
      break;
    case PRD_IMPORT_FIELD_IGNORE:
    case PRD_IMPORT_N_FIELDS:
    default:
      break;
    }
}

static JsonObject *
row_to_member (PrdImportRow *row)
{
  JsonObject *o = json_object_new ();

  for (guint v = 0; v < ROW_N_VALUES; v++)
    {
      const char *text = prd_import_row_get_value (row, v);

      if (text == NULL)
        continue;
      if (prd_import_row_value_is_int (v))
        json_object_set_int_member (o, prd_import_row_value_column (v), text[0] == '1');
      else
        json_object_set_string_member (o, prd_import_row_value_column (v), text);
    }
  return o;
}

/* Row CSV built into a member and checked: needs nothing but the row and
 * the validator's lists, so two threads share this work. */
static PrdImportRow *
check_row (Analysis  *a,
           GPtrArray *table,
           PrdCsvRow *csv)
{
  PrdImportRow *row = prd_import_row_new (csv->line, csv->cells, csv->n_cells, table);
  g_autoptr(JsonObject) member = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  /* Explicit name columns first, so a full-name column only fills gaps. */
  for (int pass = 0; pass < 2; pass++)
    for (guint c = 0; c < csv->n_cells && c < a->n_columns; c++)
      {
        PrdImportField f = a->mapping[c];
        g_autofree char *text = NULL;

        if (f == PRD_IMPORT_FIELD_IGNORE || (pass == 0) != (f != PRD_IMPORT_FIELD_FULL_NAME))
          continue;
        text = g_strstrip (g_strdup (csv->cells[c]));
        if (*text != '\0')
          fill_from_cell (a, row, c, f, text);
      }

  /* Network: the category decides (validator), else a school means internal. */
  if (prd_import_row_get_value (row, ROW_INTERNAL) == NULL &&
      prd_import_row_get_value (row, ROW_CATEGORY_ID) == NULL)
    prd_import_row_set_value (row, ROW_INTERNAL,
                              prd_import_row_get_value (row, ROW_SCHOOL_ID) != NULL ? "1" : "0");
  if (prd_import_row_get_value (row, ROW_GIVEN_NAME) == NULL)
    prd_import_row_set_value (row, ROW_GIVEN_NAME, "");

  member = row_to_member (row);
  problems = prd_member_validator_check (a->validator, member);
  for (guint i = 0; i < problems->len; i++)
    {
      PrdFieldProblem *p = g_ptr_array_index (problems, i);
      PrdImportField f = prd_import_field_from_member_field (p->field);

      if (f == PRD_IMPORT_FIELD_IGNORE && g_str_equal (p->field, "given_name"))
        f = PRD_IMPORT_FIELD_GIVEN_NAME;
      prd_import_row_add_problem (row, column_of_member_field (a, p->field), f, p->message);
    }

  /* Take back what the validator tidied (phone form, district from school…). */
  for (guint v = 0; v < ROW_N_VALUES; v++)
    {
      JsonNode *node = json_object_get_member (member, prd_import_row_value_column (v));

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      if (prd_import_row_value_is_int (v))
        prd_import_row_set_value (row, v, json_node_get_int (node) ? "1" : "0");
      else
        prd_import_row_set_value (row, v, json_node_get_string (node));
    }

  /* Consent has a date: the joined date, or today. */
  if (prd_import_row_get_value (row, ROW_CONSENT_DATE) == NULL &&
      (g_strcmp0 (prd_import_row_get_value (row, ROW_CONSENT_CONTACT), "1") == 0 ||
       g_strcmp0 (prd_import_row_get_value (row, ROW_CONSENT_PHOTO), "1") == 0))
    {
      const char *joined = prd_import_row_get_value (row, ROW_JOINED_AT);

      prd_import_row_set_value (row, ROW_CONSENT_DATE, joined != NULL ? joined : a->today);
    }

  return row;
}

/* The name of member ID when it is not the person ROW names, else NULL. */
static char *
other_member_name (Analysis     *a,
                   PrdImportRow *row,
                   const char   *id)
{
  const char *title, *given, *surname;
  char *name = NULL;

  /* One statement for the whole analysis: a survey imported again has a
   * duplicate on every row. */
  if (a->member_name == NULL)
    a->member_name = prd_store_prepare (a->store, "SELECT title, given_name, surname FROM member "
                                                  "WHERE id = ?", NULL);
  if (a->member_name == NULL)
    return NULL;
  sqlite3_bind_text (a->member_name, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (a->member_name) == SQLITE_ROW)
    {
      title = (const char *) sqlite3_column_text (a->member_name, 0);
      given = (const char *) sqlite3_column_text (a->member_name, 1);
      surname = (const char *) sqlite3_column_text (a->member_name, 2);
      if (!prd_import_same_person (given, surname, prd_import_row_get_value (row, ROW_GIVEN_NAME),
                                   prd_import_row_get_value (row, ROW_SURNAME)))
        name = prd_import_person_name (title, given, surname);
    }
  sqlite3_reset (a->member_name);
  return name;
}

/* The name of the earlier row EARLIER when it is not the person ROW names. */
static char *
other_row_name (PrdImportRow *row,
                PrdImportRow *earlier)
{
  if (prd_import_same_person (prd_import_row_get_value (earlier, ROW_GIVEN_NAME),
                              prd_import_row_get_value (earlier, ROW_SURNAME),
                              prd_import_row_get_value (row, ROW_GIVEN_NAME),
                              prd_import_row_get_value (row, ROW_SURNAME)))
    return NULL;
  return g_strdup (prd_import_row_get_display_name (earlier));
}

/* Whether ROW (a checked row) is someone already in the registry or on an
 * earlier line. In the file's order, on one thread. A phone match with
 * another name is another person: a duplicate to ask about, not to merge. */
static void
find_row_duplicate (Analysis     *a,
                    PrdImportRow *row)
{
  static const PrdImportRowValue keys[] = { ROW_PHONE, ROW_GIVEN_NAME, ROW_SURNAME,
                                            ROW_SCHOOL_ID, ROW_ORGANIZATION };
  g_autoptr(JsonObject) probe = json_object_new ();
  const char *phone = prd_import_row_get_value (row, ROW_PHONE);
  const char *school = prd_import_row_get_value (row, ROW_SCHOOL_ID);
  const char *surname = prd_import_row_get_value (row, ROW_SURNAME);
  const char *org = prd_import_row_get_value (row, ROW_ORGANIZATION);
  g_autofree char *first_phone = NULL;
  g_autofree char *dup = NULL;
  g_autofree char *other = NULL;
  const char *new_school = prd_import_row_get_new_school (row);
  g_autofree char *new_key = new_school != NULL ? prd_school_name_fold (new_school) : NULL;
  g_autofree char *name_key = g_strdup_printf ("%s|%s|%s%s",
                                               prd_import_row_get_value (row, ROW_GIVEN_NAME),
                                               surname != NULL ? surname : "",
                                               new_key != NULL ? "new:" : "",
                                               new_key != NULL ? new_key
                                               : school != NULL ? school : org != NULL ? org : "");
  guint line = prd_import_row_get_line (row);
  guint earlier = 0;

  if (phone != NULL && *phone != '\0')
    first_phone = g_strndup (phone, strcspn (phone, ","));

  /* What the validator compares, without building the whole member again. */
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    if (prd_import_row_get_value (row, keys[k]) != NULL)
      json_object_set_string_member (probe, prd_import_row_value_column (keys[k]),
                                     prd_import_row_get_value (row, keys[k]));
  dup = prd_member_validator_find_duplicate (a->validator, probe, "");
  if (dup != NULL)
    other = other_member_name (a, row, dup);
  if (dup == NULL && first_phone != NULL)
    {
      PrdImportRow *first = g_hash_table_lookup (a->seen_phone, first_phone);

      if (first != NULL)
        {
          earlier = prd_import_row_get_line (first);
          other = other_row_name (row, first);
        }
    }
  /* Same name at the same place: the same person whatever the phone. */
  if (dup == NULL && (earlier == 0 || other != NULL) &&
      g_hash_table_lookup (a->seen_name, name_key) != NULL)
    {
      earlier = GPOINTER_TO_UINT (g_hash_table_lookup (a->seen_name, name_key));
      g_clear_pointer (&other, g_free);
    }
  if (dup != NULL || earlier > 0)
    {
      prd_import_row_set_duplicate (row, dup, earlier);
      prd_import_row_set_action (row, a->action);
      prd_import_row_set_other_name (row, other);
    }
  if (first_phone != NULL && !g_hash_table_contains (a->seen_phone, first_phone))
    g_hash_table_insert (a->seen_phone, g_steal_pointer (&first_phone), row);
  if (!g_hash_table_contains (a->seen_name, name_key))
    g_hash_table_insert (a->seen_name, g_steal_pointer (&name_key), GUINT_TO_POINTER (line));
}

static char *
category_list (PrdStore *store)
{
  GString *s = g_string_new (NULL);
  sqlite3_stmt *stmt = prd_store_prepare (store,
                                          "SELECT label FROM member_category WHERE deleted = 0 "
                                          "ORDER BY sort_order", NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, (const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  return g_string_free (s, FALSE);
}

static void
unref_row (gpointer row)
{
  if (row != NULL)
    g_object_unref (row);
}

/* The share of the analysis's progress bar that checking takes. */
#define CHECK_SHARE 0.7

typedef struct {
  PrdMemberImport *self;
  Analysis        *analysis;
  GPtrArray       *rows;          /* the import rows, one per table row */
  guint            from, to;      /* this thread's part */
  GCancellable    *cancellable;
  gint            *done;          /* rows checked by both threads (atomic) */
  gboolean         reports;       /* this thread reports progress */
} CheckPart;

static gpointer
check_part (gpointer data)
{
  CheckPart *part = data;
  GPtrArray *table = part->self->table;

  for (guint r = part->from; r < part->to; r++)
    {
      if ((r - part->from) % CHECK_EVERY == 0 && r > part->from)
        {
          int done = g_atomic_int_add (part->done, CHECK_EVERY) + CHECK_EVERY;

          if (g_cancellable_is_cancelled (part->cancellable))
            return NULL;
          if (part->reports)
            report_fraction (part->self, CHECK_SHARE * done / table->len);
        }
      part->rows->pdata[r] = check_row (part->analysis, table, g_ptr_array_index (table, r));
    }
  return NULL;
}

/* Every row checked (check_row), the work shared by two threads: a 100,000
 * row survey is checked in about half the time on the office's two cores. */
static gboolean
check_rows (PrdMemberImport  *self,
            Analysis         *a,
            GPtrArray        *rows,
            GCancellable     *cancellable,
            GError          **error)
{
  guint n = self->table->len;
  gint done = 0;
  CheckPart first = { self, a, rows, 0, n / 2, cancellable, &done, FALSE };
  CheckPart second = { self, a, rows, n / 2, n, cancellable, &done, TRUE };
  GThread *helper = NULL;

  if (n >= 2 * CHECK_EVERY)
    helper = g_thread_new ("prd-import-check", check_part, &first);
  else
    second.from = 0;
  check_part (&second);
  if (helper != NULL)
    g_thread_join (helper);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* The rows of a new analysis against STORE, or NULL on cancel. */
static GPtrArray *
analyze_rows (PrdMemberImport  *self,
              PrdStore         *store,
              GCancellable     *cancellable,
              GError          **error)
{
  g_autoptr(PrdMemberValidator) validator = prd_member_validator_new (store);
  g_autoptr(GPtrArray) rows = NULL;
  Analysis a = { 0, };
  gboolean ok;

  if (!prd_member_import_has_name_column (self))
    {
      g_set_error_literal (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_MAPPING,
                           _("No column gives the members' names. Choose which column holds "
                             "the given name (ชื่อ) or the full name (ชื่อ-สกุล)."));
      return NULL;
    }

  a.store = store;
  a.validator = validator;
  a.mapping = (PrdImportField *) self->mapping->data;
  a.n_columns = self->mapping->len;
  for (guint f = 0; f < PRD_IMPORT_N_FIELDS; f++)
    a.field_column[f] = G_MAXUINT;
  for (guint c = 0; c < a.n_columns; c++)
    if (a.field_column[a.mapping[c]] == G_MAXUINT)
      a.field_column[a.mapping[c]] = c;
  a.seen_phone = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  a.seen_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  a.category_list = category_list (store);
  a.answers = prd_network_answers_load (store, error);
  if (a.answers == NULL)
    {
      g_free (a.category_list);
      return NULL;
    }
  a.answer_choices = self->answer_choices;
  if (a.field_column[PRD_IMPORT_FIELD_SCHOOL] != G_MAXUINT)
    a.school_mixed = prd_import_school_column_is_mixed (g_ptr_array_index (self->headers,
                                                          a.field_column[PRD_IMPORT_FIELD_SCHOOL]));
  a.action = self->duplicate_action;

  /* Rows not reached after a cancel stay NULL. */
  rows = g_ptr_array_new_full (self->table->len, unref_row);
  g_ptr_array_set_size (rows, self->table->len);

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    a.today = g_date_time_format (now, "%Y-%m-%d");
  }

  ok = check_rows (self, &a, rows, cancellable, error);
  for (guint r = 0; ok && r < rows->len; r++)
    {
      PrdImportRow *row = g_ptr_array_index (rows, r);

      if (r % CHECK_EVERY == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            ok = FALSE;
          report_fraction (self, CHECK_SHARE + (1.0 - CHECK_SHARE) * r / rows->len);
        }
      if (ok && prd_import_row_get_n_problems (row) == 0)
        find_row_duplicate (&a, row);
      prd_import_row_finish (row);
    }

  g_clear_pointer (&a.member_name, sqlite3_finalize);
  g_hash_table_unref (a.seen_phone);
  g_hash_table_unref (a.seen_name);
  g_free (a.category_list);
  g_free (a.today);
  prd_network_answers_free (a.answers);
  if (!ok)
    return NULL;
  report_fraction (self, 1.0);
  return g_steal_pointer (&rows);
}

/* The network column's answers in ROWS, each with the type and category
 * its rows got, for the report and the dialog. Main thread. */
static void
collect_answers (PrdMemberImport *self,
                 GPtrArray       *rows)
{
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  PrdNetworkAnswers *answers;
  sqlite3_stmt *stmt;
  guint column = G_MAXUINT;
  gboolean category_column = FALSE;

  g_ptr_array_set_size (self->answers, 0);
  for (guint c = 0; c < self->mapping->len && column == G_MAXUINT; c++)
    if (g_array_index (self->mapping, PrdImportField, c) == PRD_IMPORT_FIELD_NETWORK)
      column = c;
  if (column == G_MAXUINT)
    return;

  stmt = prd_store_prepare (self->store, "SELECT id, label FROM member_category", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (labels, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);

  /* A category column decides the category, not the type's default. */
  for (guint c = 0; c < self->mapping->len; c++)
    if (g_array_index (self->mapping, PrdImportField, c) == PRD_IMPORT_FIELD_CATEGORY)
      category_column = TRUE;
  answers = prd_network_answers_load (self->store, NULL);
  for (guint i = 0; answers != NULL && i < rows->len; i++)
    {
      PrdImportRow *row = g_ptr_array_index (rows, i);
      g_autofree char *text = NULL;
      g_autofree char *key = NULL;
      const char *category = NULL;
      int internal = -1;

      /* What will be written: rows with problems are not counted. */
      if (column >= prd_import_row_get_n_cells (row) ||
          prd_import_row_get_state (row) == PRD_IMPORT_ROW_INVALID)
        continue;
      text = g_strstrip (g_strdup (prd_import_row_get_cells (row)[column]));
      if (*text == '\0')
        continue;
      key = prd_network_answer_fold (text);
      prd_network_answers_lookup (answers, text, &internal, &category);
      if (g_hash_table_contains (self->answer_choices, key))
        category = g_hash_table_lookup (self->answer_choices, key);
      if (internal < 0)
        internal = g_strcmp0 (prd_import_row_get_value (row, ROW_INTERNAL), "1") == 0;
      if (category_column)
        category = NULL;
      if (internal >= 0 && (category != NULL || category_column))
        prd_import_answers_count (self->answers, text, internal, category,
                                  category != NULL ? g_hash_table_lookup (labels, category) : NULL);
    }
  prd_network_answers_free (answers);
}

/* Main thread: the new rows become the model. */
static void
take_rows (PrdMemberImport *self,
           GPtrArray       *rows)
{
  guint old = g_list_model_get_n_items (G_LIST_MODEL (self->model));

  self->n_valid = self->n_invalid = self->n_duplicates = 0;
  for (guint i = 0; i < rows->len; i++)
    switch (prd_import_row_get_state (g_ptr_array_index (rows, i)))
      {
      case PRD_IMPORT_ROW_VALID:     self->n_valid++; break;
      case PRD_IMPORT_ROW_INVALID:   self->n_invalid++; break;
      case PRD_IMPORT_ROW_DUPLICATE: self->n_duplicates++; break;
      default: break;
      }
  g_ptr_array_unref (self->rows);
  self->rows = g_ptr_array_ref (rows);
  collect_answers (self, rows);
  g_list_store_splice (self->model, 0, old, rows->pdata, rows->len);
}

gboolean
prd_member_import_analyze (PrdMemberImport  *self,
                           GCancellable     *cancellable,
                           GError          **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), FALSE);

  rows = analyze_rows (self, self->store, cancellable, error);
  if (rows == NULL)
    return FALSE;
  take_rows (self, rows);
  return TRUE;
}

/* A connection of the worker's own: PrdStore is not shared between threads. */
static PrdStore *
open_worker_store (PrdMemberImport  *self,
                   GError          **error)
{
  return prd_store_open (prd_store_get_path (self->store), error);
}

static void
remember_context (PrdMemberImport *self)
{
  g_clear_pointer (&self->context, g_main_context_unref);
  self->context = g_main_context_ref_thread_default ();
}

/* Checks the rows on a connection of the worker's own and returns them
 * through TASK. */
static void
return_analyzed_rows (GTask           *task,
                      PrdMemberImport *self,
                      GCancellable    *cancellable)
{
  g_autoptr(PrdStore) store = NULL;
  GError *error = NULL;
  GPtrArray *rows;

  store = open_worker_store (self, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  rows = analyze_rows (self, store, cancellable, &error);
  if (rows == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
}

static void
analyze_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  return_analyzed_rows (task, source_object, cancellable);
}

void
prd_member_import_analyze_async (PrdMemberImport     *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PRD_IS_MEMBER_IMPORT (self));

  remember_context (self);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, prd_member_import_analyze_async);
  g_task_run_in_thread (task, analyze_thread);
}

gboolean
prd_member_import_analyze_finish (PrdMemberImport  *self,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  rows = g_task_propagate_pointer (G_TASK (result), error);
  if (rows == NULL)
    return FALSE;
  take_rows (self, rows);
  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PrdMemberImport *self = source_object;
  GFile *file = G_FILE (g_object_get_data (G_OBJECT (task), "file"));
  PrdImportEncoding encoding = GPOINTER_TO_INT (task_data);
  GError *error = NULL;

  if (!prd_member_import_load_file (self, file, encoding, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  /* Without a name column the user maps columns first: no rows yet. */
  if (!prd_member_import_has_name_column (self))
    {
      g_task_return_pointer (task, g_ptr_array_new_with_free_func (g_object_unref),
                             (GDestroyNotify) g_ptr_array_unref);
      return;
    }
  return_analyzed_rows (task, self, cancellable);
}

void
prd_member_import_load_async (PrdMemberImport     *self,
                              GFile               *file,
                              PrdImportEncoding    encoding,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PRD_IS_MEMBER_IMPORT (self));
  g_return_if_fail (G_IS_FILE (file));

  remember_context (self);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, prd_member_import_load_async);
  g_task_set_task_data (task, GINT_TO_POINTER (encoding), NULL);
  g_object_set_data_full (G_OBJECT (task), "file", g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

gboolean
prd_member_import_load_finish (PrdMemberImport  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  return prd_member_import_analyze_finish (self, result, error);
}

GListModel *
prd_member_import_get_rows (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), NULL);
  return G_LIST_MODEL (self->model);
}

guint
prd_member_import_get_n_valid (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), 0);
  return self->n_valid;
}

guint
prd_member_import_get_n_invalid (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), 0);
  return self->n_invalid;
}

guint
prd_member_import_get_n_duplicates (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), 0);
  return self->n_duplicates;
}

/* ---- the network type --------------------------------------------------- */

GPtrArray *
prd_member_import_get_answers (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), NULL);
  return self->answers;
}

gboolean
prd_member_import_set_answer_category (PrdMemberImport  *self,
                                       const char       *answer,
                                       const char       *category,
                                       GError          **error)
{
  g_autoptr(PrdMemberValidator) validator = NULL;
  g_autofree char *text = NULL;
  const char *id;

  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), FALSE);
  g_return_val_if_fail (answer != NULL && category != NULL, FALSE);

  validator = prd_member_validator_new (self->store);
  id = prd_member_validator_find_category (validator, category);
  text = g_strstrip (g_strdup (answer));
  if (id == NULL || *text == '\0')
    {
      g_autofree char *list = category_list (self->store);
      g_set_error (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_MAPPING,
                   _("“%s” is not a member category. Use one of: %s."), category, list);
      return FALSE;
    }
  g_hash_table_replace (self->answer_choices, prd_network_answer_fold (text), g_strdup (id));
  g_hash_table_replace (self->answer_texts, prd_network_answer_fold (text), g_strdup (text));
  return TRUE;
}

/* The user's choices, for the next import too; in the run's transaction. */
static gboolean
remember_answers (PrdMemberImport  *self,
                  PrdStore         *store,
                  GError          **error)
{
  g_autoptr(PrdMemberValidator) validator = NULL;
  GHashTableIter iter;
  gpointer key, id;

  if (g_hash_table_size (self->answer_choices) == 0 || !prd_network_answers_can_remember (store))
    return TRUE;
  validator = prd_member_validator_new (store);
  g_hash_table_iter_init (&iter, self->answer_choices);
  while (g_hash_table_iter_next (&iter, &key, &id))
    {
      const char *text = g_hash_table_lookup (self->answer_texts, key);
      int internal = prd_network_type_parse (text);

      if (internal < 0)
        internal = MAX (prd_member_validator_category_internal (validator, id), 0);
      if (!prd_network_answers_remember (store, text, internal, id, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- the report --------------------------------------------------------- */

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
                          self->encoding_name, delimiter_name (self->delimiter));
  g_string_append_c (s, '\n');
  for (guint c = 0; c < self->headers->len; c++)
    {
      PrdImportField f = g_array_index (self->mapping, PrdImportField, c);
      const char *h = g_ptr_array_index (self->headers, c);

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

/* ---- writing ------------------------------------------------------------ */

void
prd_member_import_set_mode (PrdMemberImport *self,
                            PrdImportMode    mode)
{
  g_return_if_fail (PRD_IS_MEMBER_IMPORT (self));
  if (self->mode == mode)
    return;
  self->mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

PrdImportMode
prd_member_import_get_mode (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), PRD_IMPORT_MODE_ALL_OR_NOTHING);
  return self->mode;
}

void
prd_member_import_set_duplicate_action (PrdMemberImport          *self,
                                        PrdImportDuplicateAction  action)
{
  g_return_if_fail (PRD_IS_MEMBER_IMPORT (self));

  for (guint i = 0; i < self->rows->len; i++)
    prd_import_row_set_action (g_ptr_array_index (self->rows, i), action);
  if (self->duplicate_action == action)
    return;
  self->duplicate_action = action;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUPLICATE_ACTION]);
}

PrdImportDuplicateAction
prd_member_import_get_duplicate_action (PrdMemberImport *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), PRD_IMPORT_DUPLICATE_MERGE);
  return self->duplicate_action;
}


typedef struct {
  PrdStore         *store;
  sqlite3_stmt     *find_social;
  PrdStoreInserter *members;    /* new members, in the order of PrdImportRowValue */
  PrdStoreInserter *socials;    /* accounts not in the registry yet */
  GHashTable       *new_schools;/* folded name → id of a school this run added */
  guint             schools_added;
} Writer;

enum { SOCIAL_MEMBER, SOCIAL_PLATFORM, SOCIAL_HANDLE, SOCIAL_URL };
static const char *const social_columns[] = { "member_id", "platform", "handle", "url", NULL };

static gboolean
writer_open (Writer    *w,
             PrdStore  *store,
             GError   **error)
{
  const char *member_columns[ROW_N_VALUES + 1];

  for (guint v = 0; v < ROW_N_VALUES; v++)
    member_columns[v] = prd_import_row_value_column (v);
  member_columns[ROW_N_VALUES] = NULL;

  w->store = store;
  w->new_schools = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  w->find_social = prd_store_prepare (store,
                                      "SELECT id FROM social_account WHERE member_id = ?1 "
                                      "AND platform = ?2 AND deleted = 0 "
                                      "AND (handle = ?3 OR (url = ?4 AND url <> '')) LIMIT 1",
                                      error);
  if (w->find_social == NULL)
    return FALSE;
  w->members = prd_store_inserter_new (store, "member", member_columns, error);
  if (w->members == NULL)
    return FALSE;
  w->socials = prd_store_inserter_new (store, "social_account", social_columns, error);
  return w->socials != NULL;
}

static void
writer_close (Writer *w)
{
  g_clear_pointer (&w->find_social, sqlite3_finalize);
  g_clear_pointer (&w->members, prd_store_inserter_free);
  g_clear_pointer (&w->socials, prd_store_inserter_free);
  g_clear_pointer (&w->new_schools, g_hash_table_unref);
}

/* The id of MEMBER_ID's account on PLATFORM with this handle or URL. */
static char *
find_social (Writer     *w,
             const char *member_id,
             guint       platform,
             const char *handle,
             const char *url)
{
  char *id = NULL;

  sqlite3_bind_text (w->find_social, 1, member_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->find_social, 2, prd_import_platforms[platform], -1, SQLITE_STATIC);
  sqlite3_bind_text (w->find_social, 3, handle, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (w->find_social, 4, url, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (w->find_social) == SQLITE_ROW)
    id = g_strdup ((const char *) sqlite3_column_text (w->find_social, 0));
  sqlite3_reset (w->find_social);
  return id;
}

static gboolean
write_socials (Writer        *w,
               PrdImportRow  *row,
               const char    *member_id,
               gboolean       merging,
               GError       **error)
{
  for (guint p = 0; p < PRD_IMPORT_N_PLATFORMS; p++)
    {
      g_autofree char *existing = NULL;
      const char *handle, *url;

      prd_import_row_get_social (row, p, &handle, &url);
      handle = handle != NULL ? handle : "";
      url = url != NULL ? url : "";
      if (*handle == '\0' && *url == '\0')
        continue;

      /* Merging: the same account again is updated, not doubled. */
      if (merging)
        existing = find_social (w, member_id, p, handle, url);
      if (existing != NULL)
        {
          g_autoptr(JsonObject) o = json_object_new ();

          json_object_set_string_member (o, "id", existing);
          json_object_set_string_member (o, "handle", handle);
          json_object_set_string_member (o, "url", url);
          if (!prd_store_put (w->store, "social_account", o, error))
            return FALSE;
          continue;
        }
      prd_store_inserter_set_text (w->socials, SOCIAL_MEMBER, member_id);
      prd_store_inserter_set_text (w->socials, SOCIAL_PLATFORM, prd_import_platforms[p]);
      prd_store_inserter_set_text (w->socials, SOCIAL_HANDLE, handle);
      prd_store_inserter_set_text (w->socials, SOCIAL_URL, url);
      if (prd_store_inserter_insert (w->socials, error) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* The file's non-empty values of ROW written over member TARGET; its other
 * values stay. */
static gboolean
merge_row (Writer        *w,
           PrdImportRow  *row,
           const char    *target,
           const char    *school_id,
           GError       **error)
{
  g_autoptr(JsonObject) o = json_object_new ();

  json_object_set_string_member (o, "id", target);
  for (guint v = 0; v < ROW_N_VALUES; v++)
    {
      const char *text = prd_import_row_get_value (row, v);

      if (text == NULL || *text == '\0')
        continue;
      if (prd_import_row_value_is_int (v))
        json_object_set_int_member (o, prd_import_row_value_column (v), text[0] == '1');
      else
        json_object_set_string_member (o, prd_import_row_value_column (v), text);
    }
  if (school_id != NULL)
    json_object_set_string_member (o, "school_id", school_id);
  return prd_store_put (w->store, "member", o, error);
}

/* The id of the school ROW names that the registry lacked: added the first
 * time a row written names it, in the run's transaction. */
static const char *
new_school_id (Writer        *w,
               PrdImportRow  *row,
               GError       **error)
{
  const char *name = prd_import_row_get_new_school (row);
  g_autofree char *key = prd_school_name_fold (name);
  g_autoptr(JsonObject) o = NULL;
  const char *district = prd_import_row_get_value (row, ROW_DISTRICT);
  const char *id = g_hash_table_lookup (w->new_schools, key);
  char *copy;

  if (id != NULL)
    return id;
  o = json_object_new ();
  json_object_set_string_member (o, "name", name);
  if (district != NULL)
    json_object_set_string_member (o, "district", district);
  if (!prd_store_put (w->store, "school", o, error))
    return NULL;
  w->schools_added++;
  copy = g_strdup (json_object_get_string_member (o, "id"));
  g_hash_table_insert (w->new_schools, g_steal_pointer (&key), copy);
  return copy;
}

/* Adds ROW as a new member (TARGET NULL) or merges it into TARGET; returns
 * the member's id. */
static char *
write_row (Writer        *w,
           PrdImportRow  *row,
           const char    *target,
           GError       **error)
{
  g_autofree char *id = NULL;
  const char *school_id = NULL;

  if (prd_import_row_get_new_school (row) != NULL)
    {
      school_id = new_school_id (w, row, error);
      if (school_id == NULL)
        return NULL;
    }

  if (target != NULL)
    {
      if (!merge_row (w, row, target, school_id, error))
        return NULL;
      id = g_strdup (target);
    }
  else
    {
      const char *added;

      /* Values the file does not give stay unset: the column's default. */
      for (guint v = 0; v < ROW_N_VALUES; v++)
        {
          const char *text = prd_import_row_get_value (row, v);

          if (text == NULL)
            continue;
          if (prd_import_row_value_is_int (v))
            prd_store_inserter_set_int (w->members, v, text[0] == '1');
          else
            prd_store_inserter_set_text (w->members, v, text);
        }
      if (school_id != NULL)
        prd_store_inserter_set_text (w->members, ROW_SCHOOL_ID, school_id);
      added = prd_store_inserter_insert (w->members, error);
      if (added == NULL)
        return NULL;
      id = g_strdup (added);
    }
  if (!write_socials (w, row, id, target != NULL, error))
    return NULL;
  return g_steal_pointer (&id);
}

/* What the search index will break into Thai words, for the rows written. */
static GPtrArray *
index_texts (GPtrArray *rows)
{
  static const PrdImportRowValue indexed[] = { ROW_TITLE, ROW_GIVEN_NAME, ROW_SURNAME,
                                               ROW_POSITION, ROW_ORGANIZATION, ROW_DISTRICT };
  GPtrArray *texts = g_ptr_array_sized_new (rows->len * G_N_ELEMENTS (indexed));

  for (guint i = 0; i < rows->len; i++)
    {
      PrdImportRow *row = g_ptr_array_index (rows, i);

      if (prd_import_row_get_state (row) == PRD_IMPORT_ROW_INVALID)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (indexed); k++)
        if (prd_import_row_get_value (row, indexed[k]) != NULL)
          g_ptr_array_add (texts, (gpointer) prd_import_row_get_value (row, indexed[k]));
    }
  return texts;
}

static gboolean
run_rows (PrdMemberImport  *self,
          PrdStore         *store,
          GPtrArray        *rows,
          GCancellable     *cancellable,
          PrdImportCounts  *counts_out,
          GError          **error)
{
  g_autoptr(GHashTable) line_ids = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  PrdImportCounts counts = { 0, };
  PrdMemberIndexBulk bulk = { 0, };
  gint64 cache_pages = 0;
  Writer w = { NULL, };
  guint invalid = 0;
  gboolean ok = FALSE;
  g_autoptr(PrdStoreTxn) txn = NULL;

  for (guint i = 0; i < rows->len; i++)
    if (prd_import_row_get_state (g_ptr_array_index (rows, i)) == PRD_IMPORT_ROW_INVALID)
      invalid++;
  if (invalid > 0 && self->mode == PRD_IMPORT_MODE_ALL_OR_NOTHING)
    {
      g_set_error (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_REFUSED,
                   _("%u rows have problems, so nothing was imported. Correct them in the "
                     "file, or choose to leave out the rows with problems."),
                   invalid);
      return FALSE;
    }

  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
    return FALSE;
  if (!writer_open (&w, store, error))
    goto out;
  /* The search index is written once at the end (see prd-member-index.h);
   * a bigger page cache meanwhile, as random ids and the index touch pages
   * all over the file (100,000 rows write about twice as fast). */
  cache_pages = prd_store_count (store, "PRAGMA cache_size");
  if (!prd_store_exec (store, "PRAGMA cache_size = -65536", error) ||
      !prd_member_index_bulk_begin (store, &bulk, error))
    goto out;
  prd_member_index_bulk_warm (&bulk, index_texts (rows));

  for (guint i = 0; i < rows->len; i++)
    {
      PrdImportRow *row = g_ptr_array_index (rows, i);
      const char *target = NULL;
      g_autoptr(GError) local = NULL;
      char *id;

      if (i % CHECK_EVERY == 0)
        {
          if (g_cancellable_is_cancelled (cancellable))
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                   _("The import was cancelled; nothing was imported."));
              goto out;
            }
          report_fraction (self, (double) i / rows->len);
        }

      switch (prd_import_row_get_state (row))
        {
        case PRD_IMPORT_ROW_INVALID:
          counts.skipped_invalid++;
          continue;
        case PRD_IMPORT_ROW_DUPLICATE:
          if (prd_import_row_get_action (row) == PRD_IMPORT_DUPLICATE_SKIP)
            {
              counts.skipped_duplicates++;
              continue;
            }
          /* Never into another person, whatever the action says. */
          if (prd_import_row_get_action (row) == PRD_IMPORT_DUPLICATE_MERGE &&
              prd_import_row_get_other_name (row) != NULL)
            {
              counts.skipped_duplicates++;
              continue;
            }
          if (prd_import_row_get_action (row) == PRD_IMPORT_DUPLICATE_MERGE)
            {
              target = prd_import_row_get_duplicate_of (row);
              if (target == NULL)
                target = g_hash_table_lookup (line_ids,
                                              GUINT_TO_POINTER (prd_import_row_get_duplicate_line (row)));
            }
          break;
        case PRD_IMPORT_ROW_VALID:
        default:
          break;
        }

      id = write_row (&w, row, target, &local);
      if (id == NULL)
        {
          g_set_error (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_REFUSED,
                       _("Line %u could not be saved, so nothing was imported: %s"),
                       prd_import_row_get_line (row), local->message);
          goto out;
        }
      if (target != NULL)
        {
          counts.merged++;
          prd_member_index_bulk_touch (&bulk, target);
        }
      else
        counts.added++;
      g_hash_table_insert (line_ids, GUINT_TO_POINTER (prd_import_row_get_line (row)), id);
    }

  if (!remember_answers (self, store, error) ||
      !prd_member_index_bulk_end (store, &bulk, error) || !prd_store_txn_commit (txn, error))
    goto out;
  ok = TRUE;
  counts.schools_added = w.schools_added;
  report_fraction (self, 1.0);
  if (counts_out != NULL)
    *counts_out = counts;

out:
  writer_close (&w);
  g_clear_pointer (&txn, prd_store_txn_free);   /* rolls back unless committed */
  prd_member_index_bulk_clear (&bulk);
  if (cache_pages != 0)
    {
      g_autofree char *pragma = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, cache_pages);
      prd_store_exec (store, pragma, NULL);
    }
  return ok;
}

gboolean
prd_member_import_run (PrdMemberImport  *self,
                       GCancellable     *cancellable,
                       PrdImportCounts  *counts,
                       GError          **error)
{
  g_return_val_if_fail (PRD_IS_MEMBER_IMPORT (self), FALSE);
  return run_rows (self, self->store, self->rows, cancellable, counts, error);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  PrdMemberImport *self = source_object;
  g_autoptr(PrdStore) store = NULL;
  PrdImportCounts *counts = g_new0 (PrdImportCounts, 1);
  GError *error = NULL;

  store = open_worker_store (self, &error);
  if (store != NULL && run_rows (self, store, task_data, cancellable, counts, &error))
    g_task_return_pointer (task, counts, g_free);
  else
    {
      g_free (counts);
      g_task_return_error (task, error);
    }
}

void
prd_member_import_run_async (PrdMemberImport     *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PRD_IS_MEMBER_IMPORT (self));

  remember_context (self);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, prd_member_import_run_async);
  /* The rows as they are now, kept alive whatever the model does. */
  g_task_set_task_data (task, g_ptr_array_ref (self->rows), (GDestroyNotify) g_ptr_array_unref);
  g_task_run_in_thread (task, run_thread);
}

gboolean
prd_member_import_run_finish (PrdMemberImport  *self,
                              GAsyncResult     *result,
                              PrdImportCounts  *counts,
                              GError          **error)
{
  g_autofree PrdImportCounts *c = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  c = g_task_propagate_pointer (G_TASK (result), error);
  if (c == NULL)
    return FALSE;
  if (counts != NULL)
    *counts = *c;
  return TRUE;
}
