/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-network-answers.c — the survey's network type answers and their categories. */
#define G_LOG_DOMAIN "prd-model"

#include <string.h>

#include "prd-network-answers.h"
#include "prd-registry-lists.h"
#include "store/prd-store-sql.h"

typedef struct {
  int   internal;
  char *category_id;   /* NULL: the type's default */
} Answer;

struct _PrdNetworkAnswers
{
  GHashTable *answers;        /* folded answer → Answer* */
  char       *defaults[2];    /* [0] external, [1] internal */
};

static void
answer_free (gpointer data)
{
  Answer *a = data;

  g_free (a->category_id);
  g_free (a);
}

char *
prd_network_answer_fold (const char *answer)
{
  return prd_registry_list_fold (answer != NULL ? answer : "");
}

int
prd_network_type_parse (const char *answer)
{
  g_autofree char *t = g_utf8_strdown (answer != NULL ? answer : "", -1);

  g_strstrip (t);
  if (strstr (t, "ภายใน") != NULL || g_str_has_prefix (t, "internal") || g_str_equal (t, "1"))
    return 1;
  if (strstr (t, "ภายนอก") != NULL || g_str_has_prefix (t, "external") || g_str_equal (t, "0"))
    return 0;
  return -1;
}

gboolean
prd_network_answers_can_remember (PrdStore *store)
{
  return prd_store_count (store, "SELECT count(*) FROM sqlite_master "
                                 "WHERE type = 'table' AND name = 'network_answer'") == 1;
}

/* A live category of that type: the shared default if it is still there,
 * else the first in the office's order. */
static char *
builtin_default (PrdStore *store,
                 gboolean  internal)
{
  sqlite3_stmt *stmt = prd_store_prepare (store,
    "SELECT id FROM member_category WHERE deleted = 0 AND internal = ?1 "
    "ORDER BY id <> ?2, sort_order LIMIT 1", NULL);
  char *id = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, internal ? 1 : 0);
  sqlite3_bind_text (stmt, 2, internal ? "category-school-staff" : "category-person", -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return id;
}

static gboolean
load_remembered (PrdNetworkAnswers  *self,
                 PrdStore           *store,
                 GError            **error)
{
  sqlite3_stmt *stmt = prd_store_prepare (store,
    "SELECT a.answer, a.internal, c.id FROM network_answer a "
    "LEFT JOIN member_category c ON c.id = a.category_id AND c.deleted = 0 "
    "WHERE a.deleted = 0 ORDER BY a.created_at, a.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Answer *a = g_new0 (Answer, 1);
      char *key = prd_network_answer_fold ((const char *) sqlite3_column_text (stmt, 0));

      a->internal = sqlite3_column_int (stmt, 1) ? 1 : 0;
      a->category_id = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_hash_table_replace (self->answers, key, a);
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

PrdNetworkAnswers *
prd_network_answers_load (PrdStore  *store,
                          GError   **error)
{
  g_autoptr(PrdNetworkAnswers) self = g_new0 (PrdNetworkAnswers, 1);

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, answer_free);
  if (prd_network_answers_can_remember (store) && !load_remembered (self, store, error))
    return NULL;
  for (int t = 0; t < 2; t++)
    {
      g_autofree char *key = prd_network_answer_fold (t ? "ภายใน" : "ภายนอก");
      Answer *a = g_hash_table_lookup (self->answers, key);

      self->defaults[t] = a != NULL && a->category_id != NULL ? g_strdup (a->category_id)
                                                              : builtin_default (store, t);
    }
  return g_steal_pointer (&self);
}

void
prd_network_answers_free (PrdNetworkAnswers *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_free (self->defaults[0]);
  g_free (self->defaults[1]);
  g_free (self);
}

const char *
prd_network_answers_default (PrdNetworkAnswers *self,
                             gboolean           internal)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->defaults[internal ? 1 : 0];
}

gboolean
prd_network_answers_lookup (PrdNetworkAnswers  *self,
                            const char         *answer,
                            int                *internal,
                            const char        **category_id)
{
  g_autofree char *key = prd_network_answer_fold (answer);
  Answer *a;
  int type;

  g_return_val_if_fail (self != NULL, FALSE);

  a = g_hash_table_lookup (self->answers, key);
  if (a != NULL)
    {
      *internal = a->internal;
      *category_id = a->category_id != NULL ? a->category_id : self->defaults[a->internal];
      return TRUE;
    }
  type = prd_network_type_parse (answer);
  if (type < 0)
    return FALSE;
  *internal = type;
  *category_id = self->defaults[type];
  return TRUE;
}

/* The id of the live row remembering ANSWER (folded), or NULL. */
static char *
find_answer (PrdStore   *store,
             const char *answer)
{
  g_autofree char *key = prd_network_answer_fold (answer);
  sqlite3_stmt *stmt = prd_store_prepare (store,
    "SELECT id, answer FROM network_answer ORDER BY deleted, created_at, id", NULL);
  char *id = NULL;

  while (stmt != NULL && id == NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *other = prd_network_answer_fold ((const char *) sqlite3_column_text (stmt, 1));

      if (g_str_equal (key, other))
        id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  return id;
}

gboolean
prd_network_answers_remember (PrdStore    *store,
                              const char  *answer,
                              gboolean     internal,
                              const char  *category_id,
                              GError     **error)
{
  g_autoptr(JsonObject) o = json_object_new ();
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (answer != NULL, FALSE);

  text = g_strstrip (g_strdup (answer));
  id = find_answer (store, text);
  if (id != NULL)
    json_object_set_string_member (o, "id", id);
  else
    json_object_set_string_member (o, "answer", text);
  json_object_set_int_member (o, "internal", internal ? 1 : 0);
  json_object_set_int_member (o, "deleted", 0);
  if (category_id != NULL)
    json_object_set_string_member (o, "category_id", category_id);
  else
    json_object_set_null_member (o, "category_id");
  return prd_store_put (store, "network_answer", o, error);
}
