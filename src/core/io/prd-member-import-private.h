/* prd-member-import-private.h — what the importer's files share: the
 * object's fields and the steps each file gives the others.
 *
 *   prd-member-import.c         the object, its properties, progress, threads
 *   prd-member-import-read.c    file → decoded rows → columns mapped to fields
 *   prd-member-import-check.c   every row checked, duplicates, network answers
 *   prd-member-import-write.c   the run: one transaction, all or nothing
 *   prd-member-import-report.c  the summary and the per-row messages
 */
#pragma once

#include "io/prd-member-import.h"

G_BEGIN_DECLS

/* Rows between two looks at the cancellable and the progress. */
#define CHECK_EVERY 256

struct _PrdMemberImport
{
  GObject                  parent_instance;
  PrdStore                *store;
  const char              *encoding_name;   /* static string */
  char                     delimiter;
  GPtrArray               *headers;         /* char* */
  GArray                  *mapping;         /* PrdImportField per column */
  GArray                  *recognised;      /* gboolean per column */
  GPtrArray               *table;           /* PrdCsvRow*, the data rows */
  GPtrArray               *rows;            /* PrdImportRow*, the last analysis */
  GListStore              *model;           /* the same rows, for views */
  guint                    n_valid, n_invalid, n_duplicates;
  GHashTable              *answer_choices;  /* folded answer → category id, the user's */
  GHashTable              *answer_texts;    /* folded answer → answer as the user wrote it */
  GPtrArray               *answers;         /* PrdImportAnswer*, the last analysis */
  PrdImportMode            mode;
  PrdImportDuplicateAction duplicate_action;
  double                   fraction;
  GMainContext            *context;         /* where "fraction" is notified */
};

/* From any thread: "fraction" is notified where the async call was made. */
void       prd_member_import_report_fraction (PrdMemberImport  *self,
                                              double            fraction);

/* prd-member-import-check.c: the rows of a new analysis against STORE (any
 * thread), NULL on cancel or error; take_rows makes them the model (main
 * thread). */
GPtrArray *prd_member_import_analyze_rows    (PrdMemberImport  *self,
                                              PrdStore         *store,
                                              GCancellable     *cancellable,
                                              GError          **error);
void       prd_member_import_take_rows       (PrdMemberImport  *self,
                                              GPtrArray        *rows);

/* prd-member-import-write.c: ROWS written through STORE in one transaction. */
gboolean   prd_member_import_run_rows        (PrdMemberImport  *self,
                                              PrdStore         *store,
                                              GPtrArray        *rows,
                                              GCancellable     *cancellable,
                                              PrdImportCounts  *counts,
                                              GError          **error);

G_END_DECLS
