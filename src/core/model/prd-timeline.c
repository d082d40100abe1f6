/* prd-timeline.c — PrdTimeline: the occurrences of a date range.
 *
 * Each source of occurrences is a collector below with the table it reads;
 * the table list also decides which changes of the store make the
 * timeline read again. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-timeline.h"
#include "prd-event.h"
#include "prd-holiday.h"
#include "prd-model-error.h"
#include "prd-record-private.h"
#include "thai/prd-thai-date.h"

struct _PrdTimeline
{
  GObject    parent_instance;

  PrdStore  *store;
  GDate      first;
  GDate      last;
  GPtrArray *items;      /* PrdOccurrence, sorted */
  GError    *error;
  guint      refresh_id;
  gulong     changed_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PrdTimeline, prd_timeline, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* What one collection needs: the range as days and as instants. */
typedef struct {
  PrdStore  *store;
  GDate      first;
  GDate      last;
  GDateTime *from;   /* midnight of FIRST */
  GDateTime *to;     /* midnight after LAST */
  GPtrArray *out;
} Range;

typedef gboolean (*CollectFunc) (Range *range, GError **error);

static gboolean
read_error (GError **error,
            int      rc)
{
  g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
               _("The calendar could not be read: %s"), sqlite3_errstr (rc));
  return FALSE;
}

static char *
iso_shifted (const GDate *date,
             int          days)
{
  GDate d = *date;

  if (days >= 0)
    g_date_add_days (&d, (guint) days);
  else
    g_date_subtract_days (&d, (guint) -days);
  return prd_event_format_date (&d);
}

/* Events */

static void
add_event_occurrences (Range      *range,
                       PrdEvent   *event,
                       GHashTable *overridden)
{
  g_autoptr(GPtrArray) starts = prd_event_expand (event, range->from, range->to, 0);
  g_autoptr(GDateTime) start = prd_event_get_start (event);
  g_autoptr(GDateTime) end = prd_event_get_end (event);
  GTimeSpan duration = g_date_time_difference (end, start);
  const char *id = prd_record_get_id (PRD_RECORD (event));
  gboolean repeats = *prd_event_get_rrule (event) != '\0';

  for (guint i = 0; i < starts->len; i++)
    {
      GDateTime *s = g_ptr_array_index (starts, i);
      g_autoptr(GDateTime) e = g_date_time_add (s, duration);
      g_autofree char *key = prd_event_occurrence_key (event, s);

      if (repeats && g_hash_table_size (overridden) > 0)
        {
          g_autofree char *which = g_strconcat (id, "\x1f", key, NULL);

          if (g_hash_table_contains (overridden, which))
            continue;   /* "this one only" has its own event */
        }
      g_ptr_array_add (range->out,
                       prd_occurrence_new (s, e, prd_event_get_all_day (event),
                                           prd_event_get_title (event), prd_event_get_kind (event),
                                           prd_event_get_place (event), "event", id, key));
    }
}

static GHashTable *
read_overrides (PrdStore  *store,
                GError   **error)
{
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = prd_store_prepare (store,
      "SELECT recurrence_of, recurrence_start FROM event "
      "WHERE deleted = 0 AND recurrence_of IS NOT NULL", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (set, g_strconcat ((const char *) sqlite3_column_text (stmt, 0), "\x1f",
                                        (const char *) sqlite3_column_text (stmt, 1), NULL));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      read_error (error, rc);
      return NULL;
    }
  return g_steal_pointer (&set);
}

/* An event that runs longer than this is read by the index of long ones
 * (0010-events.sql); the others by their start, this much before the
 * range. */
#define LONG_DAYS 31

/* The one-off events: their columns read straight into occurrences, no
 * record built (a month holds thousands). */
