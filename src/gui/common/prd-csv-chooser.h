/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-csv-chooser.h — the file chooser every CSV import opens. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A modal chooser over PARENT titled TITLE, for CSV (and text) files first,
 * all files second. Connect to "response" and show it. */
GtkFileChooserNative *prd_csv_chooser_new (GtkWindow  *parent,
                                           const char *title);

G_END_DECLS
