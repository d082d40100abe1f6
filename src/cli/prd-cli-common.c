/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-cli-common.c — opening the store, reporting errors, parsing options. */
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "prd-cli.h"

PrdStore *
prd_cli_create_store (PrdCli  *cli,
                      GError **error)
{
  g_autofree char *path = cli->db_path ? g_strdup (cli->db_path) : prd_store_default_path ();
  return prd_store_open (path, error);
}

/* A --db that names no file is a typo, not a new office: only init makes one. */
PrdStore *
prd_cli_open_store (PrdCli  *cli,
                    GError **error)
{
  if (cli->db_path != NULL && !g_file_test (cli->db_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no database at %s (prdesk-cli --db %s init creates one)"),
                   cli->db_path, cli->db_path);
      return NULL;
    }
  return prd_cli_create_store (cli, error);
}

/* One line on stderr, exit code 1. */
int
prd_cli_fail (const GError *error)
{
  g_printerr ("prdesk-cli: %s\n", error->message);
  return PRD_EXIT_FAILED;
}

int
prd_cli_usage_error (const char *command,
                     const char *message)
{
  g_printerr ("prdesk-cli %s: %s\n", command, message);
  g_printerr (_("Try “prdesk-cli %s --help”.\n"), command);
  return PRD_EXIT_USAGE;
}

/* Parses a command's own options; on --help or an error sets *exit_code and
 * returns FALSE. */
gboolean
prd_cli_parse (GOptionEntry  *entries,
               const char    *command,
               int           *argc,
               char        ***argv,
               int           *exit_code)
{
  g_autofree char *title = g_strdup_printf ("%s", command);
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;

  for (const PrdCliCommand *c = prd_cli_commands; c->name != NULL; c++)
    if (g_str_equal (c->name, command))
      {
        g_free (title);
        title = g_strdup_printf ("%s %s", c->name, c->usage);
        ctx = g_option_context_new (title);
        g_option_context_set_summary (ctx, _(c->summary));
      }
  if (ctx == NULL)
    ctx = g_option_context_new (title);
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (ctx, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (ctx, argc, argv, &error))
    {
      *exit_code = prd_cli_usage_error (command, error->message);
      return FALSE;
    }
  return TRUE;
}
