/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-links.c — social accounts and committee roles of one member. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-member-links.h"
#include "prd-member-validator.h"
#include "store/prd-store-sql.h"

/* The CHECK constraint of committee_role.role, in the order of an order's
 * list of a committee. */
static const struct {
  const char *role;
  const char *label;
} role_labels[] = {
  { "chair", N_("Chair") },
  { "vice_chair", N_("Vice-chair") },
  { "member", N_("Committee member") },
  { "secretary", N_("Member and secretary") },
  { "assistant_secretary", N_("Member and assistant secretary") },
};

const char *const *
prd_committee_roles (void)
{
  static const char *const roles[] = { "chair", "vice_chair", "member", "secretary",
                                       "assistant_secretary", NULL };

  G_STATIC_ASSERT (G_N_ELEMENTS (roles) == G_N_ELEMENTS (role_labels) + 1);
  return roles;
}

const char *
prd_committee_role_label (const char *role)
{
  for (guint i = 0; i < G_N_ELEMENTS (role_labels); i++)
    if (g_strcmp0 (role_labels[i].role, role) == 0)
      return _(role_labels[i].label);
  return role != NULL ? role : "";
}

const char *
prd_member_links_field_label (const char *field)
{
  static const struct { const char *field; const char *label; } labels[] = {
    { "platform", N_("Platform") },
    { "handle", N_("Account name or link") },
    { "followers", N_("Followers") },
    { "views", N_("Views") },
    { "counted_at", N_("Counted on") },
    { "committee_id", N_("Committee") },
    { "role", N_("Role") },
    { "in_network_group", N_("In the network group") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].field, field) == 0)
      return _(labels[i].label);
  return field;
}

/* Items */

PrdSocialAccount *
prd_social_account_new (const char *platform)
{
  PrdSocialAccount *a = g_new0 (PrdSocialAccount, 1);

  a->platform = g_strdup (platform != NULL ? platform : "tiktok");
  a->address = g_strdup ("");
  a->followers = g_strdup ("");
  a->views = g_strdup ("");
  a->counted_at = g_strdup ("");
  return a;
}

PrdSocialAccount *
prd_social_account_copy (PrdSocialAccount *account)
{
  PrdSocialAccount *a = g_new0 (PrdSocialAccount, 1);

  g_return_val_if_fail (account != NULL, NULL);
  a->id = g_strdup (account->id);
  a->platform = g_strdup (account->platform);
  a->address = g_strdup (account->address);
  a->followers = g_strdup (account->followers);
  a->views = g_strdup (account->views);
  a->counted_at = g_strdup (account->counted_at);
  return a;
}

void
prd_social_account_free (PrdSocialAccount *account)
{
  if (account == NULL)
    return;
  g_free (account->id);
  g_free (account->platform);
  g_free (account->address);
  g_free (account->followers);
  g_free (account->views);
  g_free (account->counted_at);
  g_free (account);
}

gboolean
prd_social_account_equal (PrdSocialAccount *a,
                          PrdSocialAccount *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->platform, b->platform) == 0 &&
         g_strcmp0 (a->address, b->address) == 0 &&
         g_strcmp0 (a->followers, b->followers) == 0 &&
         g_strcmp0 (a->views, b->views) == 0 &&
         g_strcmp0 (a->counted_at, b->counted_at) == 0;
}

PrdCommitteeRole *
prd_committee_role_new (const char *committee_id)
{
  PrdCommitteeRole *r = g_new0 (PrdCommitteeRole, 1);

  r->committee_id = g_strdup (committee_id);
  r->role = g_strdup ("member");
  return r;
}

PrdCommitteeRole *
prd_committee_role_copy (PrdCommitteeRole *role)
{
  PrdCommitteeRole *r = g_new0 (PrdCommitteeRole, 1);

  g_return_val_if_fail (role != NULL, NULL);
  r->id = g_strdup (role->id);
  r->committee_id = g_strdup (role->committee_id);
  r->role = g_strdup (role->role);
  r->in_network_group = role->in_network_group;
  return r;
}

void
prd_committee_role_free (PrdCommitteeRole *role)
{
  if (role == NULL)
    return;
  g_free (role->id);
  g_free (role->committee_id);
  g_free (role->role);
  g_free (role);
}

gboolean
prd_committee_role_equal (PrdCommitteeRole *a,
                          PrdCommitteeRole *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->committee_id, b->committee_id) == 0 &&
         g_strcmp0 (a->role, b->role) == 0 &&
         !a->in_network_group == !b->in_network_group;
}

