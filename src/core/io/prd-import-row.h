/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-import-row.h — one data row of a network-survey file, as the importer
 * judged it: its cells, what is wrong with it, whom it duplicates and what
 * the import will do with it. Core, no GTK; the import dialog shows a
 * GListModel of these. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The member fields a column of the file can fill. */
typedef enum {
  PRD_IMPORT_FIELD_IGNORE = 0,      /* column not imported */
  PRD_IMPORT_FIELD_TITLE,           /* คำนำหน้า */
  PRD_IMPORT_FIELD_GIVEN_NAME,      /* ชื่อ */
  PRD_IMPORT_FIELD_SURNAME,         /* นามสกุล */
  PRD_IMPORT_FIELD_FULL_NAME,       /* ชื่อ-สกุล, maybe with the prefix inside */
  PRD_IMPORT_FIELD_POSITION,        /* ตำแหน่ง */
  PRD_IMPORT_FIELD_SCHOOL,          /* โรงเรียน: matched to a school by name or code */
  PRD_IMPORT_FIELD_ORGANIZATION,    /* หน่วยงาน / สังกัด */
  PRD_IMPORT_FIELD_DISTRICT,        /* อำเภอ */
  PRD_IMPORT_FIELD_PHONE,           /* โทรศัพท์ / เบอร์โทร */
  PRD_IMPORT_FIELD_EMAIL,           /* อีเมล */
  PRD_IMPORT_FIELD_LINE_ID,         /* LINE ID */
  PRD_IMPORT_FIELD_FACEBOOK,        /* a social account each */
  PRD_IMPORT_FIELD_TIKTOK,
  PRD_IMPORT_FIELD_YOUTUBE,
  PRD_IMPORT_FIELD_INSTAGRAM,
  PRD_IMPORT_FIELD_X,
  PRD_IMPORT_FIELD_LINE_OA,         /* a LINE Official Account, not a person's LINE ID */
  PRD_IMPORT_FIELD_CATEGORY,        /* ประเภท: a category label */
  PRD_IMPORT_FIELD_NETWORK,         /* ภายใน / ภายนอก */
  PRD_IMPORT_FIELD_CONSENT_CONTACT, /* ยินยอมให้ติดต่อ: ใช่/ไม่ */
  PRD_IMPORT_FIELD_CONSENT_PHOTO,   /* ยินยอมให้เผยแพร่ภาพ */
  PRD_IMPORT_FIELD_JOINED_AT,       /* วันที่เข้าร่วม, or the form's timestamp */
  PRD_IMPORT_FIELD_NOTES,           /* หมายเหตุ */
  PRD_IMPORT_N_FIELDS
} PrdImportField;

GType       prd_import_field_get_type (void) G_GNUC_CONST;
#define PRD_TYPE_IMPORT_FIELD (prd_import_field_get_type ())

/* The field's name in Thai, for the mapping drop-down and for messages. */
const char *prd_import_field_label    (PrdImportField field);
/* A stable ASCII key ("given_name", "phone", …) for the CLI's --map. */
const char *prd_import_field_key      (PrdImportField field);
PrdImportField prd_import_field_from_key (const char *key);   /* IGNORE if unknown */

typedef enum {
  PRD_IMPORT_ROW_VALID,         /* will be added */
  PRD_IMPORT_ROW_INVALID,       /* has problems: refused (or skipped with skip-invalid) */
  PRD_IMPORT_ROW_DUPLICATE,     /* valid, but the member exists already or earlier in the file */
} PrdImportRowState;

/* What happens to a duplicate row. */
typedef enum {
  PRD_IMPORT_DUPLICATE_MERGE,   /* fill the existing member with this row's values */
  PRD_IMPORT_DUPLICATE_SKIP,    /* keep the existing member as it is */
  PRD_IMPORT_DUPLICATE_ADD,     /* add as a new member anyway */
} PrdImportDuplicateAction;

GType prd_import_row_state_get_type (void) G_GNUC_CONST;
GType prd_import_duplicate_action_get_type (void) G_GNUC_CONST;
#define PRD_TYPE_IMPORT_ROW_STATE (prd_import_row_state_get_type ())
#define PRD_TYPE_IMPORT_DUPLICATE_ACTION (prd_import_duplicate_action_get_type ())

/* One thing wrong with a row: the column (0-based), its field and the
 * reason in the user's language. */
typedef struct {
  guint           column;
  PrdImportField  field;
  char           *reason;
} PrdImportProblem;

#define PRD_TYPE_IMPORT_ROW (prd_import_row_get_type ())
G_DECLARE_FINAL_TYPE (PrdImportRow, prd_import_row, PRD, IMPORT_ROW, GObject)

/* Properties (read-only unless said): line (uint, line in the file, the
 * header is line 1), state (PrdImportRowState), display-name (string),
 * problems-text (string, "" when none), duplicate-of (string|NULL, id of the
 * existing member), duplicate-line (uint, earlier line in the file, 0 none),
 * other-name (string|NULL: the duplicate has the same phone but another name,
 * this one; such a row is asked about, never merged: its action is SKIP or
 * ADD, and setting MERGE gives SKIP), new-school (string|NULL: a school
 * not in the registry that the import adds for this row), action (PrdImportDuplicateAction, read-write; meaningful for duplicates). */
guint                    prd_import_row_get_line           (PrdImportRow *self);
const char *const       *prd_import_row_get_cells          (PrdImportRow *self);
guint                    prd_import_row_get_n_cells        (PrdImportRow *self);
PrdImportRowState        prd_import_row_get_state          (PrdImportRow *self);
const char              *prd_import_row_get_display_name   (PrdImportRow *self);
guint                    prd_import_row_get_n_problems     (PrdImportRow *self);
const PrdImportProblem  *prd_import_row_get_problem        (PrdImportRow *self,
                                                            guint         index);
/* All problems in one line: "โทรศัพท์: …; อีเมล: …" ("" when none). */
const char              *prd_import_row_get_problems_text  (PrdImportRow *self);
const char              *prd_import_row_get_duplicate_of   (PrdImportRow *self);
guint                    prd_import_row_get_duplicate_line (PrdImportRow *self);
const char              *prd_import_row_get_other_name     (PrdImportRow *self);
const char              *prd_import_row_get_new_school     (PrdImportRow *self);
/* What the user should know about a row that is not a problem: a school
 * name taken as a school of the registry, a name kept as an organisation. */
guint                    prd_import_row_get_n_notices      (PrdImportRow *self);
const char              *prd_import_row_get_notice         (PrdImportRow *self,
                                                            guint         index);
PrdImportDuplicateAction prd_import_row_get_action         (PrdImportRow *self);
void                     prd_import_row_set_action         (PrdImportRow *self,
                                                            PrdImportDuplicateAction action);

G_END_DECLS
