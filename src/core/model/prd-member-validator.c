/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-validator.c — one set of rules for editor, importer and sync. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prd-member-validator.h"
#include "prd-school-names.h"
#include "thai/prd-thai.h"
#include "store/prd-store-sql.h"

G_DEFINE_QUARK (prd-member-error-quark, prd_member_error)

struct _PrdMemberValidator
{
  GObject       parent_instance;
  PrdStore     *store;
  GHashTable   *category_internal;  /* id → GINT_TO_POINTER (internal + 1) */
  GHashTable   *category_by_label;  /* folded label or id → id */
  GHashTable   *school_district;    /* id → district */
  GHashTable   *school_by_name;     /* folded name or code → id */
  GHashTable   *school_name;        /* id → name as the registry writes it */
  sqlite3_stmt *dup_phone;
  sqlite3_stmt *dup_name;
};

G_DEFINE_FINAL_TYPE (PrdMemberValidator, prd_member_validator, G_TYPE_OBJECT)

void
prd_field_problem_free (PrdFieldProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->field);
  g_free (problem->message);
  g_free (problem);
}

static void
add_problem (GPtrArray  *problems,
             const char *field,
             const char *message)
{
  PrdFieldProblem *p = g_new0 (PrdFieldProblem, 1);

  p->field = g_strdup (field);
  p->message = g_strdup (message);
  g_ptr_array_add (problems, p);
}

const char *
prd_member_field_label (const char *field)
{
  static const struct { const char *field; const char *label; } labels[] = {
    { "title", N_("Name prefix") },
    { "given_name", N_("Given name") },
    { "surname", N_("Surname") },
    { "position", N_("Position") },
    { "organization", N_("Organisation") },
    { "school_id", N_("School") },
    { "district", N_("District") },
    { "phone", N_("Phone") },
    { "email", N_("E-mail") },
    { "line_id", N_("LINE ID") },
    { "category_id", N_("Category") },
    { "internal", N_("Network") },
    { "consent_contact", N_("Consent to be contacted") },
    { "consent_photo", N_("Consent to publish photos") },
    { "consent_date", N_("Consent date") },
    { "joined_at", N_("Joined") },
    { "notes", N_("Notes") },
    { "social:facebook", N_("Facebook") },
    { "social:tiktok", N_("TikTok") },
    { "social:youtube", N_("YouTube") },
    { "social:instagram", N_("Instagram") },
    { "social:x", N_("X") },
    { "social:line_oa", N_("LINE OA") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].field, field) == 0)
      return _(labels[i].label);
  return field;
}

char *
prd_member_problems_to_string (GPtrArray *problems)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      PrdFieldProblem *p = g_ptr_array_index (problems, i);

      if (i > 0)
        g_string_append (s, "; ");
      /* TRANSLATORS: a field and what is wrong with it, e.g. "Phone: …" */
      g_string_append_printf (s, _("%s: %s"), prd_member_field_label (p->field), p->message);
    }
  return g_string_free (s, FALSE);
}

/* ---- single values ------------------------------------------------------ */

gboolean
prd_member_check_phone (const char  *text,
                        char       **normalized,
                        GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  if (text == NULL || *text == '\0')
    {
      if (normalized != NULL)
        *normalized = g_strdup ("");
      return TRUE;
    }

  parts = g_strsplit_set (text, ",/;", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autoptr(GError) local = NULL;
      g_autofree char *one = NULL;
      char *part = g_strstrip (parts[i]);

      if (*part == '\0')
        continue;
      one = prd_thai_phone_normalize (part, &local);
      if (one == NULL)
        {
          g_set_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID,
                       _("“%s” is not a Thai phone number: %s"), part,
                       local != NULL ? local->message : "");
          return FALSE;
        }
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, one);
    }
  if (normalized != NULL)
    *normalized = g_strdup (out->str);
  return TRUE;
}

