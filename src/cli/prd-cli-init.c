/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-cli-init.c — `prdesk-cli init [--demo]`: create or upgrade the database. */
#include <glib/gi18n.h>

#include "prd-cli.h"
#include "model/prd-demo.h"

int
prd_cli_init (PrdCli  *cli,
              int      argc,
              char   **argv)
{
  gboolean demo = FALSE;
  int members = PRD_DEMO_DEFAULT_MEMBERS;
  int code = PRD_EXIT_OK;
  GOptionEntry entries[] = {
    { "demo", 0, 0, G_OPTION_ARG_NONE, &demo, N_("Fill an empty database with the fictional demo office"), NULL },
    { "members", 0, 0, G_OPTION_ARG_INT, &members, N_("How many network members the demo office gets"), "N" },
    { NULL }
  };
  g_autoptr(PrdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!prd_cli_parse (entries, "init", &argc, &argv, &code))
    return code;
  if (argc > 1)
    return prd_cli_usage_error ("init", _("this command takes no arguments"));
  if (members < 0)
    return prd_cli_usage_error ("init", _("--members must be zero or more"));

  store = prd_cli_create_store (cli, &error);
  if (store == NULL)
    return prd_cli_fail (error);

  if (demo)
    {
      if (prd_demo_is_present (store))
        {
          g_print (_("The database already holds data; the demo office was not added.\n"));
          return PRD_EXIT_OK;
        }
      if (!prd_demo_generate (store, (guint) members, NULL, NULL, &error))
        return prd_cli_fail (error);
    }

  g_print (_("Database ready: %s (version %d)\n"),
           prd_store_get_path (store), prd_store_get_version (store));
  return PRD_EXIT_OK;
}
