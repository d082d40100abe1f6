/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-record.c — typed records over the store's tables.
 *
 * Each property installed through prd_record_class_install() gets a slot
 * (its index kept on the GParamSpec); the base's get/set_property, inherited
 * by every subclass, reads and writes the slots, so a record type declares
 * its properties and getters and nothing else. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-model-error.h"
#include "prd-record-private.h"

typedef struct
{
  char    *id;
  char    *created_at;
  char    *updated_at;
  char    *rev_id;
  gint64   rev;
  gboolean deleted;
  GValue  *slots;     /* klass->n_slots values, in install order */
} PrdRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PrdRecord, prd_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_REV,
  PROP_REV_ID,
  PROP_DELETED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GQuark slot_quark;

/* The slot of PSPEC + 1, or 0 when it is not a record property. */
static guint
slot_of (GParamSpec *pspec)
{
  return GPOINTER_TO_UINT (g_param_spec_get_qdata (pspec, slot_quark));
}

/* The slots, made on first use: while the base's instance init runs, GLib
 * shows it the base class, not the record type with its properties. */
static GValue *
ensure_slots (PrdRecord *self)
{
  PrdRecordPrivate *priv = prd_record_get_instance_private (self);
  PrdRecordClass *klass = PRD_RECORD_GET_CLASS (self);
  g_autofree GParamSpec **pspecs = NULL;
  guint n = 0;

  if (priv->slots != NULL)
    return priv->slots;
  priv->slots = g_new0 (GValue, MAX (klass->n_slots, 1));
  pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n);
  for (guint i = 0; i < n; i++)
    {
      guint slot = slot_of (pspecs[i]);
      GValue *v;

      if (slot == 0)
        continue;
      v = &priv->slots[slot - 1];
      g_value_init (v, G_PARAM_SPEC_VALUE_TYPE (pspecs[i]));
      g_param_value_set_default (pspecs[i], v);
      if (G_VALUE_HOLDS_STRING (v) && g_value_get_string (v) == NULL)
        g_value_set_static_string (v, "");
    }
  return priv->slots;
}

static GValue *
slot_value (PrdRecord  *self,
            GParamSpec *pspec)
{
  GValue *slots = ensure_slots (self);
  guint slot = slot_of (pspec);

  g_return_val_if_fail (slot > 0 && slot <= PRD_RECORD_GET_CLASS (self)->n_slots, NULL);
  return &slots[slot - 1];
}

static void
prd_record_finalize (GObject *object)
{
  PrdRecord *self = PRD_RECORD (object);
  PrdRecordPrivate *priv = prd_record_get_instance_private (self);
  guint n = PRD_RECORD_GET_CLASS (self)->n_slots;

  for (guint i = 0; priv->slots != NULL && i < n; i++)
    if (G_IS_VALUE (&priv->slots[i]))
      g_value_unset (&priv->slots[i]);
  g_free (priv->slots);
  g_free (priv->id);
  g_free (priv->created_at);
  g_free (priv->updated_at);
  g_free (priv->rev_id);

  G_OBJECT_CLASS (prd_record_parent_class)->finalize (object);
}

static void
prd_record_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PrdRecord *self = PRD_RECORD (object);
  PrdRecordPrivate *priv = prd_record_get_instance_private (self);

  if (slot_of (pspec) > 0)
    {
      g_value_copy (slot_value (self, pspec), value);
      return;
    }
  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, priv->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, priv->updated_at);
      break;
    case PROP_REV:
      g_value_set_int64 (value, priv->rev);
      break;
    case PROP_REV_ID:
      g_value_set_string (value, priv->rev_id);
      break;
    case PROP_DELETED:
      g_value_set_boolean (value, priv->deleted);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (a)))
    {
    case G_TYPE_STRING:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    case G_TYPE_BOOLEAN:
      return !g_value_get_boolean (a) == !g_value_get_boolean (b);
    case G_TYPE_INT:
      return g_value_get_int (a) == g_value_get_int (b);
    case G_TYPE_INT64:
      return g_value_get_int64 (a) == g_value_get_int64 (b);
    case G_TYPE_DOUBLE:
      return g_value_get_double (a) == g_value_get_double (b);
    case G_TYPE_BOXED:
      {
        GBytes *x = g_value_get_boxed (a), *y = g_value_get_boxed (b);
        return x == y || (x != NULL && y != NULL && g_bytes_equal (x, y));
      }
    default:
      g_assert_not_reached ();
    }
}

