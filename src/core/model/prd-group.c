/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-group.c — PrdGroup: one of the office's groups (กลุ่มอำนวยการ …, seed 004). */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-group.h"
#include "prd-model-error.h"
#include "prd-record-private.h"

struct _PrdGroup
{
  PrdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrdGroup, prd_group, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SORT_ORDER,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
prd_group_validate (PrdRecord  *record,
                    GError    **error)
{
  g_autofree char *name = g_strstrip (g_strdup (prd_record_get_text (record, props[PROP_NAME])));

  if (*name == '\0')
    {
      g_set_error_literal (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                           _("Write the group's name."));
      return FALSE;
    }
  return TRUE;
}

static void
prd_group_class_init (PrdGroupClass *klass)
{
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  record_class->table = "office_group";
  record_class->validate = prd_group_validate;

  props[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_SORT_ORDER] =
    g_param_spec_int ("sort-order", NULL, NULL, G_MININT, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
}

static void
prd_group_init (PrdGroup *self)
{
}

PrdGroup *
prd_group_new (void)
{
  return g_object_new (PRD_TYPE_GROUP, NULL);
}

const char *
prd_group_get_name (PrdGroup *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_NAME]);
}

void
prd_group_set_name (PrdGroup *self,
                    const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_NAME], value);
}

int
prd_group_get_sort_order (PrdGroup *self)
{
  return (int) prd_record_get_int (PRD_RECORD (self), props[PROP_SORT_ORDER]);
}

void
prd_group_set_sort_order (PrdGroup *self,
                          int         value)
{
  prd_record_set_int (PRD_RECORD (self), props[PROP_SORT_ORDER], value);
}


GListModel *
prd_group_list (PrdStore  *store,
                GError   **error)
{
  return prd_record_list (store, PRD_TYPE_GROUP, "WHERE deleted = 0 ORDER BY sort_order, name COLLATE THAI",
                          NULL, error);
}
