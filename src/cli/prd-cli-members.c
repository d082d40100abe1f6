/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-cli-members.c — `prdesk-cli members …`: the network registry.
 *
 *   members import FILE [--encoding auto|utf-8|windows-874] [--dry-run]
 *                       [--skip-invalid] [--duplicates merge|skip|add]
 *                       [--map COLUMN=FIELD …]   (COLUMN: number from 1 or header)
 *                       [--answer ANSWER=CATEGORY …]  (the network type's answers)
 *   members export --format csv|xlsx|vcf|pdf -o FILE [--search TEXT]
 *                  [--group district|category|none] [--sheet-per-category]
 *   members pdpa-export ID -o FILE
 *   members erase ID
 *   members survey-form -o FILE
 */
#include <glib/gi18n.h>
#include <string.h>

#include "prd-cli.h"
#include "docs/prd-survey-form.h"
#include "io/prd-member-export.h"
#include "io/prd-member-import.h"
#include "model/prd-member-pdpa.h"

/* "3=phone" or "เบอร์มือถือ=phone": the user's word on a column. */
static gboolean
apply_map (PrdMemberImport  *imp,
           const char       *spec,
           GError          **error)
{
  const char *eq = strrchr (spec, '=');
  g_autofree char *column = NULL;
  PrdImportField field;
  guint64 number = 0;
  guint c, n = prd_member_import_get_n_columns (imp);

  if (eq == NULL || eq == spec)
    goto bad;
  column = g_strndup (spec, eq - spec);
  field = prd_import_field_from_key (eq + 1);
  if (field == PRD_IMPORT_FIELD_IGNORE && !g_str_equal (eq + 1, "ignore"))
    goto bad;
  if (g_ascii_string_to_unsigned (column, 10, 1, n, &number, NULL))
    c = (guint) number - 1;
  else
    {
      for (c = 0; c < n; c++)
        if (g_str_equal (prd_member_import_get_header (imp, c), column))
          break;
      if (c == n)
        goto bad;
    }
  prd_member_import_set_mapping (imp, c, field);
  return TRUE;

bad:
  {
    g_autoptr(GString) keys = g_string_new (NULL);

    for (guint f = 0; f < PRD_IMPORT_N_FIELDS; f++)
      g_string_append_printf (keys, "%s%s", f > 0 ? ", " : "", prd_import_field_key (f));
    g_set_error (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_MAPPING,
                 _("--map %s: write the column's number (from 1) or header, “=”, and one of: %s"),
                 spec, keys->str);
  }
  return FALSE;
}

/* "ภายนอก=สื่อมวลชน": the category a network-type answer brings. */
static gboolean
apply_answer (PrdMemberImport  *imp,
              const char       *spec,
              GError          **error)
{
  const char *eq = strrchr (spec, '=');
  g_autofree char *answer = NULL;

  if (eq == NULL || eq == spec || eq[1] == '\0')
    {
      g_set_error (error, PRD_MEMBER_IMPORT_ERROR, PRD_MEMBER_IMPORT_ERROR_MAPPING,
                   _("--answer %s: write the survey's answer, “=”, and a member category, "
                     "e.g. ภายนอก=สื่อมวลชน"), spec);
      return FALSE;
    }
  answer = g_strndup (spec, eq - spec);
  return prd_member_import_set_answer_category (imp, answer, eq + 1, error);
}

static int
run_import (PrdStore    *store,
            const char  *path,
            const char  *encoding_name,
            gboolean     dry_run,
            gboolean     skip_invalid,
            const char  *duplicates,
            char       **maps,
            char       **answers)
{
  g_autoptr(PrdMemberImport) imp = prd_member_import_new (store);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  PrdImportEncoding encoding = PRD_IMPORT_ENCODING_AUTO;
  PrdImportCounts counts;

  if (g_ascii_strcasecmp (encoding_name, "utf-8") == 0 || g_ascii_strcasecmp (encoding_name, "utf8") == 0)
    encoding = PRD_IMPORT_ENCODING_UTF8;
  else if (g_ascii_strcasecmp (encoding_name, "windows-874") == 0 ||
           g_ascii_strcasecmp (encoding_name, "tis-620") == 0 || g_ascii_strcasecmp (encoding_name, "cp874") == 0)
    encoding = PRD_IMPORT_ENCODING_WINDOWS_874;
  else if (g_ascii_strcasecmp (encoding_name, "auto") != 0)
    return prd_cli_usage_error ("members", _("--encoding takes auto, utf-8 or windows-874"));

  if (g_str_equal (duplicates, "skip"))
    prd_member_import_set_duplicate_action (imp, PRD_IMPORT_DUPLICATE_SKIP);
  else if (g_str_equal (duplicates, "add"))
    prd_member_import_set_duplicate_action (imp, PRD_IMPORT_DUPLICATE_ADD);
  else if (!g_str_equal (duplicates, "merge"))
    return prd_cli_usage_error ("members", _("--duplicates takes merge, skip or add"));
  prd_member_import_set_mode (imp, skip_invalid ? PRD_IMPORT_MODE_SKIP_INVALID
                                                : PRD_IMPORT_MODE_ALL_OR_NOTHING);

  if (!prd_member_import_load_file (imp, file, encoding, NULL, &error))
    return prd_cli_fail (error);
  for (guint i = 0; maps != NULL && maps[i] != NULL; i++)
    if (!apply_map (imp, maps[i], &error))
      return prd_cli_usage_error ("members", error->message);
  for (guint i = 0; answers != NULL && answers[i] != NULL; i++)
    if (!apply_answer (imp, answers[i], &error))
      return prd_cli_usage_error ("members", error->message);
  if (!prd_member_import_analyze (imp, NULL, &error))
    return prd_cli_fail (error);

  report = prd_member_import_format_report (imp);
  g_print ("%s", report);
  if (dry_run)
    {
      g_print (_("Dry run: nothing was written.\n"));
      return prd_member_import_get_n_invalid (imp) > 0 ? PRD_EXIT_FAILED : PRD_EXIT_OK;
    }

  if (!prd_member_import_run (imp, NULL, &counts, &error))
    return prd_cli_fail (error);
  g_print (_("Imported: %u added, %u merged, %u left out with problems, %u duplicates skipped.\n"),
           counts.added, counts.merged, counts.skipped_invalid, counts.skipped_duplicates);
  if (counts.schools_added > 0)
    g_print (_("%u schools that were not in the registry were added.\n"), counts.schools_added);
  /* Rows were refused even if the rest went in: say so to scripts. */
  return counts.skipped_invalid > 0 ? PRD_EXIT_FAILED : PRD_EXIT_OK;
}

static int
run_export (PrdStore   *store,
            const char *format_name,
            const char *output,
            const char *search,
            const char *group_name,
            gboolean    per_category)
{
  g_autoptr(PrdMemberQuery) query = prd_member_query_new ();
  g_autoptr(GError) error = NULL;
  PrdMemberExportOptions options = { per_category, PRD_REGISTRY_GROUP_DISTRICT };
  PrdMemberExportFormat format;
  guint n = 0;

  if (format_name == NULL || !prd_member_export_format_from_name (format_name, &format))
    return prd_cli_usage_error ("members", _("--format takes csv, xlsx, vcf or pdf"));
  if (output == NULL)
    return prd_cli_usage_error ("members", _("say where to write with -o FILE"));
  if (g_str_equal (group_name, "category"))
    options.group = PRD_REGISTRY_GROUP_CATEGORY;
  else if (g_str_equal (group_name, "none"))
    options.group = PRD_REGISTRY_GROUP_NONE;
  else if (!g_str_equal (group_name, "district"))
    return prd_cli_usage_error ("members", _("--group takes district, category or none"));

  prd_member_query_set_search_text (query, search);
  if (!prd_member_export (store, query, format, output, &options, NULL, &n, &error))
    return prd_cli_fail (error);
  g_print (_("%u members written to %s\n"), n, output);
  return PRD_EXIT_OK;
}

static int
run_pdpa_export (PrdStore   *store,
                 const char *id,
                 const char *output)
{
  g_autoptr(GError) error = NULL;

  if (output == NULL)
    return prd_cli_usage_error ("members", _("say where to write with -o FILE"));
  if (!prd_member_pdpa_export_file (store, id, output, g_get_user_name (), &error))
    return prd_cli_fail (error);
  g_print (_("Everything held about %s was written to %s\n"), id, output);
  return PRD_EXIT_OK;
}

static int
run_erase (PrdStore   *store,
           const char *id)
{
  g_autoptr(GError) error = NULL;

  if (!prd_member_pdpa_erase (store, id, g_get_user_name (), &error))
    return prd_cli_fail (error);
  g_print (_("The personal data of %s was erased; the deletion is kept for the office's other PCs.\n"), id);
  return PRD_EXIT_OK;
}

static int
run_survey_form (PrdStore   *store,
                 const char *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdDoc) doc = NULL;

  if (output == NULL)
    return prd_cli_usage_error ("members", _("say where to write with -o FILE"));
  doc = prd_survey_form_new (store, &error);
  if (doc == NULL || !prd_doc_write_pdf (doc, output, &error))
    return prd_cli_fail (error);
  g_print (_("The blank survey form was written to %s\n"), output);
  return PRD_EXIT_OK;
}

