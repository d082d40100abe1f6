/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-cli-schools.c — `prdesk-cli schools …`: the office's school list.
 *
 *   schools import FILE [--dry-run]   a list from OBEC's data system (CSV)
 *   schools list                      code, name, district, sub-district
 */
#include <glib/gi18n.h>

#include "prd-cli.h"
#include "io/prd-school-import.h"
#include "model/prd-school.h"

static int
run_import (PrdStore   *store,
            const char *path,
            gboolean    dry_run)
{
  g_autoptr(PrdSchoolImport) imp = prd_school_import_new (store);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  PrdSchoolImportCounts counts;

  if (!prd_school_import_load_file (imp, file, NULL, &error))
    return prd_cli_fail (error);
  report = prd_school_import_format_report (imp);
  g_print ("%s", report);
  if (dry_run)
    {
      g_print (_("Dry run: nothing was written.\n"));
      return prd_school_import_count (imp, PRD_SCHOOL_LINE_INVALID) > 0 ? PRD_EXIT_FAILED : PRD_EXIT_OK;
    }
  if (!prd_school_import_run (imp, &counts, &error))
    return prd_cli_fail (error);
  g_print (_("Schools imported: %u added, %u updated, %u already as listed.\n"),
           counts.added, counts.updated, counts.unchanged);
  return PRD_EXIT_OK;
}

static int
run_list (PrdStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) schools = prd_school_list (store, &error);
  guint n;

  if (schools == NULL)
    return prd_cli_fail (error);
  n = g_list_model_get_n_items (schools);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdSchool) s = g_list_model_get_item (schools, i);
      const char *code = prd_school_get_school_code (s);

      if (*code == '\0')
        code = *prd_school_get_smis_code (s) != '\0' ? prd_school_get_smis_code (s)
                                                     : prd_school_get_obec_code (s);
      g_print ("%s\t%s\t%s\t%s\n", code, prd_school_get_name (s),
               prd_school_get_district (s), prd_school_get_subdistrict (s));
    }
  return PRD_EXIT_OK;
}

int
prd_cli_schools (PrdCli  *cli,
                 int      argc,
                 char   **argv)
{
  int code = PRD_EXIT_OK;
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("import: check and report, write nothing"), NULL },
    { NULL }
  };
  g_autoptr(PrdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *what;

  if (!prd_cli_parse (entries, "schools", &argc, &argv, &code))
    return code;
  what = argc >= 2 ? argv[1] : "";
  if (g_str_equal (what, "import") && argc != 3)
    return prd_cli_usage_error ("schools", _("name one CSV file of schools to import"));
  if (g_str_equal (what, "list") && argc != 2)
    return prd_cli_usage_error ("schools", _("this takes no arguments, only options"));
  if (!g_str_equal (what, "import") && !g_str_equal (what, "list"))
    return prd_cli_usage_error ("schools", _("say what to do: import or list"));

  store = prd_cli_open_store (cli, &error);
  if (store == NULL)
    return prd_cli_fail (error);
  if (g_str_equal (what, "import"))
    return run_import (store, argv[2], dry_run);
  return run_list (store);
}