static gboolean
domain_ok (const char *domain)
{
  g_auto(GStrv) labels = NULL;
  guint n;

  if (domain == NULL || *domain == '\0' || strchr (domain, '.') == NULL)
    return FALSE;
  labels = g_strsplit (domain, ".", -1);
  n = g_strv_length (labels);
  for (guint i = 0; i < n; i++)
    {
      if (*labels[i] == '\0')
        return FALSE;
      for (const char *p = labels[i]; *p != '\0'; p++)
        if ((guchar) *p < 0x80 && !g_ascii_isalnum (*p) && *p != '-')
          return FALSE;
    }
  return g_utf8_strlen (labels[n - 1], -1) >= 2;
}

gboolean
prd_member_check_email (const char  *text,
                        GError     **error)
{
  const char *at;

  if (text == NULL || *text == '\0')
    return TRUE;
  at = strchr (text, '@');
  if (at == NULL || at == text || strchr (at + 1, '@') != NULL ||
      strpbrk (text, " \t,;<>()[]\\\"") != NULL || !domain_ok (at + 1))
    {
      g_set_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID,
                   _("“%s” is not an e-mail address; it looks like name@example.com."), text);
      return FALSE;
    }
  return TRUE;
}

gboolean
prd_member_check_url (const char  *text,
                      GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (text == NULL || *text == '\0')
    return TRUE;
  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || scheme == NULL ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0) ||
      !domain_ok (g_uri_get_host (uri)) || strpbrk (text, " \t") != NULL)
    {
      g_set_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID,
                   _("“%s” is not a web address; copy it from the browser, it starts with https://"),
                   text);
      return FALSE;
    }
  return TRUE;
}

gboolean
prd_member_check_line_id (const char  *text,
                          GError     **error)
{
  const char *p;

  if (text == NULL || *text == '\0')
    return TRUE;
  p = text[0] == '@' ? text + 1 : text;
  if (*p == '\0' || strlen (p) > 50)
    goto bad;
  for (; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '_' && *p != '-')
      goto bad;
  return TRUE;

bad:
  g_set_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID,
               _("“%s” is not a LINE ID: it has only English letters, digits and . _ - "
                 "(at most 50)."), text);
  return FALSE;
}

gboolean
prd_member_check_national_id (const char  *text,
                              GError     **error)
{
  g_autoptr(GError) local = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;
  if (prd_thai_national_id_valid (text, &local))
    return TRUE;
  g_set_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID,
               _("“%s” is not a national ID number: %s"), text,
               local != NULL ? local->message : "");
  return FALSE;
}

static gboolean
make_iso (int y, int m, int d, char **iso)
{
  if (y >= 2400)
    y -= 543;            /* Buddhist Era */
  if (y < 1900 || y > 2200 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  *iso = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  return TRUE;
}

gboolean
prd_member_parse_date (const char  *text,
                       char       **iso,
                       GError     **error)
{
  g_autofree char *t = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *head = NULL;
  g_auto(GStrv) nums = NULL;
  GDate date;

  g_return_val_if_fail (iso != NULL, FALSE);

  /* The date part: up to a comma, a space or a 'T' (timestamps). */
  head = g_strndup (t, strcspn (t, ", T"));
  nums = g_strsplit_set (head, "-/.", -1);
  if (g_strv_length (nums) == 3)
    {
      gboolean digits = TRUE;
      int a, b, c;

      for (guint i = 0; i < 3 && digits; i++)
        {
          digits = *nums[i] != '\0' && strlen (nums[i]) <= 4;
          for (const char *p = nums[i]; *p != '\0' && digits; p++)
            digits = g_ascii_isdigit (*p);
        }
      if (digits)
        {
          a = atoi (nums[0]);
          b = atoi (nums[1]);
          c = atoi (nums[2]);
          if (strlen (nums[0]) == 4)                 /* yyyy-mm-dd */
            {
              if (make_iso (a, b, c, iso))
                return TRUE;
            }
          else
            {
              if (strlen (nums[2]) <= 2)
                c += 2500;                            /* "25/11/67": Thai short BE year */
              /* Thai order d/m/y; m/d/y only when the first cannot be a month
               * but the second cannot be one either (an English-locale form). */
              if (b > 12 && a <= 12)
                {
                  int tmp = a;
                  a = b;
                  b = tmp;
                }
              if (make_iso (c, b, a, iso))
                return TRUE;
            }
        }
    }

  /* Thai month names: "25 พฤศจิกายน 2567", "25 พ.ย. 67". */
  g_date_clear (&date, 1);
  if (prd_thai_date_parse (t, &date, NULL) && g_date_valid (&date))
    {
      *iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                              g_date_get_month (&date), g_date_get_day (&date));
      return TRUE;
    }

  g_set_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID,
               _("“%s” is not a date; write it as 25/11/2567 or 2024-11-25."), t);
  return FALSE;
}

