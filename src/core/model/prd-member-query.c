/* prd-member-query.c — the registry's search, filters and sort as SQL.
 *
 * Values are always bound (?1 … ?n, below 1000), never pasted into the SQL;
 * the caller's tail binds at 1000 and up. Search goes through member_fts
 * (migration 0004), so typing stays fast with 100,000 members.
 */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>
#include <string.h>

#include "prd-member-query.h"
#include "thai/prd-thai.h"

struct _PrdMemberQuery
{
  GObject       parent_instance;
  char         *search_text;
  int           internal;
  char         *category_id;
  char         *district;
  gboolean      committee_only;
  char         *joined_from;
  char         *joined_to;
  int           consent_contact;
  gboolean      include_inactive;
  PrdMemberSort sort;
  gboolean      descending;
};

G_DEFINE_ENUM_TYPE (PrdMemberSort, prd_member_sort,
  G_DEFINE_ENUM_VALUE (PRD_MEMBER_SORT_GIVEN_NAME, "given-name"),
  G_DEFINE_ENUM_VALUE (PRD_MEMBER_SORT_DISTRICT, "district"),
  G_DEFINE_ENUM_VALUE (PRD_MEMBER_SORT_CATEGORY, "category"),
  G_DEFINE_ENUM_VALUE (PRD_MEMBER_SORT_JOINED, "joined"))