/* Every write of a record property ends here: texts are never NULL, and
 * notify is emitted only when the value changed. */
static void
set_slot (PrdRecord    *self,
          GParamSpec   *pspec,
          const GValue *value)
{
  GValue *slot = slot_value (self, pspec);

  if (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) == NULL)
    {
      if (*g_value_get_string (slot) == '\0')
        return;
      g_value_set_static_string (slot, "");
    }
  else
    {
      if (values_equal (slot, value))
        return;
      g_value_copy (value, slot);
    }
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
prd_record_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  if (slot_of (pspec) > 0)
    set_slot (PRD_RECORD (object), pspec, value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
prd_record_class_init (PrdRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = prd_record_finalize;
  object_class->get_property = prd_record_get_property;
  object_class->set_property = prd_record_set_property;

  slot_quark = g_quark_from_static_string ("prd-record-slot");

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] = g_param_spec_string ("created-at", NULL, NULL, NULL,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REV] = g_param_spec_int64 ("rev", NULL, NULL, 0, G_MAXINT64, 0,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REV_ID] = g_param_spec_string ("rev-id", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DELETED] = g_param_spec_boolean ("deleted", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prd_record_init (PrdRecord *self)
{
}

void
prd_record_class_install (PrdRecordClass  *klass,
                          GParamSpec     **pspecs,
                          guint            n_pspecs)
{
  g_return_if_fail (PRD_IS_RECORD_CLASS (klass));
  g_return_if_fail (klass->table != NULL);
  g_return_if_fail (klass->n_slots == 0);

  /* GObject does not let subclasses inherit these. */
  G_OBJECT_CLASS (klass)->get_property = prd_record_get_property;
  G_OBJECT_CLASS (klass)->set_property = prd_record_set_property;
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      GType type;

      if (pspec == NULL)
        continue;
      type = G_TYPE_FUNDAMENTAL (G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_return_if_fail (type == G_TYPE_STRING || type == G_TYPE_BOOLEAN || type == G_TYPE_INT ||
                        type == G_TYPE_INT64 || type == G_TYPE_DOUBLE ||
                        G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_BYTES);
      pspec->flags |= G_PARAM_EXPLICIT_NOTIFY;
      g_param_spec_set_qdata (pspec, slot_quark, GUINT_TO_POINTER (++klass->n_slots));
      g_object_class_install_property (G_OBJECT_CLASS (klass), i + 1, pspec);
    }
}

const char *
prd_record_get_id (PrdRecord *self)
{
  g_return_val_if_fail (PRD_IS_RECORD (self), NULL);
  return ((PrdRecordPrivate *) prd_record_get_instance_private (self))->id;
}

gint64
prd_record_get_rev (PrdRecord *self)
{
  g_return_val_if_fail (PRD_IS_RECORD (self), 0);
  return ((PrdRecordPrivate *) prd_record_get_instance_private (self))->rev;
}

const char *
prd_record_get_created_at (PrdRecord *self)
{
  g_return_val_if_fail (PRD_IS_RECORD (self), NULL);
  return ((PrdRecordPrivate *) prd_record_get_instance_private (self))->created_at;
}

const char *
prd_record_get_updated_at (PrdRecord *self)
{
  g_return_val_if_fail (PRD_IS_RECORD (self), NULL);
  return ((PrdRecordPrivate *) prd_record_get_instance_private (self))->updated_at;
}

gboolean
prd_record_get_deleted (PrdRecord *self)
{
  g_return_val_if_fail (PRD_IS_RECORD (self), FALSE);
  return ((PrdRecordPrivate *) prd_record_get_instance_private (self))->deleted;
}

gboolean
prd_record_is_stored (PrdRecord *self)
{
  g_return_val_if_fail (PRD_IS_RECORD (self), FALSE);
  return ((PrdRecordPrivate *) prd_record_get_instance_private (self))->rev > 0;
}

const char *
prd_record_get_text (PrdRecord  *self,
                     GParamSpec *pspec)
{
  g_return_val_if_fail (PRD_IS_RECORD (self), "");
  return g_value_get_string (slot_value (self, pspec));
}

gint64
prd_record_get_int (PrdRecord  *self,
                    GParamSpec *pspec)
{
  GValue *v;

  g_return_val_if_fail (PRD_IS_RECORD (self), 0);
  v = slot_value (self, pspec);
  return G_VALUE_HOLDS_INT (v) ? g_value_get_int (v) : g_value_get_int64 (v);
}

gboolean
prd_record_get_boolean (PrdRecord  *self,
                        GParamSpec *pspec)
{
  g_return_val_if_fail (PRD_IS_RECORD (self), FALSE);
  return g_value_get_boolean (slot_value (self, pspec));
}

double
prd_record_get_double (PrdRecord  *self,
                       GParamSpec *pspec)
{
  g_return_val_if_fail (PRD_IS_RECORD (self), 0);
  return g_value_get_double (slot_value (self, pspec));
}

GBytes *
prd_record_get_bytes (PrdRecord  *self,
                      GParamSpec *pspec)
{
  g_return_val_if_fail (PRD_IS_RECORD (self), NULL);
  return g_value_get_boxed (slot_value (self, pspec));
}

/* Sets through a temporary GValue of the property's own type. */
#define SET_TYPED(self, pspec, gtype, setter, value) G_STMT_START { \
    GValue v_ = G_VALUE_INIT;                                        \
    g_return_if_fail (PRD_IS_RECORD (self));                         \
    g_value_init (&v_, gtype);                                       \
    setter (&v_, value);                                             \
    set_slot (self, pspec, &v_);                                     \
    g_value_unset (&v_);                                             \
  } G_STMT_END

void
prd_record_set_text (PrdRecord  *self,
                     GParamSpec *pspec,
                     const char *value)
{
  SET_TYPED (self, pspec, G_TYPE_STRING, g_value_set_string, value ? value : "");
}

void
prd_record_set_int (PrdRecord  *self,
                    GParamSpec *pspec,
                    gint64      value)
{
  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT)
    SET_TYPED (self, pspec, G_TYPE_INT, g_value_set_int, (int) value);
  else
    SET_TYPED (self, pspec, G_TYPE_INT64, g_value_set_int64, value);
}

