/* prd-order.c — PrdOrder: appointment orders in memory and in the store. */
#define G_LOG_DOMAIN "prd-model"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "prd-model-error.h"
#include "prd-number-book.h"
#include "prd-order.h"
#include "prd-record-private.h"

struct _PrdOrder
{
  PrdRecord   parent_instance;
  GListStore *sections;        /* PrdOrderSection */
};

G_DEFINE_FINAL_TYPE (PrdOrder, prd_order, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NUMBER_YEAR,
  PROP_NUMBER_SEQ,
  PROP_SUBJECT,
  PROP_BODY,
  PROP_CLOSING,
  PROP_EFFECTIVE,
  PROP_ORDER_DATE,
  PROP_SIGNER_ID,
  PROP_SIGNER_NAME,
  PROP_SIGNER_POSITION,
  N_PROPS
};

enum { SIGNAL_CHANGED, N_SIGNALS };

static GParamSpec *props[N_PROPS];
static guint signals[N_SIGNALS];

#define COLUMN (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN)

static void
emit_changed (PrdOrder *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
prd_order_notify (GObject    *object,
                  GParamSpec *pspec)
{
  emit_changed (PRD_ORDER (object));
  if (G_OBJECT_CLASS (prd_order_parent_class)->notify != NULL)
    G_OBJECT_CLASS (prd_order_parent_class)->notify (object, pspec);
}

/* The checks of prd_order_save, before anything is written. */
static gboolean
prd_order_validate (PrdRecord  *record,
                    GError    **error)
{
  PrdOrder *self = PRD_ORDER (record);
  const char *date = prd_order_get_order_date (self);
  g_autofree char *subject = g_strstrip (g_strdup (prd_order_get_subject (self)));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  int y, m, d;

  if (*subject == '\0')
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID, _("Write the order's subject (เรื่อง)."));
      return FALSE;
    }
  if (strlen (date) != 10 || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                   _("The order's date \"%s\" is not a date; write it as year-month-day, e.g. 2026-11-25."), date);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdOrderSection) s = g_list_model_get_item (G_LIST_MODEL (self->sections), i);
      g_autofree char *title = g_strstrip (g_strdup (prd_order_section_get_title (s)));

      if (*title == '\0')
        {
          g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                       _("Section %u of the order has no title."), i + 1);
          return FALSE;
        }
    }
  return TRUE;
}

static void
forget_section (PrdOrder        *self,
                PrdOrderSection *section)
{
  g_signal_handlers_disconnect_by_data (section, self);
}

static void
prd_order_dispose (GObject *object)
{
  PrdOrder *self = PRD_ORDER (object);

  if (self->sections != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sections)); i++)
      {
        g_autoptr(PrdOrderSection) s = g_list_model_get_item (G_LIST_MODEL (self->sections), i);
        forget_section (self, s);
      }
  g_clear_object (&self->sections);
  G_OBJECT_CLASS (prd_order_parent_class)->dispose (object);
}

