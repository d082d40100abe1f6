/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-ids.h — national IDs, school codes and phone numbers beyond what
 * prd-thai.h declares. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The 13 digits of a valid national ID ("1-2345-67890-12-1", Thai digits
 * and spaces allowed), or NULL with the error. */
char       *prd_thai_national_id_normalize (const char  *text,
                                            GError     **error);
/* 13 digits → "1 2345 67890 12 1" as printed on the card, with dashes. */
char       *prd_thai_national_id_format    (const char  *digits);
/* The check digit of the first 12 digits (the 13th of a valid ID). */
int         prd_thai_national_id_check_digit (const char *twelve_digits);

typedef enum {
  PRD_THAI_SCHOOL_CODE,     /* 10-digit OBEC school code */
  PRD_THAI_SCHOOL_SMIS,     /* 8-digit SMIS code */
  PRD_THAI_SCHOOL_OBEC,     /* 6-digit OBEC code */
} PrdThaiSchoolCodeKind;

/* The digits of a school code of KIND, or NULL with the error. */
char       *prd_thai_school_code_normalize (const char            *text,
                                            PrdThaiSchoolCodeKind  kind,
                                            GError               **error);

typedef enum {
  PRD_THAI_PHONE_MOBILE,      /* 0XX-XXX-XXXX */
  PRD_THAI_PHONE_BANGKOK,     /* 02-XXX-XXXX */
  PRD_THAI_PHONE_PROVINCIAL,  /* 0XX-XXX-XXX */
  PRD_THAI_PHONE_HOTLINE,     /* 1XXX */
} PrdThaiPhoneKind;

/* Like prd_thai_phone_normalize, also telling the kind of number. */
char       *prd_thai_phone_normalize_full  (const char        *text,
                                            PrdThaiPhoneKind  *kind,
                                            GError           **error);

G_END_DECLS
