/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-validator.h — what makes a member record acceptable.
 *
 * One set of rules for the editor (as you type), the CSV importer and sync:
 * a given name, a phone that is a Thai number, an e-mail and URLs that can
 * work, a category and school that exist, dates that are dates; and the
 * duplicate check (same phone, or same name at the same school). Messages are
 * for a Thai office worker and say what to do. Core, no GTK.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_MEMBER_ERROR (prd_member_error_quark ())
typedef enum {
  PRD_MEMBER_ERROR_INVALID,     /* a field is wrong; the message names it */
  PRD_MEMBER_ERROR_DUPLICATE,
} PrdMemberError;
GQuark prd_member_error_quark (void);

/* One problem: FIELD is a member column ("phone", "given_name", …) or
 * "social:PLATFORM" for a social account. */
typedef struct {
  char *field;
  char *message;
} PrdFieldProblem;

void prd_field_problem_free (PrdFieldProblem *problem);

/* ---- single values (the editor checks each entry as it is typed) -------- */
/* A Thai phone number, or several separated by ',' or '/'; NORMALIZED gets
 * them in the Thai core's form, joined by ", ". Empty is fine. */
gboolean prd_member_check_phone       (const char  *text,
                                       char       **normalized,
                                       GError     **error);
gboolean prd_member_check_email       (const char  *text,
                                       GError     **error);
gboolean prd_member_check_url         (const char  *text,
                                       GError     **error);
gboolean prd_member_check_line_id     (const char  *text,
                                       GError     **error);
gboolean prd_member_check_national_id (const char  *text,
                                       GError     **error);
/* ISO, d/m/yyyy (BE or CE), Google Forms timestamps, "25 พ.ย. 2567" → ISO. */
gboolean prd_member_parse_date        (const char  *text,
                                       char       **iso,
                                       GError     **error);
/* An ISO date as the forms show it for typing, d/m/yyyy in the Buddhist
 * Era ("2024-11-25" → "25/11/2567"); any other text as it is, NULL → "". */
char    *prd_member_format_date       (const char  *iso);
/* A handle or profile URL on PLATFORM ("facebook", "tiktok", "youtube",
 * "instagram", "x", "line_oa") → handle and URL (either may come back ""). */
gboolean prd_member_check_social      (const char  *platform,
                                       const char  *text,
                                       char       **handle,
                                       char       **url,
                                       GError     **error);
/* Display name of a social platform key ("TikTok"). */
const char *prd_member_platform_label (const char  *platform);
/* The platform keys the checks know, NULL-terminated, in the order a picker
 * lists them. */
const char *const *prd_member_platforms (void);

/* ---- whole records ------------------------------------------------------ */
#define PRD_TYPE_MEMBER_VALIDATOR (prd_member_validator_get_type ())
G_DECLARE_FINAL_TYPE (PrdMemberValidator, prd_member_validator, PRD, MEMBER_VALIDATOR, GObject)

/* Caches categories and schools of STORE; call _reload after changing them. */
PrdMemberValidator *prd_member_validator_new        (PrdStore           *store);
void        prd_member_validator_reload             (PrdMemberValidator *self);

/* Checks MEMBER (a member row as JSON) and tidies it in place: text trimmed,
 * phone normalised, district taken from the school when empty. Returns the
 * problems, an empty array when the record is fine. */
GPtrArray  *prd_member_validator_check              (PrdMemberValidator *self,
                                                     JsonObject         *member);
/* The id of a school named or coded TEXT ("โรงเรียนบ้านหนองบัว", "รร.บ้านหนองบัว",
 * a 10-, 8- or 6-digit code), or NULL. */
const char *prd_member_validator_find_school        (PrdMemberValidator *self,
                                                     const char         *text);
/* The school's name as the registry writes it, or NULL. */
const char *prd_member_validator_school_name        (PrdMemberValidator *self,
                                                     const char         *school_id);
const char *prd_member_validator_school_district    (PrdMemberValidator *self,
                                                     const char         *school_id);
/* The id of the category labelled (or with id) TEXT, or NULL. */
const char *prd_member_validator_find_category      (PrdMemberValidator *self,
                                                     const char         *text);
/* -1 unknown category, else 0 external / 1 internal. */
int         prd_member_validator_category_internal  (PrdMemberValidator *self,
                                                     const char         *category_id);
/* The id of another member (not EXCLUDE_ID, not deleted) with the same phone,
 * or the same given name and surname at the same school or organisation;
 * NULL when none. */
char       *prd_member_validator_find_duplicate     (PrdMemberValidator *self,
                                                     JsonObject         *member,
                                                     const char         *exclude_id);

/* Validate and write MEMBER in one go (the editor's save): on problems,
 * nothing is written and the error lists each field and reason. */
gboolean    prd_member_save                         (PrdStore           *store,
                                                     JsonObject         *member,
                                                     GError            **error);

/* Brings the deleted member ID back (the registry's Undo): the row as it
 * was removed, checked by the same rules as a save first (its school or
 * category may have been removed since), written through prd_store_put as
 * one new revision. A live member is left as it is. */
gboolean    prd_member_restore                      (PrdStore           *store,
                                                     const char         *id,
                                                     GError            **error);

/* Problems as one text, "ชื่อ: …; โทรศัพท์: …". */
char       *prd_member_problems_to_string           (GPtrArray          *problems);
/* The Thai label of a member field ("phone" → "โทรศัพท์"). */
const char *prd_member_field_label                  (const char         *field);

G_END_DECLS
