/* prd-pages.h — the pages of the main window, in sidebar order.
 *
 * A page that has not been built yet shows an honest empty state saying what
 * will live there; an issue that builds a page sets its create function. */
#pragma once

#include <gtk/gtk.h>

#include "model/prd-context.h"

G_BEGIN_DECLS

typedef struct {
  const char *name;          /* stack child name and GSettings value */
  const char *title;         /* N_() */
  const char *icon_name;
  const char *empty_title;   /* N_() */
  const char *empty_text;    /* N_() */
  GtkWidget *(*create) (PrdContext *context);
} PrdPageInfo;

extern const PrdPageInfo prd_pages[];
extern const guint prd_n_pages;

G_END_DECLS
