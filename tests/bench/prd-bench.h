/* prd-bench.h — the benchmark program's shared helpers.
 *
 * Run by hand: build/tests/bench/prd-bench [CASE…]. Each case prints its
 * figures; nothing here is a timed test. */
#pragma once

#include <glib.h>

#include "store/prd-store.h"

typedef struct {
  const char *name;
  const char *summary;
  void      (*run) (void);
} PrdBenchCase;

double    prd_bench_now_ms         (void);
/* Prints "case  figure  value unit  (goal …)". */
void      prd_bench_report         (const char *case_name,
                                    const char *figure,
                                    double      value,
                                    const char *unit,
                                    const char *goal);
/* Sorts SAMPLES (doubles, ms) and returns the P-th percentile (0..100). */
double    prd_bench_percentile     (GArray     *samples,
                                    double      p);
/* A database in a temporary folder holding the demo office with MEMBERS
 * members; made once per run and kept for the cases that follow. */
PrdStore *prd_bench_demo_store     (guint       members);
const char *prd_bench_tmp_dir      (void);
/* Peak resident memory of this process so far, in MiB. */
double    prd_bench_peak_rss_mib   (void);

/* Case tables, one per module; each ends with { NULL }. */
extern const PrdBenchCase prd_bench_store_cases[];
extern const PrdBenchCase prd_bench_registry_cases[];
extern const PrdBenchCase prd_bench_docs_cases[];
extern const PrdBenchCase prd_bench_thai_cases[];
extern const PrdBenchCase prd_bench_calendar_cases[];
/* In prd-bench-gui only. */
extern const PrdBenchCase prd_bench_registry_gui_cases[];
extern const PrdBenchCase prd_bench_calendar_gui_cases[];