char *
prd_member_format_date (const char *iso)
{
  int y, m, d;
  char tail;

  if (iso != NULL && sscanf (iso, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3)
    return g_strdup_printf ("%d/%d/%d", d, m, y + 543);
  return g_strdup (iso != NULL ? iso : "");
}

static const struct {
  const char *platform;
  const char *label;
  const char *domains[3];
  const char *url_format;     /* from a handle */
} platforms[] = {
  { "facebook",  "Facebook",  { "facebook.com", "fb.com", "fb.me" }, "https://www.facebook.com/%s" },
  { "tiktok",    "TikTok",    { "tiktok.com", NULL, NULL },          "https://www.tiktok.com/@%s" },
  { "youtube",   "YouTube",   { "youtube.com", "youtu.be", NULL },   "https://www.youtube.com/@%s" },
  { "instagram", "Instagram", { "instagram.com", NULL, NULL },       "https://www.instagram.com/%s" },
  { "x",         "X",         { "x.com", "twitter.com", NULL },      "https://x.com/%s" },
  /* An official account's basic ID is shown as "@abc1234"; the link adds it as a friend. */
  { "line_oa",   "LINE OA",   { "line.me", "lin.ee", NULL },         "https://line.me/R/ti/p/@%s" },
};

const char *const *
prd_member_platforms (void)
{
  static const char *const keys[] = { "facebook", "tiktok", "youtube", "instagram", "x", "line_oa", NULL };

  G_STATIC_ASSERT (G_N_ELEMENTS (keys) == G_N_ELEMENTS (platforms) + 1);
  return keys;
}

const char *
prd_member_platform_label (const char *platform)
{
  for (guint i = 0; i < G_N_ELEMENTS (platforms); i++)
    if (g_strcmp0 (platforms[i].platform, platform) == 0)
      return platforms[i].label;
  return platform;
}

gboolean
prd_member_check_social (const char  *platform,
                         const char  *text,
                         char       **handle,
                         char       **url,
                         GError     **error)
{
  g_autofree char *t = g_strstrip (g_strdup (text != NULL ? text : ""));
  gboolean looks_like_url = g_str_has_prefix (t, "http://") || g_str_has_prefix (t, "https://");
  gint pi = -1;

  for (guint i = 0; i < G_N_ELEMENTS (platforms); i++)
    if (g_strcmp0 (platforms[i].platform, platform) == 0)
      pi = (gint) i;
  g_return_val_if_fail (pi >= 0, FALSE);

  for (guint d = 0; d < 3 && !looks_like_url && platforms[pi].domains[d] != NULL; d++)
    if (strstr (t, platforms[pi].domains[d]) != NULL && strchr (t, ' ') == NULL)
      {
        /* "www.tiktok.com/@kru" without the scheme, as people copy it. */
        char *with = g_strconcat ("https://", t, NULL);
        g_free (t);
        t = with;
        looks_like_url = TRUE;
      }

  if (*t == '\0')
    {
      *handle = g_strdup ("");
      *url = g_strdup ("");
      return TRUE;
    }

  if (looks_like_url)
    {
      g_autoptr(GUri) uri = NULL;
      g_auto(GStrv) segs = NULL;
      const char *path, *last = "";

      if (!prd_member_check_url (t, error))
        return FALSE;
      uri = g_uri_parse (t, G_URI_FLAGS_NONE, NULL);
      path = g_uri_get_path (uri);
      segs = g_strsplit (path != NULL ? path : "", "/", -1);
      for (guint i = 0; segs[i] != NULL; i++)
        if (*segs[i] != '\0')
          last = segs[i];
      if (g_str_equal (last, "profile.php") && g_uri_get_query (uri) != NULL)
        {
          const char *q = strstr (g_uri_get_query (uri), "id=");
          last = q != NULL ? q + 3 : "";
        }
      *handle = g_strdup (last[0] == '@' ? last + 1 : last);
      *url = g_steal_pointer (&t);
      return TRUE;
    }

  {
    const char *h = t[0] == '@' ? t + 1 : t;

    /* Page names on Facebook may have spaces; handles elsewhere never do. */
    if (!g_str_equal (platform, "facebook") && strpbrk (h, " \t") != NULL)
      {
        g_set_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID,
                     _("“%s” is not a %s name: it has no spaces. Copy the @name or the link "
                       "from the app."), t, platforms[pi].label);
        return FALSE;
      }
    *handle = g_strdup (h);
    *url = strpbrk (h, " \t") == NULL ? g_strdup_printf (platforms[pi].url_format, h)
                                      : g_strdup ("");
  }
  return TRUE;
}