void
prd_record_set_boolean (PrdRecord  *self,
                        GParamSpec *pspec,
                        gboolean    value)
{
  SET_TYPED (self, pspec, G_TYPE_BOOLEAN, g_value_set_boolean, !!value);
}

void
prd_record_set_double (PrdRecord  *self,
                       GParamSpec *pspec,
                       double      value)
{
  SET_TYPED (self, pspec, G_TYPE_DOUBLE, g_value_set_double, value);
}

void
prd_record_set_bytes (PrdRecord  *self,
                      GParamSpec *pspec,
                      GBytes     *value)
{
  SET_TYPED (self, pspec, G_TYPE_BYTES, g_value_set_boxed, value);
}

/* "given-name" → "given_name" */
static char *
column_name (const char *property)
{
  char *name = g_strdup (property);

  g_strdelimit (name, "-", '_');
  return name;
}

static void
set_json_member (JsonObject   *obj,
                 const char   *name,
                 GParamSpec   *pspec,
                 const GValue *v)
{
  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (v)))
    {
    case G_TYPE_STRING:
      if ((pspec->flags & PRD_RECORD_NULLABLE) && *g_value_get_string (v) == '\0')
        json_object_set_null_member (obj, name);
      else
        json_object_set_string_member (obj, name, g_value_get_string (v));
      break;
    case G_TYPE_BOOLEAN:
      json_object_set_int_member (obj, name, g_value_get_boolean (v));
      break;
    case G_TYPE_INT:
      if ((pspec->flags & PRD_RECORD_NULLABLE) && g_value_get_int (v) == 0)
        json_object_set_null_member (obj, name);
      else
        json_object_set_int_member (obj, name, g_value_get_int (v));
      break;
    case G_TYPE_INT64:
      if ((pspec->flags & PRD_RECORD_NULLABLE) && g_value_get_int64 (v) == 0)
        json_object_set_null_member (obj, name);
      else
        json_object_set_int_member (obj, name, g_value_get_int64 (v));
      break;
    case G_TYPE_DOUBLE:
      json_object_set_double_member (obj, name, g_value_get_double (v));
      break;
    default:
      {
        GBytes *bytes = g_value_get_boxed (v);

        if (bytes == NULL)
          json_object_set_null_member (obj, name);
        else
          {
            g_autofree char *b64 = g_base64_encode (g_bytes_get_data (bytes, NULL),
                                                    g_bytes_get_size (bytes));
            json_object_set_string_member (obj, name, b64);
          }
      }
      break;
    }
}

