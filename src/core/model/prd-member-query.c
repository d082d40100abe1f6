/* SPDX-License-Identifier: GPL-3.0-or-later */
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
#include "thai/prd-thai-fts.h"
#include "thai/prd-thai.h"
#include "store/prd-store-sql.h"

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

  /* The last count, to choose how to find a page (see choose_plan): what
   * was counted (SQL and values), on which connection, after how many of its
   * changes. Only ever a hint: a stale one costs time, never a wrong row. */
  char         *counted;
  sqlite3      *counted_db;
  sqlite3_int64 counted_changes;
  gint64        counted_version;   /* PRAGMA data_version: others' commits */
  gint64        counted_n;
  struct _RowSet *matches;         /* what a search-only count found, or NULL */
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

/* The members a search-only count found, as a bitmap of member rowids.
 * A page walks the name index and checks each row here (SQL function
 * prd_rowset_has, the set bound as a pointer the statement keeps a reference
 * to), instead of running the search a second time. */
typedef struct _RowSet {
  gint    ref;
  gint64  max;
  guint8 *bits;
} RowSet;

static RowSet *
rowset_new (gint64 max)
{
  RowSet *set = g_new0 (RowSet, 1);

  set->ref = 1;
  set->max = MAX (max, 0);
  set->bits = g_malloc0 ((gsize) set->max / 8 + 1);
  return set;
}

static RowSet *
rowset_ref (RowSet *set)
{
  g_atomic_int_inc (&set->ref);
  return set;
}

static void
rowset_unref (void *data)
{
  RowSet *set = data;

  if (set != NULL && g_atomic_int_dec_and_test (&set->ref))
    {
      g_free (set->bits);
      g_free (set);
    }
}

static void
rowset_add (RowSet *set,
            gint64  rowid)
{
  if (rowid < 0)
    return;
  if (rowid > set->max)
    {
      gint64 max = MAX (rowid, set->max * 2);

      set->bits = g_realloc (set->bits, (gsize) max / 8 + 1);
      memset (set->bits + set->max / 8 + 1, 0, (gsize) (max / 8 - set->max / 8));
      set->max = max;
    }
  set->bits[rowid / 8] |= (guint8) (1u << (rowid % 8));
}

#define ROWSET_POINTER_TYPE "prd_member_rowset"

/* prd_rowset_put (set, rowid): adds the rowid, is true. Inside the count's
 * WHERE it fills the set without handing each row out of SQLite. */
static void
sql_rowset_put (sqlite3_context  *ctx,
                int               n_args,
                sqlite3_value   **args)
{
  RowSet *set = sqlite3_value_pointer (args[0], ROWSET_POINTER_TYPE);

  if (set != NULL)
    rowset_add (set, sqlite3_value_int64 (args[1]));
  sqlite3_result_int (ctx, 1);
}

static void
sql_rowset_has (sqlite3_context  *ctx,
                int               n_args,
                sqlite3_value   **args)
{
  RowSet *set = sqlite3_value_pointer (args[0], ROWSET_POINTER_TYPE);
  gint64 rowid = sqlite3_value_int64 (args[1]);

  sqlite3_result_int (ctx, set != NULL && rowid >= 0 && rowid <= set->max &&
                           (set->bits[rowid / 8] & (1u << (rowid % 8))) != 0);
}

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
  g_free (self->counted);
  rowset_unref (self->matches);

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
  gboolean grouped = FALSE;

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
      /* A Thai word may sit inside a compound name that the index holds as
       * several words (หนองบัว in บ้าน|หนอง|บัว|แดง): any of its cuts, each
       * a phrase, matches. FTS5 wants an explicit AND before a group. */
      g_auto(GStrv) cuts = prd_thai_fts_query_cuts (words[i], i == last);
      guint n_cuts = g_strv_length (cuts);

      if (expr->len > 0)
        g_string_append (expr, n_cuts > 1 || grouped ? " AND " : " ");
      grouped = n_cuts > 1;
      if (n_cuts > 1)
        g_string_append_c (expr, '(');
      for (guint k = 0; k < n_cuts; k++)
        {
          g_auto(GStrv) parts = g_strsplit (cuts[k], "\"", -1);
          g_autofree char *escaped = g_strjoinv ("\"\"", parts);

          if (k > 0)
            g_string_append (expr, " OR ");
          g_string_append_printf (expr, "\"%s\"%s", escaped, i == last ? "*" : "");
        }
      if (n_cuts > 1)
        g_string_append_c (expr, ')');
    }
  return g_string_free (expr, FALSE);
}

