/* prd-memo.c — the approval memo record and its running number. */
#define G_LOG_DOMAIN "prd-model"

#include <stdio.h>

#include <glib/gi18n.h>

#include "prd-memo.h"
#include "model/prd-number-book.h"
#include "store/prd-store-sql.h"

struct _PrdMemo
{
  GObject     parent_instance;
  JsonObject *record;
  char       *news_title;
};

G_DEFINE_FINAL_TYPE (PrdMemo, prd_memo, G_TYPE_OBJECT)

enum { SIGNAL_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Text columns, in the order prd_memo_list() selects them. */
static const char *const text_fields[] = {
  "id", "news_item_id", "group_id", "memo_date", "unit", "channels", "subject", "body",
  "requester_name", "requester_position",
  "review_decision", "review_reason", "review_signer_id", "review_name", "review_position", "review_date",
  "order_decision", "order_signer_id", "order_name", "order_position", "order_date",
};
/* Columns that hold ids or dates: NULL, not "", when empty. */
static const char *const nullable_fields[] = {
  "news_item_id", "group_id", "review_signer_id", "review_date", "order_signer_id", "order_date",
};

static void
prd_memo_finalize (GObject *object)
{
  PrdMemo *self = PRD_MEMO (object);

  json_object_unref (self->record);
  g_free (self->news_title);
  G_OBJECT_CLASS (prd_memo_parent_class)->finalize (object);
}

static void
prd_memo_class_init (PrdMemoClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = prd_memo_finalize;
  /* Emitted when a field changes, so a preview can redraw. */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
prd_memo_init (PrdMemo *self)
{
  self->record = json_object_new ();
}

PrdMemo *
prd_memo_new (const char *news_item_id)
{
  PrdMemo *self = g_object_new (PRD_TYPE_MEMO, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  prd_memo_set (self, "memo_date", today);
  prd_memo_set (self, "news_item_id", news_item_id);
  return self;
}

const char *
prd_memo_get_id (PrdMemo *self)
{
  return prd_memo_get (self, "id");
}

const char *
prd_memo_get (PrdMemo    *self,
              const char *field)
{
  JsonNode *node;

  g_return_val_if_fail (PRD_IS_MEMO (self), "");

  node = json_object_get_member (self->record, field);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return "";
  return json_node_get_string (node);
}

static gboolean
is_nullable (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (nullable_fields); i++)
    if (g_str_equal (field, nullable_fields[i]))
      return TRUE;
  return FALSE;
}

void
prd_memo_set (PrdMemo    *self,
              const char *field,
              const char *value)
{
  g_return_if_fail (PRD_IS_MEMO (self));

  if (g_strcmp0 (prd_memo_get (self, field), value ? value : "") == 0 &&
      json_object_has_member (self->record, field))
    return;
  if ((value == NULL || *value == '\0') && is_nullable (field))
    json_object_set_null_member (self->record, field);
  else
    json_object_set_string_member (self->record, field, value ? value : "");
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static int
get_int (PrdMemo    *self,
         const char *field)
{
  JsonNode *node = json_object_get_member (self->record, field);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return 0;
  return (int) json_node_get_int (node);
}

int
prd_memo_get_number_seq (PrdMemo *self)
{
  return get_int (self, "number_seq");
}

int
prd_memo_get_number_year (PrdMemo *self)
{
  return get_int (self, "number_year");
}

void
prd_memo_set_number_seq (PrdMemo *self,
                         int      seq)
{
  if (seq <= 0)
    json_object_set_null_member (self->record, "number_seq");
  else
    json_object_set_int_member (self->record, "number_seq", seq);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

PrdMemoState
prd_memo_get_state (PrdMemo *self)
{
  const char *review = prd_memo_get (self, "review_decision");
  const char *order = prd_memo_get (self, "order_decision");

  if (g_str_equal (order, "allow"))
    return PRD_MEMO_ALLOWED;
  if (g_str_equal (order, "refuse") || g_str_equal (review, "refuse"))
    return PRD_MEMO_REFUSED;
  if (g_str_equal (review, "allow"))
    return PRD_MEMO_REVIEWED;
  return PRD_MEMO_DRAFT;
}

const char *
prd_memo_state_label (PrdMemoState state)
{
  switch (state)
    {
    case PRD_MEMO_DRAFT:
      return _("Draft");
    case PRD_MEMO_REVIEWED:
      return _("Reviewed by the group director");
    case PRD_MEMO_ALLOWED:
      return _("Allowed");
    case PRD_MEMO_REFUSED:
      return _("Refused");
    default:
      g_assert_not_reached ();
    }
}

const char *
prd_memo_get_news_title (PrdMemo *self)
{
  return self->news_title ? self->news_title : "";
}

#define SELECT_MEMO \
  "SELECT m.id, m.news_item_id, m.group_id, m.memo_date, m.unit, m.channels, m.subject, m.body, " \
  "m.requester_name, m.requester_position, m.review_decision, m.review_reason, m.review_signer_id, " \
  "m.review_name, m.review_position, m.review_date, m.order_decision, m.order_signer_id, " \
  "m.order_name, m.order_position, m.order_date, m.number_year, m.number_seq, n.title " \
  "FROM memo m LEFT JOIN news_item n ON n.id = m.news_item_id "

static PrdMemo *
memo_from_row (sqlite3_stmt *stmt)
{
  PrdMemo *self = g_object_new (PRD_TYPE_MEMO, NULL);
  int n = G_N_ELEMENTS (text_fields);

  for (int i = 0; i < n; i++)
    {
      const char *v = (const char *) sqlite3_column_text (stmt, i);

      if (v == NULL)
        json_object_set_null_member (self->record, text_fields[i]);
      else
        json_object_set_string_member (self->record, text_fields[i], v);
    }
  if (sqlite3_column_type (stmt, n) != SQLITE_NULL)
    json_object_set_int_member (self->record, "number_year", sqlite3_column_int (stmt, n));
  if (sqlite3_column_type (stmt, n + 1) != SQLITE_NULL)
    json_object_set_int_member (self->record, "number_seq", sqlite3_column_int (stmt, n + 1));
  self->news_title = g_strdup ((const char *) sqlite3_column_text (stmt, n + 2));
  return self;
}

PrdMemo *
prd_memo_load (PrdStore    *store,
               const char  *id,
               GError     **error)
{
  sqlite3_stmt *stmt;
  PrdMemo *self = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  stmt = prd_store_prepare (store, SELECT_MEMO "WHERE m.id = ? AND m.deleted = 0", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    self = memo_from_row (stmt);
  else
    g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_NOT_FOUND,
                 _("There is no memo with the id %s"), id);
  sqlite3_finalize (stmt);
  return self;
}

GListModel *
prd_memo_list (PrdStore  *store,
               GError   **error)
{
  GListStore *list = g_list_store_new (PRD_TYPE_MEMO);
  sqlite3_stmt *stmt;

  stmt = prd_store_prepare (store, SELECT_MEMO "WHERE m.deleted = 0 "
                            "ORDER BY m.memo_date DESC, m.number_seq DESC, m.created_at DESC", error);
  if (stmt == NULL)
    {
      g_object_unref (list);
      return NULL;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(PrdMemo) memo = memo_from_row (stmt);
      g_list_store_append (list, memo);
    }
  sqlite3_finalize (stmt);
  return G_LIST_MODEL (list);
}

static gboolean
validate (PrdMemo  *self,
          GDate    *date,
          GError  **error)
{
  const char *text = prd_memo_get (self, "memo_date");
  g_autofree char *reason = NULL;
  int y, m, d;

  if (sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID,
                   _("The memo's date \"%s\" is not a date; write it as year-month-day, e.g. 2026-11-25."), text);
      return FALSE;
    }
  g_date_set_dmy (date, d, m, y);
  reason = g_strstrip (g_strdup (prd_memo_get (self, "review_reason")));
  if (g_str_equal (prd_memo_get (self, "review_decision"), "refuse") && *reason == '\0')
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID,
                   _("The group director did not allow publishing: write the reason."));
      return FALSE;
    }
  return TRUE;
}

gboolean
prd_memo_save (PrdMemo   *self,
               PrdStore  *store,
               GError   **error)
{
  GDate date;
  int year;
  g_autoptr(JsonObject) rec = NULL;
  g_autoptr(PrdStoreTxn) txn = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PRD_IS_MEMO (self), FALSE);

  g_date_clear (&date, 1);
  if (!validate (self, &date, error))
    return FALSE;
  year = g_date_get_year (&date);

  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
    return FALSE;

  /* The running number restarts each calendar year; numbers of deleted
   * memos are not given again. */
  if (prd_memo_get_number_seq (self) == 0 || prd_memo_get_number_year (self) != year)
    {
      if (prd_memo_get_number_seq (self) == 0 || prd_memo_get_number_year (self) != 0)
        {
          g_autoptr(PrdNumberBook) book = prd_number_book_new (store);
          int next = prd_number_book_next (book, PRD_NUMBER_MEMO, year, error);

          if (next == 0)
            return FALSE;
          json_object_set_int_member (self->record, "number_seq", next);
        }
      json_object_set_int_member (self->record, "number_year", year);
    }

  /* The store fills id, times and rev into the record itself. */
  rec = json_object_ref (self->record);
  if (!prd_store_put (store, "memo", rec, &local_error))
    {
      if (g_error_matches (local_error, PRD_STORE_ERROR, PRD_STORE_ERROR_UNIQUE))
        g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID,
                     _("Memo number %d of %d is already used by another memo; choose another number."),
                     prd_memo_get_number_seq (self), year + 543);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
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