static void
prd_order_class_init (PrdOrderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  record_class->table = "appointment_order";
  record_class->validate = prd_order_validate;

  props[PROP_NUMBER_YEAR] = g_param_spec_int ("number-year", NULL, NULL, 0, G_MAXINT, 0, COLUMN);
  props[PROP_NUMBER_SEQ] = g_param_spec_int ("number-seq", NULL, NULL, 0, G_MAXINT, 0, COLUMN);
  props[PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, "", COLUMN);
  props[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, "", COLUMN);
  props[PROP_CLOSING] = g_param_spec_string ("closing", NULL, NULL, "", COLUMN);
  props[PROP_EFFECTIVE] = g_param_spec_string ("effective", NULL, NULL, "", COLUMN);
  props[PROP_ORDER_DATE] = g_param_spec_string ("order-date", NULL, NULL, "", COLUMN);
  props[PROP_SIGNER_ID] = g_param_spec_string ("signer-id", NULL, NULL, "", COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_SIGNER_NAME] = g_param_spec_string ("signer-name", NULL, NULL, "", COLUMN);
  props[PROP_SIGNER_POSITION] = g_param_spec_string ("signer-position", NULL, NULL, "", COLUMN);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
  object_class->notify = prd_order_notify;
  object_class->dispose = prd_order_dispose;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
on_sections_changed_cb (GListModel *sections,
                        guint       position,
                        guint       removed,
                        guint       added,
                        PrdOrder   *self)
{
  emit_changed (self);
}

static void
prd_order_init (PrdOrder *self)
{
  self->sections = g_list_store_new (PRD_TYPE_ORDER_SECTION);
  g_signal_connect (self->sections, "items-changed", G_CALLBACK (on_sections_changed_cb), self);
}

static void
insert_section (PrdOrder        *self,
                guint            index,
                PrdOrderSection *section)
{
  g_signal_connect_swapped (section, "changed", G_CALLBACK (emit_changed), self);
  g_list_store_insert (self->sections, index, section);
}

static void
append_section (PrdOrder        *self,
                PrdOrderSection *section)
{
  insert_section (self, g_list_model_get_n_items (G_LIST_MODEL (self->sections)), section);
}

PrdOrder *
prd_order_new (void)
{
  PrdOrder *self = g_object_new (PRD_TYPE_ORDER, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  prd_order_set_effective (self, "ตั้งแต่บัดนี้เป็นต้นไป");
  prd_order_set_order_date (self, today);
  return self;
}

/* Properties */

const char *
prd_order_get_id (PrdOrder *self)
{
  const char *id = prd_record_get_id (PRD_RECORD (self));
  return id ? id : "";
}

#define TEXT_PROPERTY(name, PROP)                                                \
  const char *                                                                   \
  prd_order_get_##name (PrdOrder *self)                                          \
  {                                                                              \
    return prd_record_get_text (PRD_RECORD (self), props[PROP]);                 \
  }                                                                              \
                                                                                 \
  void                                                                           \
  prd_order_set_##name (PrdOrder   *self,                                        \
                        const char *value)                                       \
  {                                                                              \
    prd_record_set_text (PRD_RECORD (self), props[PROP], value);                 \
  }

TEXT_PROPERTY (subject, PROP_SUBJECT)
TEXT_PROPERTY (body, PROP_BODY)
TEXT_PROPERTY (closing, PROP_CLOSING)
TEXT_PROPERTY (effective, PROP_EFFECTIVE)
TEXT_PROPERTY (order_date, PROP_ORDER_DATE)
TEXT_PROPERTY (signer_id, PROP_SIGNER_ID)
TEXT_PROPERTY (signer_name, PROP_SIGNER_NAME)
TEXT_PROPERTY (signer_position, PROP_SIGNER_POSITION)

int
prd_order_get_number_year (PrdOrder *self)
{
  return (int) prd_record_get_int (PRD_RECORD (self), props[PROP_NUMBER_YEAR]);
}

int
prd_order_get_number_seq (PrdOrder *self)
{
  return (int) prd_record_get_int (PRD_RECORD (self), props[PROP_NUMBER_SEQ]);
}

void
prd_order_set_number_seq (PrdOrder *self,
                          int       value)
{
  prd_record_set_int (PRD_RECORD (self), props[PROP_NUMBER_SEQ], MAX (value, 0));
}

/* Sections and members */

GListModel *
prd_order_get_sections (PrdOrder *self)
{
  g_return_val_if_fail (PRD_IS_ORDER (self), NULL);
  return G_LIST_MODEL (self->sections);
}

PrdOrderSection *
prd_order_add_section (PrdOrder   *self,
                       const char *title,
                       const char *duties)
{
  g_autoptr(PrdOrderSection) section = NULL;

  g_return_val_if_fail (PRD_IS_ORDER (self), NULL);

  section = prd_order_section_new (title, duties);
  append_section (self, section);
  return section;   /* the list holds it */
}

void
prd_order_remove_section (PrdOrder *self,
                          guint     index)
{
  g_autoptr(PrdOrderSection) section = NULL;

  g_return_if_fail (PRD_IS_ORDER (self));
  g_return_if_fail (index < g_list_model_get_n_items (G_LIST_MODEL (self->sections)));

  section = g_list_model_get_item (G_LIST_MODEL (self->sections), index);
  forget_section (self, section);
  g_list_store_remove (self->sections, index);
}

void
prd_order_insert_section (PrdOrder        *self,
                          guint            index,
                          PrdOrderSection *section)
{
  g_return_if_fail (PRD_IS_ORDER (self));
  g_return_if_fail (PRD_IS_ORDER_SECTION (section));
  g_return_if_fail (!g_list_store_find (self->sections, section, NULL));

  insert_section (self, MIN (index, g_list_model_get_n_items (G_LIST_MODEL (self->sections))), section);
}

gboolean
prd_order_add_member (PrdOrder         *self,
                      PrdStore         *store,
                      PrdOrderSection  *section,
                      const char       *member_id,
                      const char       *role,
                      const char       *heading,
                      GError          **error)
{
  g_autoptr(PrdOrderMember) member = NULL;

  g_return_val_if_fail (PRD_IS_ORDER (self), FALSE);
  g_return_val_if_fail (PRD_IS_ORDER_SECTION (section), FALSE);
  g_return_val_if_fail (g_list_store_find (self->sections, section, NULL), FALSE);

  member = prd_order_member_new_from_registry (store, member_id, error);
  if (member == NULL)
    return FALSE;
  prd_order_member_set_role (member, role);
  prd_order_member_set_heading (member, heading);
  prd_order_section_append_member (section, member);
  return TRUE;
}

/* Reading and writing */

PrdOrder *
prd_order_load (PrdStore    *store,
                const char  *id,
                GError     **error)
{
  g_autoptr(GListModel) found = NULL, sections = NULL;
  g_autoptr(PrdOrder) self = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  found = prd_record_list (store, PRD_TYPE_ORDER, "WHERE id = ?1 AND deleted = 0", id, error);
  if (found == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND,
                   _("There is no appointment order with the id %s"), id);
      return NULL;
    }
  self = g_list_model_get_item (found, 0);

  sections = prd_order_section_list_for (store, id, error);
  if (sections == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(PrdOrderSection) section = g_list_model_get_item (sections, i);
      g_autoptr(GListModel) members = prd_order_member_list_for (store, prd_record_get_id (PRD_RECORD (section)),
                                                                 error);

      if (members == NULL)
        return NULL;
      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr(PrdOrderMember) member = g_list_model_get_item (members, j);
          prd_order_section_append_member (section, member);
        }
      append_section (self, section);
    }
  return g_steal_pointer (&self);
}

