/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-cli-decisions.c — a memo's decisions from the command line:
 *
 *   prdesk-cli memo decisions ID
 *   prdesk-cli memo decide ID --step review|order --outcome allow|refuse|return
 *                             --signer WHO [--reason TEXT] [--capacity self|on_behalf|acting]
 *                             [--date YYYY-MM-DD]
 *
 * Decisions go through prd_decision_record(), the one way in: the same
 * checks as the memo editor's form, one new row each, never a change. */
#include <glib/gi18n.h>

#include "prd-cli.h"
#include "model/prd-decision.h"
#include "model/prd-memo.h"
#include "model/prd-model-error.h"
#include "model/prd-signer.h"

/* One line per decision, in the order recorded, the codes as stored. */
static int
list_decisions (PrdStore   *store,
                const char *memo_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdMemo) memo = prd_memo_load (store, memo_id, &error);
  g_autoptr(GListModel) decisions = NULL;

  if (memo == NULL)
    return prd_cli_fail (error);
  decisions = prd_memo_list_decisions (memo, store, &error);
  if (decisions == NULL)
    return prd_cli_fail (error);
  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(PrdDecision) d = g_list_model_get_item (decisions, i);

      g_print ("%s\t%s\t%s\t%s\t%s\t%s\t%s\n", prd_decision_get_step (d), prd_decision_get_outcome (d),
               prd_decision_get_decided_at (d), prd_decision_get_capacity (d), prd_decision_get_signer_name (d),
               prd_decision_get_signer_position (d), prd_decision_get_reason (d));
    }
  return PRD_EXIT_OK;
}

/* WHO is a signer's id, full name ("นายประเสริฐ โพธิ์ใจงาม") or given name. */
static char *
find_signer (PrdStore    *store,
             const char  *who,
             GError     **error)
{
  g_autoptr(GListModel) signers = prd_signer_list (store, NULL, error);
  char *found = NULL;
  guint matches = 0;

  if (signers == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (signers); i++)
    {
      g_autoptr(PrdSigner) s = g_list_model_get_item (signers, i);
      g_autofree char *full = prd_signer_dup_full_name (s);
      const char *id = prd_record_get_id (PRD_RECORD (s));

      if (g_str_equal (id, who))
        {
          g_free (found);
          return g_strdup (id);
        }
      if (g_str_equal (full, who) || g_str_equal (prd_signer_get_given_name (s), who))
        {
          matches++;
          g_free (found);
          found = g_strdup (id);
        }
    }
  if (matches == 1)
    return found;
  g_free (found);
  g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND,
               matches == 0 ? _("No signer of the office is called “%s”; give the signer's id or full name.")
                            : _("More than one signer is called “%s”; give the signer's id or full name."),
               who);
  return NULL;
}

int
prd_cli_memo_decisions (PrdCli  *cli,
                        int      argc,
                        char   **argv)
{
  int code = PRD_EXIT_OK;
  g_autofree char *step = NULL, *outcome = NULL, *signer = NULL, *reason = NULL;
  g_autofree char *capacity = NULL, *date = NULL, *signer_id = NULL;
  GOptionEntry entries[] = {
    { "step", 0, 0, G_OPTION_ARG_STRING, &step, N_("decide: review (the group director) or order (the director)"), "STEP" },
    { "outcome", 0, 0, G_OPTION_ARG_STRING, &outcome, N_("decide: allow, refuse or return"), "OUTCOME" },
    { "signer", 0, 0, G_OPTION_ARG_STRING, &signer, N_("decide: who signed: the signer's id or full name"), "WHO" },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("decide: why (needed unless allowed)"), "TEXT" },
    { "capacity", 0, 0, G_OPTION_ARG_STRING, &capacity, N_("decide: self, on_behalf or acting"), "AS" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("decide: the date signed, YYYY-MM-DD (today when left out)"), "DATE" },
    { NULL }
  };
  g_autoptr(PrdStore) store = NULL;
  g_autoptr(PrdDecision) decision = NULL;
  g_autoptr(PrdMemo) memo = NULL;
  g_autoptr(GError) error = NULL;
  gboolean decide;

  if (!prd_cli_parse (entries, "memo", &argc, &argv, &code))
    return code;
  decide = argc >= 2 && g_str_equal (argv[1], "decide");
  if (argc != 3)
    return prd_cli_usage_error ("memo", decide ? _("say “decide ID --step … --outcome … --signer …”")
                                               : _("say “decisions ID”"));
  if (!decide && (step || outcome || signer || reason || capacity || date))
    return prd_cli_usage_error ("memo", _("“decisions” takes no options"));
  if (decide && (step == NULL || outcome == NULL || signer == NULL))
    return prd_cli_usage_error ("memo", _("say the decision with --step, --outcome and --signer"));

  store = prd_cli_open_store (cli, &error);
  if (store == NULL)
    return prd_cli_fail (error);
  if (!decide)
    return list_decisions (store, argv[2]);

  signer_id = find_signer (store, signer, &error);
  if (signer_id == NULL)
    return prd_cli_fail (error);
  decision = prd_decision_new ();
  prd_decision_set_subject_id (decision, argv[2]);
  prd_decision_set_step (decision, step);
  prd_decision_set_outcome (decision, outcome);
  prd_decision_set_signer_id (decision, signer_id);
  prd_decision_set_reason (decision, reason);
  if (capacity != NULL)
    prd_decision_set_capacity (decision, capacity);
  prd_decision_set_decided_at (decision, date);
  if (!prd_decision_record (decision, store, &error))
    return prd_cli_fail (error);
  memo = prd_memo_load (store, argv[2], &error);
  if (memo == NULL)
    return prd_cli_fail (error);
  g_print (_("Decision recorded; the memo is now: %s\n"), prd_memo_state_label (prd_memo_get_state (memo, store)));
  return PRD_EXIT_OK;
}
