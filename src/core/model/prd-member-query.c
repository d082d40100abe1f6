/* prd-member-query.c — INTERIM stand-in for registry-core's query so the
 * list model can be built before it lands; LIKE instead of FTS5. */
#define G_LOG_DOMAIN "prd-model"

#include "prd-member-query.h"

struct _PrdMemberQuery
{
  GObject parent_instance;
  char *search_text, *category_id, *district, *joined_from, *joined_to;
  int internal, consent_contact;
  gboolean committee_only, include_inactive, descending;
  int sort;
};

G_DEFINE_FINAL_TYPE (PrdMemberQuery, prd_member_query, G_TYPE_OBJECT)

enum { PROP_0, PROP_SEARCH_TEXT, PROP_INTERNAL, PROP_CATEGORY_ID, PROP_DISTRICT,
       PROP_COMMITTEE_ONLY, PROP_JOINED_FROM, PROP_JOINED_TO, PROP_CONSENT_CONTACT,
       PROP_INCLUDE_INACTIVE, PROP_SORT, PROP_DESCENDING, N_PROPS };
static GParamSpec *props[N_PROPS];
static guint changed_signal;

static void
get_prop (GObject *o, guint id, GValue *v, GParamSpec *p)
{
  PrdMemberQuery *s = PRD_MEMBER_QUERY (o);
  switch (id)
    {
    case PROP_SEARCH_TEXT: g_value_set_string (v, s->search_text); break;
    case PROP_INTERNAL: g_value_set_int (v, s->internal); break;
    case PROP_CATEGORY_ID: g_value_set_string (v, s->category_id); break;
    case PROP_DISTRICT: g_value_set_string (v, s->district); break;
    case PROP_COMMITTEE_ONLY: g_value_set_boolean (v, s->committee_only); break;
    case PROP_JOINED_FROM: g_value_set_string (v, s->joined_from); break;
    case PROP_JOINED_TO: g_value_set_string (v, s->joined_to); break;
    case PROP_CONSENT_CONTACT: g_value_set_int (v, s->consent_contact); break;
    case PROP_INCLUDE_INACTIVE: g_value_set_boolean (v, s->include_inactive); break;
    case PROP_SORT: g_value_set_int (v, s->sort); break;
    case PROP_DESCENDING: g_value_set_boolean (v, s->descending); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, p);
    }
}

static void
set_str (char **p, const GValue *v)
{
  g_free (*p);
  *p = g_value_dup_string (v);
  if (*p && !**p)
    g_clear_pointer (p, g_free);
}

static void
set_prop (GObject *o, guint id, const GValue *v, GParamSpec *p)
{
  PrdMemberQuery *s = PRD_MEMBER_QUERY (o);
  switch (id)
    {
    case PROP_SEARCH_TEXT: set_str (&s->search_text, v); break;
    case PROP_INTERNAL: s->internal = g_value_get_int (v); break;
    case PROP_CATEGORY_ID: set_str (&s->category_id, v); break;
    case PROP_DISTRICT: set_str (&s->district, v); break;
    case PROP_COMMITTEE_ONLY: s->committee_only = g_value_get_boolean (v); break;
    case PROP_JOINED_FROM: set_str (&s->joined_from, v); break;
    case PROP_JOINED_TO: set_str (&s->joined_to, v); break;
    case PROP_CONSENT_CONTACT: s->consent_contact = g_value_get_int (v); break;
    case PROP_INCLUDE_INACTIVE: s->include_inactive = g_value_get_boolean (v); break;
    case PROP_SORT: s->sort = g_value_get_int (v); break;
    case PROP_DESCENDING: s->descending = g_value_get_boolean (v); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, p); return;
    }
  g_signal_emit (o, changed_signal, 0);
}

static void
finalize (GObject *o)
{
  PrdMemberQuery *s = PRD_MEMBER_QUERY (o);
  g_free (s->search_text); g_free (s->category_id); g_free (s->district);
  g_free (s->joined_from); g_free (s->joined_to);
  G_OBJECT_CLASS (prd_member_query_parent_class)->finalize (o);
}

