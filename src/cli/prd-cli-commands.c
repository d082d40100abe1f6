/* prd-cli-commands.c — the table of prdesk-cli commands. New issues add rows. */
#include <glib/gi18n.h>

#include "prd-cli.h"

const PrdCliCommand prd_cli_commands[] = {
  { "init",   "[--demo]", N_("Create or upgrade the database, optionally with the demo office"), prd_cli_init },
  { "backup", "FILE",     N_("Write a consistent copy of the database to FILE"),                prd_cli_backup },
  { "memo",   "list | pdf ID -o FILE | decisions ID | decide ID --step review|order --outcome allow|refuse|return --signer WHO [--reason TEXT] [--capacity self|on_behalf|acting] [--date YYYY-MM-DD]",
    N_("List approval memos, write one as PDF, list its decisions or record one"), prd_cli_memo },
  { "order",  "pdf ID -o FILE",        N_("Write an appointment order as PDF"),                       prd_cli_order },
  { "certificates", "--search TEXT --reason TEXT -o FILE", N_("Make certificates for the members found, in one PDF"), prd_cli_certificates },
  { "holidays", "import FILE.ics [--include-observance NAME|UID] | list [--year BE] | add DATE NAME [--closure] | remove ID",
    N_("Import, list, add or remove the office's holidays"), prd_cli_holidays },
  { "members", "import FILE [--encoding E] [--dry-run] [--skip-invalid] | export --format csv|xlsx|vcf|pdf -o FILE [--search TEXT] | pdpa-export ID -o FILE | erase ID | survey-form -o FILE",
    N_("Import, export or print the network registry; export or erase one person's data"), prd_cli_members },
  { "schools", "import FILE [--dry-run] | list",
    N_("Import the office's school list (OBEC code, name, district, sub-district), or list the schools"), prd_cli_schools },
  { "calendar", "list [--from DATE] [--to DATE] | add DATE TITLE [--to DATE] [--time HH:MM-HH:MM] [--kind K] [--place P] [--repeat RRULE] | export -o FILE.ics [--from DATE --to DATE] | import FILE.ics [--dry-run] | remove ID",
    N_("List, add, export or import the PR calendar (iCalendar .ics)"), prd_cli_calendar },
  { NULL }
};
