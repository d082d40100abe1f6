/* prd-bench — PR Desk's benchmark program. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "prd-bench.h"
#include "model/prd-demo.h"

#ifdef PRD_BENCH_GUI
/* prd-bench-gui: the cases that need a window (run under xvfb-run). */
#include <adwaita.h>
static const PrdBenchCase *const case_tables[] = {
  prd_bench_registry_gui_cases,
  prd_bench_calendar_gui_cases,
};
#else
static const PrdBenchCase *const case_tables[] = {
  prd_bench_store_cases,
  prd_bench_registry_cases,
  prd_bench_docs_cases,
  prd_bench_thai_cases,
  prd_bench_calendar_cases,
};
#endif

static char *tmp_dir;
static PrdStore *demo_store;
static guint demo_members;

double
prd_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

void
prd_bench_report (const char *case_name,
                  const char *figure,
                  double      value,
                  const char *unit,
                  const char *goal)
{
  printf ("%-22s %-42s %10.2f %-4s %s%s%s\n", case_name, figure, value, unit,
          goal ? "(goal " : "", goal ? goal : "", goal ? ")" : "");
  fflush (stdout);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

double
prd_bench_percentile (GArray *samples,
                      double  p)
{
  guint index;

  g_return_val_if_fail (samples->len > 0, 0);
  g_array_sort (samples, compare_doubles);
  index = (guint) ((p / 100.0) * (samples->len - 1) + 0.5);
  return g_array_index (samples, double, MIN (index, samples->len - 1));
}

const char *
prd_bench_tmp_dir (void)
{
  if (tmp_dir == NULL)
    tmp_dir = g_dir_make_tmp ("prdesk-bench-XXXXXX", NULL);
  return tmp_dir;
}

PrdStore *
prd_bench_demo_store (guint members)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (demo_store != NULL && demo_members == members)
    return demo_store;

  g_clear_object (&demo_store);
  name = g_strdup_printf ("demo-%u.sqlite", members);
  path = g_build_filename (prd_bench_tmp_dir (), name, NULL);
  demo_store = prd_store_open (path, &error);
  if (demo_store == NULL || (!prd_demo_is_present (demo_store) &&
                             !prd_demo_generate (demo_store, members, NULL, NULL, &error)))
    g_error ("cannot make the benchmark database: %s", error->message);
  demo_members = members;
  return demo_store;
}

double
prd_bench_peak_rss_mib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line ? g_ascii_strtod (line + 6, NULL) / 1024.0 : -1;
}

static gboolean
wanted (const char *name,
        int         argc,
        char      **argv)
{
  if (argc <= 1)
    return TRUE;
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], name))
      return TRUE;
  return FALSE;
}

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&demo_store);
  if (tmp_dir == NULL)
    return;
  dir = g_dir_open (tmp_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (tmp_dir);
}

int
main (int argc, char **argv)
{
  if (argc > 1 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "--list")))
    {
      printf ("prd-bench [CASE…]: runs every case, or the ones named.\n\n");
      for (guint t = 0; t < G_N_ELEMENTS (case_tables); t++)
        for (const PrdBenchCase *c = case_tables[t]; c->name != NULL; c++)
          printf ("  %-22s %s\n", c->name, c->summary);
      return 0;
    }

#ifdef PRD_BENCH_GUI
  gtk_init ();
  adw_init ();
#endif
  printf ("%-22s %-42s %10s %-4s\n", "case", "figure", "value", "unit");
  for (guint t = 0; t < G_N_ELEMENTS (case_tables); t++)
    for (const PrdBenchCase *c = case_tables[t]; c->name != NULL; c++)
      if (wanted (c->name, argc, argv))
        c->run ();

  printf ("%-22s %-42s %10.1f %-4s\n", "process", "peak resident memory", prd_bench_peak_rss_mib (), "MiB");
  remove_tmp_dir ();
  return 0;
}
