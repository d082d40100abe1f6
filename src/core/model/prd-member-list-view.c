/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-list-view.c — a non-blocking GListModel over a PrdMemberList. */
#define G_LOG_DOMAIN "prd-model"

#include "prd-member-list-view.h"

struct _PrdMemberListView
{
  GObject        parent_instance;
  PrdMemberList *list;
};

static void prd_member_list_view_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PrdMemberListView, prd_member_list_view, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, prd_member_list_view_model_init))

static GType
prd_member_list_view_get_item_type (GListModel *model)
{
  return PRD_TYPE_MEMBER;
}

static guint
prd_member_list_view_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (PRD_MEMBER_LIST_VIEW (model)->list));
}

static gpointer
prd_member_list_view_get_item (GListModel *model,
                               guint       position)
{
  return prd_member_list_peek_item (PRD_MEMBER_LIST_VIEW (model)->list, position);
}

static void
prd_member_list_view_model_init (GListModelInterface *iface)
{
  iface->get_item_type = prd_member_list_view_get_item_type;
  iface->get_n_items = prd_member_list_view_get_n_items;
  iface->get_item = prd_member_list_view_get_item;
}

/* The list's changes are the view's, at the same moment. */
static void
on_items_changed_cb (GListModel        *list,
                     guint              position,
                     guint              removed,
                     guint              added,
                     PrdMemberListView *self)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
prd_member_list_view_dispose (GObject *object)
{
  PrdMemberListView *self = PRD_MEMBER_LIST_VIEW (object);

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, on_items_changed_cb, self);
  g_clear_object (&self->list);
  G_OBJECT_CLASS (prd_member_list_view_parent_class)->dispose (object);
}

static void
prd_member_list_view_class_init (PrdMemberListViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = prd_member_list_view_dispose;
}

static void
prd_member_list_view_init (PrdMemberListView *self)
{
}

PrdMemberListView *
prd_member_list_view_new (PrdMemberList *list)
{
  PrdMemberListView *self;

  g_return_val_if_fail (PRD_IS_MEMBER_LIST (list), NULL);

  self = g_object_new (PRD_TYPE_MEMBER_LIST_VIEW, NULL);
  self->list = g_object_ref (list);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  return self;
}

PrdMemberList *
prd_member_list_view_get_list (PrdMemberListView *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_LIST_VIEW (self), NULL);
  return self->list;
}
