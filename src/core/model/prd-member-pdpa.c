/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-pdpa.c — export and erase one person's data, with an audit log. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-member-pdpa.h"
#include "store/prd-output-file.h"
#include "store/prd-store-sql.h"

static JsonArray *
rows_as_json (PrdStore    *store,
              const char  *sql,
              const char  *id,
              GError     **error)
{
  sqlite3_stmt *stmt = prd_store_prepare (store, sql, error);
  JsonArray *array;

  if (stmt == NULL)
    return NULL;
  array = json_array_new ();
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      JsonObject *o = json_object_new ();

      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *name = sqlite3_column_name (stmt, i);

          switch (sqlite3_column_type (stmt, i))
            {
            case SQLITE_INTEGER:
              json_object_set_int_member (o, name, sqlite3_column_int64 (stmt, i));
              break;
            case SQLITE_NULL:
              json_object_set_null_member (o, name);
              break;
            case SQLITE_BLOB:
              break;      /* no pictures in these tables */
            default:
              json_object_set_string_member (o, name, (const char *) sqlite3_column_text (stmt, i));
              break;
            }
        }
      json_array_add_object_element (array, o);
    }
  sqlite3_finalize (stmt);
  return array;
}

static gboolean
audit (PrdStore    *store,
       const char  *action,
       const char  *id,
       const char  *actor,
       const char  *detail,
       GError     **error)
{
  g_autofree char *now = prd_timestamp_now_utc ();
  sqlite3_stmt *stmt = prd_store_prepare (store,
                                          "INSERT INTO pdpa_audit (at, action, table_name, record_id, "
                                          "actor, detail) VALUES (?1, ?2, 'member', ?3, ?4, ?5)", error);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, actor != NULL ? actor : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, detail != NULL ? detail : "", -1, SQLITE_STATIC);
  ok = sqlite3_step (stmt) == SQLITE_DONE;
  sqlite3_finalize (stmt);
  if (!ok)
    g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL,
                 _("The audit log could not be written: %s"),
                 sqlite3_errmsg (prd_store_get_db (store)));
  return ok;
}

static gboolean
add_array (JsonObject  *out,
           const char  *name,
           PrdStore    *store,
           const char  *sql,
           const char  *id,
           GError     **error)
{
  JsonArray *a = rows_as_json (store, sql, id, error);

  if (a == NULL)
    return FALSE;
  json_object_set_array_member (out, name, a);
  return TRUE;
}

JsonObject *
prd_member_pdpa_export (PrdStore    *store,
                        const char  *id,
                        const char  *actor,
                        GError     **error)
{
  g_autoptr(JsonObject) out = json_object_new ();
  g_autoptr(JsonObject) member = NULL;
  g_autofree char *now = prd_timestamp_now_utc ();
  const char *school_id;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  member = prd_store_get (store, "member", id, error);
  if (member == NULL)
    return NULL;

  json_object_set_string_member (out, "exported_at", now);
  json_object_set_string_member (out, "law", "พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562");
  json_object_set_object_member (out, "member", json_object_ref (member));
  school_id = json_object_get_null_member (member, "school_id")
                ? NULL : json_object_get_string_member (member, "school_id");
  if (school_id != NULL)
    {
      JsonObject *school = prd_store_get (store, "school", school_id, NULL);
      if (school != NULL)
        json_object_set_object_member (out, "school", school);
    }
  if (!add_array (out, "category", store,
                  "SELECT c.id, c.label, c.internal FROM member_category c "
                  "JOIN member m ON m.category_id = c.id WHERE m.id = ?1", id, error) ||
      !add_array (out, "social_accounts", store,
                  "SELECT id, platform, handle, url, followers, views, counted_at, created_at, "
                  "updated_at, deleted FROM social_account WHERE member_id = ?1 ORDER BY created_at",
                  id, error) ||
      !add_array (out, "committee_roles", store,
                  "SELECT r.id, c.name AS committee, r.role, r.in_network_group, r.deleted "
                  "FROM committee_role r JOIN committee c ON c.id = r.committee_id "
                  "WHERE r.member_id = ?1", id, error) ||
      !add_array (out, "history", store,
                  "SELECT rev, deleted, changed_at FROM change_journal "
                  "WHERE table_name = 'member' AND record_id = ?1 ORDER BY seq", id, error) ||
      !add_array (out, "audit", store,
                  "SELECT at, action, actor, detail FROM pdpa_audit "
                  "WHERE table_name = 'member' AND record_id = ?1 ORDER BY seq", id, error))
    return NULL;

  if (!audit (store, "export", id, actor, NULL, error))
    return NULL;
  return g_steal_pointer (&out);
}

