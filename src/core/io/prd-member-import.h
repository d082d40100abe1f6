/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-import.h — importing the network survey (CSV) into the registry.
 *
 * The flow the import dialog and `prdesk-cli members import` share:
 *
 *   PrdMemberImport *imp = prd_member_import_new (store);
 *   prd_member_import_load_async (imp, file, PRD_IMPORT_ENCODING_AUTO, …);
 *       reads the file (encoding and delimiter detected), recognises the
 *       header, then validates every row and looks for duplicates
 *   … show get_headers / get_mapping; the user changes a mapping with
 *       prd_member_import_set_mapping () and the dialog calls
 *       prd_member_import_analyze_async () again …
 *   … show prd_member_import_get_rows () (a GListModel of PrdImportRow) with
 *       each row's problems; choose a mode and what to do with duplicates …
 *   prd_member_import_run_async (imp, cancellable, …);
 *       writes in ONE transaction: everything or nothing. A refused row (in
 *       all-or-nothing mode), an error or a cancel leaves the database as it
 *       was. "fraction" (0..1) is notified on the calling thread's main
 *       context while it runs.
 *
 * The _async functions do their work on a worker thread with a connection of
 * their own to the same database file (WAL lets the window keep reading).
 * Each works on a copy of what it needs (run: the mode and the answer
 * choices, and the rows themselves, whose actions stay the user's until the
 * run ends) and hands its results back: the PrdMemberImport changes only in
 * _finish, on the calling thread. While a run goes, do not change the rows'
 * actions.
 * The sync functions are for the CLI and tests. Core, no GTK.
 */
#pragma once

#include <gio/gio.h>

#include "io/prd-import-row.h"
#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_MEMBER_IMPORT_ERROR (prd_member_import_error_quark ())
typedef enum {
  PRD_MEMBER_IMPORT_ERROR_READ,       /* the file cannot be read */
  PRD_MEMBER_IMPORT_ERROR_ENCODING,   /* not UTF-8 nor Windows-874 text */
  PRD_MEMBER_IMPORT_ERROR_EMPTY,      /* no header or no data rows */
  PRD_MEMBER_IMPORT_ERROR_MAPPING,    /* no column gives the member's name */
  PRD_MEMBER_IMPORT_ERROR_REFUSED,    /* rows refused in all-or-nothing mode: nothing written */
  PRD_MEMBER_IMPORT_ERROR_FORMAT,     /* not CSV: a quote that never closes */
} PrdMemberImportError;
GQuark prd_member_import_error_quark (void);

typedef enum {
  PRD_IMPORT_ENCODING_AUTO,           /* BOM, else valid UTF-8, else Windows-874 */
  PRD_IMPORT_ENCODING_UTF8,
  PRD_IMPORT_ENCODING_WINDOWS_874,    /* also TIS-620, which it contains */
} PrdImportEncoding;

typedef enum {
  PRD_IMPORT_MODE_ALL_OR_NOTHING,     /* any invalid row: nothing is written */
  PRD_IMPORT_MODE_SKIP_INVALID,       /* invalid rows are left out, the rest written */
} PrdImportMode;

GType prd_import_encoding_get_type (void) G_GNUC_CONST;
GType prd_import_mode_get_type (void) G_GNUC_CONST;
#define PRD_TYPE_IMPORT_ENCODING (prd_import_encoding_get_type ())
#define PRD_TYPE_IMPORT_MODE (prd_import_mode_get_type ())

/* What a run did. */
typedef struct {
  guint added;
  guint merged;
  guint skipped_invalid;
  guint skipped_duplicates;
  guint schools_added;        /* schools the registry lacked, added for the rows */
} PrdImportCounts;

#define PRD_TYPE_MEMBER_IMPORT (prd_member_import_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemberImport, prd_member_import, PRD, MEMBER_IMPORT, GObject)

/* Properties: fraction (double 0..1, read-only, notified while loading,
 * analysing and running), mode (PrdImportMode, default ALL_OR_NOTHING),
 * duplicate-action (PrdImportDuplicateAction, default MERGE: the action every
 * duplicate row starts with). */
PrdMemberImport *prd_member_import_new              (PrdStore          *store);

/* ---- reading ------------------------------------------------------------ */
gboolean    prd_member_import_load_file          (PrdMemberImport   *self,
                                                  GFile             *file,
                                                  PrdImportEncoding  encoding,
                                                  GCancellable      *cancellable,
                                                  GError           **error);
/* DATA in any supported encoding, e.g. pasted text; LEN -1 if NUL-terminated. */
gboolean    prd_member_import_load_data          (PrdMemberImport   *self,
                                                  const char        *data,
                                                  gssize             len,
                                                  PrdImportEncoding  encoding,
                                                  GError           **error);