/* ---- the validator ------------------------------------------------------ */

/* Names as people type them: no spaces, no "โรงเรียน"/"รร." prefix, any case. */
/* Spaces, case, the โรงเรียน prefix and Thai or Arabic digits do not count. */
static char *
fold_school (const char *text)
{
  return prd_school_name_fold (text);
}

static char *
fold_label (const char *text)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isspace (c))
        g_string_append_unichar (s, c);
    }
  return g_utf8_strdown (s->str, -1);
}

static void
prd_member_validator_dispose (GObject *object)
{
  PrdMemberValidator *self = PRD_MEMBER_VALIDATOR (object);

  g_clear_pointer (&self->dup_phone, sqlite3_finalize);
  g_clear_pointer (&self->dup_name, sqlite3_finalize);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (prd_member_validator_parent_class)->dispose (object);
}

static void
prd_member_validator_finalize (GObject *object)
{
  PrdMemberValidator *self = PRD_MEMBER_VALIDATOR (object);

  g_hash_table_unref (self->category_internal);
  g_hash_table_unref (self->category_by_label);
  g_hash_table_unref (self->school_district);
  g_hash_table_unref (self->school_by_name);
  g_hash_table_unref (self->school_name);
  G_OBJECT_CLASS (prd_member_validator_parent_class)->finalize (object);
}

static void
prd_member_validator_class_init (PrdMemberValidatorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = prd_member_validator_dispose;
  G_OBJECT_CLASS (klass)->finalize = prd_member_validator_finalize;
}

