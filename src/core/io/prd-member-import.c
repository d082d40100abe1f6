/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-import.c — the network survey into the registry: the object,
 * its properties and progress, and the worker threads.
 *
 * Three steps, each usable from a worker thread: load (decode, split, read
 * the header: prd-member-import-read.c), analyze (every row built into a
 * member, checked by the same validator the editor uses, duplicates found:
 * prd-member-import-check.c), run (one transaction: all or nothing, cancel =
 * nothing: prd-member-import-write.c); the report is
 * prd-member-import-report.c. See prd-member-import.h for the flow.
 */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>

#include "prd-member-import-private.h"
#include "prd-import-answers.h"
#include "prd-import-row-private.h"

G_DEFINE_QUARK (prd-member-import-error-quark, prd_member_import_error)

G_DEFINE_ENUM_TYPE (PrdImportEncoding, prd_import_encoding,
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_ENCODING_AUTO, "auto"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_ENCODING_UTF8, "utf-8"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_ENCODING_WINDOWS_874, "windows-874"))

G_DEFINE_ENUM_TYPE (PrdImportMode, prd_import_mode,
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_MODE_ALL_OR_NOTHING, "all-or-nothing"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_MODE_SKIP_INVALID, "skip-invalid"))

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

  prd_import_sheet_clear (&self->sheet);
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
  prd_import_sheet_init (&self->sheet);
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
void
prd_member_import_report_fraction (PrdMemberImport *self,
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

/* ---- the threads -------------------------------------------------------- */

static void
remember_context (PrdMemberImport *self)
{
  g_clear_pointer (&self->context, g_main_context_unref);
  self->context = g_main_context_ref_thread_default ();
}

/* One load or analysis. The worker reads only the job (copied from the
 * importer on the main thread) and hands back a CheckResult: the importer
 * changes on the main thread, in _finish. */
typedef struct {
  char                     *store_path;      /* the worker opens its own: PrdStore is not shared */
  GFile                    *file;            /* load: read it first; analyze: NULL */
  PrdImportEncoding         encoding;
  PrdImportSheet            sheet;           /* analyze: a copy of the importer's */
  GHashTable               *answer_choices;  /* a copy of the importer's */
  PrdImportDuplicateAction  action;
} CheckJob;

typedef struct {
  gboolean        has_sheet;                 /* load: the file's sheet */
  PrdImportSheet  sheet;
  GPtrArray      *rows;                      /* PrdImportRow* */
} CheckResult;

static void
check_job_free (gpointer data)
{
  CheckJob *job = data;

  g_free (job->store_path);
  g_clear_object (&job->file);
  prd_import_sheet_clear (&job->sheet);
  g_clear_pointer (&job->answer_choices, g_hash_table_unref);
  g_free (job);
}

static void
check_result_free (gpointer data)
{
  CheckResult *result = data;

  prd_import_sheet_clear (&result->sheet);
  g_clear_pointer (&result->rows, g_ptr_array_unref);
  g_free (result);
}

/* A copy of a table of strings (the answer choices), for a worker. */
static GHashTable *
copy_strings (GHashTable *table)
{
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), g_strdup (value));
  return copy;
}

/* Reads the job's file (a load), then checks the rows on a connection of
 * the worker's own. SOURCE_OBJECT only hears the progress. */
static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckJob *job = task_data;
  CheckResult *result = g_new0 (CheckResult, 1);
  const PrdImportSheet *sheet = &job->sheet;
  g_autoptr(PrdStore) store = NULL;
  GError *error = NULL;

  if (job->file != NULL)
    {
      if (!prd_import_sheet_read_file (&result->sheet, job->file, job->encoding,
                                       cancellable, &error))
        goto failed;
      result->has_sheet = TRUE;
      sheet = &result->sheet;
      /* Without a name column the user maps columns first: no rows yet. */
      if (!prd_import_sheet_has_name_column (sheet))
        {
          result->rows = g_ptr_array_new_with_free_func (g_object_unref);
          g_task_return_pointer (task, result, check_result_free);
          return;
        }
    }

  store = prd_store_open (job->store_path, &error);
  if (store == NULL)
    goto failed;
  result->rows = prd_member_import_analyze_rows (source_object, store, sheet,
                                                 job->answer_choices, job->action,
                                                 cancellable, &error);
  if (result->rows == NULL)
    goto failed;
  g_task_return_pointer (task, result, check_result_free);
  return;

