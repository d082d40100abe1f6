/* prd-order.c — appointment orders in memory and in the store. */
#define G_LOG_DOMAIN "prd-model"

#include <stdio.h>

#include <glib/gi18n.h>

#include "prd-order.h"
#include "model/prd-number-book.h"
#include "store/prd-store-sql.h"

struct _PrdOrder
{
  GObject     parent_instance;
  JsonObject *record;          /* appointment_order columns */
  GPtrArray  *sections;        /* PrdOrderSection */
  GPtrArray  *removed;         /* "table:id" of rows to tombstone on save */
};

G_DEFINE_FINAL_TYPE (PrdOrder, prd_order, G_TYPE_OBJECT)

enum { SIGNAL_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
member_free (PrdOrderMember *m)
{
  g_free (m->id);
  g_free (m->member_id);
  g_free (m->name);
  g_free (m->position);
  g_free (m->role);
  g_free (m->heading);
  g_free (m);
}

static void
section_free (PrdOrderSection *s)
{
  g_free (s->id);
  g_free (s->title);
  g_free (s->duties);
  g_ptr_array_unref (s->members);
  g_free (s);
}

static void
prd_order_finalize (GObject *object)
{
  PrdOrder *self = PRD_ORDER (object);

  json_object_unref (self->record);
  g_ptr_array_unref (self->sections);
  g_ptr_array_unref (self->removed);
  G_OBJECT_CLASS (prd_order_parent_class)->finalize (object);
}

static void
prd_order_class_init (PrdOrderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = prd_order_finalize;
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
prd_order_init (PrdOrder *self)
{
  self->record = json_object_new ();
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  self->removed = g_ptr_array_new_with_free_func (g_free);
}

void
prd_order_changed (PrdOrder *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

PrdOrder *
prd_order_new (void)
{
  PrdOrder *self = g_object_new (PRD_TYPE_ORDER, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  json_object_set_string_member (self->record, "subject", "");
  json_object_set_string_member (self->record, "effective", "ตั้งแต่บัดนี้เป็นต้นไป");
  json_object_set_string_member (self->record, "order_date", today);
  return self;
}

const char *
prd_order_get_id (PrdOrder *self)
{
  return prd_order_get (self, "id");
}

const char *
prd_order_get (PrdOrder   *self,
               const char *field)
{
  JsonNode *node = json_object_get_member (self->record, field);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return "";
  return json_node_get_string (node);
}

void
prd_order_set (PrdOrder   *self,
               const char *field,
               const char *value)
{
  if (json_object_has_member (self->record, field) && g_strcmp0 (prd_order_get (self, field), value ? value : "") == 0)
    return;
  if ((value == NULL || *value == '\0') && g_str_equal (field, "signer_id"))
    json_object_set_null_member (self->record, field);
  else
    json_object_set_string_member (self->record, field, value ? value : "");
  prd_order_changed (self);
}

int
prd_order_get_number_seq (PrdOrder *self)
{
  return json_object_has_member (self->record, "number_seq")
         ? (int) json_object_get_int_member (self->record, "number_seq") : 0;
}

int
prd_order_get_number_year (PrdOrder *self)
{
  return json_object_has_member (self->record, "number_year")
         ? (int) json_object_get_int_member (self->record, "number_year") : 0;
}

void
prd_order_set_number_seq (PrdOrder *self,
                          int       seq)
{
  if (seq <= 0)
    json_object_remove_member (self->record, "number_seq");
  else
    json_object_set_int_member (self->record, "number_seq", seq);
  prd_order_changed (self);
}

GPtrArray *
prd_order_get_sections (PrdOrder *self)
{
  return self->sections;
}

PrdOrderSection *
prd_order_add_section (PrdOrder   *self,
                       const char *title,
                       const char *duties)
{
  PrdOrderSection *s = g_new0 (PrdOrderSection, 1);

  s->title = g_strdup (title ? title : "");
  s->duties = g_strdup (duties ? duties : "");
  s->members = g_ptr_array_new_with_free_func ((GDestroyNotify) member_free);
  g_ptr_array_add (self->sections, s);
  prd_order_changed (self);
  return s;
}

static void
forget (PrdOrder   *self,
        const char *table,
        const char *id)
{
  if (id != NULL)
    g_ptr_array_add (self->removed, g_strdup_printf ("%s:%s", table, id));
}

void
prd_order_remove_section (PrdOrder *self,
                          guint     index)
{
  PrdOrderSection *s;

  g_return_if_fail (index < self->sections->len);
  s = g_ptr_array_index (self->sections, index);
  for (guint i = 0; i < s->members->len; i++)
    forget (self, "order_member", ((PrdOrderMember *) g_ptr_array_index (s->members, i))->id);
  forget (self, "order_section", s->id);
  g_ptr_array_remove_index (self->sections, index);
  prd_order_changed (self);
}

static PrdOrderMember *
member_from_registry (PrdStore   *store,
                      const char *member_id)
{
  sqlite3_stmt *stmt = prd_store_prepare (store, "SELECT title || given_name || ' ' || surname, position "
                                          "FROM member WHERE id = ?1 AND deleted = 0", NULL);
  PrdOrderMember *m = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, member_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      m = g_new0 (PrdOrderMember, 1);
      m->member_id = g_strdup (member_id);
      m->name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      m->position = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  return m;
}

gboolean
prd_order_add_member (PrdOrder        *self,
                      PrdStore        *store,
                      PrdOrderSection *section,
                      const char      *member_id,
                      const char      *role,
                      const char      *heading)
{
  PrdOrderMember *m = member_from_registry (store, member_id);

  if (m == NULL)
    return FALSE;
  m->role = g_strdup (role ? role : "");
  m->heading = g_strdup (heading ? heading : "");
  g_ptr_array_add (section->members, m);
  prd_order_changed (self);
  return TRUE;
}

void
prd_order_remove_member (PrdOrder        *self,
                         PrdOrderSection *section,
                         guint            index)
{
  g_return_if_fail (index < section->members->len);
  forget (self, "order_member", ((PrdOrderMember *) g_ptr_array_index (section->members, index))->id);
  g_ptr_array_remove_index (section->members, index);
  prd_order_changed (self);
}

PrdOrder *
prd_order_load (PrdStore    *store,
                const char  *id,
                GError     **error)
{
  g_autoptr(PrdOrder) self = NULL;
  g_autoptr(JsonObject) rec = prd_store_get (store, "appointment_order", id, error);
  sqlite3_stmt *stmt;

  if (rec == NULL)
    return NULL;
  if (json_object_get_int_member (rec, "deleted"))
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_NOT_FOUND,
                   _("There is no appointment order with the id %s"), id);
      return NULL;
    }
  self = g_object_new (PRD_TYPE_ORDER, NULL);
  json_object_unref (self->record);
  self->record = json_object_ref (rec);
  /* The store stamps these itself on save. */
  json_object_remove_member (self->record, "rev");
  json_object_remove_member (self->record, "updated_at");

  stmt = prd_store_prepare (store, "SELECT id, title, duties FROM order_section WHERE order_id = ?1 "
                            "AND deleted = 0 ORDER BY sort_order, created_at", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PrdOrderSection *s = prd_order_add_section (self, (const char *) sqlite3_column_text (stmt, 1),
                                                  (const char *) sqlite3_column_text (stmt, 2));
      s->id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);

  for (guint i = 0; i < self->sections->len; i++)
    {
      PrdOrderSection *s = g_ptr_array_index (self->sections, i);

      stmt = prd_store_prepare (store, "SELECT om.id, om.member_id, om.role, om.heading, "
                                "m.title || m.given_name || ' ' || m.surname, m.position "
                                "FROM order_member om JOIN member m ON m.id = om.member_id "
                                "WHERE om.section_id = ?1 AND om.deleted = 0 ORDER BY om.sort_order, om.created_at",
                                error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 1, s->id, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          PrdOrderMember *m = g_new0 (PrdOrderMember, 1);

          m->id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          m->member_id = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
          m->role = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
          m->heading = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
          m->name = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
          m->position = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
          g_ptr_array_add (s->members, m);
        }
      sqlite3_finalize (stmt);
    }
  return g_steal_pointer (&self);
}

static gboolean
put_copy (PrdStore    *store,
          const char  *table,
          JsonObject  *rec,
          char       **id_out,
          GError     **error)
{
  if (!prd_store_put (store, table, rec, error))
    return FALSE;
  if (id_out != NULL && *id_out == NULL)
    *id_out = g_strdup (json_object_get_string_member (rec, "id"));
  return TRUE;
}

/* The writes of prd_order_save, inside its transaction. */
static gboolean
write_order (PrdOrder  *self,
             PrdStore  *store,
             int        y,
             GError   **error)
{
  g_autofree char *id = NULL;

  if (prd_order_get_number_seq (self) == 0 ||
      (prd_order_get_number_year (self) != 0 && prd_order_get_number_year (self) != y))
    {
      g_autoptr(PrdNumberBook) book = prd_number_book_new (store);
      int next = prd_number_book_next (book, PRD_NUMBER_ORDER, y, error);

      if (next == 0)
        return FALSE;
      json_object_set_int_member (self->record, "number_seq", next);
    }
  json_object_set_int_member (self->record, "number_year", y);

  {
    g_autoptr(JsonObject) rec = json_object_ref (self->record);

    if (!prd_store_put (store, "appointment_order", rec, error))
      return FALSE;
    json_object_remove_member (self->record, "rev");
    json_object_remove_member (self->record, "updated_at");
  }
  id = g_strdup (prd_order_get_id (self));

  for (guint i = 0; i < self->removed->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (self->removed, i), ":", 2);
      if (!prd_store_tombstone (store, parts[0], parts[1], error))
        return FALSE;
    }

  for (guint i = 0; i < self->sections->len; i++)
    {
      PrdOrderSection *s = g_ptr_array_index (self->sections, i);
      g_autoptr(JsonObject) srec = json_object_new ();

      if (s->id != NULL)
        json_object_set_string_member (srec, "id", s->id);
      json_object_set_string_member (srec, "order_id", id);
      json_object_set_string_member (srec, "title", s->title);
      json_object_set_string_member (srec, "duties", s->duties);
      json_object_set_int_member (srec, "sort_order", i + 1);
      if (!put_copy (store, "order_section", srec, &s->id, error))
        return FALSE;
      for (guint j = 0; j < s->members->len; j++)
        {
          PrdOrderMember *mem = g_ptr_array_index (s->members, j);
          g_autoptr(JsonObject) mrec = json_object_new ();

          if (mem->id != NULL)
            json_object_set_string_member (mrec, "id", mem->id);
          json_object_set_string_member (mrec, "section_id", s->id);
          json_object_set_string_member (mrec, "member_id", mem->member_id);
          json_object_set_string_member (mrec, "role", mem->role);
          json_object_set_string_member (mrec, "heading", mem->heading);
          json_object_set_int_member (mrec, "sort_order", j + 1);
          if (!put_copy (store, "order_member", mrec, &mem->id, error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
prd_order_save (PrdOrder  *self,
                PrdStore  *store,
                GError   **error)
{
  const char *date = prd_order_get (self, "order_date");
  g_autofree char *subject = g_strstrip (g_strdup (prd_order_get (self, "subject")));
  g_autoptr(PrdStoreTxn) txn = NULL;
  g_autoptr(GError) local_error = NULL;
  int y, m, d;

  g_return_val_if_fail (PRD_IS_ORDER (self), FALSE);

  if (*subject == '\0')
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID, _("Write the order's subject (เรื่อง)."));
      return FALSE;
    }
  if (sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID,
                   _("The order's date \"%s\" is not a date; write it as year-month-day, e.g. 2026-11-25."), date);
      return FALSE;
    }
  for (guint i = 0; i < self->sections->len; i++)
    if (*g_strstrip (((PrdOrderSection *) g_ptr_array_index (self->sections, i))->title) == '\0')
      {
        g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID,
                     _("Section %u of the order has no title."), i + 1);
        return FALSE;
      }

  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
    return FALSE;
  if (!write_order (self, store, y, &local_error))
    {
      if (g_error_matches (local_error, PRD_STORE_ERROR, PRD_STORE_ERROR_UNIQUE))
        g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID,
                     _("Order number %d/%d is already used by another order; choose another number."),
                     prd_order_get_number_seq (self), y + 543);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!prd_store_txn_commit (txn, error))
    return FALSE;
  g_ptr_array_set_size (self->removed, 0);
  return TRUE;
}
