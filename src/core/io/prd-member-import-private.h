/* SPDX-License-Identifier: GPL-3.0-or-later */
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

/* What a file gives: its header, the mapping of its columns and its rows. */
typedef struct {
  const char *encoding_name;   /* static string */
  char        delimiter;
  GPtrArray  *headers;         /* char*, never changed once read */
  GArray     *mapping;         /* PrdImportField per column */
  GArray     *recognised;      /* gboolean per column */
  GPtrArray  *table;           /* PrdCsvRow*, the data rows, never changed once read */
} PrdImportSheet;

struct _PrdMemberImport
{
  GObject                  parent_instance;
  PrdStore                *store;
  PrdImportSheet           sheet;
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

/* prd-member-import-read.c: sheets are plain values, read on any thread
 * (read_data / read_file fill an uninitialised SHEET only on success) and
 * taken by the importer on the main thread. */
void       prd_import_sheet_init             (PrdImportSheet       *sheet);
void       prd_import_sheet_clear            (PrdImportSheet       *sheet);
void       prd_import_sheet_copy             (const PrdImportSheet *from,
                                              PrdImportSheet       *to);
gboolean   prd_import_sheet_has_name_column  (const PrdImportSheet *sheet);
gboolean   prd_import_sheet_read_data        (PrdImportSheet       *sheet,
                                              const char           *data,
                                              gssize                len,
                                              PrdImportEncoding     encoding,
                                              GError              **error);
gboolean   prd_import_sheet_read_file        (PrdImportSheet       *sheet,
                                              GFile                *file,
                                              PrdImportEncoding     encoding,
                                              GCancellable         *cancellable,
                                              GError              **error);
/* SHEET becomes the importer's (SHEET is left empty); the counts restart. */
void       prd_member_import_take_sheet      (PrdMemberImport      *self,
                                              PrdImportSheet       *sheet);

/* prd-member-import-check.c: the rows of SHEET checked against STORE, NULL
 * on cancel or error. Any thread: it reads nothing of SELF but reports
 * progress through it. take_rows makes them the model (main thread). */
GPtrArray *prd_member_import_analyze_rows    (PrdMemberImport          *self,
                                              PrdStore                 *store,
                                              const PrdImportSheet     *sheet,
                                              GHashTable               *answer_choices,
                                              PrdImportDuplicateAction  action,
                                              GCancellable             *cancellable,
                                              GError                  **error);
void       prd_member_import_take_rows       (PrdMemberImport  *self,
                                              GPtrArray        *rows);

/* prd-member-import-write.c: ROWS written through STORE in one transaction,
 * with the user's answer choices (folded answer → category id, and → the
 * answer as written). Any thread: it reads nothing of SELF but reports
 * progress through it. */
gboolean   prd_member_import_run_rows        (PrdMemberImport  *self,
                                              PrdStore         *store,
                                              GPtrArray        *rows,
                                              PrdImportMode     mode,
                                              GHashTable       *answer_choices,
                                              GHashTable       *answer_texts,
                                              GCancellable     *cancellable,
                                              PrdImportCounts  *counts,
                                              GError          **error);

G_END_DECLS