int
prd_cli_members (PrdCli  *cli,
                 int      argc,
                 char   **argv)
{
  int code = PRD_EXIT_OK;
  g_autofree char *encoding = NULL, *duplicates = NULL, *format = NULL, *output = NULL;
  g_autofree char *search = NULL, *group = NULL;
  g_auto(GStrv) maps = NULL;
  g_auto(GStrv) answers = NULL;
  gboolean dry_run = FALSE, skip_invalid = FALSE, per_category = FALSE;
  GOptionEntry entries[] = {
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &encoding, N_("import: the file's encoding: auto, utf-8 or windows-874"), "ENC" },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("import: check and report, write nothing"), NULL },
    { "skip-invalid", 0, 0, G_OPTION_ARG_NONE, &skip_invalid, N_("import: leave out rows with problems and import the rest"), NULL },
    { "duplicates", 0, 0, G_OPTION_ARG_STRING, &duplicates, N_("import: members already there: merge, skip or add"), "WHAT" },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &maps, N_("import: what a column holds, e.g. 3=phone (may repeat)"), "COLUMN=FIELD" },
    { "answer", 0, 0, G_OPTION_ARG_STRING_ARRAY, &answers, N_("import: the category a network-type answer brings, remembered, e.g. ภายนอก=สื่อมวลชน (may repeat)"), "ANSWER=CATEGORY" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("export: csv, xlsx, vcf or pdf"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("the file to write"), "FILE" },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search, N_("export: only the members this search finds"), "TEXT" },
    { "group", 0, 0, G_OPTION_ARG_STRING, &group, N_("export pdf: group by district, category or none"), "BY" },
    { "sheet-per-category", 0, 0, G_OPTION_ARG_NONE, &per_category, N_("export xlsx: one sheet per category"), NULL },
    { NULL }
  };
  g_autoptr(PrdStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *what;

  if (!prd_cli_parse (entries, "members", &argc, &argv, &code))
    return code;
  if (argc < 2)
    return prd_cli_usage_error ("members", _("say what to do: import, export, pdpa-export, erase or survey-form"));
  what = argv[1];
  if (g_str_equal (what, "import") && argc != 3)
    return prd_cli_usage_error ("members", _("name one CSV file to import"));
  if ((g_str_equal (what, "pdpa-export") || g_str_equal (what, "erase")) && argc != 3)
    return prd_cli_usage_error ("members", _("name the member's id"));
  if ((g_str_equal (what, "export") || g_str_equal (what, "survey-form")) && argc != 2)
    return prd_cli_usage_error ("members", _("this takes no arguments, only options"));
  if (!g_str_equal (what, "import") && !g_str_equal (what, "export") &&
      !g_str_equal (what, "pdpa-export") && !g_str_equal (what, "erase") &&
      !g_str_equal (what, "survey-form"))
    return prd_cli_usage_error ("members", _("say what to do: import, export, pdpa-export, erase or survey-form"));

  store = prd_cli_open_store (cli, &error);
  if (store == NULL)
    return prd_cli_fail (error);

  if (g_str_equal (what, "import"))
    return run_import (store, argv[2], encoding != NULL ? encoding : "auto", dry_run, skip_invalid,
                       duplicates != NULL ? duplicates : "merge", maps, answers);
  if (g_str_equal (what, "export"))
    return run_export (store, format, output, search, group != NULL ? group : "district", per_category);
  if (g_str_equal (what, "pdpa-export"))
    return run_pdpa_export (store, argv[2], output);
  if (g_str_equal (what, "erase"))
    return run_erase (store, argv[2]);
  return run_survey_form (store, output);
}
