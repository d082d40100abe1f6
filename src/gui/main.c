/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prdesk — the PR Desk desktop program. */
#include <glib/gi18n.h>
#include <signal.h>

#include "model/prd-locale.h"

#include "prd-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(PrdApplication) app = NULL;

  prd_locale_init ();
  /* Past a file-size limit, a write fails with EFBIG and says so, instead
   * of the signal ending the program with a cut-off file. */
  signal (SIGXFSZ, SIG_IGN);

  app = prd_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
