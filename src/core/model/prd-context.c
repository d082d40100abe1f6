/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-context.c — the store, the office, its working time and settings. */
#define G_LOG_DOMAIN "prd-model"

#include "prd-context.h"
#include "model/prd-worktime.h"

struct _PrdContext
{
  GObject          parent_instance;
  PrdStore        *store;
  PrdOffice       *office;
  PrdThaiWorktime *worktime;
  GSettings       *settings;
};

G_DEFINE_FINAL_TYPE (PrdContext, prd_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_OFFICE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
prd_context_finalize (GObject *object)
{
  PrdContext *self = PRD_CONTEXT (object);

  g_clear_object (&self->store);
  g_clear_object (&self->office);
  g_clear_pointer (&self->worktime, prd_thai_worktime_free);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (prd_context_parent_class)->finalize (object);
}

static void
prd_context_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PrdContext *self = PRD_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_OFFICE:
      g_value_set_object (value, self->office);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_context_class_init (PrdContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = prd_context_finalize;
  object_class->get_property = prd_context_get_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, PRD_TYPE_STORE,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OFFICE] = g_param_spec_object ("office", NULL, NULL, PRD_TYPE_OFFICE,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] = g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prd_context_init (PrdContext *self)
{
}

PrdContext *
prd_context_new (PrdStore   *store,
                 GSettings  *settings,
                 GError    **error)
{
  g_autoptr(PrdContext) self = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PRD_TYPE_CONTEXT, NULL);
  self->store = g_object_ref (store);
  self->settings = settings ? g_object_ref (settings) : NULL;
  self->office = prd_office_load (store, error);
  if (self->office == NULL || !prd_context_reload_worktime (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

PrdStore *
prd_context_get_store (PrdContext *self)
{
  g_return_val_if_fail (PRD_IS_CONTEXT (self), NULL);
  return self->store;
}

PrdOffice *
prd_context_get_office (PrdContext *self)
{
  g_return_val_if_fail (PRD_IS_CONTEXT (self), NULL);
  return self->office;
}

const PrdThaiWorktime *
prd_context_get_worktime (PrdContext *self)
{
  g_return_val_if_fail (PRD_IS_CONTEXT (self), NULL);
  return self->worktime;
}

gboolean
prd_context_reload_worktime (PrdContext  *self,
                             GError     **error)
{
  PrdThaiWorktime *worktime;

  g_return_val_if_fail (PRD_IS_CONTEXT (self), FALSE);

  worktime = prd_worktime_load (self->store, error);
  if (worktime == NULL)
    return FALSE;
  g_clear_pointer (&self->worktime, prd_thai_worktime_free);
  self->worktime = worktime;
  return TRUE;
}

GSettings *
prd_context_get_settings (PrdContext *self)
{
  g_return_val_if_fail (PRD_IS_CONTEXT (self), NULL);
  return self->settings;
}
