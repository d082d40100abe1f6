/* prd-order-section.c — PrdOrderSection: a section of an order and its members. */
#define G_LOG_DOMAIN "prd-model"

#include "prd-order-section.h"
#include "prd-record-private.h"

struct _PrdOrderSection
{
  PrdRecord   parent_instance;
  GListStore *members;        /* PrdOrderMember */
};

G_DEFINE_FINAL_TYPE (PrdOrderSection, prd_order_section, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ORDER_ID,
  PROP_TITLE,
  PROP_DUTIES,
  PROP_SORT_ORDER,
  N_PROPS
};

enum { SIGNAL_CHANGED, N_SIGNALS };

static GParamSpec *props[N_PROPS];
static guint signals[N_SIGNALS];

#define COLUMN (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN)

static void
emit_changed (PrdOrderSection *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
prd_order_section_notify (GObject    *object,
                          GParamSpec *pspec)
{
  emit_changed (PRD_ORDER_SECTION (object));
  if (G_OBJECT_CLASS (prd_order_section_parent_class)->notify != NULL)
    G_OBJECT_CLASS (prd_order_section_parent_class)->notify (object, pspec);
}

static void
prd_order_section_dispose (GObject *object)
{
  PrdOrderSection *self = PRD_ORDER_SECTION (object);

  if (self->members != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->members)); i++)
      {
        g_autoptr(PrdOrderMember) m = g_list_model_get_item (G_LIST_MODEL (self->members), i);
        g_signal_handlers_disconnect_by_data (m, self);
      }
  g_clear_object (&self->members);
  G_OBJECT_CLASS (prd_order_section_parent_class)->dispose (object);
}

static void
prd_order_section_class_init (PrdOrderSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  record_class->table = "order_section";
  props[PROP_ORDER_ID] = g_param_spec_string ("order-id", NULL, NULL, "", COLUMN);
  props[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", COLUMN);
  props[PROP_DUTIES] = g_param_spec_string ("duties", NULL, NULL, "", COLUMN);
  props[PROP_SORT_ORDER] = g_param_spec_int ("sort-order", NULL, NULL, 0, G_MAXINT, 0, COLUMN);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
  /* After prd_record_class_install, which sets the property functions. */
  object_class->notify = prd_order_section_notify;
  object_class->dispose = prd_order_section_dispose;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
on_members_changed_cb (GListModel      *members,
                       guint            position,
                       guint            removed,
                       guint            added,
                       PrdOrderSection *self)
{
  emit_changed (self);
}

static void
prd_order_section_init (PrdOrderSection *self)
{
  self->members = g_list_store_new (PRD_TYPE_ORDER_MEMBER);
  g_signal_connect (self->members, "items-changed", G_CALLBACK (on_members_changed_cb), self);
}

PrdOrderSection *
prd_order_section_new (const char *title,
                       const char *duties)
{
  PrdOrderSection *self = g_object_new (PRD_TYPE_ORDER_SECTION, NULL);

  prd_order_section_set_title (self, title);
  prd_order_section_set_duties (self, duties);
  return self;
}

GListModel *
prd_order_section_get_members (PrdOrderSection *self)
{
  g_return_val_if_fail (PRD_IS_ORDER_SECTION (self), NULL);
  return G_LIST_MODEL (self->members);
}

void
prd_order_section_insert_member (PrdOrderSection *self,
                                 guint            index,
                                 PrdOrderMember  *member)
{
  g_return_if_fail (PRD_IS_ORDER_SECTION (self));
  g_return_if_fail (PRD_IS_ORDER_MEMBER (member));
  g_return_if_fail (!g_list_store_find (self->members, member, NULL));

  g_signal_connect_swapped (member, "notify", G_CALLBACK (emit_changed), self);
  g_list_store_insert (self->members, MIN (index, g_list_model_get_n_items (G_LIST_MODEL (self->members))),
                       member);
}

void
prd_order_section_append_member (PrdOrderSection *self,
                                 PrdOrderMember  *member)
{
  g_return_if_fail (PRD_IS_ORDER_SECTION (self));
  prd_order_section_insert_member (self, g_list_model_get_n_items (G_LIST_MODEL (self->members)), member);
}

void
prd_order_section_remove_member (PrdOrderSection *self,
                                 guint            index)
{
  g_autoptr(PrdOrderMember) member = NULL;

  g_return_if_fail (PRD_IS_ORDER_SECTION (self));
  g_return_if_fail (index < g_list_model_get_n_items (G_LIST_MODEL (self->members)));

  member = g_list_model_get_item (G_LIST_MODEL (self->members), index);
  g_signal_handlers_disconnect_by_data (member, self);
  g_list_store_remove (self->members, index);
}

GListModel *
prd_order_section_list_for (PrdStore    *store,
                            const char  *order_id,
                            GError     **error)
{
  return prd_record_list (store, PRD_TYPE_ORDER_SECTION,
                          "WHERE order_id = ?1 AND deleted = 0 ORDER BY sort_order, created_at",
                          order_id, error);
}

const char *
prd_order_section_get_order_id (PrdOrderSection *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_ORDER_ID]);
}

void
prd_order_section_set_order_id (PrdOrderSection *self,
                                const char      *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_ORDER_ID], value);
}

const char *
prd_order_section_get_title (PrdOrderSection *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_TITLE]);
}

void
prd_order_section_set_title (PrdOrderSection *self,
                             const char      *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_TITLE], value);
}

const char *
prd_order_section_get_duties (PrdOrderSection *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_DUTIES]);
}

void
prd_order_section_set_duties (PrdOrderSection *self,
                              const char      *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_DUTIES], value);
}

int
prd_order_section_get_sort_order (PrdOrderSection *self)
{
  return (int) prd_record_get_int (PRD_RECORD (self), props[PROP_SORT_ORDER]);
}

void
prd_order_section_set_sort_order (PrdOrderSection *self,
                                  int              value)
{
  prd_record_set_int (PRD_RECORD (self), props[PROP_SORT_ORDER], value);
}