static void
prd_member_query_class_init (PrdMemberQueryClass *k)
{
  GObjectClass *oc = G_OBJECT_CLASS (k);
  GParamFlags f = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
  oc->get_property = get_prop; oc->set_property = set_prop; oc->finalize = finalize;
  props[PROP_SEARCH_TEXT] = g_param_spec_string ("search-text", 0, 0, NULL, f);
  props[PROP_INTERNAL] = g_param_spec_int ("internal", 0, 0, -1, 1, -1, f);
  props[PROP_CATEGORY_ID] = g_param_spec_string ("category-id", 0, 0, NULL, f);
  props[PROP_DISTRICT] = g_param_spec_string ("district", 0, 0, NULL, f);
  props[PROP_COMMITTEE_ONLY] = g_param_spec_boolean ("committee-only", 0, 0, FALSE, f);
  props[PROP_JOINED_FROM] = g_param_spec_string ("joined-from", 0, 0, NULL, f);
  props[PROP_JOINED_TO] = g_param_spec_string ("joined-to", 0, 0, NULL, f);
  props[PROP_CONSENT_CONTACT] = g_param_spec_int ("consent-contact", 0, 0, -1, 1, -1, f);
  props[PROP_INCLUDE_INACTIVE] = g_param_spec_boolean ("include-inactive", 0, 0, FALSE, f);
  props[PROP_SORT] = g_param_spec_int ("sort", 0, 0, 0, 3, 0, f);
  props[PROP_DESCENDING] = g_param_spec_boolean ("descending", 0, 0, FALSE, f);
  g_object_class_install_properties (oc, N_PROPS, props);
  changed_signal = g_signal_new ("changed", G_TYPE_FROM_CLASS (k), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
prd_member_query_init (PrdMemberQuery *s)
{
  s->internal = -1;
  s->consent_contact = -1;
}

PrdMemberQuery *
prd_member_query_new (void)
{
  return g_object_new (PRD_TYPE_MEMBER_QUERY, NULL);
}

static char *
build_sql (PrdMemberQuery *s, const char *columns, const char *tail)
{
  GString *q = g_string_new ("SELECT ");
  static const char *const order[] = {
    "m.given_name %s, m.surname %s",
    "m.district %s, m.given_name, m.surname",
    "c.sort_order %s, m.given_name, m.surname",
    "m.joined_at %s, m.given_name, m.surname",
  };
  const char *dir = s->descending ? "DESC" : "ASC";

  g_string_append_printf (q, "%s FROM member m LEFT JOIN school s ON s.id = m.school_id "
                          "LEFT JOIN member_category c ON c.id = m.category_id WHERE m.deleted = 0", columns);
  if (!s->include_inactive) g_string_append (q, " AND m.active = 1");
  if (s->search_text)
    g_string_append (q, " AND (m.given_name LIKE ?1 OR m.surname LIKE ?1 OR m.position LIKE ?1 "
                        "OR s.name LIKE ?1 OR m.district LIKE ?1 OR m.phone LIKE ?1 OR m.organization LIKE ?1)");
  if (s->internal >= 0) g_string_append_printf (q, " AND m.internal = %d", s->internal);
  if (s->category_id) g_string_append (q, " AND m.category_id = ?2");
  if (s->district) g_string_append (q, " AND m.district = ?3");
  if (s->committee_only)
    g_string_append (q, " AND EXISTS (SELECT 1 FROM committee_role r WHERE r.member_id = m.id AND r.deleted = 0)");
  if (s->joined_from) g_string_append (q, " AND m.joined_at >= ?4");
  if (s->joined_to) g_string_append (q, " AND m.joined_at <= ?5");
  if (s->consent_contact >= 0) g_string_append_printf (q, " AND m.consent_contact = %d", s->consent_contact);
  if (tail == NULL || g_strstr_len (columns, -1, "count(") == NULL)
    {
      g_string_append (q, " ORDER BY ");
      g_string_append_printf (q, order[s->sort], dir, dir);
    }
  if (tail) g_string_append_printf (q, " %s", tail);
  return g_string_free (q, FALSE);
}

sqlite3_stmt *
prd_member_query_prepare (PrdMemberQuery *self, PrdStore *store,
                          const char *columns, const char *tail, GError **error)
{
  g_autofree char *sql = build_sql (self, columns, tail);
  sqlite3_stmt *stmt = prd_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  if (self->search_text)
    sqlite3_bind_text (stmt, 1, g_strdup_printf ("%%%s%%", self->search_text), -1, g_free);
  if (self->category_id) sqlite3_bind_text (stmt, 2, self->category_id, -1, SQLITE_TRANSIENT);
  if (self->district) sqlite3_bind_text (stmt, 3, self->district, -1, SQLITE_TRANSIENT);
  if (self->joined_from) sqlite3_bind_text (stmt, 4, self->joined_from, -1, SQLITE_TRANSIENT);
  if (self->joined_to) sqlite3_bind_text (stmt, 5, self->joined_to, -1, SQLITE_TRANSIENT);
  return stmt;
}

gint64
prd_member_query_count (PrdMemberQuery *self, PrdStore *store, GError **error)
{
  sqlite3_stmt *stmt = prd_member_query_prepare (self, store, "count(*)", "", error);
  gint64 n = -1;
  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}
