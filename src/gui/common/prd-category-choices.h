/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-category-choices.h — the member categories as a drop-down shows them. */
#pragma once

#include <gtk/gtk.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

/* The office's member categories (PrdCategory), their labels appended to
 * LABELS in the same order. Never NULL: a database that cannot be read
 * gives an empty list and a warning, and the drop-down stays usable. */
GListModel *prd_category_choices (PrdStore      *store,
                                  GtkStringList *labels);

G_END_DECLS
