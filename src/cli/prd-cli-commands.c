/* prd-cli-commands.c — the table of prdesk-cli commands. New issues add rows. */
#include <glib/gi18n.h>

#include "prd-cli.h"

const PrdCliCommand prd_cli_commands[] = {
  { "init",   "[--demo]", N_("Create or upgrade the database, optionally with the demo office"), prd_cli_init },
  { "backup", "FILE",     N_("Write a consistent copy of the database to FILE"),                prd_cli_backup },
  { "holidays", "import FILE.ics | list [--year BE] | add DATE NAME [--closure] | remove ID",
    N_("Import, list, add or remove the office's holidays"), prd_cli_holidays },
  { NULL }
};