JsonObject *
prd_record_to_json (PrdRecord *self)
{
  PrdRecordPrivate *priv;
  JsonObject *obj;
  g_autofree GParamSpec **pspecs = NULL;
  guint n = 0;

  g_return_val_if_fail (PRD_IS_RECORD (self), NULL);

  priv = prd_record_get_instance_private (self);
  obj = json_object_new ();
  if (priv->id != NULL)
    json_object_set_string_member (obj, "id", priv->id);
  if (priv->created_at != NULL)
    json_object_set_string_member (obj, "created_at", priv->created_at);
  json_object_set_int_member (obj, "deleted", priv->deleted);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = NULL;

      if (slot_of (pspecs[i]) == 0 || !(pspecs[i]->flags & PRD_RECORD_COLUMN))
        continue;
      name = column_name (pspecs[i]->name);
      set_json_member (obj, name, pspecs[i], slot_value (self, pspecs[i]));
    }
  return obj;
}

static void
replace_string (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

/* Takes the sync columns the store wrote into REC. */
static void
take_stamps (PrdRecord  *self,
             JsonObject *rec)
{
  PrdRecordPrivate *priv = prd_record_get_instance_private (self);

  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (priv->id, json_object_get_string_member (rec, "id")) != 0)
    {
      replace_string (&priv->id, json_object_get_string_member (rec, "id"));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  replace_string (&priv->created_at, json_object_get_string_member_with_default (rec, "created_at", NULL));
  replace_string (&priv->updated_at, json_object_get_string_member_with_default (rec, "updated_at", NULL));
  replace_string (&priv->rev_id, json_object_get_string_member_with_default (rec, "rev_id", NULL));
  priv->rev = json_object_get_int_member_with_default (rec, "rev", priv->rev);
  priv->deleted = json_object_get_int_member_with_default (rec, "deleted", 0) != 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REV]);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
prd_record_save (PrdRecord  *self,
                 PrdStore   *store,
                 GError    **error)
{
  PrdRecordClass *klass;
  g_autoptr(JsonObject) rec = NULL;

  g_return_val_if_fail (PRD_IS_RECORD (self), FALSE);
  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);

  klass = PRD_RECORD_GET_CLASS (self);
  if (klass->validate != NULL && !klass->validate (self, error))
    return FALSE;
  rec = prd_record_to_json (self);
  if (!prd_store_put (store, klass->table, rec, error))
    return FALSE;
  take_stamps (self, rec);
  return TRUE;
}

