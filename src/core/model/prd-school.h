/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-school.h — PrdSchool: a school of the office (OBEC codes, place, contacts, whether it joined the network).
 *
 * A typed record of the school table (prd-record.h). */
#pragma once

#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_TYPE_SCHOOL (prd_school_get_type ())
G_DECLARE_FINAL_TYPE (PrdSchool, prd_school, PRD, SCHOOL, PrdRecord)

PrdSchool *prd_school_new (void);
/* The 10-digit OBEC school code */
const char *prd_school_get_school_code (PrdSchool *self);
void        prd_school_set_school_code (PrdSchool *self, const char *value);
/* The 8-digit SMIS code */
const char *prd_school_get_smis_code (PrdSchool *self);
void        prd_school_set_smis_code (PrdSchool *self, const char *value);
/* The 6-digit OBEC code */
const char *prd_school_get_obec_code (PrdSchool *self);
void        prd_school_set_obec_code (PrdSchool *self, const char *value);
const char *prd_school_get_name (PrdSchool *self);
void        prd_school_set_name (PrdSchool *self, const char *value);
const char *prd_school_get_district (PrdSchool *self);
void        prd_school_set_district (PrdSchool *self, const char *value);
const char *prd_school_get_subdistrict (PrdSchool *self);
void        prd_school_set_subdistrict (PrdSchool *self, const char *value);
const char *prd_school_get_province (PrdSchool *self);
void        prd_school_set_province (PrdSchool *self, const char *value);
const char *prd_school_get_phone (PrdSchool *self);
void        prd_school_set_phone (PrdSchool *self, const char *value);
const char *prd_school_get_email (PrdSchool *self);
void        prd_school_set_email (PrdSchool *self, const char *value);
const char *prd_school_get_facebook (PrdSchool *self);
void        prd_school_set_facebook (PrdSchool *self, const char *value);
gboolean    prd_school_get_joined_network (PrdSchool *self);
void        prd_school_set_joined_network (PrdSchool *self, gboolean value);
/* YYYY-MM-DD */
const char *prd_school_get_joined_at (PrdSchool *self);
void        prd_school_set_joined_at (PrdSchool *self, const char *value);
const char *prd_school_get_notes (PrdSchool *self);
void        prd_school_set_notes (PrdSchool *self, const char *value);

/* The live schools in Thai order of their names. */
GListModel *prd_school_list           (PrdStore    *store,
                                       GError     **error);
/* The districts (อำเภอ) of the live schools, in Thai order, once each. */
GStrv       prd_school_list_districts (PrdStore    *store,
                                       GError     **error);

G_END_DECLS
