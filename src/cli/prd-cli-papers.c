/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-cli-papers.c — the office's papers from the command line:
 *
 *   prdesk-cli memo list
 *   prdesk-cli memo pdf ID -o FILE
 *   prdesk-cli memo decisions ID | decide ID …   (prd-cli-decisions.c)
 *   prdesk-cli order pdf ID -o FILE
 *   prdesk-cli certificates --search TEXT --reason TEXT -o FILE
 */
#include <glib/gi18n.h>

#include "prd-cli.h"
#include "docs/prd-certificate-doc.h"
#include "docs/prd-memo-doc.h"
#include "docs/prd-order-doc.h"
#include "model/prd-memo.h"
#include "model/prd-office.h"

static int
memo_list (PrdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdOffice) office = prd_office_load (store, &error);
  g_autoptr(GListModel) memos = NULL;

  if (office == NULL)
    return prd_cli_fail (error);
  memos = prd_memo_list (store, &error);
  if (memos == NULL)
    return prd_cli_fail (error);
  for (guint i = 0; i < g_list_model_get_n_items (memos); i++)
    {
      g_autoptr(PrdMemo) memo = g_list_model_get_item (memos, i);
      g_autofree char *number = prd_memo_doc_number (office, memo);

      /* The id first, so scripts can cut it. */
      g_print ("%s\t%s\t%s\t%s\t%s\n", prd_memo_get_id (memo), number,
               prd_memo_get_memo_date (memo), prd_memo_state_label (prd_memo_get_state (memo, store)),
               prd_memo_get_news_title (memo));
    }
  return PRD_EXIT_OK;
}

static int
write_doc (PrdDoc     *doc,
           const char *output)
{
  g_autoptr(GError) error = NULL;

  if (!prd_doc_write_pdf (doc, output, &error))
    return prd_cli_fail (error);
  g_print (_("Wrote %u page(s) to %s\n"), prd_doc_get_n_pages (doc), output);
  return PRD_EXIT_OK;
}

static int
paper_pdf (PrdCli      *cli,
           const char  *command,
           int          argc,
           char       **argv)
{
  g_autofree char *output = NULL;
  int code = PRD_EXIT_OK;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), N_("FILE") },
    { NULL }
  };
  g_autoptr(PrdStore) store = NULL;
  g_autoptr(PrdOffice) office = NULL;
  g_autoptr(PrdDoc) doc = NULL;
  g_autoptr(GError) error = NULL;

  if (!prd_cli_parse (entries, command, &argc, &argv, &code))
    return code;

  if (argc >= 2 && g_str_equal (argv[1], "list") && g_str_equal (command, "memo"))
    {
      if (argc > 2)
        return prd_cli_usage_error (command, _("“list” takes no arguments"));
      store = prd_cli_open_store (cli, &error);
      if (store == NULL)
        return prd_cli_fail (error);
      return memo_list (store);
    }
  if (argc != 3 || !g_str_equal (argv[1], "pdf"))
    return prd_cli_usage_error (command, g_str_equal (command, "memo")
                                         ? _("say “list”, or “pdf ID -o FILE”")
                                         : _("say “pdf ID -o FILE”"));
  if (output == NULL)
    return prd_cli_usage_error (command, _("say where the PDF goes with -o FILE"));

  store = prd_cli_open_store (cli, &error);
  if (store == NULL)
    return prd_cli_fail (error);
  office = prd_office_load (store, &error);
  if (office == NULL)
    return prd_cli_fail (error);

  if (g_str_equal (command, "memo"))
    {
      g_autoptr(PrdMemo) memo = prd_memo_load (store, argv[2], &error);

      if (memo != NULL)
        doc = prd_memo_doc_new (store, office, memo, &error);
    }
  else
    doc = prd_order_doc_new (store, office, argv[2], &error);
  if (doc == NULL)
    return prd_cli_fail (error);
  return write_doc (doc, output);
}

int
prd_cli_memo (PrdCli  *cli,
              int      argc,
              char   **argv)
{
  /* The subcommand is the first word after "memo" (options come after it). */
  if (argc >= 2 && (g_str_equal (argv[1], "decide") || g_str_equal (argv[1], "decisions")))
    return prd_cli_memo_decisions (cli, argc, argv);
  return paper_pdf (cli, "memo", argc, argv);
}

int
prd_cli_order (PrdCli  *cli,
               int      argc,
               char   **argv)
{
  return paper_pdf (cli, "order", argc, argv);
}

static void
print_progress (double   fraction,
                gpointer user_data)
{
  g_printerr ("\r%3.0f %%", fraction * 100);
  if (fraction >= 1.0)
    g_printerr ("\n");
}

int
prd_cli_certificates (PrdCli  *cli,
                      int      argc,
                      char   **argv)
{
  g_autofree char *output = NULL, *search = NULL, *reason = NULL, *date = NULL;
  gboolean progress = FALSE;
  int code = PRD_EXIT_OK;
  GOptionEntry entries[] = {
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_("Members whose name, position or organisation contains TEXT"), N_("TEXT") },
    { "reason", 'r', 0, G_OPTION_ARG_STRING, &reason, N_("Why the certificate is given"), N_("TEXT") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date, N_("Date of issue, YYYY-MM-DD (default today)"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), N_("FILE") },
    { "progress", 0, 0, G_OPTION_ARG_NONE, &progress, N_("Show how far the batch is"), NULL },
    { NULL }
  };
  g_autoptr(PrdStore) store = NULL;
  g_autoptr(PrdOffice) office = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *batch = NULL;

  if (!prd_cli_parse (entries, "certificates", &argc, &argv, &code))
    return code;
  if (argc > 1)
    return prd_cli_usage_error ("certificates", _("this command takes no arguments"));
  if (search == NULL || reason == NULL || output == NULL)
    return prd_cli_usage_error ("certificates", _("--search, --reason and -o are all needed"));

  store = prd_cli_open_store (cli, &error);
  if (store == NULL)
    return prd_cli_fail (error);
  office = prd_office_load (store, &error);
  if (office == NULL)
    return prd_cli_fail (error);
  members = prd_certificate_find_members (store, search, &error);
  if (members == NULL)
    return prd_cli_fail (error);
  if (members->len == 0)
    {
      g_printerr (_("prdesk-cli: no member matches “%s”; no certificate was made.\n"), search);
      return PRD_EXIT_FAILED;
    }
  batch = prd_certificate_batch_issue_pdf (store, office, (const char *const *) members->pdata,
                                           members->len, reason, date, output,
                                           progress ? print_progress : NULL, NULL, &error);
  if (batch == NULL)
    return prd_cli_fail (error);
  g_print (_("Wrote %u certificate(s) to %s\n"), members->len, output);
  return PRD_EXIT_OK;
}
