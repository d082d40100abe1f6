/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-import-write.c — the run: the checked rows written in ONE
 * transaction (all or nothing, or the invalid rows left out), new schools
 * added, duplicates merged, the search index written once at the end. */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-member-import-private.h"
#include "prd-import-row-private.h"
#include "model/prd-member-index.h"
#include "model/prd-member-validator.h"
#include "model/prd-network-answers.h"
#include "model/prd-school-names.h"
#include "store/prd-store-inserter.h"
#include "store/prd-store-sql.h"

/* The user's choices, for the next import too; in the run's transaction. */
static gboolean
remember_answers (PrdStore    *store,
                  GHashTable  *answer_choices,
                  GHashTable  *answer_texts,
                  GError     **error)
{
  g_autoptr(PrdMemberValidator) validator = NULL;
  GHashTableIter iter;
  gpointer key, id;

  if (g_hash_table_size (answer_choices) == 0 || !prd_network_answers_can_remember (store))
    return TRUE;
  validator = prd_member_validator_new (store);
  g_hash_table_iter_init (&iter, answer_choices);
  while (g_hash_table_iter_next (&iter, &key, &id))
    {
      const char *text = g_hash_table_lookup (answer_texts, key);
      int internal = prd_network_type_parse (text);

      if (internal < 0)
        internal = MAX (prd_member_validator_category_internal (validator, id), 0);
      if (!prd_network_answers_remember (store, text, internal, id, error))
        return FALSE;
    }
  return TRUE;
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

gboolean
prd_member_import_run_rows (PrdMemberImport  *self,
                            PrdStore         *store,
                            GPtrArray        *rows,
                            PrdImportMode     mode,
                            GHashTable       *answer_choices,
                            GHashTable       *answer_texts,
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
  if (invalid > 0 && mode == PRD_IMPORT_MODE_ALL_OR_NOTHING)
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
          prd_member_import_report_fraction (self, (double) i / rows->len);
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

  if (!remember_answers (store, answer_choices, answer_texts, error) ||
      !prd_member_index_bulk_end (store, &bulk, error) || !prd_store_txn_commit (txn, error))
    goto out;
  ok = TRUE;
  counts.schools_added = w.schools_added;
  prd_member_import_report_fraction (self, 1.0);
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
  return prd_member_import_run_rows (self, self->store, self->rows, self->mode,
                                     self->answer_choices, self->answer_texts,
                                     cancellable, counts, error);
}
