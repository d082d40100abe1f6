/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-worktime.h — the office's working time and reporting rounds as the
 * database keeps them (the worktime row and the holiday table), read into
 * and written from core/thai's pure PrdThaiWorktime and PrdThaiRound. */
#pragma once

#include <glib.h>

#include "store/prd-store.h"
#include "thai/prd-thai-worktime.h"

G_BEGIN_DECLS

#define PRD_WORKTIME_ERROR (prd_worktime_error_quark ())

typedef enum {
  PRD_WORKTIME_ERROR_READ,      /* the database could not be read */
  PRD_WORKTIME_ERROR_INVALID,   /* the stored hours are out of order */
} PrdWorktimeError;

GQuark prd_worktime_error_quark (void);

/* Hours and weekdays of the worktime row, and every live holiday. */
PrdThaiWorktime *prd_worktime_load        (PrdStore              *store,
                                           GError               **error);
/* Hours and weekdays (the holidays are rows of their own: prd-holiday.h). */
gboolean         prd_worktime_save        (PrdStore              *store,
                                           const PrdThaiWorktime *worktime,
                                           GError               **error);
/* The reporting rounds the office set (GArray of PrdThaiRound). */
GArray          *prd_report_rounds_load   (PrdStore              *store,
                                           GError               **error);
gboolean         prd_report_rounds_save   (PrdStore              *store,
                                           GArray                *rounds,
                                           GError               **error);

G_END_DECLS
