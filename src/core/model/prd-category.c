/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-category.c — PrdCategory: a network member category (internal or external network, seed 002). */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-category.h"
#include "prd-model-error.h"
#include "prd-record-private.h"

struct _PrdCategory
{
  PrdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrdCategory, prd_category, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_INTERNAL,
  PROP_SORT_ORDER,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
prd_category_validate (PrdRecord  *record,
                       GError    **error)
{
  g_autofree char *label = g_strstrip (g_strdup (prd_record_get_text (record, props[PROP_LABEL])));

  if (*label == '\0')
    {
      g_set_error_literal (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                           _("Write the category's name."));
      return FALSE;
    }
  return TRUE;
}

static void
prd_category_class_init (PrdCategoryClass *klass)
{
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  record_class->table = "member_category";
  record_class->validate = prd_category_validate;

  props[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_INTERNAL] =
    g_param_spec_boolean ("internal", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_SORT_ORDER] =
    g_param_spec_int ("sort-order", NULL, NULL, G_MININT, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
}

static void
prd_category_init (PrdCategory *self)
{
}

PrdCategory *
prd_category_new (void)
{
  return g_object_new (PRD_TYPE_CATEGORY, NULL);
}

const char *
prd_category_get_label (PrdCategory *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_LABEL]);
}

void
prd_category_set_label (PrdCategory *self,
                        const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_LABEL], value);
}

gboolean
prd_category_get_internal (PrdCategory *self)
{
  return prd_record_get_boolean (PRD_RECORD (self), props[PROP_INTERNAL]);
}

void
prd_category_set_internal (PrdCategory *self,
                           gboolean    value)
{
  prd_record_set_boolean (PRD_RECORD (self), props[PROP_INTERNAL], value);
}

int
prd_category_get_sort_order (PrdCategory *self)
{
  return (int) prd_record_get_int (PRD_RECORD (self), props[PROP_SORT_ORDER]);
}

void
prd_category_set_sort_order (PrdCategory *self,
                             int         value)
{
  prd_record_set_int (PRD_RECORD (self), props[PROP_SORT_ORDER], value);
}


GListModel *
prd_category_list (PrdStore  *store,
                   GError   **error)
{
  return prd_record_list (store, PRD_TYPE_CATEGORY, "WHERE deleted = 0 ORDER BY sort_order, label COLLATE THAI",
                          NULL, error);
}
