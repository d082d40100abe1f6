/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-holiday-event.c — one event of a holiday calendar, before import. */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>

#include "prd-holiday-event.h"
#include "thai/prd-thai.h"

struct _PrdHolidayEvent
{
  GObject   parent_instance;

  char     *uid;
  char     *name;
  gboolean  observance;
  guint     line;
  GArray   *dates;
  gboolean  included;
};

G_DEFINE_FINAL_TYPE (PrdHolidayEvent, prd_holiday_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UID,
  PROP_NAME,
  PROP_OBSERVANCE,
  PROP_LINE,
  PROP_INCLUDED,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
prd_holiday_event_finalize (GObject *object)
{
  PrdHolidayEvent *self = PRD_HOLIDAY_EVENT (object);

  g_free (self->uid);
  g_free (self->name);
  g_array_unref (self->dates);
  G_OBJECT_CLASS (prd_holiday_event_parent_class)->finalize (object);
}

static void
prd_holiday_event_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PrdHolidayEvent *self = PRD_HOLIDAY_EVENT (object);

  switch (prop_id)
    {
    case PROP_UID: g_value_set_string (value, self->uid); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_OBSERVANCE: g_value_set_boolean (value, self->observance); break;
    case PROP_LINE: g_value_set_uint (value, self->line); break;
    case PROP_INCLUDED: g_value_set_boolean (value, self->included); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_holiday_event_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PrdHolidayEvent *self = PRD_HOLIDAY_EVENT (object);

  switch (prop_id)
    {
    case PROP_INCLUDED: prd_holiday_event_set_included (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_holiday_event_class_init (PrdHolidayEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = prd_holiday_event_finalize;
  object_class->get_property = prd_holiday_event_get_property;
  object_class->set_property = prd_holiday_event_set_property;

  props[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_OBSERVANCE] = g_param_spec_boolean ("observance", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_INCLUDED] = g_param_spec_boolean ("included", NULL, NULL, FALSE,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
prd_holiday_event_init (PrdHolidayEvent *self)
{
}

PrdHolidayEvent *
prd_holiday_event_new (const char *uid,
                       const char *name,
                       gboolean    observance,
                       guint       line,
                       GArray     *dates)
{
  PrdHolidayEvent *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (dates != NULL && dates->len > 0, NULL);

  self = g_object_new (PRD_TYPE_HOLIDAY_EVENT, NULL);
  self->uid = g_strdup (uid ? uid : "");
  self->name = g_strdup (name);
  self->observance = observance;
  self->line = line;
  self->dates = g_array_sized_new (FALSE, FALSE, sizeof (GDate), dates->len);
  g_array_append_vals (self->dates, dates->data, dates->len);
  self->included = !observance;
  return self;
}

const char *
prd_holiday_event_get_uid (PrdHolidayEvent *self)
{
  g_return_val_if_fail (PRD_IS_HOLIDAY_EVENT (self), NULL);
  return self->uid;
}

const char *
prd_holiday_event_get_name (PrdHolidayEvent *self)
{
  g_return_val_if_fail (PRD_IS_HOLIDAY_EVENT (self), NULL);
  return self->name;
}

gboolean
prd_holiday_event_get_observance (PrdHolidayEvent *self)
{
  g_return_val_if_fail (PRD_IS_HOLIDAY_EVENT (self), FALSE);
  return self->observance;
}

guint
prd_holiday_event_get_line (PrdHolidayEvent *self)
{
  g_return_val_if_fail (PRD_IS_HOLIDAY_EVENT (self), 0);
  return self->line;
}

GArray *
prd_holiday_event_get_dates (PrdHolidayEvent *self)
{
  g_return_val_if_fail (PRD_IS_HOLIDAY_EVENT (self), NULL);
  return self->dates;
}

char *
prd_holiday_event_format_dates (PrdHolidayEvent *self)
{
  g_autofree char *first = NULL;

  g_return_val_if_fail (PRD_IS_HOLIDAY_EVENT (self), NULL);

  first = prd_thai_date_format (&g_array_index (self->dates, GDate, 0),
                                PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY);
  if (self->dates->len == 1)
    return g_steal_pointer (&first);
  /* TRANSLATORS: the first day of a holiday, then how many days it has */
  return g_strdup_printf (_("%s (%u days)"), first, self->dates->len);
}

gboolean
prd_holiday_event_get_included (PrdHolidayEvent *self)
{
  g_return_val_if_fail (PRD_IS_HOLIDAY_EVENT (self), FALSE);
  return self->included;
}

void
prd_holiday_event_set_included (PrdHolidayEvent *self,
                                gboolean         included)
{
  g_return_if_fail (PRD_IS_HOLIDAY_EVENT (self));

  included = !!included;
  if (self->included == included)
    return;
  self->included = included;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_INCLUDED]);
}
