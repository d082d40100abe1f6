/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-import-check.c — every row built into a member and checked
 * by the validator the editor uses, duplicates found (in the registry and
 * earlier in the file), schools and network answers resolved. */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-member-import-private.h"
#include "prd-csv.h"
#include "prd-import-answers.h"
#include "prd-import-fields.h"
#include "prd-import-person.h"
#include "prd-import-row-private.h"
#include "prd-import-school.h"
#include "model/prd-member-validator.h"
#include "model/prd-network-answers.h"
#include "model/prd-school-names.h"
#include "thai/prd-thai.h"
#include "store/prd-store-sql.h"

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
  PrdMemberImport *self;          /* for progress only */
  GPtrArray       *table;         /* the sheet's rows */
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
  GPtrArray *table = part->table;

  for (guint r = part->from; r < part->to; r++)
    {
      if ((r - part->from) % CHECK_EVERY == 0 && r > part->from)
        {
          int done = g_atomic_int_add (part->done, CHECK_EVERY) + CHECK_EVERY;

          if (g_cancellable_is_cancelled (part->cancellable))
            return NULL;
          if (part->reports)
            prd_member_import_report_fraction (part->self, CHECK_SHARE * done / table->len);
        }
      part->rows->pdata[r] = check_row (part->analysis, table, g_ptr_array_index (table, r));
    }
  return NULL;
}

/* Every row checked (check_row), the work shared by two threads: a 100,000
 * row survey is checked in about half the time on the office's two cores. */
static gboolean
check_rows (PrdMemberImport  *self,
            GPtrArray        *table,
            Analysis         *a,
            GPtrArray        *rows,
            GCancellable     *cancellable,
            GError          **error)
{
  guint n = table->len;
  gint done = 0;
  CheckPart first = { self, table, a, rows, 0, n / 2, cancellable, &done, FALSE };
  CheckPart second = { self, table, a, rows, n / 2, n, cancellable, &done, TRUE };
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

GPtrArray *
prd_member_import_analyze_rows (PrdMemberImport          *self,
                                PrdStore                 *store,
                                const PrdImportSheet     *sheet,
                                GHashTable               *answer_choices,
                                PrdImportDuplicateAction  action,
                                GCancellable             *cancellable,
                                GError                  **error)
{
  g_autoptr(PrdMemberValidator) validator = prd_member_validator_new (store);
  g_autoptr(GPtrArray) rows = NULL;
  Analysis a = { 0, };
  gboolean ok;

  if (!prd_import_sheet_has_name_column (sheet))
    {
      g_set_error_literal (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_MAPPING,
                           _("No column gives the members' names. Choose which column holds "
                             "the given name (ชื่อ) or the full name (ชื่อ-สกุล)."));
      return NULL;
    }

  a.store = store;
  a.validator = validator;
  a.mapping = (PrdImportField *) sheet->mapping->data;
  a.n_columns = sheet->mapping->len;
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
  a.answer_choices = answer_choices;
  if (a.field_column[PRD_IMPORT_FIELD_SCHOOL] != G_MAXUINT)
    a.school_mixed = prd_import_school_column_is_mixed (g_ptr_array_index (sheet->headers,
                                                          a.field_column[PRD_IMPORT_FIELD_SCHOOL]));
  a.action = action;

  /* Rows not reached after a cancel stay NULL. */
  rows = g_ptr_array_new_full (sheet->table->len, unref_row);
  g_ptr_array_set_size (rows, sheet->table->len);

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    a.today = g_date_time_format (now, "%Y-%m-%d");
  }

  ok = check_rows (self, sheet->table, &a, rows, cancellable, error);
  for (guint r = 0; ok && r < rows->len; r++)
    {
      PrdImportRow *row = g_ptr_array_index (rows, r);

      if (r % CHECK_EVERY == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            ok = FALSE;
          prd_member_import_report_fraction (self, CHECK_SHARE + (1.0 - CHECK_SHARE) * r / rows->len);
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
  prd_member_import_report_fraction (self, 1.0);
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
  for (guint c = 0; c < self->sheet.mapping->len && column == G_MAXUINT; c++)
    if (g_array_index (self->sheet.mapping, PrdImportField, c) == PRD_IMPORT_FIELD_NETWORK)
      column = c;
  if (column == G_MAXUINT)
    return;

  stmt = prd_store_prepare (self->store, "SELECT id, label FROM member_category", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (labels, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);

  /* A category column decides the category, not the type's default. */
  for (guint c = 0; c < self->sheet.mapping->len; c++)
    if (g_array_index (self->sheet.mapping, PrdImportField, c) == PRD_IMPORT_FIELD_CATEGORY)
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
void
prd_member_import_take_rows (PrdMemberImport *self,
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

  rows = prd_member_import_analyze_rows (self, self->store, &self->sheet, self->answer_choices,
                                         self->duplicate_action, cancellable, error);
  if (rows == NULL)
    return FALSE;
  prd_member_import_take_rows (self, rows);
  return TRUE;
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