typedef struct {
  GString   *where;
  const char *from;    /* "member m", or the search index joined to it */
  const char *rowid;   /* the member's rowid in FROM */
  GPtrArray *values;   /* char*, bound as text to ?1, ?2, … in order */
} Filters;

/* How a page of matches is found in the name order. */
typedef enum {
  PLAN_COUNT,  /* no order: only what the filters need */
  PLAN_ALL,    /* every match with its member row, sorted (no page) */
  PLAN_SORT,   /* the filters drive (the search index first), the matches are sorted */
  PLAN_WALK,   /* the name index drives in order, each row is checked against the
                  match set (found once), stop at the page */
  PLAN_PROBE,  /* as PLAN_WALK, but each row asks the search index itself */
  PLAN_KNOWN,  /* as PLAN_WALK, against the matches the count just found */
} Plan;

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

static gboolean search_only (PrdMemberQuery *self);

static void
build_filters (PrdMemberQuery *self,
               Plan            plan,
               Filters        *f,
               gboolean       *needs_category)
{
  g_autofree char *match = prd_member_query_match_expression (self->search_text);

  f->where = g_string_new (NULL);
  f->from = "member m";
  f->rowid = "m.rowid";
  f->values = g_ptr_array_new_with_free_func (g_free);
  *needs_category = FALSE;

  if (plan == PLAN_KNOWN)
    {
      /* The set holds exactly the members to show (prd_member_query_count
       * of this same search, nothing written since); bound by prepare as
       * the parameter after the values. */
      f->rowid = "ms.member_rowid";
      f->from = "member_sort ms INDEXED BY member_sort_name";
      add_condition (f, "prd_rowset_has (?1, ms.member_rowid)");
      return;
    }
  if (plan == PLAN_SORT && self->sort == PRD_MEMBER_SORT_GIVEN_NAME && search_only (self))
    {
      /* Only a search, its matches sorted by name: the search index and
       * member_sort answer alone (deleted members are not in the index,
       * inactive ones carry prdinactive), without reading each match's
       * member row. (Walking the name index instead checks few rows, and
       * asking the index about one row is several times slower with the
       * NOT prdinactive, so the walks read member rows.) */
      g_autofree char *expr = self->include_inactive
                                ? g_strdup (match)
                                : g_strdup_printf ("(%s) NOT prdinactive", match);

      f->rowid = "ms.member_rowid";
      f->from = "member_fts JOIN member_sort ms ON ms.member_rowid = member_fts.rowid";
      add_text (f, "member_fts MATCH ?%d", expr);
      return;
    }

  add_condition (f, "m.deleted = 0");
  if (!self->include_inactive)
    add_condition (f, "m.active = 1");
  if (plan == PLAN_WALK || plan == PLAN_PROBE)
    {
      /* The name index drives (CROSS JOIN keeps that order of the loops).
       * WALK finds the matches once into a set that each row is checked
       * against ("+" so that SQLite does not drive from that set); PROBE
       * asks the index for each row, which is cheaper when nearly every row
       * matches and the prefix is in the index's prefix tables. */
      f->from = "member_sort ms INDEXED BY member_sort_name"
                " CROSS JOIN member m ON m.rowid = ms.member_rowid";
      if (match[0] != '\0' && plan == PLAN_PROBE)
        add_text (f, "EXISTS (SELECT 1 FROM member_fts WHERE member_fts MATCH ?%d"
                     " AND member_fts.rowid = ms.member_rowid)", match);
      else if (match[0] != '\0')
        add_text (f, "+ms.member_rowid IN (SELECT rowid FROM member_fts WHERE member_fts MATCH ?%d)",
                  match);
    }
  else if (match[0] != '\0')
    {
      /* The index drives: its rowids come in order, each looks up its member. */
      f->from = plan == PLAN_COUNT
                  ? "member_fts JOIN member m ON m.rowid = member_fts.rowid"
                  : "member_fts JOIN member m ON m.rowid = member_fts.rowid"
                    " JOIN member_sort ms ON ms.member_rowid = m.rowid";
      add_text (f, "member_fts MATCH ?%d", match);
    }
  else if (plan == PLAN_SORT || plan == PLAN_ALL)
    f->from = "member m JOIN member_sort ms ON ms.member_rowid = m.rowid";
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
      /* The functions first: they own nothing, so only the collation's
       * failure leaves its cache to free here. */
      if (sqlite3_create_function_v2 (db, "prd_rowset_has", 2, SQLITE_UTF8, NULL,
                                      sql_rowset_has, NULL, NULL, NULL) == SQLITE_OK &&
          sqlite3_create_function_v2 (db, "prd_rowset_put", 2, SQLITE_UTF8, NULL,
                                      sql_rowset_put, NULL, NULL, NULL) == SQLITE_OK &&
          sqlite3_create_collation_v2 (db, KEYED_COLLATION, SQLITE_UTF8, cache,
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
  /* member_sort's key orders as given_name COLLATE THAI, surname COLLATE
   * THAI (migration 0006); the id breaks ties so that pages never overlap. */
  const char *names = "ms.name_key%1$s, ms.id%1$s";

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

/* The statement prd_member_query_count runs, in SQL (values in F). */
static void
count_source (PrdMemberQuery *self,
              Filters        *f,
              GString        *sql)
{
  gboolean needs_category;

  build_filters (self, PLAN_COUNT, f, &needs_category);
  if (search_only (self))
    {
      /* Only the search (and the active flag): the index counts alone,
       * without looking up every member it finds. */
      g_autofree char *match = prd_member_query_match_expression (self->search_text);
      g_autofree char *expr = self->include_inactive
                                ? g_strdup (match)
                                : g_strdup_printf ("(%s) NOT prdinactive", match);

      g_string_append (sql, "member_fts WHERE member_fts MATCH ?1");
      g_ptr_array_set_size (f->values, 0);
      g_ptr_array_add (f->values, g_steal_pointer (&expr));
    }
  else
    {
      g_string_append (sql, f->from);
      g_string_append (sql, f->where->str);
    }
}

static char *
count_key (GString *sql,
           Filters *f)
{
  GString *key = g_string_new (sql->str);

  for (guint i = 0; i < f->values->len; i++)
    {
      g_string_append_c (key, '\x1f');
      g_string_append (key, g_ptr_array_index (f->values, i));
    }
  return g_string_free (key, FALSE);
}

/* The last word of the search has at most 2 characters, so FTS5 answers it
 * from its prefix tables (prefix = '1 2', migration 0004) and asking about
 * one row is cheap; longer prefixes merge every matching term at each ask. */
static gboolean
short_prefix (PrdMemberQuery *self)
{
  g_autofree char *match = prd_member_query_match_expression (self->search_text);
  const char *last;

  if (match[0] == '\0')
    return FALSE;
  last = strrchr (match, ' ');
  last = last != NULL ? last + 1 : match;
  /* "word"* : two quotes and a star around it. */
  return strchr (last, '"') == last && g_utf8_strlen (last, -1) - 3 <= 2 &&
         strchr (last + 1, '"') == last + strlen (last) - 2;
}

/* How to find the first page in the name order. Walking the name index
 * costs about 60 × members / matches steps, sorting costs one lookup per
 * match: the walk wins unless the matches are few (fewer than a 16th), and
 * asking the index row by row wins when most rows match. The count comes
 * from the last prd_member_query_count of the same query (the registry page
 * counts, then fetches), else is counted here up to the bound that matters. */
#define WALK_MIN_MATCHES 500
#define WALK_FRACTION 16
#define PROBE_FRACTION 4

static Plan
choose_plan (PrdMemberQuery *self,
             PrdStore       *store)
{
  g_autoptr(GString) sql = g_string_new ("SELECT count(*) FROM ");
  sqlite3 *db = prd_store_get_db (store);
  gint64 members = prd_store_count (store, "SELECT max(rowid) FROM member");
  gint64 walk_bound = MAX (WALK_MIN_MATCHES, members / WALK_FRACTION);
  gint64 probe_bound = MAX (walk_bound, members / PROBE_FRACTION);
  gboolean probe = short_prefix (self);
  gint64 n = 0;
  Filters f;

  if (self->sort != PRD_MEMBER_SORT_GIVEN_NAME || members <= 0)
    return PLAN_SORT;

  count_source (self, &f, sql);
  {
    g_autofree char *key = count_key (sql, &f);

    if (self->counted != NULL && self->counted_db == db &&
        self->counted_changes == sqlite3_total_changes64 (db) &&
        self->counted_version == prd_store_count (store, "PRAGMA data_version") &&
        g_str_equal (self->counted, key))
      {
        n = self->counted_n;
        if (self->matches != NULL && n >= walk_bound)
          {
            filters_clear (&f);
            return PLAN_KNOWN;
          }
      }
    else
      {
        /* Counting stops at the bound: a broad search is not counted whole. */
        g_autoptr(GString) bounded = g_string_new ("SELECT count(*) FROM (SELECT 1 FROM ");
        sqlite3_stmt *stmt;

        g_string_append (bounded, sql->str + strlen ("SELECT count(*) FROM "));
        g_string_append_printf (bounded, " LIMIT %" G_GINT64_FORMAT ")",
                                probe ? probe_bound : walk_bound);
        stmt = prd_store_prepare (store, bounded->str, NULL);
        if (stmt != NULL)
          {
            bind_filters (&f, stmt);
            if (sqlite3_step (stmt) == SQLITE_ROW)
              n = sqlite3_column_int64 (stmt, 0);
            sqlite3_finalize (stmt);
          }
      }
  }
  filters_clear (&f);
  if (n < walk_bound)
    return PLAN_SORT;
  return probe && n >= probe_bound ? PLAN_PROBE : PLAN_WALK;
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
  Plan plan = PLAN_ALL;

  g_return_val_if_fail (PRD_IS_MEMBER_QUERY (self), NULL);
  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (columns != NULL, NULL);

  ensure_keyed_collation (prd_store_get_db (store));
  g_string_append (sql, columns);
  if (tail != NULL && *tail != '\0')
    {
      /* A page: find the rowids of the page in an inner query and join the
       * page's few rows afterwards. Sorting whole joined rows made a broad
       * search (50,000 matches) three times slower. The outer query is a
       * join, so SQLite does not flatten the inner one away. */
      plan = choose_plan (self, store);
      build_filters (self, plan, &f, &needs_category);
      g_string_append_printf (sql, " FROM (SELECT %s AS prd_rid FROM %s", f.rowid, f.from);
      if (needs_category)
        g_string_append (sql, " LEFT JOIN member_category c ON c.id = m.category_id");
      g_string_append (sql, f.where->str);
      append_order (self, sql);
      g_string_append_c (sql, ' ');
      g_string_append (sql, tail);
      g_string_append (sql, ") AS prd_page"
                            " JOIN member m ON m.rowid = prd_page.prd_rid"
                            " JOIN member_sort ms ON ms.member_rowid = m.rowid"
                            " LEFT JOIN school s ON s.id = m.school_id"
                            " LEFT JOIN member_category c ON c.id = m.category_id");
      append_order (self, sql);
    }
  else
    {
      build_filters (self, PLAN_ALL, &f, &needs_category);
      g_string_append_printf (sql, " FROM %s"
                                   " LEFT JOIN school s ON s.id = m.school_id"
                                   " LEFT JOIN member_category c ON c.id = m.category_id", f.from);
      g_string_append (sql, f.where->str);
      append_order (self, sql);
    }

  stmt = prd_store_prepare (store, sql->str, error);
  if (stmt != NULL)
    bind_filters (&f, stmt);
  if (stmt != NULL && plan == PLAN_KNOWN)
    sqlite3_bind_pointer (stmt, 1, rowset_ref (self->matches), ROWSET_POINTER_TYPE, rowset_unref);
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
  sqlite3 *db;
  Filters f;
  sqlite3_stmt *stmt;
  gint64 n = -1;

  g_return_val_if_fail (PRD_IS_MEMBER_QUERY (self), -1);
  g_return_val_if_fail (PRD_IS_STORE (store), -1);

  db = prd_store_get_db (store);
  count_source (self, &f, sql);
  g_clear_pointer (&self->matches, rowset_unref);
  if (search_only (self))
    {
      /* The index alone answers: count its rows and keep them, so that the
       * page that usually follows need not search again. */
      RowSet *set = rowset_new (prd_store_count (store, "SELECT max(rowid) FROM member"));
      g_autofree char *collect = g_strdup_printf ("%s AND prd_rowset_put (?%u, member_fts.rowid)",
                                                  sql->str, f.values->len + 1);

      ensure_keyed_collation (db);
      stmt = prd_store_prepare (store, collect, error);
      if (stmt != NULL)
        {
          bind_filters (&f, stmt);
          sqlite3_bind_pointer (stmt, (int) f.values->len + 1, set, ROWSET_POINTER_TYPE, NULL);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            n = sqlite3_column_int64 (stmt, 0);
          else
            g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL,
                         _("The members could not be counted: %s"),
                         sqlite3_errmsg (db));
          sqlite3_finalize (stmt);
        }
      if (n >= 0)
        self->matches = set;
      else
        rowset_unref (set);
    }
  else if ((stmt = prd_store_prepare (store, sql->str, error)) != NULL)
    {
      bind_filters (&f, stmt);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        n = sqlite3_column_int64 (stmt, 0);
      else
        g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL,
                     _("The members could not be counted: %s"),
                     sqlite3_errmsg (db));
      sqlite3_finalize (stmt);
    }
  if (n >= 0)
    {
      g_free (self->counted);
      self->counted = count_key (sql, &f);
      self->counted_db = db;
      self->counted_changes = sqlite3_total_changes64 (db);
      self->counted_version = prd_store_count (store, "PRAGMA data_version");
      self->counted_n = n;
    }
  filters_clear (&f);
  return n;
}
