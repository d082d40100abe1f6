/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-category-choices.c — the member categories as a drop-down shows them. */
#include "prd-category-choices.h"
#include "model/prd-category.h"

GListModel *
prd_category_choices (PrdStore      *store,
                      GtkStringList *labels)
{
  g_autoptr(GError) error = NULL;
  GListModel *categories = prd_category_list (store, &error);
  guint n;

  if (categories == NULL)
    {
      g_warning ("%s", error->message);
      categories = G_LIST_MODEL (g_list_store_new (PRD_TYPE_CATEGORY));
    }
  n = g_list_model_get_n_items (categories);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdCategory) category = g_list_model_get_item (categories, i);
      gtk_string_list_append (labels, prd_category_get_label (category));
    }
  return categories;
}