GListModel *
prd_order_list (PrdStore  *store,
                GError   **error)
{
  return prd_record_list (store, PRD_TYPE_ORDER, "WHERE deleted = 0 ORDER BY number_year DESC, number_seq DESC",
                          NULL, error);
}

/* Ids of the stored rows SQL gives for ID that are not in KEEP. */
static GPtrArray *
stored_ids_not_in (PrdStore    *store,
                   GType        type,
                   const char  *sql,
                   const char  *id,
                   GHashTable  *keep,
                   GError     **error)
{
  g_autoptr(GListModel) rows = prd_record_query (store, type, sql, id, error);
  GPtrArray *gone;

  if (rows == NULL)
    return NULL;
  gone = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(PrdRecord) row = g_list_model_get_item (rows, i);

      if (!g_hash_table_contains (keep, prd_record_get_id (row)))
        g_ptr_array_add (gone, g_strdup (prd_record_get_id (row)));
    }
  return gone;
}

/* Tombstones the stored sections and members the user removed. */
static gboolean
tombstone_removed (PrdOrder  *self,
                   PrdStore  *store,
                   GError   **error)
{
  g_autoptr(GHashTable) keep = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) sections = NULL, members = NULL;
  const char *id = prd_order_get_id (self);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sections)); i++)
    {
      g_autoptr(PrdOrderSection) s = g_list_model_get_item (G_LIST_MODEL (self->sections), i);
      GListModel *list = prd_order_section_get_members (s);

      if (prd_record_get_id (PRD_RECORD (s)) != NULL)
        g_hash_table_add (keep, (gpointer) prd_record_get_id (PRD_RECORD (s)));
      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(PrdRecord) m = g_list_model_get_item (list, j);
          if (prd_record_get_id (m) != NULL)
            g_hash_table_add (keep, (gpointer) prd_record_get_id (m));
        }
    }

  members = stored_ids_not_in (store, PRD_TYPE_ORDER_MEMBER,
                               "SELECT om.id FROM order_member om JOIN order_section os ON os.id = om.section_id "
                               "WHERE os.order_id = ?1 AND om.deleted = 0", id, keep, error);
  if (members == NULL)
    return FALSE;
  sections = stored_ids_not_in (store, PRD_TYPE_ORDER_SECTION,
                                "SELECT id FROM order_section WHERE order_id = ?1 AND deleted = 0",
                                id, keep, error);
  if (sections == NULL)
    return FALSE;
  for (guint i = 0; i < members->len; i++)
    if (!prd_store_tombstone (store, "order_member", members->pdata[i], error))
      return FALSE;
  for (guint i = 0; i < sections->len; i++)
    if (!prd_store_tombstone (store, "order_section", sections->pdata[i], error))
      return FALSE;
  return TRUE;
}