static gboolean
collect_one_offs (Range       *range,
                  const char  *sql,
                  const char  *lo,
                  const char  *hi,
                  gboolean     want_long,
                  GError     **error)
{
  sqlite3_stmt *stmt = prd_store_prepare (range->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, lo, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, hi, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      gboolean all_day = sqlite3_column_int (stmt, 3);
      const char *start_at = (const char *) sqlite3_column_text (stmt, 4);
      const char *end_at = (const char *) sqlite3_column_text (stmt, 5);
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;
      gboolean is_long = sqlite3_column_int (stmt, 7);
      GTimeSpan length;

      if (is_long != want_long)
        continue;   /* the other query has it */
      if (all_day)
        {
          GDate first, last;

          if (!prd_event_parse_date (start_at, &first) || !prd_event_parse_date (end_at, &last))
            continue;
          g_date_add_days (&last, 1);
          start = prd_event_midnight (&first);
          end = prd_event_midnight (&last);
        }
      else
        {
          start = prd_event_parse_instant (start_at);
          end = prd_event_parse_instant (end_at);
        }
      if (start == NULL || end == NULL)
        continue;
      length = g_date_time_difference (end, start);
      if (g_date_time_compare (start, range->to) >= 0 ||
          (length == 0 ? g_date_time_compare (start, range->from) < 0
                       : g_date_time_compare (end, range->from) <= 0))
        continue;
      g_ptr_array_add (range->out,
                       prd_occurrence_new (start, end, all_day, (const char *) sqlite3_column_text (stmt, 1),
                                           (const char *) sqlite3_column_text (stmt, 2),
                                           (const char *) sqlite3_column_text (stmt, 6), "event", id,
                                           start_at));
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE || read_error (error, rc);
}

#define ONE_OFF_COLUMNS \
  "SELECT id, title, kind, all_day, start_at, end_at, place, " \
  "julianday(substr(end_at, 1, 10)) - julianday(substr(start_at, 1, 10)) > 31 FROM event "
/* Must read as the partial index event_long does. */
#define LONG_CONDITION \
  "deleted = 0 AND rrule = '' AND julianday(substr(end_at, 1, 10)) - julianday(substr(start_at, 1, 10)) > 31"

static gboolean
collect_events (Range   *range,
                GError **error)
{
  g_autoptr(GHashTable) overridden = read_overrides (range->store, error);
  /* Stored times are UTC instants or local dates: a day's slack on each
   * side catches both, and the checks decide exactly. */
  g_autofree char *lo = iso_shifted (&range->first, -1);
  g_autofree char *short_lo = iso_shifted (&range->first, -1 - LONG_DAYS - 1);
  g_autofree char *hi = iso_shifted (&range->last, 2);
  sqlite3_stmt *stmt;
  int rc;

  if (overridden == NULL)
    return FALSE;
  if (!collect_one_offs (range, ONE_OFF_COLUMNS "WHERE deleted = 0 AND rrule = '' "
                                "AND start_at >= ?1 AND start_at < ?2", short_lo, hi, FALSE, error) ||
      !collect_one_offs (range, ONE_OFF_COLUMNS "WHERE " LONG_CONDITION
                                " AND end_at >= ?1 AND start_at < ?2", lo, hi, TRUE, error))
    return FALSE;

  /* Repeating events: few, each expanded by libical. */
  stmt = prd_store_prepare (range->store,
      "SELECT * FROM event WHERE deleted = 0 AND rrule <> '' AND start_at < ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hi, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(PrdEvent) event = prd_record_new_from_stmt (PRD_TYPE_EVENT, stmt);

      add_event_occurrences (range, event, overridden);
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE || read_error (error, rc);
}

/* Holidays and closures */

static gboolean
collect_holidays (Range   *range,
                  GError **error)
{
  int first_be = prd_thai_date_year_be (&range->first);
  int last_be = prd_thai_date_year_be (&range->last);

  for (int year = first_be; year <= last_be; year++)
    {
      g_autoptr(GListModel) list = prd_holiday_list (range->store, year, error);

      if (list == NULL)
        return FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(PrdHoliday) h = g_list_model_get_item (list, i);
          g_autoptr(GDateTime) start = NULL;
          g_autoptr(GDateTime) end = NULL;
          GDate day, next;

          if (!prd_holiday_get_gdate (h, &day) ||
              g_date_compare (&day, &range->first) < 0 || g_date_compare (&day, &range->last) > 0)
            continue;
          next = day;
          g_date_add_days (&next, 1);
          start = prd_event_midnight (&day);
          end = prd_event_midnight (&next);
          g_ptr_array_add (range->out,
                           prd_occurrence_new (start, end, TRUE, prd_holiday_get_name (h),
                                               g_str_equal (prd_holiday_get_kind (h), PRD_HOLIDAY_CLOSURE)
                                                 ? PRD_EVENT_CLOSURE : PRD_OCCURRENCE_HOLIDAY,
                                               "", "holiday", prd_record_get_id (PRD_RECORD (h)),
                                               prd_holiday_get_date (h)));
        }
    }
  return TRUE;
}

/* News items: the activity day, and the day the network should be told by
 * while it has not been. */

static void
add_day (Range       *range,
         const GDate *day,
         const char  *title,
         const char  *kind,
         const char  *id)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *key = NULL;
  g_autofree char *iso = NULL;
  GDate next = *day;

  if (g_date_compare (day, &range->first) < 0 || g_date_compare (day, &range->last) > 0)
    return;
  g_date_add_days (&next, 1);
  start = prd_event_midnight (day);
  end = prd_event_midnight (&next);
  iso = prd_event_format_date (day);
  key = g_strconcat (kind, ":", iso, NULL);
  g_ptr_array_add (range->out, prd_occurrence_new (start, end, TRUE, title, kind, "",
                                                   "news_item", id, key));
}

