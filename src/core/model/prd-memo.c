/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-memo.c — PrdMemo: the approval memo and its running number. */
#define G_LOG_DOMAIN "prd-model"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "prd-decision.h"
#include "prd-memo.h"
#include "prd-model-error.h"
#include "prd-number-book.h"
#include "prd-record-private.h"

struct _PrdMemo
{
  PrdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrdMemo, prd_memo, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NEWS_ITEM_ID,
  PROP_GROUP_ID,
  PROP_MEMO_DATE,
  PROP_NUMBER_YEAR,
  PROP_NUMBER_SEQ,
  PROP_UNIT,
  PROP_CHANNELS,
  PROP_SUBJECT,
  PROP_BODY,
  PROP_REQUESTER_NAME,
  PROP_REQUESTER_POSITION,
  PROP_NEWS_TITLE,
  N_PROPS
};


static GParamSpec *props[N_PROPS];

static gboolean
prd_memo_validate (PrdRecord  *record,
                   GError    **error)
{
  const char *text = prd_record_get_text (record, props[PROP_MEMO_DATE]);
  int y, m, d;

  if (strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                   _("The memo's date \"%s\" is not a date; write it as year-month-day, e.g. 2026-11-25."), text);
      return FALSE;
    }
  return TRUE;
}

static void
prd_memo_class_init (PrdMemoClass *klass)
{
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  record_class->table = "memo";
  record_class->validate = prd_memo_validate;

  props[PROP_NEWS_ITEM_ID] =
    g_param_spec_string ("news-item-id", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_GROUP_ID] =
    g_param_spec_string ("group-id", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_MEMO_DATE] =
    g_param_spec_string ("memo-date", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_NUMBER_YEAR] =
    g_param_spec_int ("number-year", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_NUMBER_SEQ] =
    g_param_spec_int ("number-seq", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_CHANNELS] =
    g_param_spec_string ("channels", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_REQUESTER_NAME] =
    g_param_spec_string ("requester-name", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_REQUESTER_POSITION] =
    g_param_spec_string ("requester-position", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_NEWS_TITLE] =
    g_param_spec_string ("news-title", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
}

static void
prd_memo_init (PrdMemo *self)
{
}

PrdMemo *
prd_memo_new (const char *news_item_id)
{
  PrdMemo *self = g_object_new (PRD_TYPE_MEMO, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  prd_memo_set_memo_date (self, today);
  prd_memo_set_news_item_id (self, news_item_id);
  return self;
}

const char *
prd_memo_get_id (PrdMemo *self)
{
  const char *id = prd_record_get_id (PRD_RECORD (self));
  return id ? id : "";
}

const char *
prd_memo_get_news_item_id (PrdMemo *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_NEWS_ITEM_ID]);
}

void
prd_memo_set_news_item_id (PrdMemo *self,
                          const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_NEWS_ITEM_ID], value);
}

const char *
prd_memo_get_group_id (PrdMemo *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_GROUP_ID]);
}

void
prd_memo_set_group_id (PrdMemo *self,
                      const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_GROUP_ID], value);
}

const char *
prd_memo_get_memo_date (PrdMemo *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_MEMO_DATE]);
}

void
prd_memo_set_memo_date (PrdMemo *self,
                       const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_MEMO_DATE], value);
}

int
prd_memo_get_number_year (PrdMemo *self)
{
  return (int) prd_record_get_int (PRD_RECORD (self), props[PROP_NUMBER_YEAR]);
}

void
prd_memo_set_number_year (PrdMemo *self,
                         int value)
{
  prd_record_set_int (PRD_RECORD (self), props[PROP_NUMBER_YEAR], value);
}

int
prd_memo_get_number_seq (PrdMemo *self)
{
  return (int) prd_record_get_int (PRD_RECORD (self), props[PROP_NUMBER_SEQ]);
}

