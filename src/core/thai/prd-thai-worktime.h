/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-worktime.h — working days and hours: the office's weekdays and
 * hours minus its holidays. Standard durations of seed 002 ("2 working
 * days", "3 hours") are counted with this.
 *
 * Instants are GDateTimes; the office hours apply in each instant's own time
 * zone (the office's, Asia/Bangkok, in practice). Office hours run
 * [day_start, break_start) and [break_end, day_end): an instant at the very
 * end of a period is already outside it. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PrdThaiWorktime PrdThaiWorktime;

#define PRD_THAI_WORKTIME_MONDAY_TO_FRIDAY 0x1F   /* Monday = 1 … Sunday = 64 */

/* Mon–Fri, 08:30–16:30 with a 12:00–13:00 break, no holidays. */
PrdThaiWorktime *prd_thai_worktime_new             (void);
PrdThaiWorktime *prd_thai_worktime_copy            (const PrdThaiWorktime *self);
void             prd_thai_worktime_free            (PrdThaiWorktime *self);

/* Office hours in minutes after midnight. A break with break_start ==
 * break_end is no break. Refuses hours that are out of order. */
gboolean         prd_thai_worktime_set_hours       (PrdThaiWorktime *self,
                                                    int              day_start,
                                                    int              day_end,
                                                    int              break_start,
                                                    int              break_end,
                                                    GError         **error);
void             prd_thai_worktime_get_hours       (const PrdThaiWorktime *self,
                                                    int             *day_start,
                                                    int             *day_end,
                                                    int             *break_start,
                                                    int             *break_end);
/* Which weekdays are working days: bit (1 << (GDateWeekday - 1)). */
void             prd_thai_worktime_set_weekdays    (PrdThaiWorktime *self,
                                                    guint            mask);
guint            prd_thai_worktime_get_weekdays    (const PrdThaiWorktime *self);
void             prd_thai_worktime_add_holiday     (PrdThaiWorktime *self,
                                                    const GDate     *date);
void             prd_thai_worktime_clear_holidays  (PrdThaiWorktime *self);
gboolean         prd_thai_worktime_is_holiday      (const PrdThaiWorktime *self,
                                                    const GDate     *date);
/* Working minutes in one working day (420 by default). */
int              prd_thai_worktime_day_minutes     (const PrdThaiWorktime *self);

gboolean         prd_thai_worktime_is_working_day  (const PrdThaiWorktime *self,
                                                    const GDate     *date);
/* AT itself when the office is working then, else the moment it next opens. */
GDateTime       *prd_thai_worktime_next_working_instant (const PrdThaiWorktime *self,
                                                    GDateTime       *at);
/* N (≥ 0) working days after AT: from the next working instant, the same time
 * of day N working days later (Mon 10:00 + 2 → Wed 10:00). */
GDateTime       *prd_thai_worktime_add_days        (const PrdThaiWorktime *self,
                                                    GDateTime       *at,
                                                    int              days);
/* MINUTES (≥ 0) working minutes after AT, skipping the break, nights,
 * weekends and holidays. A deadline that uses up a period ends at its close
 * (16:30), not at the next opening. */
GDateTime       *prd_thai_worktime_add_minutes     (const PrdThaiWorktime *self,
                                                    GDateTime       *at,
                                                    gint64           minutes);
GDateTime       *prd_thai_worktime_add_hours       (const PrdThaiWorktime *self,
                                                    GDateTime       *at,
                                                    int              hours);
/* Working days from FROM to TO: the working days after the date of FROM's
 * next working instant up to TO's date; what add_days undoes. Negative when
 * TO is earlier. */
int              prd_thai_worktime_count_days      (const PrdThaiWorktime *self,
                                                    GDateTime       *from,
                                                    GDateTime       *to);
/* Working minutes in [FROM, TO); negative when TO is earlier. */
gint64           prd_thai_worktime_count_minutes   (const PrdThaiWorktime *self,
                                                    GDateTime       *from,
                                                    GDateTime       *to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdThaiWorktime, prd_thai_worktime_free)

G_END_DECLS