static void
prd_member_validator_init (PrdMemberValidator *self)
{
  self->category_internal = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->category_by_label = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->school_district = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->school_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->school_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
prd_member_validator_reload (PrdMemberValidator *self)
{
  sqlite3_stmt *stmt;

  g_return_if_fail (PRD_IS_MEMBER_VALIDATOR (self));

  g_hash_table_remove_all (self->category_internal);
  g_hash_table_remove_all (self->category_by_label);
  g_hash_table_remove_all (self->school_district);
  g_hash_table_remove_all (self->school_by_name);
  g_hash_table_remove_all (self->school_name);

  stmt = prd_store_prepare (self->store,
                            "SELECT id, label, internal FROM member_category WHERE deleted = 0", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      const char *label = (const char *) sqlite3_column_text (stmt, 1);

      g_hash_table_insert (self->category_internal, g_strdup (id),
                           GINT_TO_POINTER (sqlite3_column_int (stmt, 2) + 1));
      g_hash_table_insert (self->category_by_label, fold_label (label), g_strdup (id));
      g_hash_table_insert (self->category_by_label, fold_label (id), g_strdup (id));
    }
  sqlite3_finalize (stmt);

  stmt = prd_store_prepare (self->store,
                            "SELECT id, name, district, school_code, smis_code, obec_code "
                            "FROM school WHERE deleted = 0", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);

      g_hash_table_insert (self->school_district, g_strdup (id),
                           g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
      g_hash_table_insert (self->school_by_name,
                           fold_school ((const char *) sqlite3_column_text (stmt, 1)), g_strdup (id));
      g_hash_table_insert (self->school_name, g_strdup (id),
                           g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
      for (int c = 3; c <= 5; c++)
        if (sqlite3_column_type (stmt, c) == SQLITE_TEXT)
          g_hash_table_insert (self->school_by_name,
                               g_strdup ((const char *) sqlite3_column_text (stmt, c)), g_strdup (id));
    }
  sqlite3_finalize (stmt);
}

PrdMemberValidator *
prd_member_validator_new (PrdStore *store)
{
  PrdMemberValidator *self;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  self = g_object_new (PRD_TYPE_MEMBER_VALIDATOR, NULL);
  self->store = g_object_ref (store);
  prd_member_validator_reload (self);
  return self;
}

const char *
prd_member_validator_find_school (PrdMemberValidator *self,
                                  const char         *text)
{
  g_autofree char *key = NULL;
  gpointer id = NULL;

  g_return_val_if_fail (PRD_IS_MEMBER_VALIDATOR (self), NULL);
  if (text == NULL || *text == '\0')
    return NULL;
  /* An id as it is (sync, the editor's drop-down). */
  if (g_hash_table_lookup_extended (self->school_district, text, &id, NULL))
    return id;
  key = fold_school (text);
  return g_hash_table_lookup (self->school_by_name, key);
}

const char *
prd_member_validator_school_name (PrdMemberValidator *self,
                                  const char         *school_id)
{
  g_return_val_if_fail (PRD_IS_MEMBER_VALIDATOR (self), NULL);
  return school_id != NULL ? g_hash_table_lookup (self->school_name, school_id) : NULL;
}

const char *
prd_member_validator_school_district (PrdMemberValidator *self,
                                      const char         *school_id)
{
  g_return_val_if_fail (PRD_IS_MEMBER_VALIDATOR (self), NULL);
  return school_id != NULL ? g_hash_table_lookup (self->school_district, school_id) : NULL;
}

const char *
prd_member_validator_find_category (PrdMemberValidator *self,
                                    const char         *text)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (PRD_IS_MEMBER_VALIDATOR (self), NULL);
  if (text == NULL || *text == '\0')
    return NULL;
  key = fold_label (text);
  return g_hash_table_lookup (self->category_by_label, key);
}

int
prd_member_validator_category_internal (PrdMemberValidator *self,
                                        const char         *category_id)
{
  g_return_val_if_fail (PRD_IS_MEMBER_VALIDATOR (self), -1);
  if (category_id == NULL)
    return -1;
  return GPOINTER_TO_INT (g_hash_table_lookup (self->category_internal, category_id)) - 1;
}

static const char *
get_text (JsonObject *o,
          const char *member)
{
  JsonNode *node = json_object_get_member (o, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

char *
prd_member_validator_find_duplicate (PrdMemberValidator *self,
                                     JsonObject         *member,
                                     const char         *exclude_id)
{
  sqlite3 *db;
  const char *phone = get_text (member, "phone");
  const char *given = get_text (member, "given_name");
  const char *surname = get_text (member, "surname");
  const char *school = get_text (member, "school_id");
  const char *org = get_text (member, "organization");
  char *found = NULL;

  g_return_val_if_fail (PRD_IS_MEMBER_VALIDATOR (self), NULL);

  db = prd_store_get_db (self->store);
  if (exclude_id == NULL)
    exclude_id = get_text (member, "id");
  if (exclude_id == NULL)
    exclude_id = "";

  if (phone != NULL && *phone != '\0')
    {
      g_autofree char *first = g_strndup (phone, strcspn (phone, ","));

      if (self->dup_phone == NULL)
        sqlite3_prepare_v3 (db,
                            /* the number alone, or first of a list "a, b" */
                            "SELECT id FROM member WHERE deleted = 0 AND id <> ?2 AND "
                            "(phone = ?1 OR (phone > ?1 || ',' AND phone < ?1 || '-')) LIMIT 1",
                            -1, SQLITE_PREPARE_PERSISTENT, &self->dup_phone, NULL);
      if (self->dup_phone != NULL)
        {
          sqlite3_bind_text (self->dup_phone, 1, first, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (self->dup_phone, 2, exclude_id, -1, SQLITE_TRANSIENT);
          if (sqlite3_step (self->dup_phone) == SQLITE_ROW)
            found = g_strdup ((const char *) sqlite3_column_text (self->dup_phone, 0));
          sqlite3_reset (self->dup_phone);
        }
      if (found != NULL)
        return found;
    }

  if (given != NULL && *given != '\0')
    {
      if (self->dup_name == NULL)
        sqlite3_prepare_v3 (db,
                            "SELECT id FROM member WHERE deleted = 0 AND given_name = ?1 "
                            "AND surname = ?2 AND id <> ?5 AND "
                            "((?3 IS NOT NULL AND school_id = ?3) OR "
                            " (?3 IS NULL AND school_id IS NULL AND organization = ?4)) LIMIT 1",
                            -1, SQLITE_PREPARE_PERSISTENT, &self->dup_name, NULL);
      if (self->dup_name != NULL)
        {
          sqlite3_bind_text (self->dup_name, 1, given, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (self->dup_name, 2, surname != NULL ? surname : "", -1, SQLITE_TRANSIENT);
          if (school != NULL && *school != '\0')
            sqlite3_bind_text (self->dup_name, 3, school, -1, SQLITE_TRANSIENT);
          else
            sqlite3_bind_null (self->dup_name, 3);
          sqlite3_bind_text (self->dup_name, 4, org != NULL ? org : "", -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (self->dup_name, 5, exclude_id, -1, SQLITE_TRANSIENT);
          if (sqlite3_step (self->dup_name) == SQLITE_ROW)
            found = g_strdup ((const char *) sqlite3_column_text (self->dup_name, 0));
          sqlite3_reset (self->dup_name);
          sqlite3_clear_bindings (self->dup_name);
        }
    }
  return found;
}

/* Trims a text member in place; returns it (NULL when absent or null). */
static const char *
tidy_text (JsonObject *o,
           const char *member)
{
  const char *v = get_text (o, member);
  g_autofree char *t = NULL;

  if (v == NULL)
    return NULL;
  t = g_strstrip (g_strdup (v));
  if (!g_str_equal (t, v))
    json_object_set_string_member (o, member, t);
  return get_text (o, member);
}

static void
check_length (GPtrArray  *problems,
              JsonObject *o,
              const char *field,
              glong       max)
{
  const char *v = tidy_text (o, field);
  g_autofree char *msg = NULL;

  if (v == NULL || g_utf8_strlen (v, -1) <= max)
    return;
  msg = g_strdup_printf (_("Too long: at most %ld characters."), max);
  add_problem (problems, field, msg);
}

static void
check_date_field (GPtrArray  *problems,
                  JsonObject *o,
                  const char *field)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  const char *v = tidy_text (o, field);

  if (v == NULL)
    return;
  if (*v == '\0')
    {
      json_object_set_null_member (o, field);
      return;
    }
  if (!prd_member_parse_date (v, &iso, &error))
    add_problem (problems, field, error->message);
  else if (!g_str_equal (iso, v))
    json_object_set_string_member (o, field, iso);
}

GPtrArray *
prd_member_validator_check (PrdMemberValidator *self,
                            JsonObject         *member)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) prd_field_problem_free);
  const char *v;

  g_return_val_if_fail (PRD_IS_MEMBER_VALIDATOR (self), problems);
  g_return_val_if_fail (member != NULL, problems);

  v = tidy_text (member, "given_name");
  if (v == NULL || *v == '\0')
    add_problem (problems, "given_name", _("The given name is missing; every member needs one."));
  check_length (problems, member, "given_name", 100);
  check_length (problems, member, "surname", 100);
  check_length (problems, member, "title", 60);
  check_length (problems, member, "position", 200);
  check_length (problems, member, "organization", 200);
  check_length (problems, member, "district", 100);
  check_length (problems, member, "notes", 4000);

  v = tidy_text (member, "phone");
  if (v != NULL && *v != '\0')
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *norm = NULL;

      if (!prd_member_check_phone (v, &norm, &error))
        add_problem (problems, "phone", error->message);
      else if (!g_str_equal (norm, v))
        json_object_set_string_member (member, "phone", norm);
    }

  v = tidy_text (member, "email");
  if (v != NULL && *v != '\0')
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *lower = g_ascii_strdown (v, -1);

      if (!prd_member_check_email (v, &error))
        add_problem (problems, "email", error->message);
      else if (!g_str_equal (lower, v))
        json_object_set_string_member (member, "email", lower);
    }

  v = tidy_text (member, "line_id");
  if (v != NULL && *v != '\0')
    {
      g_autoptr(GError) error = NULL;
      if (!prd_member_check_line_id (v, &error))
        add_problem (problems, "line_id", error->message);
    }

  v = get_text (member, "category_id");
  if (v != NULL && !g_hash_table_contains (self->category_internal, v))
    add_problem (problems, "category_id",
                 _("There is no such category; choose one from the list of member categories."));
  else if (v != NULL && !json_object_has_member (member, "internal"))
    json_object_set_int_member (member, "internal",
                                prd_member_validator_category_internal (self, v));

  v = get_text (member, "school_id");
  if (v != NULL && *v == '\0')
    json_object_set_null_member (member, "school_id");
  else if (v != NULL && !g_hash_table_contains (self->school_district, v))
    add_problem (problems, "school_id",
                 _("This school is not in the list of schools; add the school first or "
                   "choose it from the list."));
  else if (v != NULL)
    {
      const char *d = tidy_text (member, "district");
      if (d == NULL || *d == '\0')
        json_object_set_string_member (member, "district",
                                       g_hash_table_lookup (self->school_district, v));
    }

  check_date_field (problems, member, "joined_at");
  check_date_field (problems, member, "consent_date");

  return problems;
}