void
prd_memo_set_number_seq (PrdMemo *self,
                        int value)
{
  prd_record_set_int (PRD_RECORD (self), props[PROP_NUMBER_SEQ], value);
}

const char *
prd_memo_get_unit (PrdMemo *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_UNIT]);
}

void
prd_memo_set_unit (PrdMemo *self,
                  const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_UNIT], value);
}

const char *
prd_memo_get_channels (PrdMemo *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_CHANNELS]);
}

void
prd_memo_set_channels (PrdMemo *self,
                      const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_CHANNELS], value);
}

const char *
prd_memo_get_subject (PrdMemo *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_SUBJECT]);
}

void
prd_memo_set_subject (PrdMemo *self,
                     const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_SUBJECT], value);
}

const char *
prd_memo_get_body (PrdMemo *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_BODY]);
}

void
prd_memo_set_body (PrdMemo *self,
                  const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_BODY], value);
}

const char *
prd_memo_get_requester_name (PrdMemo *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_REQUESTER_NAME]);
}

void
prd_memo_set_requester_name (PrdMemo *self,
                            const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_REQUESTER_NAME], value);
}

const char *
prd_memo_get_requester_position (PrdMemo *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_REQUESTER_POSITION]);
}

void
prd_memo_set_requester_position (PrdMemo *self,
                                const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_REQUESTER_POSITION], value);
}

const char *
prd_memo_get_news_title (PrdMemo *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_NEWS_TITLE]);
}


#define SELECT_MEMO "SELECT m.*, n.title AS news_title FROM memo m LEFT JOIN news_item n ON n.id = m.news_item_id "

PrdMemo *
prd_memo_load (PrdStore    *store,
               const char  *id,
               GError     **error)
{
  g_autoptr(GListModel) found = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  found = prd_record_query (store, PRD_TYPE_MEMO, SELECT_MEMO "WHERE m.id = ?1 AND m.deleted = 0", id, error);
  if (found == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND,
                   _("There is no memo with the id %s"), id);
      return NULL;
    }
  return g_list_model_get_item (found, 0);
}

GListModel *
prd_memo_list (PrdStore  *store,
               GError   **error)
{
  return prd_record_query (store, PRD_TYPE_MEMO, SELECT_MEMO "WHERE m.deleted = 0 "
                           "ORDER BY m.memo_date DESC, m.number_seq DESC, m.created_at DESC", NULL, error);
}

char *
prd_memo_dup_current_news_title (PrdMemo  *self,
                                 PrdStore *store)
{
  const char *news_id;
  sqlite3_stmt *stmt;
  char *title = NULL;

  g_return_val_if_fail (PRD_IS_MEMO (self), NULL);

  news_id = prd_memo_get_news_item_id (self);
  if (*news_id == '\0')
    return g_strdup ("");
  stmt = prd_store_prepare (store, "SELECT title FROM news_item WHERE id = ?1", NULL);
  if (stmt == NULL)
    return g_strdup (prd_memo_get_news_title (self));
  sqlite3_bind_text (stmt, 1, news_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    title = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return title ? title : g_strdup ("");
}

GListModel *
prd_memo_list_decisions (PrdMemo   *self,
                         PrdStore  *store,
                         GError   **error)
{
  g_return_val_if_fail (PRD_IS_MEMO (self), NULL);

  if (!prd_record_is_stored (PRD_RECORD (self)))
    return G_LIST_MODEL (g_list_store_new (PRD_TYPE_DECISION));
  return prd_decision_list_for (store, "memo", prd_memo_get_id (self), error);
}

PrdMemoState
prd_memo_get_state (PrdMemo  *self,
                    PrdStore *store)
{
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PRD_IS_MEMO (self), PRD_MEMO_DRAFT);

  decisions = prd_memo_list_decisions (self, store, &error);
  if (decisions == NULL)
    g_warning ("The decisions of memo %s could not be read: %s", prd_memo_get_id (self), error->message);
  return prd_memo_state_derive (prd_record_is_stored (PRD_RECORD (self)), decisions);
}