void
prd_committee_free (PrdCommittee *committee)
{
  if (committee == NULL)
    return;
  g_free (committee->id);
  g_free (committee->name);
  g_free (committee);
}

/* Both lists */

PrdMemberLinks *
prd_member_links_new (void)
{
  PrdMemberLinks *links = g_new0 (PrdMemberLinks, 1);

  links->accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) prd_social_account_free);
  links->roles = g_ptr_array_new_with_free_func ((GDestroyNotify) prd_committee_role_free);
  return links;
}

void
prd_member_links_free (PrdMemberLinks *links)
{
  if (links == NULL)
    return;
  g_ptr_array_unref (links->accounts);
  g_ptr_array_unref (links->roles);
  g_free (links);
}

PrdMemberLinks *
prd_member_links_copy (PrdMemberLinks *links)
{
  PrdMemberLinks *copy = prd_member_links_new ();

  g_return_val_if_fail (links != NULL, copy);
  for (guint i = 0; i < links->accounts->len; i++)
    g_ptr_array_add (copy->accounts, prd_social_account_copy (g_ptr_array_index (links->accounts, i)));
  for (guint i = 0; i < links->roles->len; i++)
    g_ptr_array_add (copy->roles, prd_committee_role_copy (g_ptr_array_index (links->roles, i)));
  return copy;
}

gboolean
prd_member_links_equal (PrdMemberLinks *a,
                        PrdMemberLinks *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->accounts->len != b->accounts->len || a->roles->len != b->roles->len)
    return FALSE;
  for (guint i = 0; i < a->accounts->len; i++)
    if (!prd_social_account_equal (g_ptr_array_index (a->accounts, i), g_ptr_array_index (b->accounts, i)))
      return FALSE;
  for (guint i = 0; i < a->roles->len; i++)
    if (!prd_committee_role_equal (g_ptr_array_index (a->roles, i), g_ptr_array_index (b->roles, i)))
      return FALSE;
  return TRUE;
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return g_strdup ("");
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

PrdMemberLinks *
prd_member_links_load (PrdStore    *store,
                       const char  *member_id,
                       GError     **error)
{
  g_autoptr(PrdMemberLinks) links = prd_member_links_new ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (member_id != NULL, NULL);

  stmt = prd_store_prepare (store,
                            "SELECT id, platform, CASE WHEN url <> '' THEN url ELSE handle END, "
                            "followers, views, counted_at FROM social_account "
                            "WHERE member_id = ?1 AND deleted = 0 ORDER BY created_at, rowid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, member_id, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PrdSocialAccount *a = g_new0 (PrdSocialAccount, 1);

      a->id = column_text (stmt, 0);
      a->platform = column_text (stmt, 1);
      a->address = column_text (stmt, 2);
      a->followers = column_text (stmt, 3);
      a->views = column_text (stmt, 4);
      a->counted_at = column_text (stmt, 5);
      g_ptr_array_add (links->accounts, a);
    }
  sqlite3_finalize (stmt);

  stmt = prd_store_prepare (store,
                            "SELECT id, committee_id, role, in_network_group FROM committee_role "
                            "WHERE member_id = ?1 AND deleted = 0 ORDER BY created_at, rowid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, member_id, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PrdCommitteeRole *r = g_new0 (PrdCommitteeRole, 1);

      r->id = column_text (stmt, 0);
      r->committee_id = column_text (stmt, 1);
      r->role = column_text (stmt, 2);
      r->in_network_group = sqlite3_column_int (stmt, 3) != 0;
      g_ptr_array_add (links->roles, r);
    }
  sqlite3_finalize (stmt);
  return g_steal_pointer (&links);
}

GPtrArray *
prd_member_links_list_committees (PrdStore  *store,
                                  GPtrArray *include_ids)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) prd_committee_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PRD_IS_STORE (store), list);

  stmt = prd_store_prepare (store, "SELECT id, name, deleted FROM committee "
                                   "ORDER BY name COLLATE THAI, id", NULL);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      gboolean wanted = sqlite3_column_int (stmt, 2) == 0;
      PrdCommittee *c;

      for (guint i = 0; !wanted && include_ids != NULL && i < include_ids->len; i++)
        wanted = g_strcmp0 (g_ptr_array_index (include_ids, i), id) == 0;
      if (!wanted)
        continue;
      c = g_new0 (PrdCommittee, 1);
      c->id = g_strdup (id);
      c->name = column_text (stmt, 1);
      g_ptr_array_add (list, c);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  return list;
}

