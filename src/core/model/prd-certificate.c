/* prd-certificate.c — finding the recipients and recording a batch. */
#define G_LOG_DOMAIN "prd-model"

#include <stdio.h>

#include <glib/gi18n.h>

#include "prd-certificate.h"
#include "store/prd-store-sql.h"

GPtrArray *
prd_certificate_find_members (PrdStore    *store,
                              const char  *text,
                              GError     **error)
{
  GPtrArray *ids;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  stmt = prd_store_prepare (store,
                            "SELECT m.id FROM member m "
                            "LEFT JOIN member_category c ON c.id = m.category_id "
                            "LEFT JOIN school s ON s.id = m.school_id "
                            "WHERE m.deleted = 0 AND m.active = 1 AND instr("
                            "  m.title || m.given_name || ' ' || m.surname || ' ' || m.position || ' ' || "
                            "  m.organization || ' ' || COALESCE(c.label, '') || ' ' || COALESCE(s.name, ''), ?1) > 0 "
                            "ORDER BY (SELECT COALESCE(SUM(views), 0) FROM social_account a "
                            "          WHERE a.member_id = m.id AND a.deleted = 0) DESC, m.given_name, m.id",
                            error);
  if (stmt == NULL)
    return NULL;
  ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return ids;
}

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

char *
prd_certificate_batch_create (PrdStore           *store,
                              const char *const  *member_ids,
                              guint               n_members,
                              const char         *reason,
                              const char         *date,
                              const char         *signer_id,
                              GError            **error)
{
  g_autoptr(JsonObject) batch = json_object_new ();
  g_autofree char *issued = date ? g_strdup (date) : today_iso ();
  g_autofree char *director = NULL, *name = NULL, *position = NULL;
  sqlite3_stmt *stmt;
  g_autoptr(PrdStoreTxn) txn = NULL;
  int y, m, d;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  if (reason == NULL || *reason == '\0')
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID, _("Write why the certificates are given."));
      return NULL;
    }
  if (sscanf (issued, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID,
                   _("The date of issue \"%s\" is not a date; write it as year-month-day, e.g. 2026-11-25."), issued);
      return NULL;
    }

  /* The signer: the one asked for, or the office director. */
  stmt = prd_store_prepare (store, signer_id
                            ? "SELECT id, title || given_name || ' ' || surname, position FROM office_signer WHERE id = ?1 AND deleted = 0"
                            : "SELECT id, title || given_name || ' ' || surname, position FROM office_signer "
                              "WHERE role = 'director' AND deleted = 0 ORDER BY sort_order LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  if (signer_id)
    sqlite3_bind_text (stmt, 1, signer_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      director = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      position = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_finalize (stmt);

  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
    return NULL;
  json_object_set_string_member (batch, "reason", reason);
  json_object_set_string_member (batch, "issued_on", issued);
  if (director != NULL)
    {
      json_object_set_string_member (batch, "signer_id", director);
      json_object_set_string_member (batch, "signer_name", name);
      json_object_set_string_member (batch, "signer_position", position);
    }
  if (!prd_store_put (store, "certificate_batch", batch, error))
    goto fail;

  stmt = prd_store_prepare (store, "SELECT title || given_name || ' ' || surname FROM member WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(JsonObject) cert = json_object_new ();

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, member_ids[i], -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          sqlite3_finalize (stmt);
          g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_NOT_FOUND,
                       _("There is no member with the id %s; no certificate was recorded."), member_ids[i]);
          goto fail;
        }
      json_object_set_string_member (cert, "batch_id", json_object_get_string_member (batch, "id"));
      json_object_set_string_member (cert, "member_id", member_ids[i]);
      json_object_set_string_member (cert, "recipient", (const char *) sqlite3_column_text (stmt, 0));
      json_object_set_int_member (cert, "sort_order", i + 1);
      if (!prd_store_put (store, "certificate", cert, error))
        {
          sqlite3_finalize (stmt);
          goto fail;
        }
    }
  sqlite3_finalize (stmt);
  if (!prd_store_txn_commit (txn, error))
    goto fail;
  return g_strdup (json_object_get_string_member (batch, "id"));

fail:
  return NULL;   /* the transaction rolls back as it goes */
}

