/* prd-window.h — the main window: sidebar of pages, header, toasts. */
#pragma once

#include <adwaita.h>

#include "model/prd-context.h"
#include "prd-application.h"

G_BEGIN_DECLS

#define PRD_TYPE_WINDOW (prd_window_get_type ())
G_DECLARE_FINAL_TYPE (PrdWindow, prd_window, PRD, WINDOW, AdwApplicationWindow)

PrdWindow  *prd_window_new          (PrdApplication *app,
                                     PrdStore       *store);
PrdStore   *prd_window_get_store    (PrdWindow      *self);
PrdContext *prd_window_get_context  (PrdWindow      *self);
void        prd_window_show_page    (PrdWindow      *self,
                                     const char     *name);
const char *prd_window_get_page     (PrdWindow      *self);
void        prd_window_add_toast    (PrdWindow      *self,
                                     const char     *message);
GtkWindow  *prd_window_show_preferences (PrdWindow  *self);

G_END_DECLS