gboolean
prd_member_save (PrdStore    *store,
                 JsonObject  *member,
                 GError     **error)
{
  g_autoptr(PrdMemberValidator) v = prd_member_validator_new (store);
  g_autoptr(GPtrArray) problems = prd_member_validator_check (v, member);

  if (problems->len > 0)
    {
      g_autofree char *text = prd_member_problems_to_string (problems);
      g_set_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID,
                   _("The member was not saved. %s"), text);
      return FALSE;
    }
  return prd_store_put (store, "member", member, error);
}

gboolean
prd_member_restore (PrdStore    *store,
                    const char  *id,
                    GError     **error)
{
  g_autoptr(PrdStoreTxn) txn = NULL;
  g_autoptr(JsonObject) removed = NULL;
  g_autoptr(JsonObject) check = NULL;
  g_autoptr(JsonObject) rec = NULL;
  g_autoptr(PrdMemberValidator) v = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  GList *members;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
    return FALSE;
  removed = prd_store_get (store, "member", id, NULL);
  if (removed == NULL)
    {
      g_set_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID,
                   _("This member is not in the registry any more and cannot be brought back."));
      return FALSE;
    }
  if (json_object_get_int_member_with_default (removed, "deleted", 0) == 0)
    return TRUE;

  /* The checks tidy what they read (phone, district): they get a copy, so
   * the row comes back exactly as it was removed. */
  check = json_object_new ();
  members = json_object_get_members (removed);
  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (check, l->data, json_node_copy (json_object_get_member (removed, l->data)));
  g_list_free (members);
  json_object_set_int_member (check, "deleted", 0);
  v = prd_member_validator_new (store);
  problems = prd_member_validator_check (v, check);
  if (problems->len > 0)
    {
      g_autofree char *text = prd_member_problems_to_string (problems);
      g_set_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID,
                   _("The member could not be brought back. %s"), text);
      return FALSE;
    }

  rec = json_object_new ();
  json_object_set_string_member (rec, "id", id);
  json_object_set_int_member (rec, "deleted", 0);
  if (!prd_store_put (store, "member", rec, error))
    return FALSE;
  return prd_store_txn_commit (txn, error);
}
