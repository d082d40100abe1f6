/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-holiday.c — PrdHoliday: the holiday table as typed records. */
#define G_LOG_DOMAIN "prd-model"

#include <stdio.h>
#include <glib/gi18n.h>

#include "prd-holiday.h"
#include "prd-record-private.h"

G_DEFINE_QUARK (prd-holiday-error-quark, prd_holiday_error)

struct _PrdHoliday
{
  PrdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrdHoliday, prd_holiday, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_DATE,
  PROP_NAME,
  PROP_KIND,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
read_iso_date (const char *text,
               GDate      *date)
{
  int y, m, d;
  char end;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

static gboolean
check_name_kind (const char  *name,
                 const char  *kind,
                 GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name ? name : ""));

  if (*clean == '\0')
    {
      g_set_error_literal (error, PRD_HOLIDAY_ERROR, PRD_HOLIDAY_ERROR_INVALID,
                           _("The holiday needs a name"));
      return FALSE;
    }
  if (g_strcmp0 (kind, PRD_HOLIDAY_PUBLIC) != 0 && g_strcmp0 (kind, PRD_HOLIDAY_CLOSURE) != 0)
    {
      g_set_error (error, PRD_HOLIDAY_ERROR, PRD_HOLIDAY_ERROR_INVALID,
                   _("A holiday is either a public holiday or an office closure, not “%s”"),
                   kind ? kind : "");
      return FALSE;
    }
  return TRUE;
}

static gboolean
prd_holiday_validate (PrdRecord  *record,
                      GError    **error)
{
  const char *name = prd_record_get_text (record, props[PROP_NAME]);
  GDate date;

  if (!check_name_kind (name, prd_record_get_text (record, props[PROP_KIND]), error))
    return FALSE;
  if (!read_iso_date (prd_record_get_text (record, props[PROP_DATE]), &date))
    {
      g_set_error (error, PRD_HOLIDAY_ERROR, PRD_HOLIDAY_ERROR_INVALID,
                   _("The holiday “%s” has no valid date"), name);
      return FALSE;
    }
  return TRUE;
}

static void
prd_holiday_class_init (PrdHolidayClass *klass)
{
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  record_class->table = "holiday";
  record_class->validate = prd_holiday_validate;

  props[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, PRD_HOLIDAY_PUBLIC, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, "user", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
}

static void
prd_holiday_init (PrdHoliday *self)
{
}

PrdHoliday *
prd_holiday_new (void)
{
  return g_object_new (PRD_TYPE_HOLIDAY, NULL);
}

const char *
prd_holiday_get_date (PrdHoliday *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_DATE]);
}

void
prd_holiday_set_date (PrdHoliday *self,
                      const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_DATE], value);
}

gboolean
prd_holiday_get_gdate (PrdHoliday *self,
                       GDate      *date)
{
  return read_iso_date (prd_holiday_get_date (self), date);
}

void
prd_holiday_set_gdate (PrdHoliday  *self,
                       const GDate *date)
{
  g_autofree char *iso = NULL;

  g_return_if_fail (date != NULL && g_date_valid (date));
  iso = iso_date (date);
  prd_holiday_set_date (self, iso);
}

const char *
prd_holiday_get_name (PrdHoliday *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_NAME]);
}

void
prd_holiday_set_name (PrdHoliday *self,
                      const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_NAME], value);
}

const char *
prd_holiday_get_kind (PrdHoliday *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_KIND]);
}

void
prd_holiday_set_kind (PrdHoliday *self,
                      const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_KIND], value);
}

const char *
prd_holiday_get_source (PrdHoliday *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_SOURCE]);
}

void
prd_holiday_set_source (PrdHoliday *self,
                        const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_SOURCE], value);
}

GListModel *
prd_holiday_list (PrdStore  *store,
                  int        year_be,
                  GError   **error)
{
  g_autofree char *year = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  if (year_be == 0)
    return prd_record_list (store, PRD_TYPE_HOLIDAY,
                            "WHERE deleted = 0 ORDER BY date, name COLLATE THAI, id", NULL, error);
  year = g_strdup_printf ("%04d", year_be - 543);
  return prd_record_list (store, PRD_TYPE_HOLIDAY,
                          "WHERE deleted = 0 AND substr(date, 1, 4) = ?1 "
                          "ORDER BY date, name COLLATE THAI, id", year, error);
}

/* The live row of DATE with NAME, or else with the same calendar event
 * SOURCE; NULL when neither (or on error, then *ERROR is set). */
static PrdHoliday *
find_existing (PrdStore    *store,
               const char  *date,
               const char  *name,
               const char  *source,
               GError     **error)
{
  sqlite3_stmt *stmt = prd_store_prepare (store,
      "SELECT * FROM holiday WHERE deleted = 0 AND date = ?1 "
      "AND (name = ?2 OR (?3 LIKE 'ics:%' AND source = ?3)) ORDER BY name = ?2 DESC LIMIT 1", error);
  PrdHoliday *found = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, source, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    found = prd_record_new_from_stmt (PRD_TYPE_HOLIDAY, stmt);
  else if (rc != SQLITE_DONE)
    g_set_error (error, PRD_HOLIDAY_ERROR, PRD_HOLIDAY_ERROR_READ,
                 _("The holidays could not be read: %s"), sqlite3_errstr (rc));
  sqlite3_finalize (stmt);
  return found;
}

gboolean
prd_holiday_put (PrdStore       *store,
                 const GDate    *date,
                 const char     *name,
                 const char     *kind,
                 const char     *source,
                 PrdHolidayPut  *outcome,
                 GError        **error)
{
  g_autofree char *iso = NULL;
  g_autofree char *clean = NULL;
  g_autoptr(PrdHoliday) holiday = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  g_return_val_if_fail (source != NULL, FALSE);

  if (!check_name_kind (name, kind, error))
    return FALSE;
  iso = iso_date (date);
  clean = g_strstrip (g_strdup (name ? name : ""));
  holiday = find_existing (store, iso, clean, source, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (holiday != NULL && g_str_equal (prd_holiday_get_name (holiday), clean))
    {
      if (outcome != NULL)
        *outcome = PRD_HOLIDAY_UNCHANGED;
      return TRUE;
    }
  if (holiday != NULL)
    prd_holiday_set_name (holiday, clean);
  else
    {
      holiday = prd_holiday_new ();
      prd_holiday_set_date (holiday, iso);
      prd_holiday_set_name (holiday, clean);
      prd_holiday_set_kind (holiday, kind ? kind : "");
      prd_holiday_set_source (holiday, source);
    }
  if (outcome != NULL)
    *outcome = prd_record_is_stored (PRD_RECORD (holiday)) ? PRD_HOLIDAY_RENAMED : PRD_HOLIDAY_ADDED;
  return prd_record_save (PRD_RECORD (holiday), store, error);
}

gboolean
prd_holiday_add (PrdStore     *store,
                 const GDate  *date,
                 const char   *name,
                 const char   *kind,
                 GError      **error)
{
  return prd_holiday_put (store, date, name, kind, "user", NULL, error);
}

gboolean
prd_holiday_remove (PrdStore    *store,
                    const char  *id,
                    GError     **error)
{
  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return prd_store_tombstone (store, "holiday", id, error);
}