/* Checking a row */

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

static GPtrArray *
new_problems (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) prd_field_problem_free);
}

/* A count as people copy it: "1250", "1,250", "๑๒๕๐", or as the apps show
 * it, "12.5K", "1.2M". Negative numbers and fractions of a person are not
 * counts. */
static gboolean
parse_count (const char *text,
             gint64     *value)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  gint64 whole = 0, frac = 0, frac_scale = 1, scale = 1;
  gboolean seen_point = FALSE, seen_digit = FALSE;
  const char *p;

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int d = g_unichar_digit_value (c);

      if (d >= 0 && scale == 1)
        {
          if (digits->len >= 12)
            return FALSE;
          g_string_append_c (digits, (char) ('0' + d));
          seen_digit = TRUE;
          if (seen_point)
            {
              frac = frac * 10 + d;
              frac_scale *= 10;
            }
          else
            whole = whole * 10 + d;
        }
      else if ((c == ',' || g_unichar_isspace (c)) && !seen_point && scale == 1)
        continue;
      else if (c == '.' && !seen_point && seen_digit && scale == 1)
        seen_point = TRUE;
      else if ((c == 'k' || c == 'K') && seen_digit && scale == 1)
        scale = 1000;
      else if ((c == 'm' || c == 'M') && seen_digit && scale == 1)
        scale = 1000000;
      else
        return FALSE;
    }
  if (!seen_digit || (seen_point && scale == 1 && frac != 0))
    return FALSE;
  *value = whole * scale + frac * scale / frac_scale;
  return TRUE;
}

static void
check_count (GPtrArray  *problems,
             JsonObject *record,
             const char *field,
             const char *text)
{
  g_autofree char *t = g_strstrip (g_strdup (text != NULL ? text : ""));
  gint64 value;

  if (*t == '\0')
    {
      if (record != NULL)
        json_object_set_null_member (record, field);
      return;
    }
  if (!parse_count (t, &value))
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a count; write a whole number "
                                                "0 or more, such as 1250 or 12.5K."), t);
      add_problem (problems, field, msg);
      return;
    }
  if (record != NULL)
    json_object_set_int_member (record, field, value);
}

GPtrArray *
prd_social_account_check (PrdSocialAccount *account,
                          JsonObject       *record)
{
  GPtrArray *problems = new_problems ();
  const char *const *platforms = prd_member_platforms ();
  g_autofree char *handle = NULL;
  g_autofree char *url = NULL;
  gboolean known = FALSE;

  g_return_val_if_fail (account != NULL, problems);

  for (guint i = 0; platforms[i] != NULL; i++)
    known |= g_strcmp0 (platforms[i], account->platform) == 0;
  if (!known)
    add_problem (problems, "platform",
                 _("Choose the platform from the list: Facebook, TikTok, YouTube, Instagram, "
                   "X or LINE OA."));
  else
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = g_strstrip (g_strdup (account->address != NULL ? account->address : ""));

      if (*text == '\0')
        add_problem (problems, "handle",
                     _("Write the account's @name or paste the link to its page."));
      else if (!prd_member_check_social (account->platform, text, &handle, &url, &error))
        add_problem (problems, "handle", error->message);
      else if (*handle == '\0' && *url == '\0')
        add_problem (problems, "handle",
                     _("Write the account's @name or paste the link to its page."));
    }

  check_count (problems, record, "followers", account->followers);
  check_count (problems, record, "views", account->views);

  {
    g_autofree char *t = g_strstrip (g_strdup (account->counted_at != NULL ? account->counted_at : ""));
    g_autofree char *iso = NULL;
    g_autoptr(GError) error = NULL;

    if (*t == '\0')
      {
        if (record != NULL)
          json_object_set_null_member (record, "counted_at");
      }
    else if (!prd_member_parse_date (t, &iso, &error))
      add_problem (problems, "counted_at", error->message);
    else if (record != NULL)
      json_object_set_string_member (record, "counted_at", iso);
  }

  if (record != NULL && problems->len == 0)
    {
      json_object_set_string_member (record, "platform", account->platform);
      json_object_set_string_member (record, "handle", handle);
      json_object_set_string_member (record, "url", url);
    }
  return problems;
}