static gboolean
collect_news (Range   *range,
              GError **error)
{
  g_autofree char *lo = prd_event_format_date (&range->first);
  g_autofree char *hi = iso_shifted (&range->last, PRD_TIMELINE_NOTICE_DAYS);
  sqlite3_stmt *stmt = prd_store_prepare (range->store,
      "SELECT id, title, substr(activity_date, 1, 10), coalesce(network_told_at, '') "
      "FROM news_item WHERE deleted = 0 AND activity_date IS NOT NULL "
      "AND substr(activity_date, 1, 10) BETWEEN ?1 AND ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, lo, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, hi, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      const char *title = (const char *) sqlite3_column_text (stmt, 1);
      const char *told = (const char *) sqlite3_column_text (stmt, 3);
      GDate day;

      if (!prd_event_parse_date ((const char *) sqlite3_column_text (stmt, 2), &day))
        continue;
      add_day (range, &day, title, PRD_OCCURRENCE_NEWS, id);
      if (*told == '\0')
        {
          g_autofree char *deadline = g_strdup_printf (_("Tell the network: %s"), title);

          g_date_subtract_days (&day, PRD_TIMELINE_NOTICE_DAYS);
          add_day (range, &day, deadline, PRD_OCCURRENCE_DEADLINE, id);
        }
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE || read_error (error, rc);
}

/* The sources. The workflow's due instants (the news workflow issue) come
 * in as one more line here: a collector that adds PRD_OCCURRENCE_DEADLINE
 * occurrences at each step's due instant, and the table it reads. */
static const struct {
  const char  *table;
  CollectFunc  collect;
} sources[] = {
  { "event", collect_events },
  { "holiday", collect_holidays },
  { "news_item", collect_news },
};

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  return prd_occurrence_compare (*(PrdOccurrence **) a, *(PrdOccurrence **) b);
}

static GPtrArray *
collect (PrdStore     *store,
         const GDate  *first,
         const GDate  *last,
         GError      **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  GDate after = *last;
  Range range;

  g_date_add_days (&after, 1);
  from = prd_event_midnight (first);
  to = prd_event_midnight (&after);
  range = (Range) { store, *first, *last, from, to, out };
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (!sources[i].collect (&range, error))
      return NULL;
  g_ptr_array_sort (out, compare_items);
  return g_steal_pointer (&out);
}

/* Swaps in ITEMS and says what changed in one items-changed: the run
 * between the common head and tail. */
static void
replace_items (PrdTimeline *self,
               GPtrArray   *items)
{
  g_autoptr(GPtrArray) old = self->items;
  guint head = 0, tail = 0;

  self->items = g_ptr_array_ref (items);
  while (head < old->len && head < items->len &&
         prd_occurrence_equal (old->pdata[head], items->pdata[head]))
    head++;
  while (tail < old->len - head && tail < items->len - head &&
         prd_occurrence_equal (old->pdata[old->len - 1 - tail], items->pdata[items->len - 1 - tail]))
    tail++;
  if (head == old->len && head == items->len)
    return;
  g_list_model_items_changed (G_LIST_MODEL (self), head, old->len - head - tail,
                              items->len - head - tail);
}

