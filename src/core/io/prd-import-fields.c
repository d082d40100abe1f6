/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-import-fields.c — the fields a survey column can fill, and how the
 * headers people write (Thai or English, Google Forms questions) map to them. */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-import-fields.h"

G_DEFINE_ENUM_TYPE (PrdImportField, prd_import_field,
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_IGNORE, "ignore"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_TITLE, "title"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_GIVEN_NAME, "given-name"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_SURNAME, "surname"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_FULL_NAME, "full-name"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_POSITION, "position"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_SCHOOL, "school"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_ORGANIZATION, "organization"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_DISTRICT, "district"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_PHONE, "phone"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_EMAIL, "email"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_LINE_ID, "line-id"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_FACEBOOK, "facebook"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_TIKTOK, "tiktok"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_YOUTUBE, "youtube"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_INSTAGRAM, "instagram"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_X, "x"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_LINE_OA, "line-oa"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_CATEGORY, "category"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_NETWORK, "network"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_CONSENT_CONTACT, "consent-contact"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_CONSENT_PHOTO, "consent-photo"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_JOINED_AT, "joined-at"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_FIELD_NOTES, "notes"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_N_FIELDS, "n-fields"))

G_DEFINE_ENUM_TYPE (PrdImportRowState, prd_import_row_state,
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_ROW_VALID, "valid"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_ROW_INVALID, "invalid"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_ROW_DUPLICATE, "duplicate"))

G_DEFINE_ENUM_TYPE (PrdImportDuplicateAction, prd_import_duplicate_action,
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_DUPLICATE_MERGE, "merge"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_DUPLICATE_SKIP, "skip"),
  G_DEFINE_ENUM_VALUE (PRD_IMPORT_DUPLICATE_ADD, "add"))

static const struct {
  PrdImportField field;
  const char    *key;
  const char    *label;
  const char    *member_field;
} fields[] = {
  { PRD_IMPORT_FIELD_IGNORE,          "ignore",          N_("Do not import"),             NULL },
  { PRD_IMPORT_FIELD_TITLE,           "title",           N_("Name prefix"),                     "title" },
  { PRD_IMPORT_FIELD_GIVEN_NAME,      "given_name",      N_("Given name"),                "given_name" },
  { PRD_IMPORT_FIELD_SURNAME,         "surname",         N_("Surname"),                   "surname" },
  { PRD_IMPORT_FIELD_FULL_NAME,       "full_name",       N_("Full name (title, given name, surname)"), NULL },
  { PRD_IMPORT_FIELD_POSITION,        "position",        N_("Position"),                  "position" },
  { PRD_IMPORT_FIELD_SCHOOL,          "school",          N_("School"),                    "school_id" },
  { PRD_IMPORT_FIELD_ORGANIZATION,    "organization",    N_("Organisation"),              "organization" },
  { PRD_IMPORT_FIELD_DISTRICT,        "district",        N_("District"),                  "district" },
  { PRD_IMPORT_FIELD_PHONE,           "phone",           N_("Phone"),                     "phone" },
  { PRD_IMPORT_FIELD_EMAIL,           "email",           N_("E-mail"),                    "email" },
  { PRD_IMPORT_FIELD_LINE_ID,         "line_id",         N_("LINE ID"),                   "line_id" },
  { PRD_IMPORT_FIELD_FACEBOOK,        "facebook",        N_("Facebook"),                  "social:facebook" },
  { PRD_IMPORT_FIELD_TIKTOK,          "tiktok",          N_("TikTok"),                    "social:tiktok" },
  { PRD_IMPORT_FIELD_YOUTUBE,         "youtube",         N_("YouTube"),                   "social:youtube" },
  { PRD_IMPORT_FIELD_INSTAGRAM,       "instagram",       N_("Instagram"),                 "social:instagram" },
  { PRD_IMPORT_FIELD_X,               "x",               N_("X (Twitter)"),               "social:x" },
  { PRD_IMPORT_FIELD_LINE_OA,         "line_oa",         N_("LINE OA"),                   "social:line_oa" },
  { PRD_IMPORT_FIELD_CATEGORY,        "category",        N_("Category"),                  "category_id" },
  { PRD_IMPORT_FIELD_NETWORK,         "network",         N_("Network (internal or external)"), "internal" },
  { PRD_IMPORT_FIELD_CONSENT_CONTACT, "consent_contact", N_("Consent to be contacted"),   "consent_contact" },
  { PRD_IMPORT_FIELD_CONSENT_PHOTO,   "consent_photo",   N_("Consent to publish photos"), "consent_photo" },
  { PRD_IMPORT_FIELD_JOINED_AT,       "joined_at",       N_("Joined"),                    "joined_at" },
  { PRD_IMPORT_FIELD_NOTES,           "notes",           N_("Notes"),                     "notes" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == PRD_IMPORT_N_FIELDS);

const char *
prd_import_field_label (PrdImportField field)
{
  g_return_val_if_fail (field < PRD_IMPORT_N_FIELDS, "");
  return _(fields[field].label);
}

const char *
prd_import_field_key (PrdImportField field)
{
  g_return_val_if_fail (field < PRD_IMPORT_N_FIELDS, "");
  return fields[field].key;
}

PrdImportField
prd_import_field_from_key (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].key, key) == 0)
      return fields[i].field;
  return PRD_IMPORT_FIELD_IGNORE;
}