GPtrArray *
prd_committee_role_check (PrdCommitteeRole *role,
                          PrdStore         *store,
                          JsonObject       *record)
{
  GPtrArray *problems = new_problems ();
  const char *const *roles = prd_committee_roles ();
  gboolean known = FALSE;

  g_return_val_if_fail (role != NULL, problems);
  g_return_val_if_fail (PRD_IS_STORE (store), problems);

  if (role->committee_id == NULL || *role->committee_id == '\0')
    add_problem (problems, "committee_id", _("Choose the committee."));
  else
    {
      sqlite3_stmt *stmt = prd_store_prepare (store, "SELECT 1 FROM committee WHERE id = ?1", NULL);
      gboolean found = FALSE;

      if (stmt != NULL)
        {
          sqlite3_bind_text (stmt, 1, role->committee_id, -1, SQLITE_TRANSIENT);
          found = sqlite3_step (stmt) == SQLITE_ROW;
          sqlite3_finalize (stmt);
        }
      if (!found)
        add_problem (problems, "committee_id",
                     _("There is no such committee; choose one from the list."));
    }

  for (guint i = 0; roles[i] != NULL; i++)
    known |= g_strcmp0 (roles[i], role->role) == 0;
  if (!known)
    add_problem (problems, "role",
                 _("Choose the role: chair, vice-chair, committee member, member and secretary, "
                   "or member and assistant secretary."));

  if (record != NULL && problems->len == 0)
    {
      json_object_set_string_member (record, "committee_id", role->committee_id);
      json_object_set_string_member (record, "role", role->role);
      json_object_set_int_member (record, "in_network_group", role->in_network_group ? 1 : 0);
    }
  return problems;
}

char *
prd_social_account_describe (PrdSocialAccount *account,
                             guint             index)
{
  g_return_val_if_fail (account != NULL, NULL);
  /* TRANSLATORS: a row of the member's social media accounts, e.g. "Account 2 (TikTok)" */
  return g_strdup_printf (_("Account %u (%s)"), index + 1,
                          prd_member_platform_label (account->platform));
}

char *
prd_committee_role_describe (PrdCommitteeRole *role,
                             guint             index)
{
  g_return_val_if_fail (role != NULL, NULL);
  /* TRANSLATORS: a row of the member's committee roles */
  return g_strdup_printf (_("Committee role %u"), index + 1);
}

static void
describe_problems (GPtrArray  *out,
                   const char *row,
                   GPtrArray  *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      PrdFieldProblem *p = g_ptr_array_index (problems, i);

      /* TRANSLATORS: a row, its field and what is wrong: "Account 2 (TikTok), Followers: …" */
      g_ptr_array_add (out, g_strdup_printf (_("%s, %s: %s"), row,
                                             prd_member_links_field_label (p->field), p->message));
    }
}

/* The account as it is stored, to tell two rows of the same account apart
 * from two accounts. */
static char *
account_key (PrdSocialAccount *account)
{
  g_autofree char *handle = NULL;
  g_autofree char *url = NULL;
  g_autofree char *folded = NULL;

  if (!prd_member_check_social (account->platform, account->address, &handle, &url, NULL))
    return NULL;
  folded = g_utf8_casefold (handle, -1);
  return *folded != '\0' ? g_strconcat (account->platform, " ", folded, NULL) : NULL;
}

GPtrArray *
prd_member_links_check (PrdMemberLinks *links,
                        PrdStore       *store)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (links != NULL, out);
  g_return_val_if_fail (PRD_IS_STORE (store), out);

  for (guint i = 0; i < links->accounts->len; i++)
    {
      PrdSocialAccount *a = g_ptr_array_index (links->accounts, i);
      g_autoptr(GPtrArray) problems = prd_social_account_check (a, NULL);
      g_autofree char *row = prd_social_account_describe (a, i);
      char *key;

      describe_problems (out, row, problems);
      if (problems->len > 0 || (key = account_key (a)) == NULL)
        continue;
      if (!g_hash_table_add (seen, key))
        g_ptr_array_add (out, g_strdup_printf (_("%s, %s: %s"), row, prd_member_links_field_label ("handle"),
                                               _("This account is already listed above; remove one "
                                                 "of the two.")));
    }

  g_hash_table_remove_all (seen);
  for (guint i = 0; i < links->roles->len; i++)
    {
      PrdCommitteeRole *r = g_ptr_array_index (links->roles, i);
      g_autoptr(GPtrArray) problems = prd_committee_role_check (r, store, NULL);
      g_autofree char *row = prd_committee_role_describe (r, i);

      describe_problems (out, row, problems);
      if (problems->len > 0)
        continue;
      if (!g_hash_table_add (seen, g_strdup (r->committee_id)))
        g_ptr_array_add (out, g_strdup_printf (_("%s, %s: %s"), row, prd_member_links_field_label ("committee_id"),
                                               _("The member already has a role in this committee "
                                                 "above; a member holds one role in a committee.")));
    }
  return out;
}

