/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-worktime.c — the office's working time and reporting rounds, kept in
 * the worktime row and the holiday table. */
#define G_LOG_DOMAIN "prd-model"

#include <stdio.h>
#include <glib/gi18n.h>

#include "prd-worktime.h"
#include "store/prd-store-sql.h"
#include "thai/prd-thai-fiscal.h"

#define WORKTIME_ID "worktime"

G_DEFINE_QUARK (prd-worktime-error-quark, prd_worktime_error)

PrdThaiWorktime *
prd_worktime_load (PrdStore  *store,
                        GError   **error)
{
  g_autoptr(PrdThaiWorktime) worktime = prd_thai_worktime_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = prd_store_prepare (store,
                            "SELECT day_start, day_end, break_start, break_end, weekdays "
                            "FROM worktime WHERE id = '" WORKTIME_ID "' AND deleted = 0", error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gboolean ok = prd_thai_worktime_set_hours (worktime,
                                                 sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1),
                                                 sqlite3_column_int (stmt, 2), sqlite3_column_int (stmt, 3),
                                                 error);

      prd_thai_worktime_set_weekdays (worktime, (guint) sqlite3_column_int (stmt, 4));
      if (!ok)
        {
          sqlite3_finalize (stmt);
          return NULL;
        }
    }
  sqlite3_finalize (stmt);

  stmt = prd_store_prepare (store, "SELECT date FROM holiday WHERE deleted = 0", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int y, m, d;
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (text != NULL && sscanf (text, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
          g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
          prd_thai_worktime_add_holiday (worktime, &date);
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, PRD_WORKTIME_ERROR, PRD_WORKTIME_ERROR_READ,
                   _("The holidays could not be read: %s"), sqlite3_errstr (rc));
      return NULL;
    }
  return g_steal_pointer (&worktime);
}

gboolean
prd_worktime_save (PrdStore               *store,
                        const PrdThaiWorktime  *worktime,
                        GError                **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  int day_start, day_end, break_start, break_end;

  prd_thai_worktime_get_hours (worktime, &day_start, &day_end, &break_start, &break_end);
  json_object_set_string_member (record, "id", WORKTIME_ID);
  json_object_set_int_member (record, "day_start", day_start);
  json_object_set_int_member (record, "day_end", day_end);
  json_object_set_int_member (record, "break_start", break_start);
  json_object_set_int_member (record, "break_end", break_end);
  json_object_set_int_member (record, "weekdays", prd_thai_worktime_get_weekdays (worktime));
  return prd_store_put (store, "worktime", record, error);
}

GArray *
prd_report_rounds_load (PrdStore  *store,
                             GError   **error)
{
  g_autoptr(JsonObject) row = prd_store_get (store, "worktime", WORKTIME_ID, error);
  const char *spec = PRD_THAI_ROUNDS_DEFAULT_SPEC;

  if (row == NULL && error != NULL && *error != NULL)
    return NULL;
  if (row != NULL && json_object_has_member (row, "report_rounds"))
    spec = json_object_get_string_member (row, "report_rounds");
  return prd_thai_rounds_parse (spec, error);
}

gboolean
prd_report_rounds_save (PrdStore  *store,
                             GArray    *rounds,
                             GError   **error)
{
  g_autoptr(JsonObject) record = json_object_new ();
  g_autofree char *spec = prd_thai_rounds_to_string (rounds);
  g_autoptr(GArray) check = prd_thai_rounds_parse (spec, error);

  if (check == NULL)
    return FALSE;
  json_object_set_string_member (record, "id", WORKTIME_ID);
  json_object_set_string_member (record, "report_rounds", spec);
  return prd_store_put (store, "worktime", record, error);
}
