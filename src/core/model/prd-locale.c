/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-locale.c — the process's locale and where its translations are. */
#include <glib/gi18n.h>
#include <locale.h>

#include "prd-locale.h"

/* Whether the running executable lives under the build tree. */
static gboolean
running_from_build_tree (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *root = g_canonicalize_filename (PRD_BUILD_ROOT, NULL);
  g_autofree char *prefix = g_strconcat (root, G_DIR_SEPARATOR_S, NULL);

  return exe != NULL && g_str_has_prefix (exe, prefix);
}

const char *
prd_locale_dir (void)
{
  static gsize found_once;
  static char *dir;

  if (g_once_init_enter (&found_once))
    {
      const char *env = g_getenv ("PRDESK_LOCALEDIR");
      char *found;

      if (env != NULL && *env != '\0')
        found = g_strdup (env);
      else if (running_from_build_tree ())
        found = g_build_filename (PRD_BUILD_ROOT, "po", NULL);
      else
        found = g_strdup (PRD_LOCALEDIR);
      dir = found;
      g_once_init_leave (&found_once, 1);
    }
  return dir;
}

void
prd_locale_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, prd_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
