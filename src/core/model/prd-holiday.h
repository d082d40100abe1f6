/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-holiday.h — PrdHoliday: a day the office is closed, a public holiday
 * or a one-off office closure (the holiday table).
 *
 * A typed record (prd-record.h). Holidays are data the office keeps up to
 * date: typed in, or imported from an .ics calendar (core/io). */
#pragma once

#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_HOLIDAY_PUBLIC  "public"    /* วันหยุดราชการ */
#define PRD_HOLIDAY_CLOSURE "closure"   /* a day the office itself closes */

#define PRD_HOLIDAY_ERROR (prd_holiday_error_quark ())

typedef enum {
  PRD_HOLIDAY_ERROR_INVALID,   /* a field is wrong: the message says which */
  PRD_HOLIDAY_ERROR_READ,      /* the database could not be read */
} PrdHolidayError;

GQuark prd_holiday_error_quark (void);

#define PRD_TYPE_HOLIDAY (prd_holiday_get_type ())
G_DECLARE_FINAL_TYPE (PrdHoliday, prd_holiday, PRD, HOLIDAY, PrdRecord)

PrdHoliday *prd_holiday_new        (void);
/* YYYY-MM-DD */
const char *prd_holiday_get_date   (PrdHoliday  *self);
void        prd_holiday_set_date   (PrdHoliday  *self,
                                    const char  *value);
/* The date as a GDate; FALSE (and DATE cleared) when it is not valid. */
gboolean    prd_holiday_get_gdate  (PrdHoliday  *self,
                                    GDate       *date);
void        prd_holiday_set_gdate  (PrdHoliday  *self,
                                    const GDate *date);
const char *prd_holiday_get_name   (PrdHoliday  *self);
void        prd_holiday_set_name   (PrdHoliday  *self,
                                    const char  *value);
/* PRD_HOLIDAY_PUBLIC or PRD_HOLIDAY_CLOSURE */
const char *prd_holiday_get_kind   (PrdHoliday  *self);
void        prd_holiday_set_kind   (PrdHoliday  *self,
                                    const char  *value);
/* "user", or "ics:" and the UID of the calendar event it came from. */
const char *prd_holiday_get_source (PrdHoliday  *self);
void        prd_holiday_set_source (PrdHoliday  *self,
                                    const char  *value);

/* The live holidays of the calendar year YEAR_BE (0: all), by date then name
 * in Thai order. */
GListModel *prd_holiday_list       (PrdStore    *store,
                                    int          year_be,
                                    GError     **error);

typedef enum {
  PRD_HOLIDAY_ADDED,       /* a new row */
  PRD_HOLIDAY_RENAMED,     /* the same event (source) on that date, new name */
  PRD_HOLIDAY_UNCHANGED,   /* that date and name were there already */
} PrdHolidayPut;

/* Records a holiday of DATE: a row of that date and name already there is
 * left as it is, a row of that date from the same calendar event (SOURCE
 * "ics:…") is renamed. NAME is trimmed. *OUTCOME (may be NULL) says which. */
gboolean    prd_holiday_put        (PrdStore      *store,
                                    const GDate   *date,
                                    const char    *name,
                                    const char    *kind,
                                    const char    *source,
                                    PrdHolidayPut *outcome,
                                    GError       **error);
/* A holiday the user typed (source "user"). */
gboolean    prd_holiday_add        (PrdStore      *store,
                                    const GDate   *date,
                                    const char    *name,
                                    const char    *kind,
                                    GError       **error);
/* Removes it (a tombstone, so that sync can tell the other PCs). */
gboolean    prd_holiday_remove     (PrdStore      *store,
                                    const char    *id,
                                    GError       **error);

G_END_DECLS