/* The writes of prd_order_save, inside its transaction. */
static gboolean
write_order (PrdOrder  *self,
             PrdStore  *store,
             int        year,
             GError   **error)
{
  GListModel *sections = G_LIST_MODEL (self->sections);

  if (prd_order_get_number_seq (self) == 0 ||
      (prd_order_get_number_year (self) != 0 && prd_order_get_number_year (self) != year))
    {
      g_autoptr(PrdNumberBook) book = prd_number_book_new (store);
      int next = prd_number_book_next (book, PRD_NUMBER_ORDER, year, error);

      if (next == 0)
        return FALSE;
      prd_order_set_number_seq (self, next);
    }
  prd_record_set_int (PRD_RECORD (self), props[PROP_NUMBER_YEAR], year);

  if (!prd_record_save (PRD_RECORD (self), store, error))
    return FALSE;
  if (!tombstone_removed (self, store, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(PrdOrderSection) s = g_list_model_get_item (sections, i);
      GListModel *members = prd_order_section_get_members (s);

      prd_order_section_set_order_id (s, prd_order_get_id (self));
      prd_order_section_set_sort_order (s, i + 1);
      if (!prd_record_save (PRD_RECORD (s), store, error))
        return FALSE;
      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr(PrdOrderMember) m = g_list_model_get_item (members, j);

          prd_order_member_set_section_id (m, prd_record_get_id (PRD_RECORD (s)));
          prd_order_member_set_sort_order (m, j + 1);
          if (!prd_record_save (PRD_RECORD (m), store, error))
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
  g_autoptr(PrdStoreTxn) txn = NULL;
  g_autoptr(GError) local_error = NULL;
  int year;

  g_return_val_if_fail (PRD_IS_ORDER (self), FALSE);
  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);

  if (!prd_order_validate (PRD_RECORD (self), error))
    return FALSE;
  year = atoi (prd_order_get_order_date (self));

  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
    return FALSE;
  if (!write_order (self, store, year, &local_error))
    {
      if (g_error_matches (local_error, PRD_STORE_ERROR, PRD_STORE_ERROR_UNIQUE))
        g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NUMBER_TAKEN,
                     _("Order number %d/%d is already used by another order; choose another number."),
                     prd_order_get_number_seq (self), year + 543);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return prd_store_txn_commit (txn, error);
}
