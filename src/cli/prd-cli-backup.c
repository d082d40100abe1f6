/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-cli-backup.c — `prdesk-cli backup FILE`: an online copy of the database. */
#include <glib/gi18n.h>

#include "prd-cli.h"

int
prd_cli_backup (PrdCli  *cli,
                int      argc,
                char   **argv)
{
  int code = PRD_EXIT_OK;
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(PrdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!prd_cli_parse (entries, "backup", &argc, &argv, &code))
    return code;
  if (argc != 2)
    return prd_cli_usage_error ("backup", _("name one file to write the backup to"));

  store = prd_cli_open_store (cli, &error);
  if (store == NULL)
    return prd_cli_fail (error);
  if (!prd_store_backup (store, argv[1], NULL, NULL, &error))
    return prd_cli_fail (error);

  g_print (_("Backup written to %s\n"), argv[1]);
  return PRD_EXIT_OK;
}
