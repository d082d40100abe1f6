/* prd-occurrence.c — PrdOccurrence: an immutable item of the timeline. */
#define G_LOG_DOMAIN "prd-model"

#include <string.h>
#include <glib/gi18n.h>

#include "prd-occurrence.h"
#include "prd-event.h"

struct _PrdOccurrence
{
  GObject    parent_instance;

  GDateTime *start;
  GDateTime *end;
  gboolean   all_day;
  char      *title;
  char      *kind;
  char      *place;
  char      *source_table;
  char      *source_id;
  char      *key;
};

G_DEFINE_FINAL_TYPE (PrdOccurrence, prd_occurrence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_START,
  PROP_END,
  PROP_ALL_DAY,
  PROP_TITLE,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_PLACE,
  PROP_SOURCE_TABLE,
  PROP_SOURCE_ID,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
prd_occurrence_finalize (GObject *object)
{
  PrdOccurrence *self = PRD_OCCURRENCE (object);

  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_free (self->title);
  g_free (self->kind);
  g_free (self->place);
  g_free (self->source_table);
  g_free (self->source_id);
  g_free (self->key);
  G_OBJECT_CLASS (prd_occurrence_parent_class)->finalize (object);
}

static void
prd_occurrence_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PrdOccurrence *self = PRD_OCCURRENCE (object);

  switch (prop_id)
    {
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;
    case PROP_ALL_DAY:
      g_value_set_boolean (value, self->all_day);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, prd_occurrence_get_kind_label (self));
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_SOURCE_TABLE:
      g_value_set_string (value, self->source_table);
      break;
    case PROP_SOURCE_ID:
      g_value_set_string (value, self->source_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_occurrence_class_init (PrdOccurrenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = prd_occurrence_finalize;
  object_class->get_property = prd_occurrence_get_property;

  props[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME, flags);
  props[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME, flags);
  props[PROP_ALL_DAY] = g_param_spec_boolean ("all-day", NULL, NULL, FALSE, flags);
  props[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  props[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "", flags);
  props[PROP_KIND_LABEL] = g_param_spec_string ("kind-label", NULL, NULL, "", flags);
  props[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, "", flags);
  props[PROP_SOURCE_TABLE] = g_param_spec_string ("source-table", NULL, NULL, "", flags);
  props[PROP_SOURCE_ID] = g_param_spec_string ("source-id", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
prd_occurrence_init (PrdOccurrence *self)
{
}

PrdOccurrence *
prd_occurrence_new (GDateTime  *start,
                    GDateTime  *end,
                    gboolean    all_day,
                    const char *title,
                    const char *kind,
                    const char *place,
                    const char *source_table,
                    const char *source_id,
                    const char *key)
{
  PrdOccurrence *self;

  g_return_val_if_fail (start != NULL && end != NULL, NULL);

  self = g_object_new (PRD_TYPE_OCCURRENCE, NULL);
  /* Already in the office's zone (UTC+7 all year): kept as it is. */
  self->start = g_date_time_get_utc_offset (start) == 7 * G_TIME_SPAN_HOUR
                ? g_date_time_ref (start) : g_date_time_to_timezone (start, prd_event_timezone ());
  self->end = g_date_time_get_utc_offset (end) == 7 * G_TIME_SPAN_HOUR
              ? g_date_time_ref (end) : g_date_time_to_timezone (end, prd_event_timezone ());
  self->all_day = all_day;
  self->title = g_strdup (title ? title : "");
  self->kind = g_strdup (kind ? kind : "");
  self->place = g_strdup (place ? place : "");
  self->source_table = g_strdup (source_table ? source_table : "");
  self->source_id = g_strdup (source_id ? source_id : "");
  self->key = g_strdup (key ? key : "");
  return self;
}

GDateTime *
prd_occurrence_get_start (PrdOccurrence *self)
{
  g_return_val_if_fail (PRD_IS_OCCURRENCE (self), NULL);
  return self->start;
}

GDateTime *
prd_occurrence_get_end (PrdOccurrence *self)
{
  g_return_val_if_fail (PRD_IS_OCCURRENCE (self), NULL);
  return self->end;
}

gboolean
prd_occurrence_get_all_day (PrdOccurrence *self)
{
  g_return_val_if_fail (PRD_IS_OCCURRENCE (self), FALSE);
  return self->all_day;
}

const char *
prd_occurrence_get_title (PrdOccurrence *self)
{
  g_return_val_if_fail (PRD_IS_OCCURRENCE (self), NULL);
  return self->title;
}

const char *
prd_occurrence_get_kind (PrdOccurrence *self)
{
  g_return_val_if_fail (PRD_IS_OCCURRENCE (self), NULL);
  return self->kind;
}

const char *
prd_occurrence_get_place (PrdOccurrence *self)
{
  g_return_val_if_fail (PRD_IS_OCCURRENCE (self), NULL);
  return self->place;
}

const char *
prd_occurrence_get_source_table (PrdOccurrence *self)
{
  g_return_val_if_fail (PRD_IS_OCCURRENCE (self), NULL);
  return self->source_table;
}

const char *
prd_occurrence_get_source_id (PrdOccurrence *self)
{
  g_return_val_if_fail (PRD_IS_OCCURRENCE (self), NULL);
  return self->source_id;
}

const char *
prd_occurrence_get_key (PrdOccurrence *self)
{
  g_return_val_if_fail (PRD_IS_OCCURRENCE (self), NULL);
  return self->key;
}

static void
set_gdate (GDateTime *t,
           GDate     *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (t),
                  (GDateMonth) g_date_time_get_month (t), (GDateYear) g_date_time_get_year (t));
}

void
prd_occurrence_get_first_day (PrdOccurrence *self,
                              GDate         *date)
{
  g_return_if_fail (PRD_IS_OCCURRENCE (self));
  set_gdate (self->start, date);
}

void
prd_occurrence_get_last_day (PrdOccurrence *self,
                             GDate         *date)
{
  g_return_if_fail (PRD_IS_OCCURRENCE (self));

  set_gdate (self->end, date);
  /* Ending at midnight, it ended the day before (unless it has no length). */
  if (g_date_time_compare (self->end, self->start) > 0 &&
      g_date_time_get_hour (self->end) == 0 && g_date_time_get_minute (self->end) == 0 &&
      g_date_time_get_second (self->end) == 0)
    g_date_subtract_days (date, 1);
}

const char *
prd_occurrence_get_kind_label (PrdOccurrence *self)
{
  g_return_val_if_fail (PRD_IS_OCCURRENCE (self), NULL);

  if (g_str_equal (self->kind, PRD_OCCURRENCE_HOLIDAY))
    return _("public holiday");
  if (g_str_equal (self->kind, PRD_OCCURRENCE_NEWS))
    return _("news activity");
  if (g_str_equal (self->kind, PRD_OCCURRENCE_DEADLINE))
    return _("deadline");
  return prd_event_kind_label (self->kind);
}

int
prd_occurrence_compare (PrdOccurrence *a,
                        PrdOccurrence *b)
{
  int c;

  if ((c = g_date_time_compare (a->start, b->start)) != 0)
    return c;
  if (a->all_day != b->all_day)
    return a->all_day ? -1 : 1;
  if ((c = strcmp (a->title, b->title)) != 0)
    return c;
  if ((c = g_strcmp0 (a->source_table, b->source_table)) != 0)
    return c;
  if ((c = g_strcmp0 (a->source_id, b->source_id)) != 0)
    return c;
  return g_strcmp0 (a->key, b->key);
}

gboolean
prd_occurrence_equal (PrdOccurrence *a,
                      PrdOccurrence *b)
{
  return g_date_time_equal (a->start, b->start) && g_date_time_equal (a->end, b->end) &&
         a->all_day == b->all_day && g_str_equal (a->title, b->title) &&
         g_str_equal (a->kind, b->kind) && g_str_equal (a->place, b->place) &&
         g_str_equal (a->source_table, b->source_table) &&
         g_str_equal (a->source_id, b->source_id) && g_str_equal (a->key, b->key);
}