static void
set_from_column (PrdRecord    *self,
                 GParamSpec   *pspec,
                 sqlite3_stmt *stmt,
                 int           col)
{
  GValue v = G_VALUE_INIT;
  gboolean null = sqlite3_column_type (stmt, col) == SQLITE_NULL;

  g_value_init (&v, G_PARAM_SPEC_VALUE_TYPE (pspec));
  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (&v)))
    {
    case G_TYPE_STRING:
      g_value_set_string (&v, null ? "" : (const char *) sqlite3_column_text (stmt, col));
      break;
    case G_TYPE_BOOLEAN:
      g_value_set_boolean (&v, sqlite3_column_int (stmt, col) != 0);
      break;
    case G_TYPE_INT:
      g_value_set_int (&v, sqlite3_column_int (stmt, col));
      break;
    case G_TYPE_INT64:
      g_value_set_int64 (&v, sqlite3_column_int64 (stmt, col));
      break;
    case G_TYPE_DOUBLE:
      g_value_set_double (&v, sqlite3_column_double (stmt, col));
      break;
    default:
      if (!null)
        g_value_take_boxed (&v, g_bytes_new (sqlite3_column_blob (stmt, col),
                                             sqlite3_column_bytes (stmt, col)));
      break;
    }
  set_slot (self, pspec, &v);
  g_value_unset (&v);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           col)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, col));
}

gpointer
prd_record_new_from_stmt (GType         type,
                          sqlite3_stmt *stmt)
{
  PrdRecord *self;
  PrdRecordPrivate *priv;
  GObjectClass *klass;

  g_return_val_if_fail (g_type_is_a (type, PRD_TYPE_RECORD), NULL);

  self = g_object_new (type, NULL);
  priv = prd_record_get_instance_private (self);
  klass = G_OBJECT_GET_CLASS (self);
  for (int col = 0; col < sqlite3_column_count (stmt); col++)
    {
      const char *name = sqlite3_column_name (stmt, col);
      GParamSpec *pspec;
      char prop[64];

      if (g_str_equal (name, "id"))
        priv->id = column_text (stmt, col);
      else if (g_str_equal (name, "created_at"))
        priv->created_at = column_text (stmt, col);
      else if (g_str_equal (name, "updated_at"))
        priv->updated_at = column_text (stmt, col);
      else if (g_str_equal (name, "rev_id"))
        priv->rev_id = column_text (stmt, col);
      else if (g_str_equal (name, "rev"))
        priv->rev = sqlite3_column_int64 (stmt, col);
      else if (g_str_equal (name, "deleted"))
        priv->deleted = sqlite3_column_int (stmt, col) != 0;
      else if (g_strlcpy (prop, name, sizeof prop) < sizeof prop &&
               (pspec = g_object_class_find_property (klass, g_strdelimit (prop, "_", '-'))) != NULL &&
               slot_of (pspec) > 0)
        set_from_column (self, pspec, stmt, col);
    }
  return self;
}

GListModel *
prd_record_query (PrdStore    *store,
                  GType        type,
                  const char  *sql,
                  const char  *arg,
                  GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (type);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  stmt = prd_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  if (arg != NULL)
    sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GObject) record = prd_record_new_from_stmt (type, stmt);
      g_list_store_append (list, record);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                   _("The database could not read the list: %s"), sqlite3_errstr (rc));
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
prd_record_list (PrdStore    *store,
                 GType        type,
                 const char  *clause,
                 const char  *arg,
                 GError     **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree char *sql = NULL;

  g_return_val_if_fail (PRD_IS_RECORD_CLASS (klass), NULL);

  sql = g_strdup_printf ("SELECT * FROM \"%s\" %s", PRD_RECORD_CLASS (klass)->table,
                         clause ? clause : "");
  return prd_record_query (store, type, sql, arg, error);
}

gpointer
prd_record_load (PrdStore    *store,
                 GType        type,
                 const char  *id,
                 GError     **error)
{
  g_autoptr(GListModel) found = NULL;

  g_return_val_if_fail (id != NULL, NULL);

  found = prd_record_list (store, type, "WHERE id = ?1 AND deleted = 0", id, error);
  if (found == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND,
                   _("The record %s was not found; it may have been removed on another computer."), id);
      return NULL;
    }
  return g_list_model_get_item (found, 0);
}

gpointer
prd_record_duplicate (PrdRecord *self)
{
  PrdRecord *copy;
  g_autofree GParamSpec **pspecs = NULL;
  guint n = 0;

  g_return_val_if_fail (PRD_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n);
  for (guint i = 0; i < n; i++)
    if (slot_of (pspecs[i]) > 0)
      set_slot (copy, pspecs[i], slot_value (self, pspecs[i]));
  return copy;
}