/* Saving */

static gpointer
find_by_id (GPtrArray  *items,
            const char *id)
{
  /* Both item types start with their id. */
  for (guint i = 0; id != NULL && items != NULL && i < items->len; i++)
    {
      const char *item_id = *(char **) g_ptr_array_index (items, i);

      if (g_strcmp0 (item_id, id) == 0)
        return g_ptr_array_index (items, i);
    }
  return NULL;
}

static gboolean
put_row (PrdStore    *store,
         const char  *table,
         const char  *id,
         const char  *member_id,
         JsonObject  *record,
         GError     **error)
{
  if (id != NULL)
    json_object_set_string_member (record, "id", id);
  json_object_set_string_member (record, "member_id", member_id);
  return prd_store_put (store, table, record, error);
}

static gboolean
tombstone_removed (PrdStore    *store,
                   const char  *table,
                   GPtrArray   *original,
                   GPtrArray   *current,
                   GError     **error)
{
  for (guint i = 0; original != NULL && i < original->len; i++)
    {
      const char *id = *(char **) g_ptr_array_index (original, i);

      if (id != NULL && find_by_id (current, id) == NULL &&
          !prd_store_tombstone (store, table, id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_links (PrdStore        *store,
             const char      *member_id,
             PrdMemberLinks  *original,
             PrdMemberLinks  *links,
             GError         **error)
{
  for (guint i = 0; i < links->accounts->len; i++)
    {
      PrdSocialAccount *a = g_ptr_array_index (links->accounts, i);
      PrdSocialAccount *was = original ? find_by_id (original->accounts, a->id) : NULL;
      g_autoptr(JsonObject) record = json_object_new ();
      g_autoptr(GPtrArray) problems = NULL;

      if (was != NULL && prd_social_account_equal (was, a))
        continue;
      problems = prd_social_account_check (a, record);
      g_assert (problems->len == 0);   /* checked before the transaction */
      if (!put_row (store, "social_account", a->id, member_id, record, error))
        return FALSE;
    }
  for (guint i = 0; i < links->roles->len; i++)
    {
      PrdCommitteeRole *r = g_ptr_array_index (links->roles, i);
      PrdCommitteeRole *was = original ? find_by_id (original->roles, r->id) : NULL;
      g_autoptr(JsonObject) record = json_object_new ();
      g_autoptr(GPtrArray) problems = NULL;

      if (was != NULL && prd_committee_role_equal (was, r))
        continue;
      problems = prd_committee_role_check (r, store, record);
      g_assert (problems->len == 0);
      if (!put_row (store, "committee_role", r->id, member_id, record, error))
        return FALSE;
    }
  return tombstone_removed (store, "social_account", original ? original->accounts : NULL,
                            links->accounts, error) &&
         tombstone_removed (store, "committee_role", original ? original->roles : NULL,
                            links->roles, error);
}

gboolean
prd_member_links_save (PrdStore        *store,
                       JsonObject      *member,
                       PrdMemberLinks  *original,
                       PrdMemberLinks  *links,
                       GError         **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(PrdStoreTxn) txn = NULL;
  const char *member_id;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);
  g_return_val_if_fail (member != NULL && links != NULL, FALSE);

  problems = prd_member_links_check (links, store);
  if (problems->len > 0)
    {
      g_autofree char *text = NULL;

      g_ptr_array_add (problems, NULL);
      text = g_strjoinv ("; ", (char **) problems->pdata);
      g_set_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID,
                   _("The member was not saved. %s"), text);
      return FALSE;
    }

  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
    return FALSE;
  if (!prd_member_save (store, member, error))
    return FALSE;
  member_id = json_object_get_string_member (member, "id");
  return write_links (store, member_id, original, links, error) &&
         prd_store_txn_commit (txn, error);
}
