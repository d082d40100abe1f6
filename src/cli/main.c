/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prdesk-cli — PR Desk from the command line: scripts, cron and tests.
 *
 *   prdesk-cli [--db PATH] COMMAND [OPTIONS…]
 *
 * Exit 0 on success, 1 with a one-line reason on stderr on failure, 2 on wrong usage.
 */
#include <glib/gi18n.h>
#include <signal.h>

#include "model/prd-locale.h"
#include <stdio.h>

#include "prd-cli.h"

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n  prdesk-cli [--db %s] %s %s\n\n", _("Usage:"), _("PATH"),
           _("COMMAND"), _("[OPTIONS…]"));
  fprintf (out, "%s\n", _("PR Desk from the command line."));
  fprintf (out, "\n%s\n", _("Options:"));
  fprintf (out, "  --db %-14s %s\n", _("PATH"), _("Use the database at PATH instead of the default"));
  fprintf (out, "  %-19s %s\n", "--version", _("Print the version and exit"));
  fprintf (out, "  %-19s %s\n", "-h, --help", _("Show this help"));
  fprintf (out, "\n%s\n", _("Commands:"));
  for (const PrdCliCommand *c = prd_cli_commands; c->name != NULL; c++)
    fprintf (out, "  %-19s %s\n", c->name, _(c->summary));
  fprintf (out, "\n%s\n", _("“prdesk-cli COMMAND --help” tells more about a command."));
}

int
main (int    argc,
      char **argv)
{
  PrdCli cli = { NULL };
  int i = 1;

  prd_locale_init ();
  /* Past a file-size limit, a write fails with EFBIG and says so, instead
   * of the signal ending the program with a cut-off file. */
  signal (SIGXFSZ, SIG_IGN);

  /* Options before the command belong to prdesk-cli itself. */
  for (; i < argc && argv[i][0] == '-'; i++)
    {
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          print_help (stdout);
          return PRD_EXIT_OK;
        }
      else if (g_str_equal (argv[i], "--version"))
        {
          g_print ("prdesk-cli %s\n", PRD_VERSION);
          return PRD_EXIT_OK;
        }
      else if (g_str_equal (argv[i], "--db") && i + 1 < argc)
        cli.db_path = argv[++i];
      else if (g_str_has_prefix (argv[i], "--db="))
        cli.db_path = argv[i] + 5;
      else
        {
          g_printerr (_("prdesk-cli: unknown option %s\n"), argv[i]);
          print_help (stderr);
          return PRD_EXIT_USAGE;
        }
    }

  if (i >= argc)
    {
      g_printerr (_("prdesk-cli: name a command\n"));
      print_help (stderr);
      return PRD_EXIT_USAGE;
    }

  for (const PrdCliCommand *c = prd_cli_commands; c->name != NULL; c++)
    if (g_str_equal (c->name, argv[i]))
      return c->run (&cli, argc - i, argv + i);

  g_printerr (_("prdesk-cli: unknown command %s\n"), argv[i]);
  print_help (stderr);
  return PRD_EXIT_USAGE;
}
