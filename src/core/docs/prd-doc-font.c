/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-doc-font.c — finding TH Sarabun through fontconfig, or Laksaman. */
#define G_LOG_DOMAIN "prd-docs"

#include <pango/pangocairo.h>

#include "prd-doc-font.h"

static const char *const sarabun_families[] = {
  "TH Sarabun New", "TH SarabunPSK", "TH SarabunIT๙", "TH Sarabun PSK", "THSarabunNew",
};

/* Family names installed, folded to lower case; read once per process. */
static GHashTable *
installed_families (void)
{
  static gsize once;
  static GHashTable *families;

  if (g_once_init_enter (&once))
    {
      PangoFontMap *map = pango_cairo_font_map_new ();
      PangoFontFamily **list = NULL;
      int n = 0;
      GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

      pango_font_map_list_families (map, &list, &n);
      for (int i = 0; i < n; i++)
        {
          const char *name = pango_font_family_get_name (list[i]);
          g_hash_table_insert (set, g_utf8_casefold (name, -1), g_strdup (name));
        }
      g_free (list);
      g_object_unref (map);
      families = set;
      g_once_init_leave (&once, 1);
    }
  return families;
}

static const char *
lookup (const char *family)
{
  g_autofree char *key = g_utf8_casefold (family, -1);
  return g_hash_table_lookup (installed_families (), key);
}

char *
prd_doc_font_resolve (const char *wanted,
                      double     *scale)
{
  const char *found;

  *scale = 1.0;
  if (wanted != NULL && *wanted != '\0' && (found = lookup (wanted)) != NULL &&
      g_ascii_strncasecmp (found, "Laksaman", 8) != 0)
    return g_strdup (found);
  for (guint i = 0; i < G_N_ELEMENTS (sarabun_families); i++)
    if ((found = lookup (sarabun_families[i])) != NULL)
      return g_strdup (found);
  *scale = PRD_DOC_LAKSAMAN_SCALE;
  return g_strdup ("Laksaman");
}