gboolean
prd_memo_save (PrdMemo   *self,
               PrdStore  *store,
               GError   **error)
{
  g_autoptr(PrdStoreTxn) txn = NULL;
  g_autoptr(GError) local = NULL;
  int year, seq = prd_memo_get_number_seq (self);

  g_return_val_if_fail (PRD_IS_MEMO (self), FALSE);

  if (!prd_memo_validate (PRD_RECORD (self), error))
    return FALSE;
  year = atoi (prd_memo_get_memo_date (self));

  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
    return FALSE;

  /* The running number restarts each calendar year; numbers of deleted
   * memos are not given again. A number typed for a memo without one keeps
   * it in the memo's year. */
  if (seq == 0 || prd_memo_get_number_year (self) != year)
    {
      if (seq == 0 || prd_memo_get_number_year (self) != 0)
        {
          g_autoptr(PrdNumberBook) book = prd_number_book_new (store);

          seq = prd_number_book_next (book, PRD_NUMBER_MEMO, year, error);
          if (seq == 0)
            return FALSE;
          prd_memo_set_number_seq (self, seq);
        }
      prd_memo_set_number_year (self, year);
    }

  if (!prd_record_save (PRD_RECORD (self), store, &local))
    {
      if (g_error_matches (local, PRD_STORE_ERROR, PRD_STORE_ERROR_UNIQUE))
        g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NUMBER_TAKEN,
                     _("Memo number %d of %d is already used by another memo; choose another number."),
                     prd_memo_get_number_seq (self), year + 543);
      else
        g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return prd_store_txn_commit (txn, error);
}

void
prd_memo_template_free (PrdMemoTemplate *tmpl)
{
  if (tmpl == NULL)
    return;
  g_free (tmpl->subject);
  g_free (tmpl->salutation);
  g_free (tmpl->body);
  g_free (tmpl->closing);
  g_free (tmpl);
}

PrdMemoTemplate *
prd_memo_template_load (PrdStore  *store,
                        GError   **error)
{
  sqlite3_stmt *stmt = prd_store_prepare (store, "SELECT subject, salutation, body, closing FROM doc_template "
                                          "WHERE id = 'memo-approval' AND deleted = 0", error);
  PrdMemoTemplate *tmpl = NULL;

  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      tmpl = g_new0 (PrdMemoTemplate, 1);
      tmpl->subject = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      tmpl->salutation = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      tmpl->body = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      tmpl->closing = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
    }
  sqlite3_finalize (stmt);
  if (tmpl == NULL)
    g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_NOT_FOUND,
                 _("The approval memo's template is missing from the database; restore it in the office settings."));
  return tmpl;
}

gboolean
prd_memo_template_save (PrdStore               *store,
                        const PrdMemoTemplate  *tmpl,
                        GError                **error)
{
  g_autoptr(JsonObject) rec = json_object_new ();
  const struct { const char *field, *value, *label; } parts[] = {
    { "subject", tmpl->subject, N_("subject") },
    { "salutation", tmpl->salutation, N_("salutation") },
    { "body", tmpl->body, N_("body") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *v = g_strstrip (g_strdup (parts[i].value ? parts[i].value : ""));
      if (*v == '\0')
        {
          g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID,
                       _("The memo template's %s is empty; write it before saving."), _(parts[i].label));
          return FALSE;
        }
    }
  json_object_set_string_member (rec, "id", "memo-approval");
  json_object_set_string_member (rec, "subject", tmpl->subject);
  json_object_set_string_member (rec, "salutation", tmpl->salutation);
  json_object_set_string_member (rec, "body", tmpl->body);
  json_object_set_string_member (rec, "closing", tmpl->closing ? tmpl->closing : "");
  return prd_store_put (store, "doc_template", rec, error);
}
