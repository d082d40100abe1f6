/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-signer.h — PrdSigner: a person who signs: the director, a deputy or a group director, with a signature image.
 *
 * A typed record of the office_signer table (prd-record.h). */
#pragma once

#include "model/prd-record.h"

G_BEGIN_DECLS

#define PRD_TYPE_SIGNER (prd_signer_get_type ())
G_DECLARE_FINAL_TYPE (PrdSigner, prd_signer, PRD, SIGNER, PrdRecord)

PrdSigner *prd_signer_new (void);
/* PRD_SIGNER_DIRECTOR, _DEPUTY or _GROUP_DIRECTOR */
const char *prd_signer_get_role (PrdSigner *self);
void        prd_signer_set_role (PrdSigner *self, const char *value);
const char *prd_signer_get_title (PrdSigner *self);
void        prd_signer_set_title (PrdSigner *self, const char *value);
const char *prd_signer_get_given_name (PrdSigner *self);
void        prd_signer_set_given_name (PrdSigner *self, const char *value);
const char *prd_signer_get_surname (PrdSigner *self);
void        prd_signer_set_surname (PrdSigner *self, const char *value);
const char *prd_signer_get_position (PrdSigner *self);
void        prd_signer_set_position (PrdSigner *self, const char *value);
/* The group a group director leads */
const char *prd_signer_get_group_id (PrdSigner *self);
void        prd_signer_set_group_id (PrdSigner *self, const char *value);
/* The signature image (PNG or SVG) */
GBytes     *prd_signer_get_signature (PrdSigner *self);
void        prd_signer_set_signature (PrdSigner *self, GBytes *value);
const char *prd_signer_get_signature_mime (PrdSigner *self);
void        prd_signer_set_signature_mime (PrdSigner *self, const char *value);
int         prd_signer_get_sort_order (PrdSigner *self);
void        prd_signer_set_sort_order (PrdSigner *self, int value);

#define PRD_SIGNER_DIRECTOR       "director"        /* ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา */
#define PRD_SIGNER_DEPUTY         "deputy"          /* รองผู้อำนวยการ */
#define PRD_SIGNER_GROUP_DIRECTOR "group_director"  /* ผู้อำนวยการกลุ่ม */

/* "นายสมชาย ใจดี": title, given name and surname as papers print them. */
char       *prd_signer_dup_full_name (PrdSigner   *self);
/* The live signers in the office's order; ROLE (one of PRD_SIGNER_…) or
 * NULL for all. */
GListModel *prd_signer_list          (PrdStore    *store,
                                      const char  *role,
                                      GError     **error);

G_END_DECLS