failed:
  check_result_free (result);
  g_task_return_error (task, error);
}

static void
start_check (PrdMemberImport     *self,
             GFile               *file,
             PrdImportEncoding    encoding,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data,
             gpointer             source_tag)
{
  g_autoptr(GTask) task = NULL;
  CheckJob *job = g_new0 (CheckJob, 1);

  job->store_path = g_strdup (prd_store_get_path (self->store));
  job->file = file != NULL ? g_object_ref (file) : NULL;
  job->encoding = encoding;
  if (file == NULL)
    prd_import_sheet_copy (&self->sheet, &job->sheet);
  job->answer_choices = copy_strings (self->answer_choices);
  job->action = self->duplicate_action;

  remember_context (self);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, check_job_free);
  g_task_run_in_thread (task, check_thread);
}

/* Main thread: what the worker found becomes the importer's. */
static gboolean
finish_check (PrdMemberImport  *self,
              GAsyncResult     *result,
              GError          **error)
{
  CheckResult *found;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  found = g_task_propagate_pointer (G_TASK (result), error);
  if (found == NULL)
    return FALSE;
  if (found->has_sheet)
    prd_member_import_take_sheet (self, &found->sheet);
  prd_member_import_take_rows (self, found->rows);
  check_result_free (found);
  return TRUE;
}

void
prd_member_import_analyze_async (PrdMemberImport     *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (PRD_IS_MEMBER_IMPORT (self));
  start_check (self, NULL, PRD_IMPORT_ENCODING_AUTO, cancellable, callback, user_data,
               prd_member_import_analyze_async);
}

gboolean
prd_member_import_analyze_finish (PrdMemberImport  *self,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  return finish_check (self, result, error);
}

void
prd_member_import_load_async (PrdMemberImport     *self,
                              GFile               *file,
                              PrdImportEncoding    encoding,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (PRD_IS_MEMBER_IMPORT (self));
  g_return_if_fail (G_IS_FILE (file));
  start_check (self, file, encoding, cancellable, callback, user_data,
               prd_member_import_load_async);
}

gboolean
prd_member_import_load_finish (PrdMemberImport  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  return finish_check (self, result, error);
}

/* A run: the rows as they are now (kept alive whatever the model does), and
 * copies of the mode and the answer choices, so the worker reads nothing
 * of the importer. */
typedef struct {
  char          *store_path;
  GPtrArray     *rows;
  PrdImportMode  mode;
  GHashTable    *answer_choices;
  GHashTable    *answer_texts;
} RunJob;

static void
run_job_free (gpointer data)
{
  RunJob *job = data;

  g_free (job->store_path);
  g_ptr_array_unref (job->rows);
  g_hash_table_unref (job->answer_choices);
  g_hash_table_unref (job->answer_texts);
  g_free (job);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunJob *job = task_data;
  g_autoptr(PrdStore) store = NULL;
  PrdImportCounts *counts = g_new0 (PrdImportCounts, 1);
  GError *error = NULL;

  store = prd_store_open (job->store_path, &error);
  if (store != NULL &&
      prd_member_import_run_rows (source_object, store, job->rows, job->mode, job->answer_choices,
                                  job->answer_texts, cancellable, counts, &error))
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
  RunJob *job;

  g_return_if_fail (PRD_IS_MEMBER_IMPORT (self));

  job = g_new0 (RunJob, 1);
  job->store_path = g_strdup (prd_store_get_path (self->store));
  job->rows = g_ptr_array_ref (self->rows);
  job->mode = self->mode;
  job->answer_choices = copy_strings (self->answer_choices);
  job->answer_texts = copy_strings (self->answer_texts);

  remember_context (self);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, prd_member_import_run_async);
  g_task_set_task_data (task, job, run_job_free);
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