gboolean
prd_timeline_refresh (PrdTimeline  *self,
                      GError      **error)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (PRD_IS_TIMELINE (self), FALSE);

  items = collect (self->store, &self->first, &self->last, error);
  if (items == NULL)
    return FALSE;
  replace_items (self, items);
  return TRUE;
}

static gboolean
on_refresh_idle (gpointer data)
{
  PrdTimeline *self = data;
  g_autoptr(GError) error = NULL;

  self->refresh_id = 0;
  g_clear_error (&self->error);
  if (!prd_timeline_refresh (self, &error))
    self->error = g_steal_pointer (&error);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (PrdStore    *store,
                     const char  *table,
                     const char  *id,
                     PrdTimeline *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (g_str_equal (table, sources[i].table))
      {
        if (self->refresh_id == 0)
          self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_refresh_idle, self, NULL);
        return;
      }
}

/* GListModel */

static GType
prd_timeline_get_item_type (GListModel *model)
{
  return PRD_TYPE_OCCURRENCE;
}

static guint
prd_timeline_get_n_items (GListModel *model)
{
  return PRD_TIMELINE (model)->items->len;
}

static gpointer
prd_timeline_get_item (GListModel *model,
                       guint       position)
{
  PrdTimeline *self = PRD_TIMELINE (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = prd_timeline_get_item_type;
  iface->get_n_items = prd_timeline_get_n_items;
  iface->get_item = prd_timeline_get_item;
}

static void
prd_timeline_dispose (GObject *object)
{
  PrdTimeline *self = PRD_TIMELINE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (prd_timeline_parent_class)->dispose (object);
}

static void
prd_timeline_finalize (GObject *object)
{
  PrdTimeline *self = PRD_TIMELINE (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_error (&self->error);
  G_OBJECT_CLASS (prd_timeline_parent_class)->finalize (object);
}

static void
prd_timeline_class_init (PrdTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = prd_timeline_dispose;
  object_class->finalize = prd_timeline_finalize;
}

static void
prd_timeline_init (PrdTimeline *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

PrdTimeline *
prd_timeline_new (PrdStore     *store,
                  const GDate  *first,
                  const GDate  *last,
                  GError      **error)
{
  g_autoptr(PrdTimeline) self = NULL;
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);
  g_return_val_if_fail (last != NULL && g_date_valid (last), NULL);
  g_return_val_if_fail (g_date_compare (first, last) <= 0, NULL);

  items = collect (store, first, last, error);
  if (items == NULL)
    return NULL;
  self = g_object_new (PRD_TYPE_TIMELINE, NULL);
  self->store = g_object_ref (store);
  self->first = *first;
  self->last = *last;
  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);
  self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  return g_steal_pointer (&self);
}

void
prd_timeline_get_range (PrdTimeline *self,
                        GDate       *first,
                        GDate       *last)
{
  g_return_if_fail (PRD_IS_TIMELINE (self));

  if (first != NULL)
    *first = self->first;
  if (last != NULL)
    *last = self->last;
}

gboolean
prd_timeline_set_range (PrdTimeline  *self,
                        const GDate  *first,
                        const GDate  *last,
                        GError      **error)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (PRD_IS_TIMELINE (self), FALSE);
  g_return_val_if_fail (first != NULL && g_date_valid (first), FALSE);
  g_return_val_if_fail (last != NULL && g_date_valid (last), FALSE);
  g_return_val_if_fail (g_date_compare (first, last) <= 0, FALSE);

  items = collect (self->store, first, last, error);
  if (items == NULL)
    return FALSE;
  self->first = *first;
  self->last = *last;
  replace_items (self, items);
  return TRUE;
}

const GError *
prd_timeline_get_error (PrdTimeline *self)
{
  g_return_val_if_fail (PRD_IS_TIMELINE (self), NULL);
  return self->error;
}
