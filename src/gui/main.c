/* prdesk — the PR Desk desktop program. */
#include <glib/gi18n.h>
#include <locale.h>

#include "prd-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(PrdApplication) app = NULL;
  const char *localedir = g_getenv ("PRDESK_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : PRD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = prd_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