G_DEFINE_FINAL_TYPE (PrdMemberQuery, prd_member_query, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEARCH_TEXT,
  PROP_INTERNAL,
  PROP_CATEGORY_ID,
  PROP_DISTRICT,
  PROP_COMMITTEE_ONLY,
  PROP_JOINED_FROM,
  PROP_JOINED_TO,
  PROP_CONSENT_CONTACT,
  PROP_INCLUDE_INACTIVE,
  PROP_SORT,
  PROP_DESCENDING,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Empty strings mean "no filter", stored as NULL so there is one spelling. */
static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
prd_member_query_finalize (GObject *object)
{
  PrdMemberQuery *self = PRD_MEMBER_QUERY (object);

  g_free (self->search_text);
  g_free (self->category_id);
  g_free (self->district);
  g_free (self->joined_from);
  g_free (self->joined_to);

  G_OBJECT_CLASS (prd_member_query_parent_class)->finalize (object);
}

static void
prd_member_query_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PrdMemberQuery *self = PRD_MEMBER_QUERY (object);

  switch (prop_id)
    {
    case PROP_SEARCH_TEXT:      g_value_set_string (value, self->search_text); break;
    case PROP_INTERNAL:         g_value_set_int (value, self->internal); break;
    case PROP_CATEGORY_ID:      g_value_set_string (value, self->category_id); break;
    case PROP_DISTRICT:         g_value_set_string (value, self->district); break;
    case PROP_COMMITTEE_ONLY:   g_value_set_boolean (value, self->committee_only); break;
    case PROP_JOINED_FROM:      g_value_set_string (value, self->joined_from); break;
    case PROP_JOINED_TO:        g_value_set_string (value, self->joined_to); break;
    case PROP_CONSENT_CONTACT:  g_value_set_int (value, self->consent_contact); break;
    case PROP_INCLUDE_INACTIVE: g_value_set_boolean (value, self->include_inactive); break;
    case PROP_SORT:             g_value_set_enum (value, self->sort); break;
    case PROP_DESCENDING:       g_value_set_boolean (value, self->descending); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_member_query_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PrdMemberQuery *self = PRD_MEMBER_QUERY (object);

  switch (prop_id)
    {
    case PROP_SEARCH_TEXT:      prd_member_query_set_search_text (self, g_value_get_string (value)); break;
    case PROP_INTERNAL:         prd_member_query_set_internal (self, g_value_get_int (value)); break;
    case PROP_CATEGORY_ID:      prd_member_query_set_category_id (self, g_value_get_string (value)); break;
    case PROP_DISTRICT:         prd_member_query_set_district (self, g_value_get_string (value)); break;
    case PROP_COMMITTEE_ONLY:   prd_member_query_set_committee_only (self, g_value_get_boolean (value)); break;
    case PROP_JOINED_FROM:      prd_member_query_set_joined_from (self, g_value_get_string (value)); break;
    case PROP_JOINED_TO:        prd_member_query_set_joined_to (self, g_value_get_string (value)); break;
    case PROP_CONSENT_CONTACT:  prd_member_query_set_consent_contact (self, g_value_get_int (value)); break;
    case PROP_INCLUDE_INACTIVE: prd_member_query_set_include_inactive (self, g_value_get_boolean (value)); break;
    case PROP_SORT:             prd_member_query_set_sort (self, g_value_get_enum (value)); break;
    case PROP_DESCENDING:       prd_member_query_set_descending (self, g_value_get_boolean (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Every property change is a change of the result: one "changed" per notify
 * (g_object_freeze_notify() around several setters gives one per property). */
static void
prd_member_query_notify (GObject    *object,
                         GParamSpec *pspec)
{
  g_signal_emit (object, signals[CHANGED], 0);
}

static void
prd_member_query_class_init (PrdMemberQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = prd_member_query_finalize;
  object_class->get_property = prd_member_query_get_property;
  object_class->set_property = prd_member_query_set_property;
  object_class->notify = prd_member_query_notify;

  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL, flags);
  properties[PROP_INTERNAL] =
    g_param_spec_int ("internal", NULL, NULL, -1, 1, -1, flags);
  properties[PROP_CATEGORY_ID] =
    g_param_spec_string ("category-id", NULL, NULL, NULL, flags);
  properties[PROP_DISTRICT] =
    g_param_spec_string ("district", NULL, NULL, NULL, flags);
  properties[PROP_COMMITTEE_ONLY] =
    g_param_spec_boolean ("committee-only", NULL, NULL, FALSE, flags);
  properties[PROP_JOINED_FROM] =
    g_param_spec_string ("joined-from", NULL, NULL, NULL, flags);
  properties[PROP_JOINED_TO] =
    g_param_spec_string ("joined-to", NULL, NULL, NULL, flags);
  properties[PROP_CONSENT_CONTACT] =
    g_param_spec_int ("consent-contact", NULL, NULL, -1, 1, -1, flags);
  properties[PROP_INCLUDE_INACTIVE] =
    g_param_spec_boolean ("include-inactive", NULL, NULL, FALSE, flags);
  properties[PROP_SORT] =
    g_param_spec_enum ("sort", NULL, NULL, PRD_TYPE_MEMBER_SORT,
                       PRD_MEMBER_SORT_GIVEN_NAME, flags);
  properties[PROP_DESCENDING] =
    g_param_spec_boolean ("descending", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
prd_member_query_init (PrdMemberQuery *self)
{
  self->internal = -1;
  self->consent_contact = -1;
  self->sort = PRD_MEMBER_SORT_GIVEN_NAME;
}

PrdMemberQuery *
prd_member_query_new (void)
{
  return g_object_new (PRD_TYPE_MEMBER_QUERY, NULL);
}

PrdMemberQuery *
prd_member_query_copy (PrdMemberQuery *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_QUERY (self), NULL);

  return g_object_new (PRD_TYPE_MEMBER_QUERY,
                       "search-text", self->search_text,
                       "internal", self->internal,
                       "category-id", self->category_id,
                       "district", self->district,
                       "committee-only", self->committee_only,
                       "joined-from", self->joined_from,
                       "joined-to", self->joined_to,
                       "consent-contact", self->consent_contact,
                       "include-inactive", self->include_inactive,
                       "sort", self->sort,
                       "descending", self->descending,
                       NULL);
}

/* ---- accessors ---------------------------------------------------------- */

#define STRING_PROPERTY(name, PROP)                                            \
  const char *                                                                 \
  prd_member_query_get_##name (PrdMemberQuery *self)                           \
  {                                                                            \
    g_return_val_if_fail (PRD_IS_MEMBER_QUERY (self), NULL);                   \
    return self->name;                                                         \
  }                                                                            \
  void                                                                         \
  prd_member_query_set_##name (PrdMemberQuery *self, const char *value)        \
  {                                                                            \
    g_return_if_fail (PRD_IS_MEMBER_QUERY (self));                             \
    if (set_string (&self->name, value))                                       \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);            \
  }

#define SCALAR_PROPERTY(type, name, PROP, check)                               \
  type                                                                         \
  prd_member_query_get_##name (PrdMemberQuery *self)                           \
  {                                                                            \
    g_return_val_if_fail (PRD_IS_MEMBER_QUERY (self), (type) 0);               \
    return self->name;                                                         \
  }                                                                            \
  void                                                                         \
  prd_member_query_set_##name (PrdMemberQuery *self, type value)               \
  {                                                                            \
    g_return_if_fail (PRD_IS_MEMBER_QUERY (self));                             \
    g_return_if_fail (check);                                                  \
    if (self->name == value)                                                   \
      return;                                                                  \
    self->name = value;                                                        \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);              \
  }

STRING_PROPERTY (search_text, PROP_SEARCH_TEXT)
STRING_PROPERTY (category_id, PROP_CATEGORY_ID)
STRING_PROPERTY (district, PROP_DISTRICT)
STRING_PROPERTY (joined_from, PROP_JOINED_FROM)
STRING_PROPERTY (joined_to, PROP_JOINED_TO)
SCALAR_PROPERTY (int, internal, PROP_INTERNAL, value >= -1 && value <= 1)
SCALAR_PROPERTY (int, consent_contact, PROP_CONSENT_CONTACT, value >= -1 && value <= 1)
SCALAR_PROPERTY (gboolean, committee_only, PROP_COMMITTEE_ONLY, TRUE)
SCALAR_PROPERTY (gboolean, include_inactive, PROP_INCLUDE_INACTIVE, TRUE)
SCALAR_PROPERTY (gboolean, descending, PROP_DESCENDING, TRUE)
SCALAR_PROPERTY (PrdMemberSort, sort, PROP_SORT,
                 value >= PRD_MEMBER_SORT_GIVEN_NAME && value <= PRD_MEMBER_SORT_JOINED)

/* ---- SQL ---------------------------------------------------------------- */

char *
prd_member_query_match_expression (const char *text)
{
  g_auto(GStrv) words = NULL;
  GString *expr = g_string_new (NULL);
  guint last = 0;

  if (text == NULL)
    return g_string_free (expr, FALSE);

  /* Any Unicode space separates words (Thai keyboards also type U+00A0). */
  {
    g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
    const char *p = text, *start = NULL;

    for (;; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (c == 0 || g_unichar_isspace (c) || c == 0x200B)
          {
            if (start != NULL)
              g_ptr_array_add (list, g_strndup (start, p - start));
            start = NULL;
            if (c == 0)
              break;
          }
        else if (start == NULL)
          start = p;
      }
    g_ptr_array_add (list, NULL);
    words = (GStrv) g_ptr_array_steal (list, NULL);
  }

  for (guint i = 0; words[i] != NULL; i++)
    last = i;
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = NULL;
      g_auto(GStrv) parts = g_strsplit (words[i], "\"", -1);

      escaped = g_strjoinv ("\"\"", parts);
      if (expr->len > 0)
        g_string_append_c (expr, ' ');
      g_string_append_printf (expr, "\"%s\"%s", escaped, i == last ? "*" : "");
    }
  return g_string_free (expr, FALSE);
}

typedef struct {
  GString   *where;
  const char *from;    /* "member m", or the search index joined to it */
  GPtrArray *values;   /* char*, bound as text to ?1, ?2, … in order */
} Filters;

static void
add_condition (Filters    *f,
               const char *sql)
{
  g_string_append (f->where, f->where->len > 0 ? " AND " : " WHERE ");
  g_string_append (f->where, sql);
}

/* Appends "(... ?N ...)" where SQL holds one "%d" for the parameter number. */
static void
add_text (Filters    *f,
          const char *sql_with_param,
          const char *value)
{
  g_autofree char *cond = NULL;
  int n;

  g_ptr_array_add (f->values, g_strdup (value));
  n = (int) f->values->len;
  cond = g_strdup_printf (sql_with_param, n);
  add_condition (f, cond);
}

static void
build_filters (PrdMemberQuery *self,
               Filters        *f,
               gboolean       *needs_category)
{
  g_autofree char *match = prd_member_query_match_expression (self->search_text);

  f->where = g_string_new (NULL);
  f->from = "member m";
  f->values = g_ptr_array_new_with_free_func (g_free);
  *needs_category = FALSE;

  add_condition (f, "m.deleted = 0");
  if (!self->include_inactive)
    add_condition (f, "m.active = 1");
  if (match[0] != '\0')
    {
      /* The index drives: its rowids come in order, each looks up its member. */
      f->from = "member_fts JOIN member m ON m.rowid = member_fts.rowid";
      add_text (f, "member_fts MATCH ?%d", match);
    }
  if (self->internal >= 0)
    add_condition (f, self->internal ? "m.internal = 1" : "m.internal = 0");
  if (self->category_id != NULL)
    add_text (f, "m.category_id = ?%d", self->category_id);
  if (self->district != NULL)
    add_text (f, "m.district = ?%d", self->district);
  if (self->committee_only)
    add_condition (f, "EXISTS (SELECT 1 FROM committee_role r WHERE r.member_id = m.id "
                      "AND r.deleted = 0)");
  if (self->joined_from != NULL)
    add_text (f, "m.joined_at >= ?%d", self->joined_from);
  if (self->joined_to != NULL)
    {
      /* An ISO date "to" includes that whole day even if joined_at has a time. */
      g_autofree char *end = g_strconcat (self->joined_to, "\xef\xbf\xbf", NULL);
      add_text (f, "m.joined_at <= ?%d", end);
    }
  if (self->consent_contact >= 0)
    add_condition (f, self->consent_contact ? "m.consent_contact = 1" : "m.consent_contact = 0");
  if (self->sort == PRD_MEMBER_SORT_CATEGORY)
    *needs_category = TRUE;
}

static void
filters_clear (Filters *f)
{
  g_string_free (f->where, TRUE);
  g_ptr_array_unref (f->values);
}

static void
bind_filters (Filters      *f,
              sqlite3_stmt *stmt)
{
  for (guint i = 0; i < f->values->len; i++)
    sqlite3_bind_text (stmt, (int) i + 1, g_ptr_array_index (f->values, i), -1, SQLITE_TRANSIENT);
}

/* Thai order with the sort keys remembered. COLLATE THAI computes both
 * strings' keys (TIS-620, th_strxfrm) at every comparison; sorting 50,000
 * matches compares each name many times, and names repeat a lot. This
 * collation orders exactly as THAI (prd_thai_sort_key is THAI's key) but
 * keeps the keys of the names it has seen, per connection. */
#define KEYED_COLLATION "PRD_THAI_KEYED"
#define KEY_CACHE_MAX 200000

static const char *
cached_key (GHashTable *cache,
            const void *text,
            int         len)
{
  char stack[256];
  char *s = len < (int) sizeof stack ? stack : g_malloc (len + 1);
  const char *key;

  memcpy (s, text, len);
  s[len] = '\0';
  key = g_hash_table_lookup (cache, s);
  if (key == NULL)
    {
      if (g_hash_table_size (cache) >= KEY_CACHE_MAX)
        g_hash_table_remove_all (cache);
      key = prd_thai_sort_key (s);
      g_hash_table_insert (cache, g_strdup (s), (gpointer) key);
    }
  if (s != stack)
    g_free (s);
  return key;
}

typedef struct {
  sqlite3    *db;
  GHashTable *keys;     /* name → its Thai sort key */
} KeyCache;

static GMutex registered_lock;
static GHashTable *registered;   /* sqlite3* with the collation */

static int
keyed_compare (void       *data,
               int         a_len,
               const void *a,
               int         b_len,
               const void *b)
{
  KeyCache *cache = data;
  int r = strcmp (cached_key (cache->keys, a, a_len), cached_key (cache->keys, b, b_len));

  return r < 0 ? -1 : r > 0;
}

/* SQLite calls this when the connection closes. */
static void
keyed_destroy (void *data)
{
  KeyCache *cache = data;

  g_mutex_lock (&registered_lock);
  g_hash_table_remove (registered, cache->db);
  g_mutex_unlock (&registered_lock);
  g_hash_table_unref (cache->keys);
  g_free (cache);
}

static void
ensure_keyed_collation (sqlite3 *db)
{
  g_mutex_lock (&registered_lock);
  if (registered == NULL)
    registered = g_hash_table_new (NULL, NULL);
  if (!g_hash_table_contains (registered, db))
    {
      KeyCache *cache = g_new0 (KeyCache, 1);

      cache->db = db;
      cache->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      if (sqlite3_create_collation_v2 (db, KEYED_COLLATION, SQLITE_UTF8, cache,
                                       keyed_compare, keyed_destroy) == SQLITE_OK)
        g_hash_table_add (registered, db);
      else
        {
          g_hash_table_unref (cache->keys);
          g_free (cache);
        }
    }
  g_mutex_unlock (&registered_lock);
}

static void
append_order (PrdMemberQuery *self,
              GString        *sql)
{
  const char *dir = self->descending ? " DESC" : "";
  const char *names = "m.given_name COLLATE " KEYED_COLLATION "%1$s, m.surname COLLATE "
                      KEYED_COLLATION "%1$s, m.id%1$s";

  g_string_append (sql, " ORDER BY ");
  switch (self->sort)
    {
    case PRD_MEMBER_SORT_DISTRICT:
      g_string_append_printf (sql, "m.district COLLATE " KEYED_COLLATION "%s, ", dir);
      break;
    case PRD_MEMBER_SORT_CATEGORY:
      g_string_append_printf (sql, "c.sort_order%1$s, c.label COLLATE " KEYED_COLLATION "%1$s, ", dir);
      break;
    case PRD_MEMBER_SORT_JOINED:
      /* Members without a joined date come last either way. */
      g_string_append_printf (sql, "m.joined_at IS NULL, m.joined_at%s, ", dir);
      break;
    case PRD_MEMBER_SORT_GIVEN_NAME:
    default:
      break;
    }
  if (self->sort == PRD_MEMBER_SORT_GIVEN_NAME)
    g_string_append_printf (sql, names, dir);
  else
    g_string_append_printf (sql, names, "");
}

sqlite3_stmt *
prd_member_query_prepare (PrdMemberQuery  *self,
                          PrdStore        *store,
                          const char      *columns,
                          const char      *tail,
                          GError         **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  Filters f;
  gboolean needs_category;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PRD_IS_MEMBER_QUERY (self), NULL);
  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (columns != NULL, NULL);

  ensure_keyed_collation (prd_store_get_db (store));
  build_filters (self, &f, &needs_category);
  g_string_append (sql, columns);
  if (tail != NULL && *tail != '\0')
    {
      /* A page: sort only the rowids of the matches in an inner query and
       * join the page's few rows afterwards. Sorting whole joined rows made
       * a broad search (50,000 matches) three times slower. The outer query
       * is a join, so SQLite does not flatten the inner one away. */
      g_string_append_printf (sql, " FROM (SELECT m.rowid AS prd_rid FROM %s", f.from);
      if (needs_category)
        g_string_append (sql, " LEFT JOIN member_category c ON c.id = m.category_id");
      g_string_append (sql, f.where->str);
      append_order (self, sql);
      g_string_append_c (sql, ' ');
      g_string_append (sql, tail);
      g_string_append (sql, ") AS prd_page"
                            " JOIN member m ON m.rowid = prd_page.prd_rid"
                            " LEFT JOIN school s ON s.id = m.school_id"
                            " LEFT JOIN member_category c ON c.id = m.category_id");
      append_order (self, sql);
    }
  else
    {
      g_string_append_printf (sql, " FROM %s"
                                   " LEFT JOIN school s ON s.id = m.school_id"
                                   " LEFT JOIN member_category c ON c.id = m.category_id", f.from);
      g_string_append (sql, f.where->str);
      append_order (self, sql);
    }

  stmt = prd_store_prepare (store, sql->str, error);
  if (stmt != NULL)
    bind_filters (&f, stmt);
  filters_clear (&f);
  return stmt;
}

/* A search and no other filter (deleted members are never in the index). */
static gboolean
search_only (PrdMemberQuery *self)
{
  g_autofree char *match = prd_member_query_match_expression (self->search_text);

  return match[0] != '\0' && self->internal < 0 && self->category_id == NULL &&
         self->district == NULL && !self->committee_only && self->joined_from == NULL &&
         self->joined_to == NULL && self->consent_contact < 0;
}

gint64
prd_member_query_count (PrdMemberQuery  *self,
                        PrdStore        *store,
                        GError         **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT count(*) FROM ");
  Filters f;
  gboolean needs_category;
  sqlite3_stmt *stmt;
  gint64 n = -1;

  g_return_val_if_fail (PRD_IS_MEMBER_QUERY (self), -1);
  g_return_val_if_fail (PRD_IS_STORE (store), -1);

  build_filters (self, &f, &needs_category);
  if (search_only (self))
    {
      /* Only the search (and the active flag): the index counts alone,
       * without looking up every member it finds. */
      g_autofree char *match = prd_member_query_match_expression (self->search_text);
      g_autofree char *expr = self->include_inactive
                                ? g_strdup (match)
                                : g_strdup_printf ("(%s) NOT prdinactive", match);

      g_string_append (sql, "member_fts WHERE member_fts MATCH ?1");
      g_ptr_array_set_size (f.values, 0);
      g_ptr_array_add (f.values, g_steal_pointer (&expr));
    }
  else
    {
      g_string_append (sql, f.from);
      g_string_append (sql, f.where->str);
    }
  stmt = prd_store_prepare (store, sql->str, error);
  if (stmt != NULL)
    {
      bind_filters (&f, stmt);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        n = sqlite3_column_int64 (stmt, 0);
      else
        g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL,
                     _("The members could not be counted: %s"),
                     sqlite3_errmsg (prd_store_get_db (store)));
      sqlite3_finalize (stmt);
    }
  filters_clear (&f);
  return n;
}
