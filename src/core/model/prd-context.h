/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-context.h — what a page, an editor or a command works in: the store,
 * the office profile, the office's working time, this PC's settings (and,
 * with the sync work, the sync state).
 *
 * Handed to pages and editors instead of a bare store, so that each of them
 * reads the office and its working time from one place. Core, no GTK: the
 * command line makes one without settings. */
#pragma once

#include <gio/gio.h>

#include "model/prd-office.h"
#include "store/prd-store.h"
#include "thai/prd-thai-worktime.h"

G_BEGIN_DECLS

#define PRD_TYPE_CONTEXT (prd_context_get_type ())
G_DECLARE_FINAL_TYPE (PrdContext, prd_context, PRD, CONTEXT, GObject)

/* Loads the office profile and working time from STORE. SETTINGS (this PC's
 * GSettings) may be NULL. */
PrdContext            *prd_context_new          (PrdStore    *store,
                                                 GSettings   *settings,
                                                 GError     **error);
PrdStore              *prd_context_get_store    (PrdContext  *self);
/* The office profile, one object for every page (edits show everywhere). */
PrdOffice             *prd_context_get_office   (PrdContext  *self);
const PrdThaiWorktime *prd_context_get_worktime (PrdContext  *self);
/* Reads the working time again (holidays or hours were edited). */
gboolean               prd_context_reload_worktime (PrdContext *self,
                                                 GError     **error);
GSettings             *prd_context_get_settings (PrdContext  *self);

G_END_DECLS