/* load_file + analyze on a worker thread. */
void        prd_member_import_load_async         (PrdMemberImport     *self,
                                                  GFile               *file,
                                                  PrdImportEncoding    encoding,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean    prd_member_import_load_finish        (PrdMemberImport   *self,
                                                  GAsyncResult      *result,
                                                  GError           **error);

/* What was detected: "UTF-8", "UTF-8 (BOM)" or "Windows-874"; ',' ';' '\t' or '|'. */
const char *prd_member_import_get_encoding_name  (PrdMemberImport   *self);
char        prd_member_import_get_delimiter      (PrdMemberImport   *self);

/* ---- the header and its mapping ----------------------------------------- */
guint       prd_member_import_get_n_columns      (PrdMemberImport   *self);
const char *prd_member_import_get_header         (PrdMemberImport   *self,
                                                  guint              column);
PrdImportField prd_member_import_get_mapping     (PrdMemberImport   *self,
                                                  guint              column);
/* Was the column's header recognised (else it is IGNORE until the user maps it)? */
gboolean    prd_member_import_get_recognised     (PrdMemberImport   *self,
                                                  guint              column);
/* Does some column give the member's name (given name or full name)? Until
 * one does, analyze fails with PRD_MEMBER_IMPORT_ERROR_MAPPING and
 * load_async leaves the rows empty: ask the user to map a column. */
gboolean    prd_member_import_has_name_column    (PrdMemberImport   *self);
/* Changing a mapping clears the analysis: call analyze (or _async) again. */
void        prd_member_import_set_mapping        (PrdMemberImport   *self,
                                                  guint              column,
                                                  PrdImportField     field);

/* ---- checking every row ------------------------------------------------- */
/* Validates every row (the same validation the editor and sync use), finds
 * members that exist already (same phone, or same name and school) and
 * repeats inside the file. Fails only when the mapping gives no name. */
gboolean    prd_member_import_analyze            (PrdMemberImport   *self,
                                                  GCancellable      *cancellable,
                                                  GError           **error);
void        prd_member_import_analyze_async      (PrdMemberImport     *self,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean    prd_member_import_analyze_finish     (PrdMemberImport   *self,
                                                  GAsyncResult      *result,
                                                  GError           **error);

/* A GListModel of PrdImportRow, one per data row, filled by analyze (on the
 * main thread when the _async call finishes). The model object stays the
 * same for the importer's life. */
GListModel *prd_member_import_get_rows           (PrdMemberImport   *self);
guint       prd_member_import_get_n_valid        (PrdMemberImport   *self);
guint       prd_member_import_get_n_invalid      (PrdMemberImport   *self);
guint       prd_member_import_get_n_duplicates   (PrdMemberImport   *self);

/* The report the CLI prints and the dialog can copy: one line per refused
 * row ("บรรทัด 7 ช่อง โทรศัพท์: …") and per duplicate, then the totals. */
char       *prd_member_import_format_report      (PrdMemberImport   *self);

/* ---- the network type (ประเภทเครือข่าย: ภายใน / ภายนอก) -------------------- */
/* One answer of the network column and what it gives. */
typedef struct {
  char     *answer;          /* as first met in the file */
  int       internal;        /* 1 internal, 0 external */
  char     *category_id;     /* the category its rows get when they name none */
  char     *category_label;
  guint     rows;
} PrdImportAnswer;

/* The answers the last analysis met, in file order (PrdImportAnswer*). */
GPtrArray  *prd_member_import_get_answers        (PrdMemberImport   *self);
/* The office's choice: rows answering ANSWER get CATEGORY (a category's
 * label or id) when they name no category of their own. Remembered for the
 * next import when the run succeeds. Call analyze again. FALSE (error) when
 * there is no such category. */
gboolean    prd_member_import_set_answer_category (PrdMemberImport  *self,
                                                   const char       *answer,
                                                   const char       *category,
                                                   GError          **error);

/* ---- writing ------------------------------------------------------------ */
void        prd_member_import_set_mode           (PrdMemberImport   *self,
                                                  PrdImportMode      mode);
PrdImportMode prd_member_import_get_mode         (PrdMemberImport   *self);
/* Sets the action of every duplicate row (each row can still be changed). */
void        prd_member_import_set_duplicate_action (PrdMemberImport        *self,
                                                    PrdImportDuplicateAction action);
PrdImportDuplicateAction prd_member_import_get_duplicate_action (PrdMemberImport *self);
double      prd_member_import_get_fraction       (PrdMemberImport   *self);

/* Needs a finished analyze. In all-or-nothing mode any invalid row fails with
 * PRD_MEMBER_IMPORT_ERROR_REFUSED and writes nothing; a cancel fails with
 * G_IO_ERROR_CANCELLED and writes nothing. */
gboolean    prd_member_import_run                (PrdMemberImport   *self,
                                                  GCancellable      *cancellable,
                                                  PrdImportCounts   *counts,
                                                  GError           **error);
void        prd_member_import_run_async          (PrdMemberImport     *self,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean    prd_member_import_run_finish         (PrdMemberImport   *self,
                                                  GAsyncResult      *result,
                                                  PrdImportCounts   *counts,
                                                  GError           **error);

G_END_DECLS
