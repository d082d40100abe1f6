/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-school-import.h — the office's school list into the registry.
 *
 * A list of the office's schools as OBEC's data system gives it (OBEC code,
 * name, district, sub-district; CSV in the encodings the survey import reads:
 * UTF-8 with or without BOM, Windows-874). XLSX is refused with a message
 * saying to save it as CSV: PR Desk has no XLSX reader yet.
 *
 *   PrdSchoolImport *imp = prd_school_import_new (store);
 *   prd_school_import_load_file (imp, file, NULL, &error);   reads and checks
 *   … prd_school_import_format_report (imp) …                every line
 *   prd_school_import_run (imp, &counts, &error);             all or nothing
 *
 * A school already there (same code, or the same name ignoring spaces, the
 * โรงเรียน prefix and Thai/Arabic digits) is updated, never doubled. Core, no GTK. */
#pragma once

#include <gio/gio.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_SCHOOL_IMPORT_ERROR (prd_school_import_error_quark ())
typedef enum {
  PRD_SCHOOL_IMPORT_ERROR_READ,      /* cannot read, not text, empty, XLSX */
  PRD_SCHOOL_IMPORT_ERROR_COLUMNS,   /* no name or no code column */
  PRD_SCHOOL_IMPORT_ERROR_REFUSED,   /* lines with problems: nothing written */
} PrdSchoolImportError;
GQuark prd_school_import_error_quark (void);

typedef enum {
  PRD_SCHOOL_LINE_NEW,
  PRD_SCHOOL_LINE_UPDATE,      /* the school is there; code, name or place change */
  PRD_SCHOOL_LINE_UNCHANGED,
  PRD_SCHOOL_LINE_INVALID,
} PrdSchoolLineState;

/* One line of the list as checked. */
typedef struct {
  guint               line;
  PrdSchoolLineState  state;
  char               *reason;      /* INVALID: "รหัสโรงเรียน: …" */
  char               *school_id;   /* UPDATE / UNCHANGED: the school there */
  char               *code, *name, *district, *subdistrict, *province;
} PrdSchoolLine;

typedef struct {
  guint added;
  guint updated;
  guint unchanged;
} PrdSchoolImportCounts;

#define PRD_TYPE_SCHOOL_IMPORT (prd_school_import_get_type ())
G_DECLARE_FINAL_TYPE (PrdSchoolImport, prd_school_import, PRD, SCHOOL_IMPORT, GObject)

PrdSchoolImport *prd_school_import_new        (PrdStore         *store);
gboolean    prd_school_import_load_file       (PrdSchoolImport  *self,
                                               GFile            *file,
                                               GCancellable     *cancellable,
                                               GError          **error);
gboolean    prd_school_import_load_data       (PrdSchoolImport  *self,
                                               const char       *data,
                                               gssize            len,
                                               GError          **error);
/* The checked lines (PrdSchoolLine*), in file order. */
GPtrArray  *prd_school_import_get_lines       (PrdSchoolImport  *self);
guint       prd_school_import_count           (PrdSchoolImport  *self,
                                               PrdSchoolLineState state);
/* One line per line with problems, then the totals. */
char       *prd_school_import_format_report   (PrdSchoolImport  *self);
/* Writes every line in one transaction; refused (nothing written) when any
 * line has problems. */
gboolean    prd_school_import_run             (PrdSchoolImport  *self,
                                               PrdSchoolImportCounts *counts,
                                               GError          **error);

G_END_DECLS
