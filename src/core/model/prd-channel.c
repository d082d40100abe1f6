/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-channel.c — PrdChannel: a publication channel (newsletter, website, Facebook page, LINE group…). */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-channel.h"
#include "prd-model-error.h"
#include "prd-record-private.h"

struct _PrdChannel
{
  PrdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrdChannel, prd_channel, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_SORT_ORDER,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
prd_channel_validate (PrdRecord  *record,
                      GError    **error)
{
  g_autofree char *label = g_strstrip (g_strdup (prd_record_get_text (record, props[PROP_LABEL])));

  if (*label == '\0')
    {
      g_set_error_literal (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                           _("Write the channel's name."));
      return FALSE;
    }
  return TRUE;
}

static void
prd_channel_class_init (PrdChannelClass *klass)
{
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  record_class->table = "channel";
  record_class->validate = prd_channel_validate;

  props[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_SORT_ORDER] =
    g_param_spec_int ("sort-order", NULL, NULL, G_MININT, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
}

static void
prd_channel_init (PrdChannel *self)
{
}

PrdChannel *
prd_channel_new (void)
{
  return g_object_new (PRD_TYPE_CHANNEL, NULL);
}

const char *
prd_channel_get_label (PrdChannel *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_LABEL]);
}

void
prd_channel_set_label (PrdChannel *self,
                       const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_LABEL], value);
}

int
prd_channel_get_sort_order (PrdChannel *self)
{
  return (int) prd_record_get_int (PRD_RECORD (self), props[PROP_SORT_ORDER]);
}

void
prd_channel_set_sort_order (PrdChannel *self,
                            int         value)
{
  prd_record_set_int (PRD_RECORD (self), props[PROP_SORT_ORDER], value);
}


GListModel *
prd_channel_list (PrdStore  *store,
                  GError   **error)
{
  return prd_record_list (store, PRD_TYPE_CHANNEL, "WHERE deleted = 0 ORDER BY sort_order, label COLLATE THAI",
                          NULL, error);
}