gboolean
prd_member_pdpa_export_file (PrdStore    *store,
                             const char  *id,
                             const char  *path,
                             const char  *actor,
                             GError     **error)
{
  g_autoptr(JsonObject) data = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) gen = NULL;
  g_autofree char *text = NULL;
  g_autoptr(PrdOutputFile) out = NULL;
  g_autoptr(PrdStoreTxn) txn = NULL;

  /* The export is logged only if the file is written too. */
  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
    return FALSE;
  data = prd_member_pdpa_export (store, id, actor, error);
  if (data == NULL)
    return FALSE;
  root = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (root, data);
  gen = json_generator_new ();
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_root (gen, root);
  text = json_generator_to_data (gen, NULL);
  /* Written beside and renamed (a device written through), and the audit
   * entry kept only once the file is in place. */
  out = prd_output_file_open (path, error);
  if (out == NULL || !prd_output_file_write (out, text, strlen (text), error) ||
      !prd_output_file_commit (g_steal_pointer (&out), error))
    return FALSE;   /* the transaction rolls back as it goes */
  return prd_store_txn_commit (txn, error);
}

gboolean
prd_member_pdpa_erase (PrdStore    *store,
                       const char  *id,
                       const char  *actor,
                       GError     **error)
{
  static const char *const blank[] = {
    "title", "given_name", "surname", "position", "organization", "district", "phone",
    "email", "line_id", "notes",
  };
  static const char *const nulls[] = { "school_id", "category_id", "consent_date", "joined_at" };
  g_autoptr(JsonObject) member = NULL;
  g_autoptr(JsonObject) scrub = json_object_new ();
  g_autoptr(GPtrArray) related = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PrdStoreTxn) txn = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  member = prd_store_get (store, "member", id, error);
  if (member == NULL)
    return FALSE;
  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
    return FALSE;

  json_object_set_string_member (scrub, "id", id);
  for (guint i = 0; i < G_N_ELEMENTS (blank); i++)
    json_object_set_string_member (scrub, blank[i], "");
  for (guint i = 0; i < G_N_ELEMENTS (nulls); i++)
    json_object_set_null_member (scrub, nulls[i]);
  json_object_set_int_member (scrub, "consent_contact", 0);
  json_object_set_int_member (scrub, "consent_photo", 0);
  json_object_set_int_member (scrub, "active", 0);
  json_object_set_int_member (scrub, "deleted", 1);
  if (!prd_store_put (store, "member", scrub, error))
    goto fail;

  /* Social accounts: handles and links are personal too. */
  stmt = prd_store_prepare (store, "SELECT id FROM social_account WHERE member_id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (related, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint i = 0; i < related->len; i++)
    {
      g_autoptr(JsonObject) s = json_object_new ();

      json_object_set_string_member (s, "id", g_ptr_array_index (related, i));
      json_object_set_string_member (s, "handle", "");
      json_object_set_string_member (s, "url", "");
      json_object_set_null_member (s, "followers");
      json_object_set_null_member (s, "views");
      json_object_set_null_member (s, "counted_at");
      json_object_set_int_member (s, "deleted", 1);
      if (!prd_store_put (store, "social_account", s, error))
        goto fail;
    }

  /* Committee roles end with the person. */
  g_ptr_array_set_size (related, 0);
  stmt = prd_store_prepare (store, "SELECT id FROM committee_role WHERE member_id = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (related, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint i = 0; i < related->len; i++)
    if (!prd_store_tombstone (store, "committee_role", g_ptr_array_index (related, i), error))
      goto fail;

  if (!audit (store, "erase", id, actor, NULL, error) || !prd_store_txn_commit (txn, error))
    goto fail;
  return TRUE;

fail:
  return FALSE;   /* the transaction rolls back as it goes */
}