const char *
prd_import_field_member_field (PrdImportField field)
{
  g_return_val_if_fail (field < PRD_IMPORT_N_FIELDS, NULL);
  return fields[field].member_field;
}

PrdImportField
prd_import_field_from_member_field (const char *member_field)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].member_field, member_field) == 0)
      return fields[i].field;
  return PRD_IMPORT_FIELD_IGNORE;
}

char *
prd_import_fold_header (const char *header)
{
  g_autofree char *lower = g_utf8_strdown (header, -1);
  GString *s = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-' || c == '_' || c == '.' || c == ':' || c == '*' ||
          c == '/' || c == 0xFEFF || c == 0x200B)
        continue;
      g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

/* Whole headers, folded. */
static const struct {
  const char    *header;
  PrdImportField field;
} exact[] = {
  { "คำนำหน้า", PRD_IMPORT_FIELD_TITLE },
  { "คำนำหน้าชื่อ", PRD_IMPORT_FIELD_TITLE },
  { "title", PRD_IMPORT_FIELD_TITLE },
  { "prefix", PRD_IMPORT_FIELD_TITLE },
  { "ชื่อ", PRD_IMPORT_FIELD_GIVEN_NAME },
  { "ชื่อจริง", PRD_IMPORT_FIELD_GIVEN_NAME },
  { "firstname", PRD_IMPORT_FIELD_GIVEN_NAME },
  { "givenname", PRD_IMPORT_FIELD_GIVEN_NAME },
  { "first", PRD_IMPORT_FIELD_GIVEN_NAME },
  { "นามสกุล", PRD_IMPORT_FIELD_SURNAME },
  { "สกุล", PRD_IMPORT_FIELD_SURNAME },
  { "lastname", PRD_IMPORT_FIELD_SURNAME },
  { "surname", PRD_IMPORT_FIELD_SURNAME },
  { "familyname", PRD_IMPORT_FIELD_SURNAME },
  { "ชื่อสกุล", PRD_IMPORT_FIELD_FULL_NAME },
  { "ชื่อนามสกุล", PRD_IMPORT_FIELD_FULL_NAME },
  { "ชื่อและนามสกุล", PRD_IMPORT_FIELD_FULL_NAME },
  { "name", PRD_IMPORT_FIELD_FULL_NAME },
  { "fullname", PRD_IMPORT_FIELD_FULL_NAME },
  { "ตำแหน่ง", PRD_IMPORT_FIELD_POSITION },
  { "position", PRD_IMPORT_FIELD_POSITION },
  { "jobtitle", PRD_IMPORT_FIELD_POSITION },
  { "โรงเรียน", PRD_IMPORT_FIELD_SCHOOL },
  { "school", PRD_IMPORT_FIELD_SCHOOL },
  { "หน่วยงาน", PRD_IMPORT_FIELD_ORGANIZATION },
  { "organization", PRD_IMPORT_FIELD_ORGANIZATION },
  { "organisation", PRD_IMPORT_FIELD_ORGANIZATION },
  { "agency", PRD_IMPORT_FIELD_ORGANIZATION },
  { "อำเภอ", PRD_IMPORT_FIELD_DISTRICT },
  { "district", PRD_IMPORT_FIELD_DISTRICT },
  { "โทรศัพท์", PRD_IMPORT_FIELD_PHONE },
  { "เบอร์โทร", PRD_IMPORT_FIELD_PHONE },
  { "phone", PRD_IMPORT_FIELD_PHONE },
  { "tel", PRD_IMPORT_FIELD_PHONE },
  { "mobile", PRD_IMPORT_FIELD_PHONE },
  { "อีเมล", PRD_IMPORT_FIELD_EMAIL },
  { "email", PRD_IMPORT_FIELD_EMAIL },
  { "lineid", PRD_IMPORT_FIELD_LINE_ID },
  { "lineoa", PRD_IMPORT_FIELD_LINE_OA },
  { "lineofficial", PRD_IMPORT_FIELD_LINE_OA },
  { "lineofficialaccount", PRD_IMPORT_FIELD_LINE_OA },
  { "x", PRD_IMPORT_FIELD_X },
  { "twitter", PRD_IMPORT_FIELD_X },
  { "line", PRD_IMPORT_FIELD_LINE_ID },
  { "facebook", PRD_IMPORT_FIELD_FACEBOOK },
  { "fb", PRD_IMPORT_FIELD_FACEBOOK },
  { "tiktok", PRD_IMPORT_FIELD_TIKTOK },
  { "youtube", PRD_IMPORT_FIELD_YOUTUBE },
  { "instagram", PRD_IMPORT_FIELD_INSTAGRAM },
  { "ig", PRD_IMPORT_FIELD_INSTAGRAM },
  { "ประเภท", PRD_IMPORT_FIELD_CATEGORY },
  { "category", PRD_IMPORT_FIELD_CATEGORY },
  { "type", PRD_IMPORT_FIELD_CATEGORY },
  { "เครือข่าย", PRD_IMPORT_FIELD_NETWORK },
  { "ประเภทเครือข่าย", PRD_IMPORT_FIELD_NETWORK },
  { "networktype", PRD_IMPORT_FIELD_NETWORK },
  { "network", PRD_IMPORT_FIELD_NETWORK },
  { "internal", PRD_IMPORT_FIELD_NETWORK },
  { "หมายเหตุ", PRD_IMPORT_FIELD_NOTES },
  { "notes", PRD_IMPORT_FIELD_NOTES },
  { "note", PRD_IMPORT_FIELD_NOTES },
  { "ประทับเวลา", PRD_IMPORT_FIELD_JOINED_AT },
  { "timestamp", PRD_IMPORT_FIELD_JOINED_AT },
  { "joined", PRD_IMPORT_FIELD_JOINED_AT },
};

/* Parts of longer headers ("เบอร์โทรศัพท์ที่ติดต่อได้", "ชื่อ-นามสกุล (ไม่ต้องใส่คำนำหน้า)"),
 * most specific first: "ชื่อ" is inside many headers and comes last. */
static const struct {
  const char    *part;
  const char    *and_part;
  PrdImportField field;
} contains[] = {
  { "คำนำหน้า", NULL, PRD_IMPORT_FIELD_TITLE },
  { "ยินยอม", "ภาพ", PRD_IMPORT_FIELD_CONSENT_PHOTO },
  { "ยินยอม", "รูป", PRD_IMPORT_FIELD_CONSENT_PHOTO },
  { "consent", "photo", PRD_IMPORT_FIELD_CONSENT_PHOTO },
  { "ยินยอม", NULL, PRD_IMPORT_FIELD_CONSENT_CONTACT },
  { "consent", NULL, PRD_IMPORT_FIELD_CONSENT_CONTACT },
  { "pdpa", NULL, PRD_IMPORT_FIELD_CONSENT_CONTACT },
  { "tiktok", NULL, PRD_IMPORT_FIELD_TIKTOK },
  { "ติ๊กต็อก", NULL, PRD_IMPORT_FIELD_TIKTOK },
  { "youtube", NULL, PRD_IMPORT_FIELD_YOUTUBE },
  { "ยูทูบ", NULL, PRD_IMPORT_FIELD_YOUTUBE },
  { "facebook", NULL, PRD_IMPORT_FIELD_FACEBOOK },
  { "เฟซบุ๊ก", NULL, PRD_IMPORT_FIELD_FACEBOOK },
  { "เฟสบุ๊ค", NULL, PRD_IMPORT_FIELD_FACEBOOK },
  { "เฟสบุ๊ก", NULL, PRD_IMPORT_FIELD_FACEBOOK },
  { "instagram", NULL, PRD_IMPORT_FIELD_INSTAGRAM },
  { "twitter", NULL, PRD_IMPORT_FIELD_X },
  { "ทวิตเตอร์", NULL, PRD_IMPORT_FIELD_X },
  { "lineoa", NULL, PRD_IMPORT_FIELD_LINE_OA },
  { "lineofficial", NULL, PRD_IMPORT_FIELD_LINE_OA },
  { "ไลน์", "oa", PRD_IMPORT_FIELD_LINE_OA },
  { "ไลน์", NULL, PRD_IMPORT_FIELD_LINE_ID },
  { "lineid", NULL, PRD_IMPORT_FIELD_LINE_ID },
  { "อีเมล", NULL, PRD_IMPORT_FIELD_EMAIL },
  { "email", NULL, PRD_IMPORT_FIELD_EMAIL },
  { "mail", NULL, PRD_IMPORT_FIELD_EMAIL },
  { "line", NULL, PRD_IMPORT_FIELD_LINE_ID },
  { "โทร", NULL, PRD_IMPORT_FIELD_PHONE },
  { "มือถือ", NULL, PRD_IMPORT_FIELD_PHONE },
  { "phone", NULL, PRD_IMPORT_FIELD_PHONE },
  { "โรงเรียน", NULL, PRD_IMPORT_FIELD_SCHOOL },
  { "สถานศึกษา", NULL, PRD_IMPORT_FIELD_SCHOOL },
  { "school", NULL, PRD_IMPORT_FIELD_SCHOOL },
  { "ตำแหน่ง", NULL, PRD_IMPORT_FIELD_POSITION },
  { "อำเภอ", NULL, PRD_IMPORT_FIELD_DISTRICT },
  { "หน่วยงาน", NULL, PRD_IMPORT_FIELD_ORGANIZATION },
  { "สังกัด", NULL, PRD_IMPORT_FIELD_ORGANIZATION },
  { "องค์กร", NULL, PRD_IMPORT_FIELD_ORGANIZATION },
  { "ภายใน", NULL, PRD_IMPORT_FIELD_NETWORK },
  { "ภายนอก", NULL, PRD_IMPORT_FIELD_NETWORK },
  /* The survey's ประเภทเครือข่าย is the network type, ภายใน / ภายนอก (the
   * importer still checks the answers: some forms put a category there). */
  { "ประเภท", "เครือข่าย", PRD_IMPORT_FIELD_NETWORK },
  { "ประเภท", NULL, PRD_IMPORT_FIELD_CATEGORY },
  { "วันที่เข้าร่วม", NULL, PRD_IMPORT_FIELD_JOINED_AT },
  { "เข้าร่วมเมื่อ", NULL, PRD_IMPORT_FIELD_JOINED_AT },
  { "ประทับเวลา", NULL, PRD_IMPORT_FIELD_JOINED_AT },
  { "หมายเหตุ", NULL, PRD_IMPORT_FIELD_NOTES },
  { "ชื่อ", "นามสกุล", PRD_IMPORT_FIELD_FULL_NAME },
  { "ชื่อ", "สกุล", PRD_IMPORT_FIELD_FULL_NAME },
  { "นามสกุล", NULL, PRD_IMPORT_FIELD_SURNAME },
  { "lastname", NULL, PRD_IMPORT_FIELD_SURNAME },
  { "surname", NULL, PRD_IMPORT_FIELD_SURNAME },
  { "firstname", NULL, PRD_IMPORT_FIELD_GIVEN_NAME },
  { "ชื่อ", NULL, PRD_IMPORT_FIELD_GIVEN_NAME },
};

PrdImportField
prd_import_field_recognise (const char *header)
{
  g_autofree char *h = NULL;

  if (header == NULL)
    return PRD_IMPORT_FIELD_IGNORE;
  h = prd_import_fold_header (header);
  /* A parenthesised hint does not name the field: "ชื่อ (ไม่ต้องใส่คำนำหน้า)". */
  {
    char *paren = strchr (h, '(');
    if (paren != NULL && paren != h)
      *paren = '\0';
  }
  if (*h == '\0')
    return PRD_IMPORT_FIELD_IGNORE;
  for (guint i = 0; i < G_N_ELEMENTS (exact); i++)
    if (g_str_equal (h, exact[i].header))
      return exact[i].field;
  for (guint i = 0; i < G_N_ELEMENTS (contains); i++)
    if (strstr (h, contains[i].part) != NULL &&
        (contains[i].and_part == NULL || strstr (h, contains[i].and_part) != NULL))
      return contains[i].field;
  return PRD_IMPORT_FIELD_IGNORE;
}
